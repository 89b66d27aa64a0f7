"""Corrections made by people, kept apart from extractions, and the views other layers read.

Document targets (a document id with a record path) are applied to the stored record by the
Store; entity targets (`person:KEY`, `country:KOR` ...) are opaque here and handed to the
resolve and query layers through `entity_corrections`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, select

from summitry.resolve.corrections import Corrections
from summitry.store.correct_record import CorrectionError, FieldPath, check_value, parse_path
from summitry.store.ids import FULL_ID, HEX_PREFIX
from summitry.store.schema import corrections

__all__ = [
    "ACTIONS",
    "ENTITY_KINDS",
    "Correction",
    "CorrectionError",
    "EntityCorrections",
    "check_correction",
    "document_changes",
    "entity_corrections",
    "is_entity",
    "parse_jsonl",
]

ACTIONS = ("set", "clear", "merge", "split")
ENTITY_KINDS = ("person", "initiative", "meeting", "org", "country")
_FIELDS = ("target", "action", "field", "value", "note", "created_at")


@dataclass(frozen=True, slots=True)
class Correction:
    """One correction. For merge, `value` is the entity folded into `target`; for split, the
    document whose mentions leave `target`; for set, the new value (None for clear)."""

    target: str
    action: str
    field: str | None = None
    value: Any = None
    note: str | None = None
    created_at: str | None = None
    id: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON form used by `correct list --json` and the JSONL export (id left out)."""
        return {name: getattr(self, name) for name in _FIELDS}

    def same_change(self, other: Correction) -> bool:
        return (self.target, self.action, self.field, self.value) == (
            other.target,
            other.action,
            other.field,
            other.value,
        )


# Entity-level corrections reach resolve and the queries in resolve's own shape.
EntityCorrections = Corrections


def is_entity(target: str) -> bool:
    """`person:KEY`, `initiative:KEY`, `meeting:KEY`, `org:KEY` or `country:ISO3`."""
    kind, sep, key = target.partition(":")
    return bool(sep) and kind in ENTITY_KINDS and bool(key.strip())


def _entity(target: str, what: str) -> str:
    text = (target or "").strip()
    if not is_entity(text):
        kinds = ", ".join(f"{k}:KEY" for k in ENTITY_KINDS)
        raise CorrectionError(f"{what} {target!r}: give an entity id ({kinds})")
    return text


def check_correction(c: Correction) -> Correction:
    """The correction checked and normalised (document targets still unresolved)."""
    if c.action not in ACTIONS:
        raise CorrectionError(f"action {c.action!r}: choose one of {', '.join(ACTIONS)}")
    target = (c.target or "").strip() if isinstance(c.target, str) else ""
    if not target:
        raise CorrectionError("give a target: a document id or an entity id such as person:KEY")
    for name in ("note", "created_at"):
        if getattr(c, name) is not None and not isinstance(getattr(c, name), str):
            raise CorrectionError(f"{name} must be text")
    note = (c.note or "").strip() or None
    stamp = c.created_at or datetime.now(UTC).isoformat(timespec="seconds")
    base = Correction(target, c.action, None, None, note, stamp, c.id)
    if c.action == "merge":
        kept, folded = _entity(target, "merge target"), _entity(str(c.value or ""), "merge value")
        if kept.split(":")[0] != folded.split(":")[0] or kept == folded:
            raise CorrectionError(f"merge {kept} {folded}: give two different ids of one kind")
        return _with(base, value=folded)
    if c.action == "split":
        if not isinstance(c.value, str) or not c.value.strip():
            raise CorrectionError(f"split {target}: give the document id whose mentions leave it")
        return _with(base, target=_entity(target, "split target"), value=c.value.strip())
    if not isinstance(c.field, str) or not c.field.strip():
        raise CorrectionError(f"{c.action} {target}: give the field to {c.action}")
    value = None if c.action == "clear" else c.value
    if c.action == "set" and (value is None or value == ""):
        raise CorrectionError(f"set {target} {c.field}: give a value (or use clear)")
    if is_entity(target):
        return _with(base, field=c.field.strip(), value=value)
    if not HEX_PREFIX.fullmatch(target) and not FULL_ID.fullmatch(target):
        kinds = ", ".join(f"{k}:KEY" for k in ENTITY_KINDS)
        raise CorrectionError(
            f"target {target!r}: give a document id (6+ hex characters) or an entity id ({kinds})"
        )
    path = parse_path(c.field)
    return _with(base, field=str(path), value=check_value(path, value))


def _with(c: Correction, **changes: Any) -> Correction:
    data = {name: getattr(c, name) for name in (*_FIELDS, "id")}
    return Correction(**(data | changes))


def row_to_correction(row: Any) -> Correction:
    value = json.loads(row.value) if row.value is not None else None
    return Correction(row.target, row.action, row.field, value, row.note, row.created_at, row.id)


def correction_row(c: Correction) -> dict[str, Any]:
    value = None if c.value is None else json.dumps(c.value, ensure_ascii=False)
    return {
        "target": c.target,
        "action": c.action,
        "field": c.field,
        "value": value,
        "note": c.note,
        "created_at": c.created_at,
    }


def stored_corrections(conn: Connection, target: str | None = None) -> list[Correction]:
    """Every stored correction (or those of one target), oldest first."""
    stmt = select(corrections).order_by(corrections.c.id)
    if target is not None:
        stmt = stmt.where(corrections.c.target == target)
    return [row_to_correction(r) for r in conn.execute(stmt)]


def document_changes(found: Iterable[Correction]) -> list[tuple[FieldPath, Any]]:
    """(path, value) of a document's set/clear corrections, in the order they apply."""
    return [(parse_path(c.field or ""), c.value) for c in found if c.action in ("set", "clear")]


def entity_corrections(conn: Connection) -> EntityCorrections:
    """Merges, splits and field corrections of entities, for resolve and query."""
    out = Corrections(merges={}, splits=set(), fields={})
    for c in stored_corrections(conn):
        if not is_entity(c.target):
            continue
        if c.action == "merge":
            out.merges[c.value] = c.target
        elif c.action == "split":
            out.splits.add((c.target, c.value))
        else:
            out.fields.setdefault(c.target, {})[c.field or ""] = c.value
    merges = {folded: _final(kept, out.merges) for folded, kept in out.merges.items()}
    return Corrections(merges=merges, splits=out.splits, fields=out.fields)


def _final(kept: str, merges: dict[str, str]) -> str:
    """Follow a -> b -> c to c; a cycle stops where it would repeat."""
    seen = {kept}
    while kept in merges and merges[kept] not in seen:
        kept = merges[kept]
        seen.add(kept)
    return kept


def _json_line(line: str) -> Any:
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        raise CorrectionError(f"not JSON ({exc.msg} at column {exc.colno})") from None


def parse_jsonl(lines: Iterable[str], source: str) -> list[tuple[int, Correction]]:
    """(line number, correction) from JSON Lines; any bad line is a CorrectionError naming
    each bad line by number, and then nothing is returned."""
    found: list[tuple[int, Correction]] = []
    problems: list[str] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = _json_line(line)
            if not isinstance(data, dict):
                raise CorrectionError("not a JSON object")
            unknown = set(data) - {*_FIELDS, "id"}
            if unknown:
                raise CorrectionError(f"unknown keys {', '.join(sorted(unknown))}")
            kept: dict[str, Any] = {k: data.get(k) for k in _FIELDS}
            found.append((number, check_correction(Correction(**kept))))
        except (ValueError, TypeError, CorrectionError) as exc:
            problems.append(f"line {number}: {exc}")
    if problems:
        more = f"; and {len(problems) - 5} more" if problems[5:] else ""
        shown = "; ".join(problems[:5]) + more
        raise CorrectionError(f"{source}: {shown} (nothing imported)")
    return found
