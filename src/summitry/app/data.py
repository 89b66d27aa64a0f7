"""The views the HTTP API and the web UI share: documents, meetings, series, people,
countries, initiatives, timelines and commitments (search: app/search.py; writes: app/writes.py).

Views are cached per version of the scope they read (see summitry.app.version), so a page is
computed once until a write changes what it shows. Every function here that reads the store
asks version() for its scope, which records it for the answer's ETag.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

from sqlalchemy import func, select

from summitry import query as library
from summitry.app.cache import cached
from summitry.app.scopes import document_scope, meeting_scope, version
from summitry.errors import StoreError
from summitry.query.citation import citation, citations, cite_items
from summitry.query.common import meeting_label
from summitry.query.entity_results import (
    CitedStatement,
    CountryPage,
    InitiativePage,
    PageMeeting,
    PersonStatement,
    PersonView,
    TermDocument,
    TermMeeting,
)
from summitry.query.results import (
    CitationInfo,
    CommitmentList,
    MeetingSummary,
    MeetingView,
    PageMeetingRef,
    SeriesView,
    TimelineCounts,
    TimelineItem,
    to_json,
)
from summitry.query.sentences import whole_statements
from summitry.store import DocumentSummary, Store, StoredDocument
from summitry.store.filters import Filters, meeting_conditions
from summitry.store.schema import documents, meetings, mentions

__all__ = [
    "DocumentView",
    "Filters",
    "list_corrections",
    "commitments",
    "country",
    "get_document",
    "initiative",
    "list_documents",
    "meeting",
    "person",
    "recent_meetings",
    "series",
    "timeline",
    "timeline_counts",
]

TERM_ITEMS = 200  # timeline items a country or initiative page lists; the chart counts all


@dataclass(slots=True)
class DocumentView(StoredDocument):
    """A stored page as its API answer and web page show it: the page, its citation, and
    its countries, organisations and initiatives with their evidence offsets."""

    citation: CitationInfo
    mentions: list[dict[str, Any]]


def list_documents(store: Store, limit: int, offset: int) -> tuple[list[DocumentSummary], int]:
    """Stored documents newest first, and how many there are."""
    version(store)
    return store.list(limit=limit, offset=offset), store.count()


def get_document(store: Store, doc_id: str) -> DocumentView | None:
    """One document by id or unique prefix, with its `citation`; an ambiguous prefix is a
    QueryError."""
    version(store, document_scope(doc_id))
    try:
        row = store.get(doc_id)
    except StoreError as exc:
        if "prefix" in str(exc):
            raise library.QueryError(str(exc)) from None
        raise
    if row is None:
        return None
    own = {f.name: getattr(row, f.name) for f in fields(row)}
    return DocumentView(**own, citation=_citation_of(row), mentions=_mentions_of(store, row.id))


def _citation_of(doc: StoredDocument) -> CitationInfo:
    """The page's citation (query.citation reads a documents row's keys)."""
    keys = ("publisher", "title", "published", "url", "source", "ingested_at")
    row = {k: getattr(doc, k) for k in keys} | {"urls": [u.to_dict() for u in doc.urls]}
    return citation(row)


def _mentions_of(store: Store, doc_id: str) -> list[dict[str, Any]]:
    """The page's countries, organisations and initiatives with their evidence offsets."""
    m = mentions.c
    stmt = select(m.kind, m.value, m.evidence_start, m.evidence_end).where(m.document_id == doc_id)
    with store.engine.connect() as conn:
        rows = conn.execute(stmt.order_by(m.kind, m.idx)).all()
    return [
        {"kind": r.kind, "value": r.value, "evidence": [r.evidence_start, r.evidence_end]}
        for r in rows
    ]


@cached(version)
def recent_meetings(
    store: Store, limit: int, offset: int, filters: Filters | None = None, sort: str = "-date"
) -> tuple[list[MeetingSummary], int]:
    """Meetings the pages report, latest first (sort 'date': oldest first), narrowed by
    `filters`, and how many there are."""
    items = library.meetings(store, limit=limit, offset=offset, filters=filters, sort=sort)
    where = meeting_conditions(filters) if filters else []
    stmt = select(func.count(func.distinct(meetings.c.meeting_key))).where(
        meetings.c.role == "main", *where
    )
    with store.engine.connect() as conn:
        total = conn.execute(stmt).scalar_one()
    return list(items), max(total, offset + len(items))


@cached(version, meeting_scope)
def meeting(store: Store, mid: str) -> MeetingView | None:
    """One meeting by its id (or a name query), in full; its statements, outcomes and
    sources each with the citation of their page. None when nothing matches."""
    view = library.meeting(store, mid)
    if view is None:
        return None
    said = [s.document for items in view.statements.values() for s in items]
    pages = [s.id for s in view.sources] + [o.source for o in view.outcomes]
    with store.engine.connect() as conn:
        found = {i: c.text for i, c in citations(conn, [*said, *pages]).items()}
    return replace(
        view,
        statements={
            speaker: [replace(s, citation=found.get(s.document)) for s in items]
            for speaker, items in view.statements.items()
        },
        outcomes=[replace(o, citation=found.get(o.source)) for o in view.outcomes],
        sources=[replace(s, citation=found.get(s.id)) for s in view.sources],
    )


def meetings_of_record(store: Store, doc_id: str, record: dict[str, Any]) -> list[PageMeetingRef]:
    """A stored document's meetings with the ids their meeting pages use."""
    version(store, document_scope(doc_id))
    stmt = select(meetings.c.idx, meetings.c.meeting_key).where(meetings.c.document_id == doc_id)
    with store.engine.connect() as conn:
        keys = {idx: key for idx, key in conn.execute(stmt)}
    found: list[PageMeetingRef] = []
    for idx, m in enumerate(record.get("meetings") or []):
        if not isinstance(m, dict) or not m.get("name") or idx not in keys:
            continue
        ordinal = m.get("ordinal") if isinstance(m.get("ordinal"), int) else None
        label = meeting_label(m["name"], ordinal)
        found.append(PageMeetingRef(keys[idx], label, m.get("role")))
    return found


@cached(version)
def series(store: Store, name: str) -> SeriesView | None:
    """A meeting series by name."""
    return library.series(store, name)


@cached(version)
def person(
    store: Store, name: str, limit: int = library.PERSON_LIMIT, act: str | None = None
) -> PersonView | None:
    """One person by name: the newest `limit` meetings, statements (of one act, if given) and
    short mentions, with their totals; statements whole (query.sentences) and cited."""
    view = library.person(store, name, limit=limit, act=act)
    if view is None:
        return None
    said = [to_json(s) for s in view.statements]
    with store.engine.connect() as conn:
        whole_statements(conn, said)
        cite_items(conn, said)
    return replace(view, statements=[PersonStatement(**s) for s in said])


@cached(version)
def timeline(
    store: Store, term: str, limit: int, offset: int = 0, filters: Filters | None = None
) -> list[TimelineItem]:
    """One page of the dated mentions of term, oldest first, narrowed by `filters`, each with
    its page's citation."""
    items = library.timeline(store, term, limit=limit, offset=offset, filters=filters)
    return _cited(store, items)


def _cited(store: Store, items: list[TimelineItem], kind: str | None = None) -> list[TimelineItem]:
    """The items, each (of `kind`, where given) with the citation of its page."""
    chosen = [i for i in items if kind is None or i.kind == kind]
    with store.engine.connect() as conn:
        found = citations(conn, {i.document for i in chosen})
    return [
        replace(i, citation=_text(found.get(i.document))) if kind in (None, i.kind) else i
        for i in items
    ]


@cached(version)
def timeline_counts(store: Store, term: str, filters: Filters | None = None) -> TimelineCounts:
    """How many mentions term has, in all and per month (for charts and pagers)."""
    return library.timeline_counts(store, term, filters=filters)


@cached(version)
def commitments(
    store: Store,
    actor: str | None = None,
    status: str | None = None,
    limit: int = 50,
    offset: int = 0,
    filters: Filters | None = None,
    sort: str = "date",
) -> CommitmentList:
    """One page of commitments (act 'commit'), oldest first (sort '-date': newest first),
    narrowed by `filters`, with their total; only the listed ones are checked against later
    pages (a status filter checks a bounded number)."""
    page = library.commitment_page(
        store,
        actor=actor,
        status=status,
        limit=limit,
        offset=offset,
        filters=filters,
        sort=sort,
    )
    return CommitmentList(page.items, page.total, page.total_exact)


@cached(version)
def country(store: Store, code: str, limit: int = library.COUNTRY_LIMIT) -> CountryPage | None:
    """A country by code or name: the newest `limit` statements of each act (in date order,
    cited), meetings and initiatives, with the totals of each (`documents_total`: pages
    naming it), and the first items of its timeline."""
    try:
        view = library.country(store, code, limit=limit)
    except library.QueryError:
        return None  # no country the kb knows by that code or name
    if view is None:
        return None
    said = [
        CitedStatement(act, "statement", item)
        for act, items in view.statements.items()
        for item in items
    ]
    said.sort(key=lambda i: i.statement.date or "")
    with store.engine.connect() as conn:
        found = citations(conn, {s.statement.document for s in said})
    cited = [replace(s, citation=_text(found.get(s.statement.document))) for s in said]
    items = library.timeline(store, view.code, limit=TERM_ITEMS)
    term = _term_view(store, view.code, items, view.meetings)
    return CountryPage(
        id=view.id,
        code=view.code,
        name=view.name,
        meetings=term.meetings,
        meetings_total=view.meetings_total,
        statements=cited,
        statement_counts=view.statement_counts,
        initiatives=view.initiatives,
        initiatives_total=view.initiatives_total,
        documents=term.documents,
        window=view.window,
        extra=view.extra,
        corrected=view.corrected,
        timeline=items,
        mentions=term.mentions,
        months=term.months,
        documents_total=view.documents,
        limit=limit,
    )


def _text(found: CitationInfo | None) -> str | None:
    return found.text if found is not None else None


@cached(version)
def initiative(store: Store, name: str) -> InitiativePage | None:
    """An initiative by name, acronym or id; None when no page names it."""
    view = library.initiative(store, name, limit=TERM_ITEMS)
    if view is None:
        return None
    timeline = _cited(store, view.timeline, "statement")
    term = _term_view(store, view.id, timeline, view.meetings)
    return InitiativePage(
        id=view.id,
        name=view.name,
        acronym=view.acronym,
        names=view.names,
        documents=term.documents,
        meetings=term.meetings,
        meetings_total=view.meetings_total,
        window=view.window,
        statements=[i for i in timeline if i.kind == "statement"],
        timeline=timeline,
        extra=view.extra,
        corrected=view.corrected,
        mentions=term.mentions,
        months=term.months,
        documents_total=view.documents,
        query=name,
    )


@dataclass(frozen=True, slots=True)
class _Term:
    """What country and initiative pages share: the documents of their first timeline
    items, their meetings by label, and how many items they have in all and per month."""

    documents: list[TermDocument]
    meetings: list[TermMeeting]
    mentions: int
    months: dict[str, int]


def _term_view(
    store: Store, term: str, items: list[TimelineItem], meetings_of: list[PageMeeting]
) -> _Term:
    """The documents the first dated items of a country or initiative page come from (with
    their titles), its meetings, and the counts of all its items (in all, per month)."""
    ids = list(dict.fromkeys(i.document for i in items if i.document))
    stmt = select(documents.c.id, documents.c.title, documents.c.published)
    with store.engine.connect() as conn:
        rows = {r.id: r for r in conn.execute(stmt.where(documents.c.id.in_(ids)))} if ids else {}
    docs = [TermDocument(i, rows[i].title, rows[i].published) for i in ids if i in rows]
    counts = timeline_counts(store, term)
    listed = [TermMeeting(m.id, m.meeting or m.id) for m in meetings_of]
    return _Term(docs, listed, counts.total, counts.months)


def list_corrections(store: Store) -> list[dict[str, Any]]:
    """Every stored correction, oldest first."""
    version(store)
    return [{"id": c.id, **c.to_dict()} for c in store.corrections()]
