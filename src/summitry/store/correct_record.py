"""Document-level corrections applied to a record: record paths, value checks, set and clear.

A path names one field of the record: `document.title`, `meetings.0.city`, `people.1.country`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from summitry.errors import StoreError
from summitry.record import (
    ACTS,
    FORMATS,
    LEVELS,
    MEETING_ROLES,
    OUTCOME_ACTIONS,
    PERSON_ROLES,
    Record,
    record_from_dict,
)

__all__ = ["CorrectionError", "FieldPath", "apply_to_record", "check_value", "parse_path"]

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_CODE = re.compile(r"[A-Z][A-Z0-9-]{1,11}")
# field -> kind: str, int, float, date, code, or a tuple of allowed values; "!" = required
_DOCUMENT = {
    "title": "str",
    "published": "date",
    "publisher": "str",
    "publisher_country": "code",
    "category": "str",
    "views": "int",
    "language": "str",
}
_LISTS: dict[str, dict[str, Any]] = {
    "meetings": {
        "name": "!str",
        "acronym": "str",
        "forum": "str",
        "level": LEVELS,
        "ordinal": "int",
        "start": "date",
        "end": "date",
        "city": "str",
        "country": "code",
        "venue": "str",
        "format": FORMATS,
        "theme": "str",
        "role": ("!", *MEETING_ROLES),
    },
    "people": {"name": "!str", "title": "str", "country": "code", "role": ("!", *PERSON_ROLES)},
    "outcomes": {"document": "!str", "action": ("!", *OUTCOME_ACTIONS)},
    "amounts": {"value": "!float", "currency": "!code", "about": "str"},
    "statements": {"speaker": "!str", "act": ("!", *ACTS), "text": "!str"},
}


class CorrectionError(StoreError):
    """A correction that cannot be stored or applied as given."""


@dataclass(frozen=True, slots=True)
class FieldPath:
    """`meetings.0.city` -> section 'meetings', index 0, field 'city'; index None for document."""

    section: str
    index: int | None
    field: str

    def __str__(self) -> str:
        middle = "" if self.index is None else f".{self.index}"
        return f"{self.section}{middle}.{self.field}"


def _kinds(section: str) -> dict[str, Any]:
    return _DOCUMENT if section == "document" else _LISTS[section]


def parse_path(path: str) -> FieldPath:
    """Check a record path; a bad one is a CorrectionError that lists the valid shapes."""
    parts = (path or "").strip().split(".")
    sections = ", ".join(["document", *_LISTS])
    if len(parts) == 2 and parts[0] == "document":
        found = FieldPath("document", None, parts[1])
    elif len(parts) == 3 and parts[0] in _LISTS and parts[1].isdigit():
        found = FieldPath(parts[0], int(parts[1]), parts[2])
    else:
        raise CorrectionError(
            f"record path {path!r}: give document.FIELD or LIST.N.FIELD with LIST one of "
            f"{sections} (e.g. meetings.0.city)"
        )
    kinds = _kinds(found.section)
    if found.field not in kinds:
        raise CorrectionError(
            f"record path {path!r}: {found.section} has no field {found.field!r}; "
            f"choose from {', '.join(kinds)}"
        )
    return found


def check_value(path: FieldPath, value: Any) -> Any:
    """The value to store for `set` (None for `clear`), typed for the field."""
    kind = _kinds(path.section)[path.field]
    required = kind[0] == "!" if isinstance(kind, tuple) else kind.startswith("!")
    if value is None:
        if required:
            raise CorrectionError(f"{path} cannot be cleared; set another value instead")
        return None
    if isinstance(kind, tuple):
        allowed = [k for k in kind if k != "!"]
        if value not in allowed:
            raise CorrectionError(f"{path}: {value!r} is not one of {', '.join(allowed)}")
        return value
    return _typed(path, kind.lstrip("!"), value)


def _typed(path: FieldPath, kind: str, value: Any) -> Any:
    text = str(value).strip()
    try:
        if kind == "int":
            return int(text)
        if kind == "float":
            return float(text)
    except ValueError:
        raise CorrectionError(f"{path}: {value!r} is not a number") from None
    if not text or isinstance(value, bool | dict | list):
        raise CorrectionError(f"{path}: give a non-empty text value (or use clear)")
    if kind == "date" and not _DATE.fullmatch(text):
        raise CorrectionError(f"{path}: {value!r} is not an ISO date (YYYY-MM-DD)")
    if kind == "code" and not _CODE.fullmatch(text):
        raise CorrectionError(f"{path}: {value!r} is not a code such as KOR or APEC")
    return text


def path_exists(data: dict[str, Any], path: FieldPath) -> bool:
    """Whether the record (as a dict) has the list item the path points into."""
    if path.index is None:
        return True
    return path.index < len(data.get(path.section) or [])


def apply_to_record(record: Record, changes: list[tuple[FieldPath, Any]]) -> Record:
    """A copy of the record with each (path, value) set in order; missing items are skipped."""
    data = record.to_dict()
    for path, value in changes:
        if not path_exists(data, path):
            continue
        holder = data["document"] if path.index is None else data[path.section][path.index]
        holder[path.field] = value
    return record_from_dict(data)
