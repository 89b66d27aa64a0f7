"""`summitry search` and `summitry meetings`, and the filter options they share with
timeline and commitments: --forum, --level, --country, --series, --actor (each repeatable:
any of the values), --from and --to; cli.py registers the commands."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from summitry.cli.output import (
    DbOption,
    JsonOption,
    fail,
    out,
    print_json,
    print_table,
    stored_result,
)

if TYPE_CHECKING:  # the store (and SQLAlchemy) loads only for a command that reads it
    from summitry.store.filters import Filters

if TYPE_CHECKING:
    from summitry.query.results import MeetingSummary

__all__ = [
    "ActorOption",
    "CountryOption",
    "ForumOption",
    "LevelOption",
    "SeriesOption",
    "SinceOption",
    "UntilOption",
    "cli_filters",
    "meetings",
    "search",
]

ForumOption = Annotated[
    list[str] | None, typer.Option("--forum", help="Only this forum, e.g. ASEAN (repeatable).")
]
LevelOption = Annotated[
    list[str] | None,
    typer.Option("--level", help="Only this meeting level, e.g. leaders (repeatable)."),
]
CountryOption = Annotated[
    list[str] | None,
    typer.Option("--country", help="Only pages naming this country, ISO3 (repeatable)."),
]
SeriesOption = Annotated[
    list[str] | None,
    typer.Option("--series", help="Only this meeting series, e.g. 'ASEAN Summit' (repeatable)."),
]
ActorOption = Annotated[
    list[str] | None,
    typer.Option("--actor", help="Country code or name, or a speaker's name (repeatable)."),
]
SinceOption = Annotated[
    str | None, typer.Option("--from", help="Only dated on or after YYYY[-MM[-DD]].")
]
UntilOption = Annotated[
    str | None, typer.Option("--to", help="Only dated on or before YYYY[-MM[-DD]].")
]


def cli_filters(**given: object) -> Filters:
    """Filters from the options; a bad value is one line and exit code 1."""
    from summitry.store.filters import FilterError, Filters

    try:
        return Filters.of(**given)  # type: ignore[arg-type]
    except FilterError as exc:
        fail(str(exc))


def meetings(
    db: DbOption = None,
    forum: ForumOption = None,
    level: LevelOption = None,
    country: Annotated[
        list[str] | None,
        typer.Option("--country", help="Only meetings held in this country, ISO3 (repeatable)."),
    ] = None,
    series: SeriesOption = None,
    actor: Annotated[
        list[str] | None,
        typer.Option(
            "--actor", help="Only where this country or person spoke or took part (repeatable)."
        ),
    ] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    sort: Annotated[
        str, typer.Option("--sort", help="-date (latest first) or date (oldest first).")
    ] = "-date",
    limit: Annotated[int, typer.Option("--limit", min=1, help="How many to list.")] = 50,
    json_out: JsonOption = False,
) -> None:
    """Meetings the stored pages report, latest first, narrowed by forum, level, host country,
    series, actor and dates; an undated one at the year inferred for it, marked so."""
    from rich.table import Table

    from summitry import query as library

    if sort not in ("date", "-date"):
        fail(f"--sort {sort!r}: choose date or -date")
    given = {"forum": forum, "level": level, "country": country, "series": series}
    filters = cli_filters(**given, actor=actor, since=since, until=until)
    found = stored_result(
        db, lambda s: library.meetings(s, limit=limit, filters=filters, sort=sort)
    )
    if json_out:
        print_json(found)
        return
    table = Table("start", "meeting", "forum", "level", "place", "sources")
    for m in found:
        place = ", ".join(p for p in (m.city, m.country) if p)
        when = m.start or _year(m)
        cells = (when, m.label or m.name, m.forum, m.level, place)
        table.add_row(*(str(c or "") for c in cells), str(m.sources or ""))
    print_table(table, "no meetings match")


def _year(m: MeetingSummary) -> str:
    """An undated meeting's year, '(inferred)' where no page states it."""
    inferred = m.provenance.get("year") == "inferred"
    return f"{m.year} (inferred)" if m.year and inferred else str(m.year or "")


def search(
    query: Annotated[
        str,
        typer.Argument(
            help="Words to find (all of them): FTAAP OR Putrajaya, -word to leave pages out, "
            '"a phrase", prefix*.'
        ),
    ],
    db: DbOption = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="How many hits.")] = 10,
    forum: ForumOption = None,
    level: LevelOption = None,
    year: Annotated[
        list[int] | None, typer.Option("--year", help="Only this year (repeat for several).")
    ] = None,
    country: CountryOption = None,
    publisher: Annotated[
        list[str] | None, typer.Option("--publisher", help="Only this publisher (repeatable).")
    ] = None,
    site: Annotated[
        list[str] | None,
        typer.Option("--site", help="Only pages fetched from this site (repeatable)."),
    ] = None,
    series: SeriesOption = None,
    actor: Annotated[
        list[str] | None,
        typer.Option(
            "--actor", help="Only pages where this actor speaks or is named (repeatable)."
        ),
    ] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    sort: Annotated[
        str,
        typer.Option("--sort", help="relevance, date (oldest first) or -date (newest first)."),
    ] = "relevance",
    json_out: JsonOption = False,
) -> None:
    """Full-text search over titles and bodies, best first, with snippets and facet counts."""
    from rich.table import Table
    from rich.text import Text

    from summitry.store.search import SORTS
    from summitry.store.search_syntax import query_problem

    problem = query_problem(query)
    if problem:
        fail(problem)
    if sort not in SORTS:
        fail(f"--sort {sort!r}: choose {', '.join(SORTS)}")
    cli_filters(actor=actor, since=since, until=until)  # a malformed date is one line
    facets = {"forum": forum, "level": level, "year": year, "country": country}
    chosen = {"publisher": publisher, "site": site, "series": series, "actor": actor}
    result = stored_result(
        db,
        lambda s: s.search(query, limit, **facets, **chosen, since=since, until=until, sort=sort),
    )
    if json_out:
        print_json(search_dict(result))
        return
    if not result.hits:
        out.print(f"no documents match {query!r}", markup=False)
        return
    table = Table("id", "published", "title", "snippet")
    for h in result.hits:
        table.add_row(h.id[:12], h.published or "", h.title or "", h.snippet)
    out.print(table)
    if result.total_exact:
        out.print(f"{result.total} documents match", highlight=False)
    else:
        newest = f"the {result.ranked} newest ranked and counted"
        out.print(f"more than {result.total} documents match; {newest}", highlight=False)
    for name, values in result.facets.items():
        shown = ", ".join(f"{_shown(name, value)} ({n})" for value, n in values)
        out.print(Text.assemble((name, "bold"), f": {shown or '-'}"), highlight=False)


def _shown(name: str, value: str) -> str:
    """'Korea (KOR)' for a country code, else the value's label."""
    label = _label(name, value)
    return f"{label} ({value})" if label != value and name == "country" else label


def _label(name: str, value: str) -> str:
    """The name a facet value is shown by (Korea for KOR)."""
    from summitry.app.search import facet_label

    return facet_label(name, value)


def search_dict(result: Any) -> dict[str, Any]:
    """{"total", "total_exact", "ranked", "hits": [SearchHit], "facets": {name: [FacetCount]}}:
    the hits and facet counts as the API's search gives them."""
    from summitry.app.search import facet_counts

    return {
        "total": result.total,
        "total_exact": result.total_exact,
        "ranked": result.ranked,
        "hits": result.hits,
        "facets": {name: facet_counts(name, pairs) for name, pairs in result.facets.items()},
    }
