"""Search facets: forum, level, year, country and publisher of each document, and their counts.

Derived from the stored (corrected) record into the `facets` table, one row per value, so a
search filters by them with an index and counts them with one GROUP BY.
"""

from __future__ import annotations

import json
import re
from typing import Any

from sqlalchemy import ColumnElement, Connection, bindparam, func, select

from summitry.record import Record, record_from_dict
from summitry.store.schema import documents, facets

__all__ = [
    "FACETS",
    "backfill_facets",
    "backfill_tags",
    "chosen_values",
    "facet_counts",
    "facet_filters",
    "facet_rows",
    "facet_tag",
    "facet_tags",
]

FACETS = ("forum", "level", "year", "country", "publisher")
MAX_VALUES = 20  # values shown per facet, most documents first
_YEAR = re.compile(r"(\d{4})-")
_BATCH = 500
_IN_CHUNK = 5000  # seqs per IN list, within every database's bound-parameter limit


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


def facet_tag(name: str, value: str) -> str:
    """One full-text token for a facet value: 'forum', 'ASEAN+3' -> 'zzforumasean3'.

    Kept in the index's `tags` column, so a filtered search is one full-text query that
    the index intersects; values differing only in punctuation share a token, and the
    facets table then tells them apart.
    """
    value = value.upper() if name == "country" else value
    return "zz" + name + "".join(ch for ch in value.lower() if ch.isalnum())


def facet_tags(pairs: set[tuple[str, str]]) -> str:
    """The `tags` text of a document: its facet tokens, space-separated."""
    return " ".join(sorted({facet_tag(name, value) for name, value in pairs}))


def facet_rows(doc_id: str, seq: int, record: Record) -> list[dict[str, Any]]:
    """Rows of the facets table for one document."""
    return [
        {"document_id": doc_id, "seq": seq, "name": name, "value": value}
        for name, value in sorted(facet_values(record))
    ]


def backfill_facets(conn: Connection) -> None:
    """Facet rows for documents stored before the facets table existed (migration 2)."""
    last = ""
    while True:
        stmt = select(documents.c.id, documents.c.seq, documents.c.record)
        stmt = stmt.where(documents.c.id > last).order_by(documents.c.id).limit(_BATCH)
        batch = conn.execute(stmt).all()
        if not batch:
            return
        rows = [
            row
            for d in batch
            for row in facet_rows(d.id, d.seq, record_from_dict(json.loads(d.record)))
        ]
        if rows:
            conn.execute(facets.insert(), rows)
        last = batch[-1].id


def backfill_tags(conn: Connection) -> None:
    """documents.tags from the facets table, for documents stored before it existed (v5)."""
    last = 0
    while True:
        stmt = select(documents.c.seq).where(documents.c.seq > last)
        seqs = list(conn.execute(stmt.order_by(documents.c.seq).limit(_BATCH * 10)).scalars())
        if not seqs:
            return
        pairs: dict[int, set[tuple[str, str]]] = {seq: set() for seq in seqs}
        rows = select(facets.c.seq, facets.c.name, facets.c.value).where(
            facets.c.seq.between(seqs[0], seqs[-1])
        )
        for seq, name, value in conn.execute(rows):
            pairs.setdefault(seq, set()).add((name, value))
        update = documents.update().where(documents.c.seq == bindparam("at"))
        tagged = [{"at": seq, "new_tags": facet_tags(pairs[seq])} for seq in seqs]
        conn.execute(update.values(tags=bindparam("new_tags")), tagged)
        last = seqs[-1]


def chosen_values(chosen: dict[str, str | int | None]) -> list[tuple[str, str]]:
    """(facet, value) of the values given, stripped (country codes upper-cased); blank
    values choose nothing, an unknown facet is a ValueError."""
    pairs = []
    for name, value in chosen.items():
        if name not in FACETS:
            raise ValueError(f"unknown facet {name!r}; choose from {', '.join(FACETS)}")
        if value is None or str(value).strip() == "":
            continue
        text = str(value).strip()
        pairs.append((name, text.upper() if name == "country" else text))
    return pairs


def facet_filters(
    chosen: dict[str, str | int | None], seq: ColumnElement[int]
) -> list[ColumnElement[bool]]:
    """One EXISTS per facet value given: the document at `seq` has that value (index probe)."""
    return [
        select(facets.c.seq)
        .where(facets.c.name == name, facets.c.value == text, facets.c.seq == seq)
        .exists()
        for name, text in chosen_values(chosen)
    ]


def facet_counts(conn: Connection, seqs: list[int]) -> dict[str, list[tuple[str, int]]]:
    """For each facet, (value, documents) over the documents at `seqs`: most first, then value."""
    out: dict[str, list[tuple[str, int]]] = {name: [] for name in FACETS}
    count = func.count().label("n")
    for part in range(0, len(seqs), _IN_CHUNK):
        stmt = (
            select(facets.c.name, facets.c.value, count)
            .where(facets.c.seq.in_(seqs[part : part + _IN_CHUNK]))
            .group_by(facets.c.name, facets.c.value)
        )
        for row in conn.execute(stmt):
            out[row.name].append((row.value, row.n))
    for name, values in out.items():
        merged: dict[str, int] = {}
        for value, n in values:
            merged[value] = merged.get(value, 0) + n
        out[name] = sorted(merged.items(), key=lambda vn: (-vn[1], vn[0]))[:MAX_VALUES]
    return out
