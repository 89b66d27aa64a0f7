"""Search facets: forum, level, year, country and publisher of each document, and their counts.

Derived from the stored (corrected) record into the `facets` table, one row per value, so a
search filters by them with an index and counts them with one GROUP BY.
"""

from __future__ import annotations

import json
import re
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, func, select

from summitry.record import Record, record_from_dict
from summitry.store.schema import documents, facets

__all__ = ["FACETS", "backfill_facets", "facet_counts", "facet_filters", "facet_rows"]

FACETS = ("forum", "level", "year", "country", "publisher")
MAX_VALUES = 20  # values shown per facet, most documents first
_YEAR = re.compile(r"(\d{4})-")
_BATCH = 500


def record_year(record: Record) -> str | None:
    """The year of `published`, else of the main meeting's start, else of any meeting's."""
    dates = [record.document.published]
    dates += [m.start for m in record.meetings if m.role == "main"]
    dates += [m.start for m in record.meetings]
    for date in dates:
        found = _YEAR.match(date or "")
        if found:
            return found.group(1)
    return None


def facet_values(record: Record) -> set[tuple[str, str]]:
    """(facet, value) pairs of one record, each once."""
    pairs = {("forum", m.forum) for m in record.meetings}
    pairs |= {("level", m.level) for m in record.meetings}
    pairs |= {("country", c) for c in (record.document.publisher_country, *record.countries)}
    pairs |= {("publisher", record.document.publisher), ("year", record_year(record))}
    return {(name, value) for name, value in pairs if isinstance(value, str) and value.strip()}


def facet_rows(doc_id: str, record: Record) -> list[dict[str, Any]]:
    """Rows of the facets table for one document."""
    return [
        {"document_id": doc_id, "name": name, "value": value}
        for name, value in sorted(facet_values(record))
    ]


def backfill_facets(conn: Connection) -> None:
    """Facet rows for documents stored before the facets table existed (migration 2)."""
    last = ""
    while True:
        stmt = select(documents.c.id, documents.c.record).where(documents.c.id > last)
        batch = conn.execute(stmt.order_by(documents.c.id).limit(_BATCH)).all()
        if not batch:
            return
        rows = [r for d in batch for r in facet_rows(d.id, record_from_dict(json.loads(d.record)))]
        if rows:
            conn.execute(facets.insert(), rows)
        last = batch[-1].id


def facet_filters(chosen: dict[str, str | int | None]) -> list[ColumnElement[bool]]:
    """documents.id IN (documents with that facet value), one condition per value given."""
    conditions = []
    for name, value in chosen.items():
        if name not in FACETS:
            raise ValueError(f"unknown facet {name!r}; choose from {', '.join(FACETS)}")
        if value is None or str(value).strip() == "":
            continue
        text = str(value).strip()
        text = text.upper() if name == "country" else text
        having = select(facets.c.document_id).where(facets.c.name == name, facets.c.value == text)
        conditions.append(documents.c.id.in_(having))
    return conditions


def facet_counts(
    conn: Connection, matched_ids: Select[Any], params: dict[str, Any], total: int
) -> dict[str, list[tuple[str, int]]]:
    """For each facet, (value, documents) over the matched ids: most first, then by value.

    Every facet is a key, with no values when nothing matched (total 0).
    """
    count = func.count().label("n")
    stmt = (
        select(facets.c.name, facets.c.value, count)
        .where(facets.c.document_id.in_(matched_ids))
        .group_by(facets.c.name, facets.c.value)
    )
    out: dict[str, list[tuple[str, int]]] = {name: [] for name in FACETS}
    if not total:
        return out
    for row in conn.execute(stmt, params):
        out[row.name].append((row.value, row.n))
    for values in out.values():
        values.sort(key=lambda vn: (-vn[1], vn[0]))
        del values[MAX_VALUES:]
    return out
