"""Which of a meeting's values are not plain fact: inferred, corrected by a person, or
disputed between its sources; every page, the API and the exports mark them."""

from __future__ import annotations

from typing import Any

__all__ = ["KINDS", "provenance"]

KINDS = ("corrected", "inferred", "disputed")


def provenance(view: dict[str, Any]) -> dict[str, str]:
    """{field: 'corrected'|'inferred'|'disputed'} from a meeting view's `corrected` (fields a
    person set), `inferred` ({field: why}) and `disagreements` ({field: [values]}); a
    correction wins over an inference, an inference over a dispute."""
    found: dict[str, str] = {}
    disputes = view.get("disagreements") or {}
    for name in disputes:
        found[name] = "disputed"
    if len({str(v["value"])[:4] for v in disputes.get("start", [])}) > 1:
        found["year"] = "disputed"  # the start dates fall in different years
    for name in view.get("inferred") or {}:
        found[name] = "inferred"
    for name in view.get("corrected") or []:
        found[name] = "corrected"
    return dict(sorted(found.items()))
