"""The UI's pages: each gathers its data through summitry.app.data and renders a template."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Query, Request, Response
from fastapi.responses import HTMLResponse

from summitry.app import data
from summitry.app import search as searching
from summitry.app.brief import BriefError, build_brief
from summitry.query.results import to_json
from summitry.query.sentences import whole_sentence
from summitry.record import ACTS
from summitry.resolve.keys import slug
from summitry.store.search import SORTS
from summitry.store.search_syntax import query_problem
from summitry.web.brief import FORMATS as BRIEF_FORMATS
from summitry.web.brief import BriefFormatError, brief_html, render_brief
from summitry.web.chart import month_chart, timeline_svg
from summitry.web.docs import operations
from summitry.web.filters import filter_view, filters_from, values_of
from summitry.web.highlight import KINDS, highlights, render_marked
from summitry.web.render import render

__all__ = ["router"]

PAGE = 20
TIMELINE_PAGE = 100  # timeline items per page; the chart counts them all
router = APIRouter(include_in_schema=False)
Offset = Annotated[int, Query(ge=0, le=100_000)]
Short = Annotated[str | None, Query(max_length=300)]
PersonLimit = Annotated[int, Query(ge=1, le=100)]  # newest items a person page lists
CountryLimit = Annotated[int, Query(ge=1, le=100)]  # newest items a country page lists


def _render(request: Request, name: str, title: str, **context: Any) -> Response:
    return render(request, name, {"title": title, **context})


def _found(value: Any, what: str) -> Any:
    """The view as the API answers it (query.results.to_json); None is a 404."""
    if value is None:
        raise HTTPException(404, f"No {what} in the store.")
    return to_json(value)


def _acts(
    statements: list[dict[str, Any]], act: str | None, counts: dict[str, int] | None = None
) -> dict[str, Any]:
    """A statement list narrowed to one act, with the acts present for the filter; `counts`
    (act -> all its statements, where the list holds only the newest) gives `total`."""
    present = [a for a in ACTS if any(s.get("act") == a for s in statements)]
    chosen = act if act in ACTS else None
    shown = _one_per_sentence([s for s in statements if chosen is None or s.get("act") == chosen])
    total = None
    if counts is not None:
        total = counts.get(chosen, 0) if chosen else sum(counts.values())
    found = {"statements": shown, "acts": present, "act": chosen, "all_count": len(statements)}
    return {**found, "total": total}


def _one_per_sentence(statements: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Statements of one sentence of a page ('condemned ... while noting ...') as one item
    with all their `acts`: each sentence is shown, and counted, once."""
    merged: dict[tuple[Any, ...], dict[str, Any]] = {}
    for s in statements:
        key = (s.get("document"), s.get("speaker"), s.get("text"))
        item = merged.setdefault(key, {**s, "acts": []})
        if s.get("act") not in item["acts"]:
            item["acts"].append(s.get("act"))
    return list(merged.values())


@router.get("/")
def home(request: Request) -> Response:
    store = request.app.state.store
    recent, total = data.recent_meetings(store, PAGE, 0)
    docs, count = data.list_documents(store, 10, 0)
    return _render(
        request,
        "home.html",
        "summitry",
        meetings=to_json(recent),
        meetings_total=total,
        documents=docs,
        documents_total=count,
    )


SEARCH_FACETS = ("forum", "level", "year", "country", "publisher", "site", "series", "actor")


@router.get("/search")
def search(
    request: Request,
    q: Short = None,
    sort: Short = None,
    offset: Annotated[int, Query(ge=0, le=searching.SEARCH_POOL)] = 0,
) -> Response:
    view = filter_view(request, (*SEARCH_FACETS, "from", "to"), keep=("q", "sort"))
    dates = filters_from(request, ("from", "to"))
    chosen = sort if sort in SORTS else "relevance"
    given = {name: values_of(request, name) for name in SEARCH_FACETS}
    filters = searching.SearchFilters(**given, since=dates.since, until=dates.until, sort=chosen)
    found = problem = None
    if q and q.strip():
        problem = query_problem(q)
        if problem is None:
            found = searching.search_page(request.app.state.store, q, filters, PAGE, offset)
    title = f"Search: {q}" if q else "Search"
    download = urlencode([("q", q or ""), *filters.pairs(), ("sort", chosen)])
    return _render(
        request,
        "search.html",
        title,
        q=q or "",
        found=found,
        download=download,
        problem=problem,
        view=view,
        sort=chosen,
        sorts=SORTS,
        offset=offset,
        page=PAGE,
    )


@router.get("/documents")
def documents(request: Request, offset: Offset = 0) -> Response:
    items, total = data.list_documents(request.app.state.store, PAGE, offset)
    return _render(
        request, "documents.html", "Documents", items=items, total=total, offset=offset, page=PAGE
    )


@router.get("/documents/{doc_id}")
def document(request: Request, doc_id: str) -> Response:
    row = _found(data.get_document(request.app.state.store, doc_id), f"document {doc_id!r}")
    text = row.get("body") or ""
    marks = highlights(row.get("record") or {}, text, row.get("mentions"))
    groups = {k: [m for m in marks if m.kind == k] for k in KINDS}
    return _render(
        request,
        "document.html",
        row.get("title") or "Document",
        doc=row,
        marked=render_marked(text, marks),
        quotes={m.anchor: _quote(text, m.start, m.end) for m in marks if m.kind == "statement"},
        groups={k: v for k, v in groups.items() if v},
        record=row.get("record") or {},
        meetings=data.meetings_of_record(
            request.app.state.store, row["id"], row.get("record") or {}
        ),
    )


MEETING_FILTERS = ("forum", "level", "country", "series", "actor", "from", "to")


def _quote(text: str, start: int, end: int) -> str:
    """The words a statement's evidence points at, as their whole sentence."""
    found = whole_sentence(text, start, end)
    return found[2] if found else text[start:end]


@router.get("/meetings")
def meetings(request: Request, sort: Short = None, offset: Offset = 0) -> Response:
    view = filter_view(request, MEETING_FILTERS, keep=("sort",))
    filters = filters_from(request, MEETING_FILTERS)
    chosen = sort if sort in ("date", "-date") else "-date"
    store = request.app.state.store
    items, total = data.recent_meetings(store, PAGE, offset, filters or None, chosen)
    return _render(
        request,
        "meetings.html",
        "Meetings",
        items=to_json(items),
        total=total,
        offset=offset,
        page=PAGE,
        view=view,
        sort=chosen,
    )


@router.get("/meetings/{meeting_id}")
def meeting(request: Request, meeting_id: str, act: Short = None) -> Response:
    view = _found(data.meeting(request.app.state.store, meeting_id), f"meeting {meeting_id!r}")
    said = [
        {"speaker": speaker, **s} for speaker, items in view["statements"].items() for s in items
    ]
    return _render(request, "meeting.html", view["label"], m=view, **_acts(said, act))


@router.get("/series/{name:path}")
def series(request: Request, name: str) -> Response:
    view = _found(data.series(request.app.state.store, name), f"meeting series {name!r}")
    return _render(request, "series.html", view["series"], s=view)


@router.get("/people/{name:path}")
def person(request: Request, name: str, act: Short = None, limit: PersonLimit = 50) -> Response:
    chosen = act if act in ACTS else None
    view = data.person(request.app.state.store, name, limit, chosen)
    view = _found(view, f"person {name!r}")
    said = _one_per_sentence(view["statements"])  # a sentence with two acts counts once
    dated = said + [{"date": m.get("start")} for m in view["meetings"]]
    chart = timeline_svg(dated, f"Newest statements and meetings of {view['name']} by month")
    counts = view["statements_by_act"]
    return _render(
        request,
        "person.html",
        view["name"],
        p=view,
        chart=chart,
        statements=said,
        acts=[a for a in ACTS if counts.get(a)],
        act=chosen,
        all_count=sum(counts.values()),
    )


@router.get("/countries/{code}")
def country(request: Request, code: str, act: Short = None, limit: CountryLimit = 50) -> Response:
    view = _found(data.country(request.app.state.store, code, limit), f"country {code!r}")
    return _term_page(request, view, f"{view['name']} ({view['code']})", act, "country")


@router.get("/initiatives/{name:path}")
def initiative(request: Request, name: str, act: Short = None) -> Response:
    view = _found(data.initiative(request.app.state.store, name), f"initiative {name!r}")
    return _term_page(request, view, view["name"], act, "initiative")


def _term_page(request: Request, view: dict, title: str, act: str | None, kind: str) -> Response:
    chart = month_chart(view["months"], f"Mentions of {title} by month")
    return _render(
        request,
        "term.html",
        title,
        v=view,
        kind=kind,
        chart=chart,
        **_acts(view["statements"], act, view.get("statement_counts")),
    )


TIMELINE_FILTERS = ("forum", "level", "country", "series", "actor", "from", "to")


@router.get("/timeline")
def timeline(request: Request, term: Short = None, offset: Offset = 0) -> Response:
    store = request.app.state.store
    view = filter_view(request, TIMELINE_FILTERS, keep=("term",))
    filters = filters_from(request, TIMELINE_FILTERS) or None
    items = chart = None
    total = 0
    if term and term.strip():
        counts = data.timeline_counts(store, term, filters)
        items = data.timeline(store, term, TIMELINE_PAGE, offset, filters)
        total = counts.total
        chart = month_chart(counts.months, f"Mentions of {term} by month")
    title = f"Timeline: {term}" if term else "Timeline"
    return _render(
        request,
        "timeline.html",
        title,
        term=term or "",
        items=items,
        chart=chart,
        total=total,
        offset=offset,
        page=TIMELINE_PAGE,
        view=view,
    )


@router.get("/brief/{kind}/{name:path}")
def briefing(request: Request, kind: str, name: str, format: Short = "html") -> Response:
    """A briefing book (app.brief) as a page, or as a PDF or Markdown file to take away."""
    fmt = (format or "html").lower()
    if fmt not in BRIEF_FORMATS:
        raise HTTPException(400, f"format {fmt!r}: choose one of {', '.join(BRIEF_FORMATS)}")
    try:
        brief = build_brief(request.app.state.store, kind, name)
    except BriefError as exc:
        status = 404 if str(exc).startswith("no ") else 400
        raise HTTPException(status, str(exc)) from None
    if fmt == "html":
        return HTMLResponse(brief_html(brief, standalone=False))
    try:
        content = render_brief(brief, fmt)
    except BriefFormatError as exc:
        raise HTTPException(503, str(exc)) from None
    media = "application/pdf" if fmt == "pdf" else "text/markdown; charset=utf-8"
    filename = f"brief-{kind}-{slug(brief.subject) or 'subject'}.{fmt}"
    headers = {"Content-Disposition": f'attachment; filename="{filename}"'}
    return Response(content, media_type=media, headers=headers)


@router.get("/docs")
def api_docs(request: Request) -> Response:
    spec = request.app.openapi()
    return _render(request, "api_docs.html", "HTTP API", spec=spec, operations=operations(spec))


COMMITMENT_FILTERS = ("actor", "forum", "level", "country", "series", "from", "to")


@router.get("/commitments")
def commitments(request: Request, sort: Short = None, offset: Offset = 0) -> Response:
    """A page of commitments, oldest first, on a board of open and reported-done cards."""
    view = filter_view(request, COMMITMENT_FILTERS, keep=("sort",))
    filters = filters_from(request, COMMITMENT_FILTERS)
    chosen = sort if sort in ("date", "-date") else "date"
    store = request.app.state.store
    found = data.commitments(store, None, None, PAGE, offset, filters or None, chosen)
    columns = {
        label: [c for c in found.items if c.status == status]
        for label, status in (("open", "open"), ("reported done", "reported_done"))
    }
    actors = values_of(request, "actor")
    return _render(
        request,
        "commitments.html",
        "Commitments",
        columns=columns,
        actor=actors[0] if len(actors) == 1 else "",
        total=found.total,
        offset=offset,
        page=PAGE,
        view=view,
        sort=chosen,
    )
