"""Fill meeting_refs and entity_refs from records stored before those tables existed."""

from __future__ import annotations

import json

from sqlalchemy import Connection, delete, select

from summitry.record import record_from_dict
from summitry.resolve.refs import entity_rows, meeting_rows
from summitry.store.schema import documents, entity_refs, meeting_refs

__all__ = ["backfill"]

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
