"""Fill meeting_refs, entity_refs and commitment_refs from records stored before them."""

from __future__ import annotations

import json

from sqlalchemy import Connection, delete, select

from summitry.record import record_from_dict
from summitry.resolve.refs import commitment_rows, entity_rows, meeting_rows
from summitry.store.schema import commitment_refs, documents, entity_refs, meeting_refs, statements

__all__ = ["backfill", "backfill_commitments"]

BATCH = 500


def backfill(conn: Connection) -> int:
    """Recompute the refs of every stored document in the caller's transaction; returns count."""
    conn.execute(delete(meeting_refs))
    conn.execute(delete(entity_refs))
    done = 0
    last = ""
    while True:
        stmt = (
            select(documents.c.id, documents.c.record)
            .where(documents.c.id > last)
            .order_by(documents.c.id)
            .limit(BATCH)
        )
        batch = list(conn.execute(stmt))
        if not batch:
            return done
        for doc_id, raw in batch:
            record = record_from_dict(json.loads(raw))
            for table, rows in ((meeting_refs, meeting_rows(doc_id, record)),
                                (entity_refs, entity_rows(doc_id, record))):  # fmt: skip
                if rows:
                    conn.execute(table.insert(), rows)
        done += len(batch)
        last = batch[-1][0]


def backfill_commitments(conn: Connection) -> int:
    """commitment_refs of every stored page with a commitment; returns pages."""
    conn.execute(delete(commitment_refs))
    ids = select(statements.c.document_id).where(statements.c.act == "commit").distinct()
    pages = sorted(conn.execute(ids).scalars())
    for start in range(0, len(pages), BATCH):
        stmt = select(documents.c.id, documents.c.record)
        for doc_id, raw in conn.execute(
            stmt.where(documents.c.id.in_(pages[start : start + BATCH]))
        ):
            rows = commitment_rows(doc_id, record_from_dict(json.loads(raw)))
            if rows:
                conn.execute(commitment_refs.insert(), rows)
    return len(pages)
