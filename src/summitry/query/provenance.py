"""Which of a meeting's values are not plain fact: inferred, corrected by a person, or
disputed between its sources; every page, the API and the exports mark them."""

from __future__ import annotations

from typing import Any

__all__ = ["KINDS", "provenance"]

KINDS = ("corrected", "inferred", "disputed")
# A date in dispute puts the year in dispute too; the views show the year beside the dates.
_ALSO = {"start": ("year",), "end": ()}


def provenance(view: dict[str, Any]) -> dict[str, str]:
    """{field: 'corrected'|'inferred'|'disputed'} from a meeting view's `corrected` (fields a
    person set), `inferred` ({field: why}) and `disagreements` ({field: [values]}); a
    correction wins over an inference, an inference over a dispute."""
    found: dict[str, str] = {}
    for name in view.get("disagreements") or {}:
        for field in (name, *_ALSO.get(name, ())):
            found[field] = "disputed"
    for name in view.get("inferred") or {}:
        found[name] = "inferred"
    for name in view.get("corrected") or []:
        found[name] = "corrected"
    return dict(sorted(found.items()))
