"""Writing one document: the corrected record, its child and facet rows, the raw extraction.

The document's set/clear corrections are applied on every write, so they survive re-ingest
and re-extraction; the record as extracted is kept aside while any correction applies.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, Table, select

from summitry.record import Record, record_from_dict
from summitry.store.correct_record import apply_to_record
from summitry.store.corrections import document_changes, stored_corrections
from summitry.store.facets import facet_ids, facet_rows, insert_missing
from summitry.store.rows import child_rows, document_row, series_name_rows
from summitry.store.schema import (
    CHILD_TABLES,
    RESOLVED_TABLES,
    commitment_refs,
    documents,
    extractions,
    facet_sets,
    facets,
    main_meetings,
    meetings_by_key,
    series_names,
)
from summitry.store.urls import index_sites

__all__ = ["add_series_names", "corrected", "insert_rows", "rewrite_document"]


def corrected(conn: Connection, doc_id: str, raw: Record) -> tuple[Record, bool]:
    """The record with this document's corrections applied, and whether any exist."""
    changes = document_changes(stored_corrections(conn, doc_id))
    return (apply_to_record(raw, changes), True) if changes else (raw, False)


def insert_rows(
    conn: Connection,
    doc_id: str,
    record: Record,
    raw: Record | None,
    children: list[tuple[Table, list[dict[str, Any]]]] | None = None,
) -> None:
    """Child, facet and extraction rows of a document whose documents row is written
    (`children`: child_rows of the record, when made already)."""
    children = child_rows(doc_id, record) if children is None else children
    for table, rows in children:
        if rows:
            conn.execute(table.insert(), rows)
    add_series_names(conn, series_name_rows(children))
    seq = conn.execute(select(documents.c.seq).where(documents.c.id == doc_id)).scalar_one()
    rows = facet_rows(doc_id, seq, record)
    if rows:
        conn.execute(facets.insert(), rows)
        ids = facet_ids(conn, [(r["name"], r["value"]) for r in rows])
        conn.execute(facet_sets.insert(), {"seq": seq, "ids": " ".join(map(str, ids))})
    if raw is not None:
        conn.execute(extractions.insert(), {"document_id": doc_id, "record": _json(raw)})


def add_series_names(conn: Connection, rows: list[dict[str, str]]) -> None:
    """Insert the (series, name) rows not stored yet."""
    insert_missing(conn, series_names, rows)


def rewrite_document(conn: Connection, doc_id: str) -> bool:
    """Re-apply the document's corrections to its raw extraction and rewrite every row.

    Runs inside the caller's transaction; False when the document is not stored.
    """
    head = conn.execute(
        select(documents.c.source, documents.c.record, documents.c.ingested_at).where(
            documents.c.id == doc_id
        )
    ).first()
    if head is None:
        return False
    kept = conn.execute(
        select(extractions.c.record).where(extractions.c.document_id == doc_id)
    ).scalar()
    raw = record_from_dict(json.loads(kept if kept is not None else head.record))
    record, changed = corrected(conn, doc_id, raw)
    row: dict[str, Any] = document_row(doc_id, head.source, record)
    row["ingested_at"] = head.ingested_at
    del row["id"]
    extra = (commitment_refs, main_meetings, meetings_by_key, facets, extractions)
    for table in (*CHILD_TABLES, *RESOLVED_TABLES, *extra):
        conn.execute(table.delete().where(table.c.document_id == doc_id))
    seq = select(documents.c.seq).where(documents.c.id == doc_id).scalar_subquery()
    conn.execute(facet_sets.delete().where(facet_sets.c.seq == seq))
    conn.execute(documents.update().where(documents.c.id == doc_id).values(**row))
    insert_rows(conn, doc_id, record, raw if changed else None)
    index_sites(conn, doc_id)
    return True


def _json(record: Record) -> str:
    return json.dumps(record.to_dict(), ensure_ascii=False, separators=(",", ":"))
