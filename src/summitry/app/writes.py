"""What the API's write routes call: a page uploaded, a correction added or removed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from summitry.budget import Extracted
from summitry.errors import PageOverBudget, UnreadablePage
from summitry.ingest import page_warnings, safe_record_of
from summitry.read import RawPage, page_from_bytes
from summitry.store import Store
from summitry.store.corrections import Correction

__all__ = ["add_correction", "ingest_upload", "remove_correction"]


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


def remove_correction(store: Store, correction_id: int) -> dict[str, Any]:
    """Remove a correction; what it changed goes back to the extracted value."""
    gone = store.uncorrect(correction_id)
    return {"id": gone.id, **gone.to_dict()}
