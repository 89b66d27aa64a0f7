"""Writing one page: its documents, texts and records rows, the derived rows of its
corrected record, and the record as extracted where corrections apply.

The document's set/clear corrections are applied on every write, so they survive re-ingest
and re-extraction; the record as extracted is kept aside while any correction applies.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Table, select

from summitry.record import Record, record_from_dict
from summitry.store.bulk import insert_document_row, insert_many
from summitry.store.correct_record import apply_to_record
from summitry.store.corrections import document_changes, stored_corrections
from summitry.store.facets import facet_rows, insert_missing
from summitry.store.meeting_dates import page_keys, place_again, place_meetings
from summitry.store.rows import (
    PAGE_EXTRA,
    child_rows,
    document_row,
    page_table_rows,
    record_json,
    series_name_rows,
    stored_record,
)
from summitry.store.schema import (
    DERIVED_TABLES,
    documents,
    facets,
    meetings,
    records,
    series_names,
    texts,
)
from summitry.store.urls import index_sites

__all__ = [
    "Pending",
    "add_series_names",
    "before_urls",
    "corrected",
    "insert_rows",
    "rewrite_document",
    "write_page",
    "write_pending",
]


def corrected(conn: Connection, doc_id: str, raw: Record) -> tuple[Record, bool]:
    """The record with this document's corrections applied, and whether any exist."""
    changes = document_changes(stored_corrections(conn, doc_id))
    return (apply_to_record(raw, changes), True) if changes else (raw, False)


# Rows of tables that nothing reads while a batch of pages is written, by table, inserted
# together at the end of the batch (in the order the tables were met) by write_pending.
Pending = dict[Table, list[dict[str, Any]]]
# Read back within the batch: meetings to place the next page's meetings.
_NOT_DEFERRED = (meetings,)
# Read back when addresses are added to a page (urls.index_sites): written before that.
_READ_WITH_URLS = (texts, facets)


def write_page(conn: Connection, row: dict[str, Any], later: Pending | None = None) -> int:
    """Insert document_row's dict as the page's documents, texts and records rows (texts and
    records into `later`, when given); returns the page's seq."""
    seq = insert_document_row(conn, {k: v for k, v in row.items() if k not in PAGE_EXTRA})
    for table, values in page_table_rows(row, seq):
        _insert(conn, table, [values], later)
    return seq


def write_pending(conn: Connection, later: Pending) -> None:
    """Insert the rows held back, one statement per table, and forget them (series names
    not stored yet only)."""
    for table, rows in later.items():
        if table is series_names:  # each pair once, in the order first met
            insert_missing(
                conn, series_names, list({(r["series"], r["name"]): r for r in rows}.values())
            )
        else:
            insert_many(conn, table, rows)
    later.clear()


def before_urls(conn: Connection, later: Pending | None) -> None:
    """Insert the held texts and facets rows, which adding a page's addresses reads."""
    if later:
        write_pending(conn, {t: later.pop(t) for t in _READ_WITH_URLS if t in later})


def _insert(
    conn: Connection, table: Table, rows: list[dict[str, Any]], later: Pending | None
) -> None:
    if later is not None and table not in _NOT_DEFERRED:
        later.setdefault(table, []).extend(rows)
    else:
        insert_many(conn, table, rows)


def insert_rows(
    conn: Connection,
    doc_id: str,
    seq: int,
    record: Record,
    raw: Record | None,
    children: list[tuple[Table, list[dict[str, Any]]]] | None = None,
    later: Pending | None = None,
) -> None:
    """Derived rows of a page whose documents, texts and records rows are written, and its
    record as extracted where `raw` (`children`: child_rows of the record, when made; rows
    that nothing reads before the batch ends go into `later`, when given)."""
    children = child_rows(doc_id, record) if children is None else children
    for table, rows in children:
        _insert(conn, table, rows, later)
    if later is None:
        add_series_names(conn, series_name_rows(children))
    else:
        later.setdefault(series_names, []).extend(series_name_rows(children))
    held = dict(children).get(meetings, [])
    place_meetings(conn, held, {doc_id: record.document.published})
    _insert(conn, facets, facet_rows(seq, record), later)
    if raw is not None:
        update = records.update().where(records.c.document_id == doc_id)
        conn.execute(update.values(extracted=record_json(raw)))


def add_series_names(conn: Connection, rows: list[dict[str, str]]) -> None:
    """Insert the (series, name) rows not stored yet."""
    insert_missing(conn, series_names, rows)


def rewrite_document(conn: Connection, doc_id: str) -> bool:
    """Re-apply the document's corrections to its raw extraction and rewrite every row.

    Runs inside the caller's transaction; False when the document is not stored.
    """
    d, r, t = documents.c, records.c, texts.c
    head = conn.execute(
        select(d.source, d.ingested_at, d.seq, r.record, r.extracted, t.body)
        .join_from(documents, records, r.document_id == d.id)
        .join(texts, t.seq == d.seq)
        .where(d.id == doc_id)
    ).first()
    if head is None:
        return False
    raw = record_from_dict(stored_record(head.extracted or head.record, head.body))
    record, changed = corrected(conn, doc_id, raw)
    row: dict[str, Any] = document_row(doc_id, head.source, record)
    row["ingested_at"] = head.ingested_at
    placed = page_keys(conn, doc_id)
    for table in reversed(DERIVED_TABLES):
        if "document_id" in table.c:
            conn.execute(table.delete().where(table.c.document_id == doc_id))
    conn.execute(facets.delete().where(facets.c.seq == head.seq))
    values = {k: v for k, v in row.items() if k not in (*PAGE_EXTRA, "id")}
    conn.execute(documents.update().where(d.id == doc_id).values(**values))
    for table, new in page_table_rows(row, head.seq):
        key = table.c.seq == head.seq if table is texts else table.c.document_id == doc_id
        conn.execute(table.update().where(key).values(**new))
    insert_rows(conn, doc_id, head.seq, record, raw if changed else None)
    place_again(conn, placed)
    if not changed:
        conn.execute(records.update().where(r.document_id == doc_id).values(extracted=None))
    index_sites(conn, doc_id)
    return True
