"""Which of a meeting's values are not plain fact: inferred, corrected by a person, or
disputed between its sources; every page, the API and the exports mark them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, select

from summitry.query.results import Disagreement
from summitry.store.schema import corrections

__all__ = ["KINDS", "provenance", "record_corrections"]

_MEETING_FIELD = re.compile(r"^meetings\.(\d+)\.(\w+)$")

KINDS = ("corrected", "inferred", "disputed")


def provenance(
    disagreements: Mapping[str, Sequence[Disagreement]],
    inferred: Iterable[str],
    corrected: Iterable[str] | None,
) -> dict[str, str]:
    """{field: 'corrected'|'inferred'|'disputed'} from a meeting's `disagreements` ({field:
    [values]}), the fields `inferred` and those a person `corrected`; a correction wins over
    an inference, an inference over a dispute."""
    found: dict[str, str] = {}
    for name in disagreements:
        found[name] = "disputed"
    if len({str(v.value)[:4] for v in disagreements.get("start", [])}) > 1:
        found["year"] = "disputed"  # the start dates fall in different years
    for name in inferred:
        found[name] = "inferred"
    for name in corrected or []:
        found[name] = "corrected"
    return dict(sorted(found.items()))


def record_corrections(conn: Connection, rows: Iterable[Any]) -> list[str]:
    """The meeting fields a person corrected in the records of these meetings rows
    (`correct set ID meetings.N.FIELD`): the stored record holds the corrected value."""
    held = {(r.document_id, r.idx) for r in rows}
    docs = sorted({doc for doc, _ in held})
    if not docs:
        return []
    c = corrections.c
    stmt = select(c.target, c.field).where(
        c.target.in_(docs), c.action.in_(("set", "clear")), c.field.like("meetings.%")
    )
    found = set()
    for target, field in conn.execute(stmt):
        m = _MEETING_FIELD.match(field or "")
        if m and (target, int(m.group(1))) in held:
            found.add(m.group(2))
    return sorted(found)
