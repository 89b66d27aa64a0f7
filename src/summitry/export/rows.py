"""The rows of each export kind, read from the store in batches (bounded memory).

Each kind is a generator of flat dicts with the same keys in the same order; lists and
dicts inside a value (a meeting's `inferred`) are kept as they are for NDJSON and written as
JSON text by the tabular formats.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, func, or_, select, tuple_

from summitry.errors import SummitryError
from summitry.store.facets import has_value
from summitry.store.filters import date_range
from summitry.store.schema import (
    document_urls,
    documents,
    entity_refs,
    facets,
    mentions,
    people,
    statements,
)

__all__ = ["BATCH", "COLUMNS", "KINDS", "ExportError", "Filters", "export_rows"]

BATCH = 500  # rows read per query


class ExportError(SummitryError):
    """An export that cannot be made as asked (unknown kind or format, a missing package)."""


@dataclass(frozen=True, slots=True)
class Filters:
    """What an export keeps: pages of these years, forums and countries (facets of the page),
    published in [since, until]; commitments of `actor`; meetings of `series`; at most
    `limit` rows."""

    years: tuple[int, ...] = ()
    forums: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    actor: str | None = None
    limit: int | None = None
    series: str | None = None  # meetings only: a series name or id


def _page_filter(doc_id: Any, f: Filters) -> list[Any]:
    """SQL conditions on a document id column for the page-level filters."""
    where: list[Any] = []
    seq = documents.c.seq if doc_id is documents.c.id else _seq(doc_id)
    for name, values in (
        ("year", [str(y) for y in f.years]),
        ("forum", list(f.forums)),
        ("country", [c.upper() for c in f.countries]),
    ):
        if values:
            held = or_(*(has_value(facets.c.pairs, name, v) for v in values))
            where.append(select(facets.c.seq).where(facets.c.seq == seq, held).exists())
    if f.since or f.until:
        day = documents.c.published if doc_id is documents.c.id else _published(doc_id)
        where += date_range(day, f.since, f.until)
    return where


def _seq(doc_id: Any) -> Any:
    """The seq of the page at `doc_id`, a column of the enclosing query."""
    stmt = select(documents.c.seq).where(documents.c.id == doc_id)
    return stmt.correlate_except(documents).scalar_subquery()


def _batched(store: Any, stmt: Select, key: tuple[Any, ...]) -> Iterator[Any]:
    """Every row of stmt in key order, BATCH at a time by key (never by OFFSET)."""
    last: tuple[Any, ...] | None = None
    while True:
        page = stmt if last is None else stmt.where(tuple_(*key) > tuple_(*last))
        with store.engine.connect() as conn:
            rows = conn.execute(page.order_by(*key).limit(BATCH)).all()
        yield from rows
        if len(rows) < BATCH:
            return
        last = tuple(getattr(rows[-1], k.name) for k in key)


DOCUMENT_COLUMNS = (
    "id", "published", "publisher", "publisher_country", "title", "category", "language",
    "views", "source", "ingested_at",
)  # fmt: skip


def document_rows(store: Any, f: Filters) -> Iterator[dict[str, Any]]:
    """One row per page (without its text), in store order, with the first address it was
    fetched from (`url`, empty for a page read from a file)."""
    d, u = documents.c, document_urls.c
    url = select(func.min(u.url)).where(u.document_id == d.id).scalar_subquery().label("url")
    stmt = select(*(d[c] for c in DOCUMENT_COLUMNS), url, d.seq).where(*_page_filter(d.id, f))
    for row in _batched(store, stmt, (d.seq,)):
        yield {**{c: getattr(row, c) for c in DOCUMENT_COLUMNS}, "url": row.url}


def _with_ref(table: Any, source: str, kinds: tuple[str, ...]) -> Any:
    """An item table outer-joined to its entity_refs row of these kinds (the canonical id)."""
    e = entity_refs.c
    on = and_(
        e.document_id == table.c.document_id,
        e.idx == table.c.idx,
        e.source == source,
        e.kind.in_(kinds),
    )
    return table.outerjoin(entity_refs, on)


def _published(doc_id: Any) -> Any:
    return select(documents.c.published).where(documents.c.id == doc_id).scalar_subquery()


PEOPLE_COLUMNS = (
    "document_id", "idx", "published", "person_id", "name", "title", "country", "role",
    "evidence_start", "evidence_end",
)  # fmt: skip


def people_rows(store: Any, f: Filters) -> Iterator[dict[str, Any]]:
    """One row per person named on a page, with the person's id."""
    p, e = people.c, entity_refs.c
    cols = (p.document_id, p.idx, p.name, p.title, p.country, p.role, e.entity_id)
    stmt = select(*cols, _published(p.document_id).label("published"))
    stmt = stmt.select_from(_with_ref(people, "people", ("person",)))
    stmt = stmt.where(*_page_filter(p.document_id, f))
    stmt = stmt.add_columns(p.evidence_start, p.evidence_end)
    for r in _unique(_batched(store, stmt, (p.document_id, p.idx))):
        yield {
            "document_id": r.document_id, "idx": r.idx, "published": r.published,
            "person_id": r.entity_id, "name": r.name, "title": r.title, "country": r.country,
            "role": r.role, "evidence_start": r.evidence_start, "evidence_end": r.evidence_end,
        }  # fmt: skip


STATEMENT_COLUMNS = (
    "document_id", "idx", "published", "speaker", "speaker_id", "speaker_country", "act",
    "text", "evidence_start", "evidence_end",
)  # fmt: skip


def statement_rows(store: Any, f: Filters) -> Iterator[dict[str, Any]]:
    """One row per statement: speaker (and id where known), act, text, evidence."""
    s, e = statements.c, entity_refs.c
    cols = (s.document_id, s.idx, s.speaker, s.act, s.text, e.entity_id, e.country)
    stmt = select(*cols, _published(s.document_id).label("published"))
    stmt = stmt.select_from(_with_ref(statements, "statements", ("speaker",)))
    stmt = stmt.where(*_page_filter(s.document_id, f))
    stmt = stmt.add_columns(s.evidence_start, s.evidence_end)
    for r in _unique(_batched(store, stmt, (s.document_id, s.idx))):
        yield {
            "document_id": r.document_id, "idx": r.idx, "published": r.published,
            "speaker": r.speaker, "speaker_id": r.entity_id, "speaker_country": r.country,
            "act": r.act, "text": r.text,
            "evidence_start": r.evidence_start, "evidence_end": r.evidence_end,
        }  # fmt: skip


MENTION_COLUMNS = (
    "document_id", "published", "kind", "idx", "value", "evidence_start", "evidence_end",
)  # fmt: skip


def mention_rows(store: Any, f: Filters) -> Iterator[dict[str, Any]]:
    """One row per country, organisation or initiative named on a page."""
    m = mentions.c
    stmt = select(m.document_id, m.kind, m.idx, m.value, _published(m.document_id).label("pub"))
    stmt = stmt.where(*_page_filter(m.document_id, f))
    stmt = stmt.add_columns(m.evidence_start, m.evidence_end)
    for r in _batched(store, stmt, (m.document_id, m.kind, m.idx)):
        yield {
            "document_id": r.document_id, "published": r.pub, "kind": r.kind, "idx": r.idx,
            "value": r.value, "evidence_start": r.evidence_start, "evidence_end": r.evidence_end,
        }  # fmt: skip


def _unique(rows: Iterator[Any]) -> Iterator[Any]:
    """The first of consecutive rows with the same (document, idx): an item has one id."""
    last = None
    for r in rows:
        if (r.document_id, r.idx) != last:
            last = (r.document_id, r.idx)
            yield r


COMMITMENT_COLUMNS = (
    "when", "actor", "actor_country", "what", "meeting", "meeting_id", "document_id", "title",
    "status", "done_document", "done_date", "done_sentence", "evidence_start", "evidence_end",
)  # fmt: skip


def commitment_rows(store: Any, f: Filters) -> Iterator[dict[str, Any]]:
    """One row per commitment, oldest first, with its status from later pages."""
    from summitry.query.commitments import iter_commitments

    pages = Filters(forums=f.forums, countries=f.countries)
    kept: dict[str, bool] = {}
    for c in iter_commitments(store, f.actor):
        if f.years and not (c.when and int(c.when[:4]) in f.years):
            continue
        if (f.forums or f.countries) and not _page_kept(store, c.document, pages, kept):
            continue
        if (f.since and (c.when or "") < f.since) or (
            f.until and (c.when or "\uffff") > f.until + "\uffff"
        ):
            continue
        done = c.done
        yield {
            "when": c.when, "actor": c.actor, "actor_country": c.actor_country,
            "what": c.what, "meeting": c.meeting, "meeting_id": c.meeting_id,
            "document_id": c.document, "title": c.title, "status": c.status,
            "done_document": done.document if done else None,
            "done_date": done.date if done else None,
            "done_sentence": done.sentence if done else None,
            "evidence_start": c.evidence[0], "evidence_end": c.evidence[1],
        }  # fmt: skip


def _page_kept(store: Any, doc_id: str, f: Filters, kept: dict[str, bool]) -> bool:
    """Whether a page passes the page filters (answers kept for the last 10,000 pages)."""
    if doc_id not in kept:
        if len(kept) > 10_000:
            kept.clear()
        stmt = select(documents.c.id).where(documents.c.id == doc_id, *_page_filter(doc_id, f))
        with store.engine.connect() as conn:
            kept[doc_id] = conn.execute(stmt).first() is not None
    return kept[doc_id]


MEETING_COLUMNS = (
    "id", "label", "series", "name", "acronym", "forum", "level", "ordinal", "start", "end",
    "year", "city", "country", "venue", "format", "theme", "role", "sources", "inferred",
    "corrected", "provenance", "participants", "participant_ids", "participant_countries",
)  # fmt: skip
_LISTS = ("corrected", "participants", "participant_ids", "participant_countries")


def meeting_rows(store: Any, f: Filters) -> Iterator[dict[str, Any]]:
    """One row per meeting across its pages, corrections applied (query.iter_meetings)."""
    from summitry.query.meeting_find import iter_meetings
    from summitry.query.participants import participants
    from summitry.query.results import to_json
    from summitry.resolve.keys import slug

    series = f"series:{slug(f.series.removeprefix('series:'))}" if f.series else None
    for view in iter_meetings(store):
        m = to_json(view)
        if series and m.get("series") != series:
            continue
        if f.years and m.get("year") not in f.years:
            continue
        if f.forums and (m.get("forum") or "").lower() not in {x.lower() for x in f.forums}:
            continue
        if f.countries and (m.get("country") or "") not in {c.upper() for c in f.countries}:
            continue
        if (f.since and (m.get("start") or "") < f.since) or (
            f.until and (m.get("start") or "\uffff") > f.until + "\uffff"
        ):
            continue
        with store.engine.connect() as conn:
            took_part = participants(conn, m["id"], m.get("country"))
        m["participants"] = [p.name for p in took_part.people]
        m["participant_ids"] = [p.id for p in took_part.people]
        m["participant_countries"] = took_part.countries
        yield {c: m.get(c, [] if c in _LISTS else None) for c in MEETING_COLUMNS}


KINDS: dict[str, Callable[[Any, Filters], Iterator[dict[str, Any]]]] = {
    "documents": document_rows,
    "meetings": meeting_rows,
    "people": people_rows,
    "statements": statement_rows,
    "commitments": commitment_rows,
    "mentions": mention_rows,
}


# The columns of each kind, in order: a file's header, also when no row is found.
COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": (*DOCUMENT_COLUMNS, "url"),
    "meetings": MEETING_COLUMNS,
    "people": PEOPLE_COLUMNS,
    "statements": STATEMENT_COLUMNS,
    "commitments": COMMITMENT_COLUMNS,
    "mentions": MENTION_COLUMNS,
}


def export_rows(store: Any, kind: str, filters: Filters | None = None) -> Iterator[dict[str, Any]]:
    """The rows of one kind, filtered, at most filters.limit."""
    if kind not in KINDS:
        raise ExportError(f"cannot export {kind!r}: choose one of {', '.join(KINDS)}")
    f = filters or Filters()
    for n, row in enumerate(KINDS[kind](store, f)):
        if f.limit is not None and n >= f.limit:
            return
        yield row
