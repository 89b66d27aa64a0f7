"""Every call from the HTTP API and the web UI into the library, in one place.

Views are cached per version of the scope they read (see summitry.app.version), so a page is
computed once until a write changes what it shows. Every function here that reads the store
asks version() for its scope, which records it for the answer's ETag.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, replace
from typing import Any

from sqlalchemy import func, select

from summitry import query as library
from summitry.app import version as versions
from summitry.app.cache import cached
from summitry.budget import Extracted
from summitry.errors import PageOverBudget, StoreError, UnreadablePage
from summitry.ingest import page_warnings, safe_record_of
from summitry.kb.load import load_kb
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
    FacetCount,
    MeetingSummary,
    MeetingView,
    PageMeetingRef,
    SearchPage,
    SeriesView,
    TimelineCounts,
    TimelineItem,
    to_json,
)
from summitry.query.sentences import whole_statements
from summitry.read import RawPage, page_from_bytes
from summitry.store import Store
from summitry.store.corrections import Correction
from summitry.store.filters import Filters, meeting_conditions
from summitry.store.schema import builds, corrections, documents, meetings, mentions

__all__ = [
    "FACETS",
    "Filters",
    "SearchFilters",
    "facet_counts",
    "facet_label",
    "add_correction",
    "list_corrections",
    "remove_correction",
    "commitments",
    "country",
    "fingerprint",
    "get_document",
    "ingest_upload",
    "initiative",
    "state",
    "store_mark",
    "changed_scopes",
    "list_documents",
    "meeting",
    "person",
    "recent_meetings",
    "search",
    "series",
    "timeline",
    "timeline_counts",
    "version",
    "written",
]

FACETS = ("forum", "level", "year", "country", "publisher")
SEARCH_POOL = 500  # hits ranked before facets and paging; deeper pages are not served
_FULL_ID = re.compile(r"[0-9a-f]{64}")
TERM_ITEMS = 200  # timeline items a country or initiative page lists; the chart counts all


@dataclass(frozen=True, slots=True)
class SearchFilters:
    """What a search is narrowed to: facet values (several of one facet: any of them), the
    series of a meeting the page names, actors speaking or named on it, published dates,
    and the order of the hits."""

    forum: tuple[str, ...] = ()
    level: tuple[str, ...] = ()
    year: tuple[str, ...] = ()
    country: tuple[str, ...] = ()
    publisher: tuple[str, ...] = ()
    site: tuple[str, ...] = ()
    series: tuple[str, ...] = ()
    actor: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    sort: str = "relevance"

    def active(self) -> dict[str, Any]:
        """The filters given (not the sort), by parameter name ('from', 'to' for dates)."""
        given = {k: v for k, v in asdict(self).items() if v and k != "sort"}
        return {_PARAM.get(k, k): v for k, v in given.items()}

    def pairs(self) -> list[tuple[str, str]]:
        """(parameter, value) of every filter value, for links and hidden form fields."""
        found: list[tuple[str, str]] = []
        for name, given in self.active().items():
            found += [(name, v) for v in (given if isinstance(given, tuple) else (given,))]
        return found


_PARAM = {"since": "from", "until": "to"}


def facet_label(name: str, value: str) -> str:
    """The name a facet value is shown by: 'KOR' -> 'Korea', 'senior_officials' ->
    'senior officials'; other values as they are."""
    kb = load_kb()
    if name == "country":
        known = kb.countries.get(value.upper())
        if known is not None:
            return known.name
        org = kb.organizations.get(value)
        return org.name if org is not None else value
    return value.replace("_", " ") if name == "level" else value


def store_mark(store: Store) -> versions.Mark:
    """(documents, last seq, corrections, last correction id, last rebuild): changes with
    every add, replace or removal of a document or correction, and with every reindex."""
    # Every add or replace draws a new, higher seq; both read the seq index only.
    stmt = select(func.count(documents.c.seq), func.max(documents.c.seq))
    fixes = select(func.count(corrections.c.id), func.max(corrections.c.id))
    with store.engine.connect() as conn:
        count, seq = conn.execute(stmt).one()
        fixed, last = conn.execute(fixes).one()  # a correction changes views too
        built = conn.execute(select(func.max(builds.c.built_at))).scalar()  # so does reindex
    return count, seq or 0, fixed, last or 0, built or ""


def changed_scopes(store: Store, after: int, upto: int) -> tuple[int, set[str]]:
    """How many documents have a seq in (after, upto], and the scopes they change beyond
    "documents": the series of the meetings they name."""
    in_range = (documents.c.seq > after, documents.c.seq <= upto)
    series = (
        select(meetings.c.series)
        .distinct()
        .join(documents, documents.c.id == meetings.c.document_id)
        .where(*in_range)
    )
    with store.engine.connect() as conn:
        count = conn.execute(select(func.count()).where(*in_range)).scalar_one()
        names = {f"series:{name}" for name in conn.execute(series).scalars() if name}
    return count, names


def fingerprint(store: Store) -> str:
    """A short hash of store_mark(store): changes whenever a document or correction does."""
    return hashlib.sha1(f"{store.url}|{store_mark(store)}".encode()).hexdigest()[:16]


def state(store: Store) -> versions.State:
    """The store's versions, read again at most every VERSION_TTL seconds."""
    return versions.current(store, store_mark, changed_scopes)


def version(store: Store, scope: str = versions.DOCUMENTS) -> str:
    """The version of what views of `scope` read, recorded for the request's ETag."""
    seen = state(store).version(scope)
    versions.record(scope, seen)
    return seen


def written(store: Store) -> None:
    """Something was written through this process: views and ETags look again at once."""
    versions.forget(store)


def _meeting_scope(store: Store, mid: str) -> str:
    """A meeting id's view reads only pages naming meetings of its series; a name query or
    an unknown id may match any page."""
    if not mid.startswith("meeting:"):
        return versions.DOCUMENTS
    stmt = select(meetings.c.series).where(meetings.c.meeting_key == mid).distinct()
    with store.engine.connect() as conn:
        names = list(conn.execute(stmt.limit(2)).scalars())
    return f"series:{names[0]}" if len(names) == 1 and names[0] else versions.DOCUMENTS


def _document_scope(doc_id: str) -> str:
    """A whole id names one page, which changes only with an epoch; a prefix may come to
    match a new page."""
    return f"document:{doc_id}" if _FULL_ID.fullmatch(doc_id) else versions.DOCUMENTS


def list_documents(store: Store, limit: int, offset: int) -> tuple[list[dict[str, Any]], int]:
    """Stored documents newest first, and how many there are."""
    version(store)
    return store.list(limit=limit, offset=offset), store.count()


def get_document(store: Store, doc_id: str) -> dict[str, Any] | None:
    """One document by id or unique prefix, with its `citation`; an ambiguous prefix is a
    QueryError."""
    version(store, _document_scope(doc_id))
    try:
        row = store.get(doc_id)
    except StoreError as exc:
        if "prefix" in str(exc):
            raise library.QueryError(str(exc)) from None
        raise
    if row is not None:
        row["citation"] = citation(row)
        row["mentions"] = _mentions_of(store, row["id"])
    return row


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
def search(store: Store, q: str, filters: SearchFilters, limit: int, offset: int) -> SearchPage:
    """Ranked hits narrowed by facet filters, one page of them, and facet counts: those of a
    facet that narrows the hits are counted without it, so that its other values can be
    added (either value)."""
    given = {k: v for k, v in asdict(filters).items() if k not in ("since", "until", "sort")}

    def run(limit: int, **facets: Any) -> Any:
        return store.search(
            q, limit, **facets, since=filters.since, until=filters.until, sort=filters.sort
        )

    found = run(min(offset + limit, SEARCH_POOL), **given)
    counted = dict(found.facets)
    for name in FACETS:  # a chosen facet counts its values as if it were not chosen
        if given.get(name):
            counted[name] = run(0, **{**given, name: ()}, snippets=False).facets.get(name, [])
    return SearchPage(
        query=q,
        items=found.hits[offset : offset + limit],
        total=found.total,
        total_exact=found.total_exact,
        served=min(found.total, SEARCH_POOL),
        facets={name: facet_counts(name, pairs) for name, pairs in counted.items()},
    )


def facet_counts(name: str, pairs: Iterable[tuple[str, int]]) -> list[FacetCount]:
    """A facet's (value, count) pairs with the names the values are shown by."""
    return [FacetCount(value, facet_label(name, value), count) for value, count in pairs]


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


@cached(version, _meeting_scope)
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
    version(store, _document_scope(doc_id))
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


def ingest_upload(
    store: Store, name: str, data: bytes, extract: Callable[[RawPage], Extracted] | None = None
) -> dict[str, Any]:
    """Read, clean, extract and store one uploaded page; name is only a label. `extract`
    runs the extraction (default: here, with no budget); a page past its budget raises
    PageOverBudget."""
    source = f"upload:{name}"
    try:
        raw = page_from_bytes(source, data)
    except UnreadablePage as exc:
        return {"name": name, "id": None, "status": "failed", "error": str(exc)}
    if store.has(raw.sha256):
        return {"name": name, "id": raw.sha256, "status": "unchanged", "error": None}
    record, error, over_budget = (extract or _extract_here)(raw)
    if over_budget:
        raise PageOverBudget(error or source)
    if record is None:
        return {"name": name, "id": None, "status": "failed", "error": error}
    status = store.add(raw.sha256, source, record)
    warnings = page_warnings(raw, record)
    return {"name": name, "id": raw.sha256, "status": status, "error": None, "warnings": warnings}


def _extract_here(raw: RawPage) -> Extracted:
    record, error = safe_record_of(raw, None)
    return record, error, False


def add_correction(store: Store, body: dict[str, Any]) -> dict[str, Any]:
    """Store one correction (checked and, for a document, applied at once)."""
    kept = store.correct(Correction(**body))
    return {"id": kept.id, **kept.to_dict()}


def list_corrections(store: Store) -> list[dict[str, Any]]:
    """Every stored correction, oldest first."""
    version(store)
    return [{"id": c.id, **c.to_dict()} for c in store.corrections()]


def remove_correction(store: Store, correction_id: int) -> dict[str, Any]:
    """Remove a correction; what it changed goes back to the extracted value."""
    gone = store.uncorrect(correction_id)
    return {"id": gone.id, **gone.to_dict()}
