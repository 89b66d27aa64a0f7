"""The extraction record of shared/spec/record.md: small dataclasses and their JSON form.

The record is the only thing that passes from extraction to storage, the API and the
evaluation, so its shape lives here and nowhere else.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields
from typing import Any

Evidence = tuple[int, int]

__all__ = [
    "Amount",
    "Document",
    "Evidence",
    "Meeting",
    "Outcome",
    "Person",
    "Record",
    "Statement",
    "record_from_dict",
]

ACTS = ("state", "propose", "request", "urge", "agree", "support", "commit", "criticize")
LEVELS = ("leaders", "ministerial", "senior_officials", "working_level", "bilateral", "other")
FORMATS = ("virtual", "hybrid", "in_person")
MEETING_ROLES = ("main", "mentioned")
PERSON_ROLES = ("chair", "co_chair", "attendee", "mentioned")
OUTCOME_ACTIONS = ("adopted", "endorsed", "noted", "approved", "launched", "signed", "agreed")


@dataclass(slots=True)
class Document:
    """The cleaned page: metadata plus the body text every evidence offset points into."""

    title: str | None = None
    published: str | None = None
    publisher: str | None = None
    publisher_country: str | None = None
    category: str | None = None
    views: int | None = None
    language: str | None = None
    text: str = ""
    url: str | None = None  # where the page was fetched from (a WARC record, a JSONL line)


@dataclass(slots=True)
class Meeting:
    name: str
    acronym: str | None = None
    forum: str | None = None
    level: str | None = None
    ordinal: int | None = None
    start: str | None = None
    end: str | None = None
    city: str | None = None
    country: str | None = None
    venue: str | None = None
    format: str | None = None
    theme: str | None = None
    role: str = "mentioned"
    evidence: Evidence | None = None


@dataclass(slots=True)
class Person:
    name: str
    title: str | None = None
    country: str | None = None
    role: str = "mentioned"
    evidence: Evidence | None = None


@dataclass(slots=True)
class Outcome:
    document: str
    action: str
    evidence: Evidence | None = None


@dataclass(slots=True)
class Amount:
    value: float
    currency: str
    about: str | None = None
    evidence: Evidence | None = None


@dataclass(slots=True)
class Statement:
    speaker: str
    act: str
    text: str
    evidence: Evidence | None = None


@dataclass(slots=True)
class Record:
    """One page's extraction: the document plus every list of the spec."""

    path: str
    document: Document
    meetings: list[Meeting] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    initiatives: list[str] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of the spec; evidence as [start, end] lists, errors only if any."""
        out = _plain(self)
        if not out["errors"]:
            del out["errors"]
        return out


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(cls))
    return names


def _plain(value: Any) -> Any:
    """What dataclasses.asdict makes of a record, tuples as lists and whole floats as ints;
    written out because asdict's generic copy cost a third of the time of storing a page.
    The types a record holds are told apart by identity first (most of its values)."""
    cls = type(value)
    if cls is str or cls is int or value is None:
        return value
    names = _FIELD_NAMES.get(cls)
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    if cls is list or cls is tuple:
        return [_plain(v) for v in value]
    return _plain_other(value)


def _plain_other(value: Any) -> Any:
    if isinstance(value, str | int | None):
        return value
    if hasattr(type(value), "__dataclass_fields__"):
        return {name: _plain(getattr(value, name)) for name in _field_names(type(value))}
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return copy.deepcopy(value)


def _build(cls: type, data: dict[str, Any]) -> Any:
    names = {f.name for f in fields(cls)}
    kwargs = {k: v for k, v in data.items() if k in names}
    if "evidence" in kwargs and kwargs["evidence"] is not None:
        kwargs["evidence"] = tuple(kwargs["evidence"])
    return cls(**kwargs)


def record_from_dict(data: dict[str, Any]) -> Record:
    """Rebuild a Record from its JSON form (as stored or as printed by `extract --jsonl`)."""
    return Record(
        path=data.get("path", ""),
        document=_build(Document, data.get("document") or {}),
        meetings=[_build(Meeting, m) for m in data.get("meetings") or []],
        people=[_build(Person, p) for p in data.get("people") or []],
        countries=list(data.get("countries") or []),
        organizations=list(data.get("organizations") or []),
        initiatives=list(data.get("initiatives") or []),
        outcomes=[_build(Outcome, o) for o in data.get("outcomes") or []],
        amounts=[_build(Amount, a) for a in data.get("amounts") or []],
        statements=[_build(Statement, s) for s in data.get("statements") or []],
        errors=list(data.get("errors") or []),
    )
