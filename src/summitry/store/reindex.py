"""Rebuilding the derived tables from the stored records, and finding the stale ones.

A derived table (schema.DERIVED_TABLES) is stale when the kb or resolve version it was built
with is not this summitry's, or it has no stamp: `summitry reindex` makes a missing one,
empties every derived table and fills it again from each page's stored (corrected) record,
in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, Table, bindparam, select

from summitry.record import record_from_dict
from summitry.store.baseline import add_missing, stamp
from summitry.store.facets import facet_rows, facet_tags, facet_values
from summitry.store.meeting_dates import place_meetings
from summitry.store.rows import child_rows, page_meeting, series_name_rows, stored_record
from summitry.store.schema import (
    DERIVED_TABLES,
    builds,
    document_urls,
    documents,
    facets,
    meetings,
    records,
    texts,
)
from summitry.store.versions import kb_version, resolve_version
from summitry.store.write import add_series_names

__all__ = ["BATCH", "rebuild", "stale_tables"]

BATCH = 500  # pages read and written at a time


def stale_tables(conn: Connection) -> list[str]:
    """The derived tables built with another kb or resolve version, by name."""
    names = [t.name for t in DERIVED_TABLES]
    stmt = select(builds.c.name, builds.c.kb, builds.c.resolve).where(builds.c.name.in_(names))
    now = (kb_version(), resolve_version())
    built = {name: (kb, resolve) for name, kb, resolve in conn.execute(stmt)}
    return [name for name in names if built.get(name) != now]


def rebuild(conn: Connection, progress: Callable[[int], None] | None = None) -> int:
    """Empty and refill every derived table from the stored records, and the pages' facet
    tokens, dates and main meetings, in the caller's transaction; stamps the tables.
    Returns the pages read."""
    add_missing(conn)
    for table in reversed(DERIVED_TABLES):
        conn.execute(table.delete())
    done, last = 0, 0
    while True:
        d, t = documents.c, texts.c
        stmt = select(d.id, d.seq, d.date, d.main_meeting, records.c.record, t.body, t.tags)
        stmt = stmt.join_from(documents, records, records.c.document_id == d.id)
        stmt = stmt.join(texts, t.seq == d.seq).where(d.seq > last)
        batch = conn.execute(stmt.order_by(d.seq).limit(BATCH)).all()
        if not batch:
            break
        _refill(conn, batch)
        done += len(batch)
        last = batch[-1].seq
        if progress is not None:
            progress(done)
    stamp(conn, [t.name for t in DERIVED_TABLES])
    return done


def _refill(conn: Connection, batch: Sequence[Any]) -> None:
    """The derived rows of a batch of pages (id, seq, record, body, tags)."""
    children: dict[Table, list[dict[str, Any]]] = {}
    names: list[dict[str, str]] = []
    facet_list: list[dict[str, Any]] = []
    retag: list[dict[str, Any]] = []
    redate: list[dict[str, Any]] = []
    published: dict[str, str | None] = {}
    sites = _sites(conn, [page.id for page in batch])
    for page in batch:
        record = record_from_dict(stored_record(page.record, page.body))
        published[page.id] = record.document.published
        made = child_rows(page.id, record)
        for table, rows in made:
            children.setdefault(table, []).extend(rows)
        names += series_name_rows(made)
        values = facet_values(record) | {("site", s) for s in sites.get(page.id, ())}
        facet_list += facet_rows(page.seq, values)
        tags = facet_tags(values)
        if tags != page.tags:
            retag.append({"at": page.seq, "new_tags": tags})
        head = page_meeting(page.id, record)
        if (head["date"], head["main_meeting"]) != (page.date, page.main_meeting):
            redate.append({"at": page.seq, "new_date": head["date"], "key": head["main_meeting"]})
    for table, rows in children.items():
        if rows:
            conn.execute(table.insert(), rows)
    add_series_names(conn, names)
    place_meetings(conn, children.get(meetings, []), published)
    if facet_list:
        conn.execute(facets.insert(), facet_list)
    if retag:
        update = texts.update().where(texts.c.seq == bindparam("at"))
        conn.execute(update.values(tags=bindparam("new_tags")), retag)
    if redate:
        update = documents.update().where(documents.c.seq == bindparam("at"))
        dated: dict[str, Any] = {"date": bindparam("new_date"), "main_meeting": bindparam("key")}
        conn.execute(update.values(**dated), redate)


def _sites(conn: Connection, doc_ids: list[str]) -> dict[str, set[str]]:
    """The sites of the pages' stored addresses, which are facets of the pages too."""
    u = document_urls.c
    stmt = select(u.document_id, u.site).where(u.document_id.in_(doc_ids), u.site != "")
    found: dict[str, set[str]] = {}
    for doc_id, site in conn.execute(stmt):
        found.setdefault(doc_id, set()).add(site)
    return found
