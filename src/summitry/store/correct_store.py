"""Saving and removing corrections inside the caller's transaction, applying them at once."""

from __future__ import annotations

import json

from sqlalchemy import Connection, func, select

from summitry.store.correct_record import parse_path, path_exists
from summitry.store.corrections import (
    Correction,
    CorrectionError,
    check_correction,
    correction_row,
    is_entity,
    row_to_correction,
    stored_corrections,
)
from summitry.store.ids import FULL_ID, find_document
from summitry.store.meeting_dates import place_corrected
from summitry.store.schema import corrections, records
from summitry.store.write import rewrite_document

__all__ = ["remove_correction", "save_correction"]


def save_correction(conn: Connection, given: Correction, label: str) -> tuple[Correction, bool]:
    """Store one correction and re-write its document; (stored, False) if already there."""
    c = check_correction(given)
    if not is_entity(c.target) or c.action == "split":
        c = _resolve_document(conn, c, label)
    earlier = stored_corrections(conn, c.target)
    for old in earlier:
        if old.same_change(c):
            return old, False
    replaced = [o.id for o in earlier if _same_field(o, c)]
    if replaced:
        conn.execute(corrections.delete().where(corrections.c.id.in_(replaced)))
    key = conn.execute(corrections.insert().values(**correction_row(c))).inserted_primary_key
    assert key is not None  # an INSERT of one row
    new_id = key[0]
    if not is_entity(c.target):
        rewrite_document(conn, c.target)
    elif c.field == "start":
        place_corrected(conn, c.target)
    return Correction(**{**c.to_dict(), "id": new_id}), True


def remove_correction(conn: Connection, correction_id: int) -> Correction:
    """Delete one correction; its document's record goes back to what remains applied."""
    row = conn.execute(select(corrections).where(corrections.c.id == correction_id)).first()
    if row is None:
        raise CorrectionError(f"no correction {correction_id} (try `summitry correct list`)")
    conn.execute(corrections.delete().where(corrections.c.id == correction_id))
    if not is_entity(row.target):
        rewrite_document(conn, row.target)
    elif row.field == "start":
        place_corrected(conn, row.target)
    return row_to_correction(row)


def _same_field(old: Correction, new: Correction) -> bool:
    both_fields = {old.action, new.action} <= {"set", "clear"}
    return both_fields and old.target == new.target and old.field == new.field


def _resolve_document(conn: Connection, c: Correction, label: str) -> Correction:
    """The full id of a document target (or of a split's document), its path checked.

    A full id not stored yet is kept: its corrections apply when that page is ingested.
    """
    ref = str(c.value if c.action == "split" else c.target).strip()
    full = find_document(conn, ref, label)
    if full is None and not FULL_ID.fullmatch(ref.lower()):
        raise CorrectionError(f"{ref!r}: no such document in the store (try `summitry list`)")
    full = full or ref.lower()
    if c.action == "split":
        return Correction(**{**c.to_dict(), "id": c.id, "value": full})
    _check_path_exists(conn, full, c)
    return Correction(**{**c.to_dict(), "id": c.id, "target": full})


def _check_path_exists(conn: Connection, doc_id: str, c: Correction) -> None:
    """A list path must point at an item the stored record (as extracted) has."""
    kept = select(func.coalesce(records.c.extracted, records.c.record))
    raw = conn.execute(kept.where(records.c.document_id == doc_id)).scalar()
    if raw is None:
        return
    path = parse_path(c.field or "")
    if not path_exists(json.loads(raw), path):
        raise CorrectionError(f"{doc_id[:12]}: the record has no {path.section} item {path.index}")
