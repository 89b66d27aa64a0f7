"""Every call from the HTTP API and the web UI into the library, in one place.

Views are cached per version of the scope they read (see summitry.app.version), so a page is
computed once until a write changes what it shows. Every function here that reads the store
asks version() for its scope, which records it for the answer's ETag.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import func, select

from summitry import query as library
from summitry.app import version as versions
from summitry.app.cache import cached
from summitry.budget import Extracted
from summitry.errors import PageOverBudget, StoreError, UnreadablePage
from summitry.ingest import page_warnings, safe_record_of
from summitry.query.common import meeting_label
from summitry.read import RawPage, page_from_bytes
from summitry.store import Store
from summitry.store.corrections import Correction
from summitry.store.schema import corrections, documents, meeting_refs

__all__ = [
    "FACETS",
    "SearchFilters",
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
    """Facet values a search is narrowed to; None means any."""

    forum: str | None = None
    level: str | None = None
    year: str | None = None
    country: str | None = None
    publisher: str | None = None
    site: str | None = None

    def active(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v}


def store_mark(store: Store) -> versions.Mark:
    """(documents, last seq, corrections, last correction id): changes with every add,
    replace or removal of a document or correction."""
    # Every add or replace draws a new, higher seq; both read the seq index only.
    stmt = select(func.count(documents.c.seq), func.max(documents.c.seq))
    fixes = select(func.count(corrections.c.id), func.max(corrections.c.id))
    with store.engine.connect() as conn:
        count, seq = conn.execute(stmt).one()
        fixed, last = conn.execute(fixes).one()  # a correction changes views too
    return count, seq or 0, fixed, last or 0


def changed_scopes(store: Store, after: int, upto: int) -> tuple[int, set[str]]:
    """How many documents have a seq in (after, upto], and the scopes they change beyond
    "documents": the series of the meetings they name."""
    in_range = (documents.c.seq > after, documents.c.seq <= upto)
    series = (
        select(meeting_refs.c.series)
        .distinct()
        .join(documents, documents.c.id == meeting_refs.c.document_id)
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
    stmt = select(meeting_refs.c.series).where(meeting_refs.c.meeting_key == mid).distinct()
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
    """One document by id or unique prefix; an ambiguous prefix is a QueryError."""
    version(store, _document_scope(doc_id))
    try:
        return store.get(doc_id)
    except StoreError as exc:
        if "prefix" in str(exc):
            raise library.QueryError(str(exc)) from None
        raise


@cached(version)
def search(store: Store, q: str, filters: SearchFilters, limit: int, offset: int) -> dict[str, Any]:
    """Ranked hits narrowed by facet filters, one page of them, and facet counts."""
    found = store.search(q, limit=min(offset + limit, SEARCH_POOL), **filters.active())
    facets = {
        name: [{"value": value, "count": count} for value, count in pairs]
        for name, pairs in found.facets.items()
    }
    items = [_hit_dict(h) for h in found.hits[offset : offset + limit]]
    return {
        "query": q,
        "items": items,
        "total": found.total,
        "total_exact": found.total_exact,
        "served": min(found.total, SEARCH_POOL),
        "facets": facets,
    }


def _hit_dict(hit: Any) -> dict[str, Any]:
    keys = ("id", "title", "published", "publisher", "snippet", "score")
    return {k: getattr(hit, k) for k in keys}


@cached(version)
def recent_meetings(store: Store, limit: int, offset: int) -> tuple[list[dict[str, Any]], int]:
    """Meetings the pages report, latest first, and how many there are."""
    items = library.meetings(store, limit=limit, offset=offset)
    stmt = select(func.count(func.distinct(meeting_refs.c.meeting_key))).where(
        meeting_refs.c.role == "main"
    )
    with store.engine.connect() as conn:
        total = conn.execute(stmt).scalar_one()
    return list(items), max(total, offset + len(items))


@cached(version, _meeting_scope)
def meeting(store: Store, mid: str) -> dict[str, Any] | None:
    """One meeting by its id (or a name query), in full, labelled; None when nothing matches."""
    view = library.meeting(store, mid)
    if view is not None:
        view.setdefault("label", meeting_label(view["name"], view.get("ordinal")))
    return view


def meetings_of_record(store: Store, doc_id: str, record: dict[str, Any]) -> list[dict[str, Any]]:
    """A stored document's meetings with the ids their meeting pages use."""
    version(store, _document_scope(doc_id))
    stmt = select(meeting_refs.c.idx, meeting_refs.c.meeting_key).where(
        meeting_refs.c.document_id == doc_id
    )
    with store.engine.connect() as conn:
        keys = {idx: key for idx, key in conn.execute(stmt)}
    found = []
    for idx, m in enumerate(record.get("meetings") or []):
        if not isinstance(m, dict) or not m.get("name") or idx not in keys:
            continue
        ordinal = m.get("ordinal") if isinstance(m.get("ordinal"), int) else None
        label = meeting_label(m["name"], ordinal)
        found.append({"id": keys[idx], "label": label, "role": m.get("role")})
    return found


@cached(version)
def series(store: Store, name: str) -> dict[str, Any] | None:
    """A meeting series by name."""
    return library.series(store, name)


@cached(version)
def person(
    store: Store, name: str, limit: int = library.PERSON_LIMIT, act: str | None = None
) -> dict[str, Any] | None:
    """One person by name: the newest `limit` meetings, statements (of one act, if given) and
    short mentions, with their totals."""
    return library.person(store, name, limit=limit, act=act)


@cached(version)
def timeline(store: Store, term: str, limit: int, offset: int = 0) -> list[dict[str, Any]]:
    """One page of the dated mentions of term, oldest first."""
    return library.timeline(store, term, limit=limit, offset=offset)


@cached(version)
def timeline_counts(store: Store, term: str) -> dict[str, Any]:
    """How many mentions term has, in all and per month (for charts and pagers)."""
    return library.timeline_counts(store, term)


@cached(version)
def commitments(
    store: Store,
    actor: str | None = None,
    status: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> dict[str, Any]:
    """One page of commitments (act 'commit'), oldest first, with their total; only the listed
    ones are checked against later pages (a status filter checks a bounded number)."""
    page = library.commitment_page(store, actor=actor, status=status, limit=limit, offset=offset)
    return {"items": page.items, "total": page.total, "total_exact": page.total_exact}


@cached(version)
def country(store: Store, code: str, limit: int = library.COUNTRY_LIMIT) -> dict[str, Any] | None:
    """A country by code or name: the newest `limit` statements of each act, meetings and
    initiatives, with the totals of each (`documents_total`: pages naming it)."""
    try:
        view = library.country(store, code, limit=limit)
    except library.QueryError:
        return None  # no country the kb knows by that code or name
    if view is None:
        return None
    statements = [
        {"act": act, "kind": "statement", **item}
        for act, items in view["statements"].items()
        for item in items
    ]
    statements.sort(key=lambda i: i.get("date") or "")
    items = library.timeline(store, view["code"], limit=TERM_ITEMS)
    term_view = _term_view(store, view["code"], items, view["meetings"])
    totals = {"documents_total": view["documents"], "limit": limit}
    return {**view, **term_view, **totals, "statements": statements}


@cached(version)
def initiative(store: Store, name: str) -> dict[str, Any] | None:
    """An initiative by name, acronym or id; None when no page names it."""
    view = library.initiative(store, name, limit=TERM_ITEMS)
    if view is None:
        return None
    term_view = _term_view(store, view["id"], view["timeline"], view["meetings"])
    return {**view, **term_view, "documents_total": view["documents"], "query": name}


def _term_view(
    store: Store, term: str, items: list[dict[str, Any]], meetings_of: list[dict[str, Any]]
) -> dict[str, Any]:
    """The first dated items of a country or initiative page, the documents they come from
    (with their titles), the meetings, and the counts of all its items (in all, per month)."""
    ids = list(dict.fromkeys(i["document"] for i in items if i.get("document")))
    stmt = select(documents.c.id, documents.c.title, documents.c.published)
    with store.engine.connect() as conn:
        rows = {r.id: r for r in conn.execute(stmt.where(documents.c.id.in_(ids)))} if ids else {}
    docs = [{"id": i, "title": rows[i].title, "date": rows[i].published} for i in ids if i in rows]
    counts = timeline_counts(store, term)
    return {
        "timeline": items,
        "mentions": counts["total"],
        "months": counts["months"],
        "documents": docs,
        "meetings": [{"id": m["id"], "meeting": m.get("meeting") or m["id"]} for m in meetings_of],
    }


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
