"""Every call from the HTTP API and the web UI into the library, in one place.

Where a library function is still missing (facets, recent meetings, country and initiative
views, corrections), the adapter computes the view from what exists; each such adapter
calls the library function instead as soon as it is there.
"""

from __future__ import annotations

import hashlib
import inspect
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.exc import OperationalError

from summitry import query as library
from summitry.api.cache import cached
from summitry.errors import StoreError, SummitryError, UnreadablePage
from summitry.ingest import safe_record_of
from summitry.query.common import meeting_label
from summitry.read import page_from_bytes
from summitry.store import Store
from summitry.store.schema import documents, has_fts, meeting_refs, meetings, mentions
from summitry.store.search import (
    BODY_WEIGHT,
    TITLE_WEIGHT,
    Term,
    fts_query,
    like_statement,
    make_snippet,
    query_terms,
)

__all__ = [
    "FACETS",
    "NotAvailable",
    "SearchFilters",
    "add_correction",
    "commitments",
    "country",
    "fingerprint",
    "get_document",
    "ingest_upload",
    "initiative",
    "list_documents",
    "meeting",
    "person",
    "recent_meetings",
    "search",
    "series",
    "timeline",
]

FACETS = ("forum", "level", "year", "country", "publisher")
SEARCH_POOL = 500  # hits ranked before facets and paging; deeper pages are not served


class NotAvailable(SummitryError):
    """A feature this build of summitry does not have yet (the API answers 501)."""


@dataclass(frozen=True, slots=True)
class SearchFilters:
    """Facet values a search is narrowed to; None means any."""

    forum: str | None = None
    level: str | None = None
    year: str | None = None
    country: str | None = None
    publisher: str | None = None

    def active(self) -> dict[str, str]:
        return {k: v for k, v in asdict(self).items() if v}


def _library(name: str) -> Callable[..., Any] | None:
    """summitry.query.NAME when the library has it."""
    found = getattr(library, name, None)
    return found if callable(found) else None


def fingerprint(store: Store) -> str:
    """Changes whenever a document is added, replaced or removed (the ETag's store part)."""
    # Every add or replace draws a new, higher seq; both read the seq index only.
    stmt = select(func.count(documents.c.seq), func.max(documents.c.seq))
    with store.engine.connect() as conn:
        count, seq = conn.execute(stmt).one()
    return hashlib.sha1(f"{store.url}|{count}|{seq}".encode()).hexdigest()[:16]


def list_documents(store: Store, limit: int, offset: int) -> tuple[list[dict[str, Any]], int]:
    """Stored documents newest first, and how many there are."""
    return store.list(limit=limit, offset=offset), store.count()


def get_document(store: Store, doc_id: str) -> dict[str, Any] | None:
    """One document by id or unique prefix; an ambiguous prefix is a QueryError."""
    try:
        return store.get(doc_id)
    except StoreError as exc:
        if "prefix" in str(exc):
            raise library.QueryError(str(exc)) from None
        raise


@cached(fingerprint)
def search(store: Store, q: str, filters: SearchFilters, limit: int, offset: int) -> dict[str, Any]:
    """Ranked hits narrowed by facet filters, one page of them, and facet counts."""
    params = inspect.signature(store.search).parameters
    if "forum" in params:  # the store computes facets itself
        found = store.search(q, limit=SEARCH_POOL, **filters.active())
        hits, facets = _hits_and_facets(found)
        return _search_page(q, hits, facets, limit, offset)
    terms = query_terms(q or "")
    ranked = _ranked_ids(store, terms)
    values = _facet_values(store, [i for i, _ in ranked])
    wanted = filters.active()
    kept = [(i, s) for i, s in ranked if all(v in values[i][k] for k, v in wanted.items())]
    counts = {k: Counter(v for i, _ in kept for v in values[i][k]) for k in FACETS}
    facets = {k: _facet_counts(c) for k, c in counts.items()}
    page = _snippet_hits(store, kept[offset : offset + limit], terms)
    return {"query": q, "items": page, "total": len(kept), "facets": facets}


def _facet_counts(counts: Counter[str]) -> list[dict[str, Any]]:
    """Most frequent first, ties by value, so that the same store gives the same answer."""
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [{"value": v, "count": n} for v, n in ordered]


# Ranking without snippets: snippets are made for the page shown only (the costly part).
_RANKED_FTS = text(
    f"""SELECT d.id AS id, bm25(documents_fts, {TITLE_WEIGHT}, {BODY_WEIGHT}) AS rank
    FROM documents_fts JOIN documents AS d ON d.seq = documents_fts.rowid
    WHERE documents_fts MATCH :q ORDER BY rank, d.seq LIMIT :limit"""
)


def _ranked_ids(store: Store, terms: list[Term]) -> list[tuple[str, float]]:
    """(id, score) of every hit, best first, at most SEARCH_POOL: as Store.search ranks them."""
    if not terms:
        return []
    with store.engine.connect() as conn:
        if has_fts(conn):
            try:
                rows = conn.execute(_RANKED_FTS, {"q": fts_query(terms), "limit": SEARCH_POOL})
                return [(r.id, -r.rank) for r in rows]
            except OperationalError as exc:
                if "fts5" in str(exc.orig).lower():
                    return []
                raise
        return [(r.id, r.score) for r in conn.execute(like_statement(terms, SEARCH_POOL))]


def _snippet_hits(
    store: Store, ranked: list[tuple[str, float]], terms: list[Term]
) -> list[dict[str, Any]]:
    """Search hits with snippets for the given (id, score) pairs, in their order."""
    cols = (documents.c.id, documents.c.title, documents.c.published, documents.c.publisher)
    stmt = select(*cols, documents.c.body).where(documents.c.id.in_([i for i, _ in ranked]))
    with store.engine.connect() as conn:
        rows = {r.id: r for r in conn.execute(stmt)}
    return [
        {
            "id": i,
            "title": rows[i].title,
            "published": rows[i].published,
            "publisher": rows[i].publisher,
            "snippet": make_snippet(rows[i].body, terms),
            "score": score,
        }
        for i, score in ranked
        if i in rows
    ]


def _hits_and_facets(found: Any) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    hits = getattr(found, "hits", None)
    facets = getattr(found, "facets", None)
    if hits is None:
        hits, facets = found
    return [_hit_dict(h) for h in hits], dict(facets or {})


def _hit_dict(hit: Any) -> dict[str, Any]:
    if isinstance(hit, dict):
        return hit
    keys = ("id", "title", "published", "publisher", "snippet", "score")
    return {k: getattr(hit, k) for k in keys}


def _search_page(
    q: str, hits: list[dict[str, Any]], facets: dict[str, Any], limit: int, offset: int
) -> dict[str, Any]:
    page = hits[offset : offset + limit]
    return {"query": q, "items": page, "total": len(hits), "facets": facets}


def _facet_values(store: Store, ids: list[str]) -> dict[str, dict[str, set[str]]]:
    """For each document: its forums and levels (main meetings), year, countries, publisher."""
    values: dict[str, dict[str, set[str]]] = {i: {k: set() for k in FACETS} for i in ids}
    if not ids:
        return values
    with store.engine.connect() as conn:
        heads = select(documents.c.id, documents.c.published, documents.c.publisher)
        for row in conn.execute(heads.where(documents.c.id.in_(ids))):
            if row.published:
                values[row.id]["year"].add(row.published[:4])
            if row.publisher:
                values[row.id]["publisher"].add(row.publisher)
        main = select(meetings.c.document_id, meetings.c.forum, meetings.c.level).where(
            meetings.c.document_id.in_(ids), meetings.c.role == "main"
        )
        for row in conn.execute(main):
            values[row.document_id]["forum"].update([row.forum] if row.forum else [])
            values[row.document_id]["level"].update([row.level] if row.level else [])
        named = select(mentions.c.document_id, mentions.c.value).where(
            mentions.c.document_id.in_(ids), mentions.c.kind == "country"
        )
        for row in conn.execute(named):
            values[row.document_id]["country"].add(row.value)
    return values


@cached(fingerprint)
def recent_meetings(store: Store, limit: int, offset: int) -> tuple[list[dict[str, Any]], int]:
    """Meetings the pages report, latest first, and how many there are."""
    items = library.meetings(store, limit=limit, offset=offset)
    stmt = select(func.count(func.distinct(meeting_refs.c.meeting_key))).where(
        meeting_refs.c.role == "main"
    )
    with store.engine.connect() as conn:
        total = conn.execute(stmt).scalar_one()
    return list(items), max(total, offset + len(items))


@cached(fingerprint)
def meeting(store: Store, mid: str) -> dict[str, Any] | None:
    """One meeting by its id (or a name query), in full, labelled; None when nothing matches."""
    view = library.meeting(store, mid)
    if view is not None:
        view.setdefault("label", meeting_label(view["name"], view.get("ordinal")))
    return view


def meetings_of_record(store: Store, doc_id: str, record: dict[str, Any]) -> list[dict[str, Any]]:
    """A stored document's meetings with the ids their meeting pages use."""
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


@cached(fingerprint)
def series(store: Store, name: str) -> dict[str, Any] | None:
    """A meeting series by name."""
    return library.series(store, name)


@cached(fingerprint)
def person(store: Store, name: str) -> dict[str, Any] | None:
    """One person by name."""
    return library.person(store, name)


@cached(fingerprint)
def timeline(store: Store, term: str) -> list[dict[str, Any]]:
    """Every dated mention of term, oldest first."""
    return library.timeline(store, term)


@cached(fingerprint)
def commitments(
    store: Store, actor: str | None = None, status: str | None = None
) -> list[dict[str, Any]]:
    """Commitments (act 'commit'), oldest first."""
    return library.commitments(store, actor=actor, status=status)


@cached(fingerprint)
def country(store: Store, code: str) -> dict[str, Any] | None:
    """A country by code or name: its statements by act, meetings and documents."""
    try:
        view = library.country(store, code)
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
    items = library.timeline(store, view["code"])
    return {**view, **_term_view(store, items, view["meetings"]), "statements": statements}


@cached(fingerprint)
def initiative(store: Store, name: str) -> dict[str, Any] | None:
    """An initiative by name, acronym or id; None when no page names it."""
    view = library.initiative(store, name)
    if view is None:
        return None
    return {**view, **_term_view(store, view["timeline"], view["meetings"]), "query": name}


def _term_view(
    store: Store, items: list[dict[str, Any]], meetings_of: list[dict[str, Any]]
) -> dict[str, Any]:
    """The dated items of a country or initiative page, the documents they come from (with
    their titles) and the meetings, as the pages list them."""
    ids = list(dict.fromkeys(i["document"] for i in items if i.get("document")))
    stmt = select(documents.c.id, documents.c.title, documents.c.published)
    with store.engine.connect() as conn:
        rows = {r.id: r for r in conn.execute(stmt.where(documents.c.id.in_(ids)))} if ids else {}
    docs = [{"id": i, "title": rows[i].title, "date": rows[i].published} for i in ids if i in rows]
    return {
        "timeline": items,
        "documents": docs,
        "meetings": [{"id": m["id"], "meeting": m.get("meeting") or m["id"]} for m in meetings_of],
    }


def ingest_upload(store: Store, name: str, data: bytes) -> dict[str, Any]:
    """Read, clean, extract and store one uploaded page; name is only a label."""
    source = f"upload:{name}"
    try:
        raw = page_from_bytes(source, data)
    except UnreadablePage as exc:
        return {"name": name, "id": None, "status": "failed", "error": str(exc)}
    if store.has(raw.sha256):
        return {"name": name, "id": raw.sha256, "status": "unchanged", "error": None}
    record, error = safe_record_of(raw)
    if record is None:
        return {"name": name, "id": None, "status": "failed", "error": error}
    status = store.add(raw.sha256, source, record)
    return {"name": name, "id": raw.sha256, "status": status, "error": None}


def add_correction(store: Store, correction: dict[str, Any]) -> dict[str, Any]:
    """Record a correction to a stored document with the library's `correct`, once it exists."""
    correct = _library("correct")
    if correct is None:
        raise NotAvailable("corrections are not stored by this version of summitry")
    if store.get(correction["document"]) is None:
        raise LookupError(f"no document {correction['document']!r} in the store")
    result = correct(store, **correction)
    return result if isinstance(result, dict) else {"stored": True, **correction}
