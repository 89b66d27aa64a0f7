"""The read endpoints of the JSON API: thin handlers over summitry.app.data."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request

from summitry.api.downloads import DOWNLOADS, Format, download, send
from summitry.api.models import (
    ERROR_RESPONSES,
    CommitmentPage,
    CorrectionOut,
    CountryOut,
    DocumentDetail,
    DocumentPage,
    InitiativeOut,
    MeetingOut,
    MeetingPage,
    PersonOut,
    SearchPage,
    SeriesOut,
    TimelinePage,
)
from summitry.api.params import (
    Actors,
    CommitmentSort,
    Countries,
    Forums,
    Levels,
    MeetingSort,
    Series,
    Since,
    Sort,
    Until,
    export_filters,
    facet,
    filters_of,
    known_parameters,
    paged,
    path_text,
)
from summitry.app import data
from summitry.app import search as searching
from summitry.query.results import to_json
from summitry.store import Store
from summitry.store.search_syntax import query_problem

__all__ = ["MAX_LIMIT", "MAX_OFFSET", "router"]

MAX_LIMIT = 100
MAX_OFFSET = 100_000
router = APIRouter(
    prefix="/api", responses=ERROR_RESPONSES, dependencies=[Depends(known_parameters)]
)

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page.", examples=[20])]
Offset = Annotated[
    int, Query(ge=0, le=MAX_OFFSET, description="Items to skip (see `next`).", examples=[0])
]


def _store(request: Request) -> Store:
    return request.app.state.store


def _found(value: Any, what: str) -> Any:
    """The view as JSON (query.results.to_json); None is a 404."""
    if value is None:
        raise HTTPException(404, f"no {what} in the store")
    return to_json(value)


@router.get("/documents", response_model=DocumentPage, responses=DOWNLOADS)
def list_documents(
    request: Request, limit: Limit = 20, offset: Offset = 0, fmt: Format = None
) -> Any:
    """Stored documents, newest published first (with `format`: every one, in store order)."""
    if fmt:
        return download(_store(request), "documents", fmt)
    items, total = data.list_documents(_store(request), limit, offset)
    return paged(request, {"items": items, "total": total}, limit, offset, total)


@router.get("/documents/{doc_id}", response_model=DocumentDetail)
def get_document(
    request: Request,
    doc_id: Annotated[
        str, path_text("A document id or a unique prefix of 6+ characters.", "f70062a937ad")
    ],
) -> dict[str, Any]:
    """One document with its cleaned text and extraction record (a unique id prefix works)."""
    return _found(data.get_document(_store(request), doc_id), f"document {doc_id!r}")


@router.get("/search", response_model=SearchPage, responses=DOWNLOADS)
def search(
    request: Request,
    q: Annotated[
        str,
        Query(
            min_length=1,
            max_length=500,
            description="Words to find (all of them); OR between two words, -word to leave "
            'pages out, "quoted phrases", prefix*.',
            examples=['FTAAP OR Putrajaya -"Golden Gate"'],
        ),
    ],
    forum: Annotated[list[str] | None, facet("Only pages of this forum.", "APEC")] = None,
    level: Annotated[list[str] | None, facet("Only this meeting level.", "leaders")] = None,
    year: Annotated[list[str] | None, facet("Only pages of this year.", "2023")] = None,
    country: Annotated[
        list[str] | None, facet("Only pages naming this country (ISO3).", "KOR")
    ] = None,
    publisher: Annotated[
        list[str] | None, facet("Only this publisher.", "ASEAN Secretariat")
    ] = None,
    site: Annotated[
        list[str] | None, facet("Only pages fetched from this site.", "asean.org")
    ] = None,
    series: Series = None,
    actor: Annotated[
        list[str] | None,
        facet("Only pages where this actor speaks or a person of it is named.", "KOR"),
    ] = None,
    since: Since = None,
    until: Until = None,
    sort: Sort = "relevance",
    limit: Limit = 20,
    offset: Annotated[
        int, Query(ge=0, le=searching.SEARCH_POOL, description="Hits to skip.", examples=[0])
    ] = 0,
    fmt: Format = None,
) -> Any:
    """Ranked full-text search with facet counts; facet parameters narrow the hits (with
    `format`: every match, not ranked: sort relevance lists them most recently stored first,
    date and -date by published date; columns id, published, title, publisher, url,
    snippet, citation)."""
    problem = query_problem(q)
    if problem:
        raise HTTPException(400, problem)
    filters_of(since=since, until=until)  # a malformed date is a 400
    facets = {"forum": forum, "level": level, "year": year, "country": country}
    facets |= {"publisher": publisher, "site": site, "series": series, "actor": actor}
    given = {name: tuple(values or ()) for name, values in facets.items()}
    if fmt:
        from summitry.export.found import search_rows

        rows = search_rows(_store(request), q, **given, since=since, until=until, sort=sort)
        return send(rows, fmt, "search")
    filters = searching.SearchFilters(**given, since=since, until=until, sort=sort)
    found = searching.search_page(_store(request), q, filters, limit, offset)
    return paged(request, found, limit, offset, found.served)


@router.get("/meetings", response_model=MeetingPage, responses=DOWNLOADS)
def list_meetings(
    request: Request,
    forum: Forums = None,
    level: Levels = None,
    country: Annotated[
        list[str] | None, facet("Only meetings held in this country (ISO3).", "IDN")
    ] = None,
    series: Series = None,
    actor: Annotated[
        list[str] | None,
        facet("Only meetings where this actor spoke or a person of it took part.", "KOR"),
    ] = None,
    since: Since = None,
    until: Until = None,
    sort: MeetingSort = "-date",
    limit: Limit = 20,
    offset: Offset = 0,
    fmt: Format = None,
) -> Any:
    """Meetings the stored pages report, latest first, narrowed by forum, level, host country,
    series, actor and start date (with `format`: every meeting, reported or mentioned, one row
    each, by id)."""
    given = {"forum": forum, "level": level, "country": country, "series": series}
    filters = filters_of(**given, actor=actor, since=since, until=until)
    if fmt:
        return download(_store(request), "meetings", fmt, **export_filters(filters, "meetings"))
    items, total = data.recent_meetings(_store(request), limit, offset, filters, sort)
    return paged(request, {"items": items, "total": total}, limit, offset, total)


@router.get("/meetings/{meeting_id}", response_model=MeetingOut)
def get_meeting(
    request: Request,
    meeting_id: Annotated[
        str, path_text("A meeting id, or 'NAME ORDINAL' / 'NAME YEAR'.", "ASEAN Summit 43")
    ],
) -> dict[str, Any]:
    """One meeting across its pages: people, statements by speaker, outcomes, sources."""
    return _found(data.meeting(_store(request), meeting_id), f"meeting {meeting_id!r}")


@router.get("/series/{name}", response_model=SeriesOut)
def get_series(
    request: Request,
    name: Annotated[str, path_text("A series name or id.", "APEC Economic Leaders' Meeting")],
) -> dict[str, Any]:
    """The meetings of a series (by name) in order, with the ordinals no page reports."""
    return _found(data.series(_store(request), name), f"meeting series {name!r}")


@router.get("/people/{name}", response_model=PersonOut)
def get_person(
    request: Request,
    name: Annotated[str, path_text("A person's name or part of it.", "Cho Tae-yul")],
    limit: Annotated[
        int,
        Query(
            ge=1,
            le=MAX_LIMIT,
            description="Newest meetings, statements, mentions listed.",
            examples=[50],
        ),
    ] = 50,
    act: Annotated[
        str | None,
        Query(max_length=40, description="Only statements of this act.", examples=["commit"]),
    ] = None,
) -> dict[str, Any]:
    """One person by name: titles over time, the newest meetings, statements and short mentions;
    `meetings_total`, `statements_total`, `statements_by_act`, `short_mentions_total` count all."""
    return _found(data.person(_store(request), name, limit, act), f"person {name!r}")


@router.get("/countries/{code}", response_model=CountryOut)
def get_country(
    request: Request,
    code: Annotated[
        str,
        Path(
            min_length=2,
            max_length=60,
            description="ISO3 code or a country name.",
            examples=["KOR"],
        ),
    ],
    limit: Annotated[
        int,
        Query(
            ge=1,
            le=MAX_LIMIT,
            description="Newest meetings, statements per act and top initiatives listed.",
            examples=[50],
        ),
    ] = 50,
) -> dict[str, Any]:
    """A country by alpha-3 code: its statements, documents, meetings and timeline; lists keep
    `limit` items and the `*_total` and `statement_counts` fields count them all."""
    return _found(data.country(_store(request), code, limit), f"country {code!r}")


@router.get("/initiatives/{name}", response_model=InitiativeOut)
def get_initiative(
    request: Request, name: Annotated[str, path_text("Name, acronym or id.", "FTAAP")]
) -> dict[str, Any]:
    """An initiative by name or acronym: where it came up, who said what."""
    return _found(data.initiative(_store(request), name), f"initiative {name!r}")


@router.get("/timeline", response_model=TimelinePage, responses=DOWNLOADS)
def get_timeline(
    request: Request,
    term: Annotated[
        str,
        Query(
            min_length=1,
            max_length=300,
            description="An initiative, country, person or organisation, or any phrase.",
            examples=["FTAAP"],
        ),
    ],
    forum: Forums = None,
    level: Levels = None,
    country: Countries = None,
    series: Series = None,
    actor: Actors = None,
    since: Since = None,
    until: Until = None,
    limit: Limit = 50,
    offset: Offset = 0,
    fmt: Format = None,
) -> Any:
    """Every dated statement and mention of a term, oldest first, narrowed by the page's
    forum, level, country and series, the date, and (actor) who made the statement; `months`
    counts them all per month (with `format`: every item, one row each, with its page's
    url and citation)."""
    given = {"forum": forum, "level": level, "country": country, "series": series}
    filters = filters_of(**given, actor=actor, since=since, until=until)
    store = _store(request)
    if fmt:
        from summitry.export.found import timeline_rows

        return send(timeline_rows(store, term, filters or None), fmt, "timeline")
    counts = data.timeline_counts(store, term, filters or None)
    items = data.timeline(store, term, limit, offset, filters or None)
    page = {"term": term, "items": items, "total": counts.total, "months": counts.months}
    return paged(request, page, limit, offset, counts.total)


@router.get("/commitments", response_model=CommitmentPage, responses=DOWNLOADS)
def get_commitments(
    request: Request,
    actor: Actors = None,
    status: Annotated[
        str | None,
        Query(
            pattern="^(open|done)$",
            description="open, or done: a later page reports it done.",
            examples=["open"],
        ),
    ] = None,
    forum: Forums = None,
    level: Levels = None,
    country: Countries = None,
    series: Series = None,
    since: Since = None,
    until: Until = None,
    sort: CommitmentSort = "date",
    limit: Limit = 50,
    offset: Offset = 0,
    fmt: Format = None,
) -> Any:
    """Commitments stated on the pages (act 'commit'), oldest first, narrowed by actor, the
    page's forum, level, country and series, and date (with `format`: every commitment of
    the actor, of any status)."""
    given = {"forum": forum, "level": level, "country": country, "series": series}
    filters = filters_of(**given, actor=actor, since=since, until=until)
    store = _store(request)
    if fmt:
        return download(store, "commitments", fmt, **export_filters(filters, "commitments"))
    page = data.commitments(store, None, status, limit, offset, filters or None, sort)
    return paged(request, page, limit, offset, page.total)


@router.get("/corrections", response_model=list[CorrectionOut])
def list_corrections(request: Request) -> list[dict[str, Any]]:
    """Every stored correction, oldest first (what `summitry correct export` writes)."""
    return data.list_corrections(_store(request))
