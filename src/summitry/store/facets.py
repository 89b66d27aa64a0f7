"""Search facets: forum, level, year, country and publisher of each document, and their counts.

Derived from the stored (corrected) record into the `facets` table, one row per value, so a
search filters by them with an index and counts them with one GROUP BY.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import (
    ColumnElement,
    Connection,
    Table,
    or_,
    select,
)
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from summitry.record import Record
from summitry.store.schema import facets

__all__ = [
    "FACETS",
    "chosen_values",
    "facet_counts",
    "facet_filters",
    "decode_pairs",
    "encode_pairs",
    "facet_rows",
    "has_value",
    "facet_tag",
    "facet_tags",
    "site_of",
]

FACETS = ("forum", "level", "year", "country", "publisher")
# The site of a page's URLs filters and is counted like a facet, listed only where a page
# has a URL.
FILTERS = (*FACETS, "site")
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
    pairs.add(("site", site_of(record.document.url)))
    return {(name, value) for name, value in pairs if isinstance(value, str) and value.strip()}


def site_of(url: str | None) -> str | None:
    """'https://www.mofa.go.kr/eng/view.do?seq=1' -> 'mofa.go.kr' (host, lower case)."""
    try:
        host = urlsplit(url or "").hostname or ""
    except ValueError:
        return None
    return host.removeprefix("www.") or None


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


def facet_rows(seq: int, source: Record | set[tuple[str, str]]) -> list[dict[str, Any]]:
    """The facets row of one page (none without facet values): of its record, or of
    (facet, value) pairs."""
    pairs = facet_values(source) if isinstance(source, Record) else source
    return [{"seq": seq, "pairs": encode_pairs(pairs)}] if pairs else []


def encode_pairs(pairs: set[tuple[str, str]]) -> str:
    """The `pairs` text of a facets row: a "name<TAB>value" line per pair, sorted, each
    between newlines (so a line is found whole); tabs and newlines in a value become spaces."""
    lines = sorted(f"{name}\t{_one_line(value)}" for name, value in pairs)
    return "\n" + "".join(line + "\n" for line in lines)


def decode_pairs(text: str) -> set[tuple[str, str]]:
    """encode_pairs' (facet, value) pairs again."""
    split = (line.partition("\t") for line in text.split("\n") if line)
    return {(name, value) for name, _, value in split}


def _one_line(value: str) -> str:
    return value.replace("\t", " ").replace("\n", " ")


def has_value(pairs: ColumnElement[str], name: str, value: str) -> ColumnElement[bool]:
    """SQL: a facets row's pairs hold (name, value) as a whole line."""
    return pairs.contains(f"\n{name}\t{_one_line(value)}\n", autoescape=True)


def chosen_values(chosen: dict[str, Any]) -> list[tuple[str, str]]:
    """(facet, value) of the values given, stripped (country codes upper-cased); a list or
    tuple gives several values of a facet; blank values choose nothing, an unknown facet is
    a ValueError."""
    pairs = []
    for name, given in chosen.items():
        if name not in FILTERS:
            raise ValueError(f"unknown facet {name!r}; choose from {', '.join(FILTERS)}")
        for value in given if isinstance(given, list | tuple) else [given]:
            if value is None or str(value).strip() == "":
                continue
            text = str(value).strip()
            if name == "site":
                text = site_of(text if "//" in text else f"//{text}") or text.lower()
            pairs.append((name, text.upper() if name == "country" else text))
    return pairs


def facet_filters(chosen: dict[str, Any], seq: ColumnElement[int]) -> list[ColumnElement[bool]]:
    """One EXISTS per facet given: the page at `seq` has one of its values (a key probe)."""
    grouped: dict[str, list[str]] = {}
    for name, text in chosen_values(chosen):
        grouped.setdefault(name, []).append(text)
    return [
        select(facets.c.seq)
        .where(facets.c.seq == seq, or_(*(has_value(facets.c.pairs, name, v) for v in values)))
        .exists()
        for name, values in grouped.items()
    ]


def facet_counts(conn: Connection, seqs: list[int]) -> dict[str, list[tuple[str, int]]]:
    """For each facet, (value, documents) over the documents at `seqs`: most first, then value.

    Read from the facets table by key, one short row per document."""
    tally: Counter[str] = Counter()
    for part in range(0, len(seqs), _IN_CHUNK):
        stmt = select(facets.c.pairs).where(facets.c.seq.in_(seqs[part : part + _IN_CHUNK]))
        tally.update("".join(conn.execute(stmt).scalars()).split("\n"))
    del tally[""]  # between the rows' newlines
    out: dict[str, list[tuple[str, int]]] = {name: [] for name in FACETS}
    for line, n in tally.items():
        name, _, value = line.partition("\t")
        out.setdefault(name, []).append((value, n))
    return {
        name: sorted(values, key=lambda vn: (-vn[1], vn[0]))[:MAX_VALUES]
        for name, values in out.items()
    }


def insert_missing(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert the rows whose unique key is not stored yet (SQLite and PostgreSQL say so)."""
    if not rows:
        return
    if conn.dialect.name == "sqlite":
        conn.execute(sqlite_insert(table).on_conflict_do_nothing(), rows)
        return
    from sqlalchemy.dialects.postgresql import insert  # not imported for a SQLite store

    conn.execute(insert(table).on_conflict_do_nothing(), rows)
