"""Rebuilding the derived tables from the stored records, and finding the stale ones.

A derived table (schema.DERIVED_TABLES) is stale when the kb or resolve version it was built
with is not this summitry's, or it has no stamp. `summitry reindex` makes a missing one,
unstamps every derived table, then rebuilds BATCH pages at a time, each batch in a
transaction of its own that replaces those pages' derived rows: readers see a page's rows
all old or all new, and a writer (an ingest) waits for one batch, not the whole rebuild.
series_names and meeting_dates, derived across pages, follow each batch: its names are
added, and the meetings its old and new rows name are placed again from the rows stored. The
last transaction, which finds no page left, drops the names no page has any more, places
again the meetings whose year was inferred from their neighbours, and stamps the tables.
A reindex stopped part way leaves them unstamped (stale) for the next one to rebuild.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, Table, bindparam, select

from summitry.record import record_from_dict
from summitry.store.baseline import add_missing, stamp
from summitry.store.facets import facet_rows, facet_tags, facet_values
from summitry.store.meeting_dates import place_again, place_meetings
from summitry.store.rows import child_rows, page_meeting, series_name_rows, stored_record
from summitry.store.schema import (
    DERIVED_TABLES,
    builds,
    document_urls,
    documents,
    facets,
    meeting_dates,
    meetings,
    records,
    series_names,
    texts,
)
from summitry.store.versions import kb_version, resolve_version
from summitry.store.write import add_series_names

__all__ = ["BATCH", "rebuild", "stale_tables"]

BATCH = 500  # pages rebuilt in one transaction
# SQLite: WAL pages (16 KB) written before a checkpoint copies them into the database,
# during a reindex (SQLite's default is 1,000): each batch rewrites index pages the last
# one wrote, and checkpointing after each made the rebuild a quarter slower.
CHECKPOINT_PAGES = 20_000
_DEFAULT_CHECKPOINT = 1_000


def stale_tables(conn: Connection) -> list[str]:
    """The derived tables built with another kb or resolve version, by name."""
    names = [t.name for t in DERIVED_TABLES]
    stmt = select(builds.c.name, builds.c.kb, builds.c.resolve).where(builds.c.name.in_(names))
    now = (kb_version(), resolve_version())
    built = {name: (kb, resolve) for name, kb, resolve in conn.execute(stmt)}
    return [name for name in names if built.get(name) != now]


def rebuild(conn: Connection, progress: Callable[[int], None] | None = None) -> int:
    """Refill every derived table from the stored records, and the pages' facet tokens,
    dates and main meetings, one transaction per batch of pages on `conn` (outside any
    transaction); stamps the tables at the end. `progress` is called with the pages done
    after each batch commits. Returns the pages read."""
    _checkpoint_every(conn, CHECKPOINT_PAGES)
    try:
        return _batches(conn, progress)
    finally:
        _checkpoint_every(conn, _DEFAULT_CHECKPOINT)


def _checkpoint_every(conn: Connection, pages: int) -> None:
    """Set SQLite's WAL checkpoint interval of this connection (outside a transaction)."""
    raw = conn.connection.driver_connection
    if conn.dialect.name == "sqlite" and raw is not None:
        raw.execute(f"PRAGMA wal_autocheckpoint = {pages}")


def _batches(conn: Connection, progress: Callable[[int], None] | None) -> int:
    with conn.begin():
        add_missing(conn)
        conn.execute(builds.update().where(_derived()).values(kb=None, resolve=None))
    done, last = 0, 0
    names: set[tuple[str, str]] = set()
    while True:
        with conn.begin():
            batch = conn.execute(_pages_after(last)).all()
            if not batch:
                _drop_names(conn, names)
                _place_inferred(conn)
                stamp(conn, [t.name for t in DERIVED_TABLES])
                return done
            names |= _refill(conn, batch)
        done += len(batch)
        last = batch[-1].seq
        if progress is not None:
            progress(done)


def _derived() -> Any:
    return builds.c.name.in_([t.name for t in DERIVED_TABLES])


def _pages_after(last: int) -> Any:
    """The next BATCH pages after seq `last`, with their records, bodies and tags."""
    d, t = documents.c, texts.c
    stmt = select(d.id, d.seq, d.date, d.main_meeting, records.c.record, t.body, t.tags)
    stmt = stmt.join_from(documents, records, records.c.document_id == d.id)
    stmt = stmt.join(texts, t.seq == d.seq).where(d.seq > last)
    return stmt.order_by(d.seq).limit(BATCH)


def _drop_names(conn: Connection, kept: set[tuple[str, str]]) -> None:
    """Delete the series names that no page rebuilt has (the whole store is rebuilt and
    held under the write lock when this runs)."""
    n = series_names.c
    gone = {(s, name) for s, name in conn.execute(select(n.series, n.name))} - kept
    if gone:
        drop = series_names.delete().where(n.series == bindparam("s"), n.name == bindparam("n"))
        conn.execute(drop, [{"s": series, "n": name} for series, name in sorted(gone)])


def _refill(conn: Connection, batch: Sequence[Any]) -> set[tuple[str, str]]:
    """Replace the derived rows of a batch of pages (id, seq, record, body, tags) by rows
    made from their records; returns the batch's (series, name) pairs."""
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
    old_keys = _meeting_keys(conn, [page.id for page in batch])
    _clear(conn, batch)
    for table, rows in children.items():
        if rows:
            conn.execute(table.insert(), rows)
    add_series_names(conn, names)
    new_rows = children.get(meetings, [])
    place_again(conn, old_keys | {r["meeting_key"] for r in new_rows})
    place_meetings(conn, new_rows, published)  # and the undated neighbours they date
    if facet_list:
        conn.execute(facets.insert(), facet_list)
    if retag:
        update = texts.update().where(texts.c.seq == bindparam("at"))
        conn.execute(update.values(tags=bindparam("new_tags")), retag)
    if redate:
        update = documents.update().where(documents.c.seq == bindparam("at"))
        dated: dict[str, Any] = {"date": bindparam("new_date"), "main_meeting": bindparam("key")}
        conn.execute(update.values(**dated), redate)
    return {(n["series"], n["name"]) for n in names}


def _clear(conn: Connection, batch: Sequence[Any]) -> None:
    """Delete the derived rows of the batch's pages (each table by its page index)."""
    ids, seqs = [page.id for page in batch], [page.seq for page in batch]
    for table in reversed(DERIVED_TABLES):
        if "document_id" in table.c:
            conn.execute(table.delete().where(table.c.document_id.in_(ids)))
    conn.execute(facets.delete().where(facets.c.seq.in_(seqs)))


def _meeting_keys(conn: Connection, doc_ids: list[str]) -> set[str]:
    """The meeting keys the pages' stored meetings rows name, in one read."""
    stmt = select(meetings.c.meeting_key).where(meetings.c.document_id.in_(doc_ids))
    return set(conn.execute(stmt).scalars())


def _place_inferred(conn: Connection) -> None:
    """Place again the meetings placed by a year inferred or by nothing (ranks 3 and 4):
    their neighbours' rows were rebuilt after them, batch by batch."""
    stmt = select(meeting_dates.c.meeting_key).where(meeting_dates.c.rank >= 3)
    place_again(conn, conn.execute(stmt).scalars().all())


def _sites(conn: Connection, doc_ids: list[str]) -> dict[str, set[str]]:
    """The sites of the pages' stored addresses, which are facets of the pages too."""
    u = document_urls.c
    stmt = select(u.document_id, u.site).where(u.document_id.in_(doc_ids), u.site != "")
    found: dict[str, set[str]] = {}
    for doc_id, site in conn.execute(stmt):
        found.setdefault(doc_id, set()).add(site)
    return found
