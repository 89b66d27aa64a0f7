"""The read endpoints' shared query parameters (filters, sort, paging), the check that refuses
a parameter a route does not take, and the `next` and `prev` links of a page.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import HTTPException, Path, Query, Request

from summitry.query.results import to_json
from summitry.store.filters import FilterError, Filters

__all__ = [
    "Actors",
    "CommitmentSort",
    "Countries",
    "Forums",
    "Levels",
    "MeetingSort",
    "Series",
    "Since",
    "Sort",
    "Until",
    "export_filters",
    "facet",
    "filters_of",
    "known_parameters",
    "paged",
    "path_text",
]


def _many(name: str, what: str, example: str) -> Any:
    """A repeatable query parameter: several values of it mean any of them."""
    return Query(
        alias=name,
        description=f"{what} Repeat for several (any of them); different filters all apply.",
        examples=[example],
    )


Forums = Annotated[list[str] | None, _many("forum", "Only meetings of this forum.", "ASEAN")]
Levels = Annotated[
    list[str] | None,
    _many("level", "Only this meeting level: leaders, ministerial, senior_officials...", "leaders"),
]
Countries = Annotated[
    list[str] | None,
    _many("country", "Only pages naming this country (ISO3) or organisation.", "KOR"),
]
Series = Annotated[
    list[str] | None,
    _many("series", "Only this meeting series (name, acronym or id).", "ASEAN Summit"),
]
Actors = Annotated[
    list[str] | None,
    _many(
        "actor",
        "Only what this actor said: a country code or name, a person id, a speaker's name.",
        "KOR",
    ),
]
Since = Annotated[
    str | None,
    Query(
        alias="from",
        max_length=10,
        description="Only dated on or after this day: YYYY, YYYY-MM or YYYY-MM-DD.",
        examples=["2023"],
    ),
]
Until = Annotated[
    str | None,
    Query(
        alias="to",
        max_length=10,
        description="Only dated on or before this day (2023 takes all of 2023).",
        examples=["2023-12"],
    ),
]


def path_text(what: str, example: str) -> Any:
    """A path parameter of text, described."""
    return Path(min_length=1, max_length=300, description=what, examples=[example])


def facet(what: str, example: str) -> Any:
    """A repeatable facet parameter, described."""
    return Query(description=f"{what} Repeat for several (any of them).", examples=[example])


Sort = Annotated[
    str,
    Query(
        pattern="^(relevance|date|-date)$",
        description="relevance (best first), date (oldest published first) or -date.",
        examples=["-date"],
    ),
]


MeetingSort = Annotated[
    str,
    Query(
        pattern="^(date|-date)$",
        description="-date (latest first) or date (oldest first); an undated meeting at the "
        "year inferred for it (provenance.year 'inferred'), one nothing dates last.",
        examples=["date"],
    ),
]


CommitmentSort = Annotated[
    str,
    Query(
        pattern="^(date|-date)$",
        description="date (oldest first) or -date (newest first); undated last.",
        examples=["-date"],
    ),
]


def filters_of(**given: Any) -> Filters:
    """Filters from the parameters; a bad value (a malformed date) is a 400 naming it."""
    try:
        return Filters.of(**given)
    except FilterError as exc:
        raise HTTPException(400, str(exc)) from None


def _query_names(dependant: Any) -> set[str]:
    names = {field.alias for field in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


def known_parameters(request: Request) -> None:
    """Refuse (400) a query parameter the route does not declare, naming those it takes:
    a misspelt filter would otherwise be ignored and every item returned."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return
    known = _query_names(dependant)  # a few dozen fields: cheaper than keeping them
    unknown = sorted({k for k in request.query_params if k not in known})
    if unknown:
        takes = ", ".join(sorted(known)) or "no query parameters"
        names = ", ".join(repr(u[:40]) for u in unknown[:5])
        raise HTTPException(400, f"unknown parameter {names}; {request.url.path} takes: {takes}")


def paged(request: Request, body: Any, limit: int, offset: int, end: int) -> dict[str, Any]:
    """The page's body as JSON (query.results.to_json) with limit, offset and the `next`
    and `prev` URLs (None at either end; `end`: how many items can be paged through)."""
    url = request.url
    after = offset + limit
    nxt = str(url.include_query_params(offset=after)) if after < end else None
    prev = str(url.include_query_params(offset=max(0, offset - limit))) if offset > 0 else None
    return {**to_json(body), "limit": limit, "offset": offset, "next": nxt, "prev": prev}


def export_filters(f: Filters, kind: str) -> dict[str, Any]:
    """What a list's filters mean to its download (summitry.export): forum, country, dates,
    and one series (meetings) or one actor (commitments); any other filter is a 400."""
    key, own, other = ("series", f.series, f.actors)
    if kind != "meetings":
        key, own, other = ("actor", f.actors, f.series)
    if f.levels or other or len(own) > 1:
        why = f"a download of {kind} takes forum, country, from, to and one {key}"
        raise HTTPException(400, why)
    chosen = {"forums": f.forums, "countries": f.countries, "since": f.since, "until": f.until}
    return {**chosen, key: next(iter(own), None)}
