"""Corrections made by people, applied over what resolution found.

The store keeps them in its own table; this is the plain shape resolve and the queries take.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "NO_CORRECTIONS",
    "Corrections",
    "aliases_of",
    "apply_fields",
    "canonical",
    "keeps",
    "split_pages",
]


@dataclass(frozen=True, slots=True)
class Corrections:
    """merges: folded id -> kept id; splits: (entity id, document id) whose mentions leave
    the entity; fields: entity id -> {field: value, or None meaning cleared}."""

    merges: dict[str, str] = field(default_factory=dict)
    splits: set[tuple[str, str]] = field(default_factory=set)
    fields: dict[str, dict[str, Any]] = field(default_factory=dict)


NO_CORRECTIONS = Corrections()


def canonical(entity_id: str, corrections: Corrections | None) -> str:
    """The id an entity ends up under after merges (followed in chains, cycles stopped)."""
    if corrections is None:
        return entity_id
    seen = {entity_id}
    while entity_id in corrections.merges:
        entity_id = corrections.merges[entity_id]
        if entity_id in seen:
            break
        seen.add(entity_id)
    return entity_id


def aliases_of(entity_id: str, corrections: Corrections | None) -> list[str]:
    """The id itself and every id merged into it, the id first."""
    if corrections is None:
        return [entity_id]
    kept = canonical(entity_id, corrections)
    folded = [f for f in corrections.merges if canonical(f, corrections) == kept and f != kept]
    return [kept, *sorted(folded)]


def keeps(entity_id: str, document_id: str, corrections: Corrections | None) -> bool:
    """False where a split took this document's mentions out of the entity."""
    if corrections is None:
        return True
    return (entity_id, document_id) not in corrections.splits and (
        canonical(entity_id, corrections),
        document_id,
    ) not in corrections.splits


def apply_fields(
    entity_id: str, view: dict[str, Any], corrections: Corrections | None
) -> dict[str, Any]:
    """The view with corrected fields set (None clears); 'corrected' lists the fields."""
    if corrections is None:
        return view
    changes: dict[str, Any] = {}
    for eid in aliases_of(entity_id, corrections):
        for name, value in corrections.fields.get(eid, {}).items():
            changes.setdefault(name, value)
    if changes:
        view.update(changes)
        view["corrected"] = sorted(changes)
    return view


def split_pages(ids: Iterable[str], corrections: Corrections | None) -> dict[str, list[str]]:
    """id -> the pages a split took out of it (as `keeps` says), for the ids that have any:
    what a query leaves out in SQL."""
    docs = sorted({d for _, d in corrections.splits}) if corrections is not None else []
    found = {i: [d for d in docs if not keeps(i, d, corrections)] for i in ids}
    return {i: gone for i, gone in found.items() if gone}
