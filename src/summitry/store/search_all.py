"""Every match of a search, not only the ranked window a results page shows: what a
download of a search lists, read in one streamed query (bounded memory however many match).

Ranking needs every match scored at once, so a download is not ranked: sort 'relevance'
lists the matches most recently stored first (the order the search reads its window in),
'date' oldest published first and '-date' newest first, undated last, the database sorting.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import literal, select

from summitry.store.filters import Filters, seq_conditions
from summitry.store.schema import documents
from summitry.store.search import SORTS, SearchHit, hits_for, matching
from summitry.store.search_syntax import parse_query

__all__ = ["BATCH", "FACETS", "every_match"]

BATCH = 500  # matches read, and given snippets, at a time
FACETS = ("forum", "level", "year", "country", "publisher", "site")


def every_match(
    store: Any,
    query: str,
    *,
    sort: str = "relevance",
    since: str | None = None,
    until: str | None = None,
    series: tuple[str, ...] = (),
    actor: tuple[str, ...] = (),
    **facets: tuple[str, ...],
) -> Iterator[SearchHit]:
    """Each document matching `query` and the filters (as Store.search takes them), with
    its snippet, in the order the module says; score 0."""
    parsed = parse_query(query or "")
    if not parsed.searchable():
        return
    if sort not in SORTS:
        raise ValueError(f"unknown sort {sort!r}: choose one of {', '.join(SORTS)}")
    chosen = {name: facets.get(name) or () for name in FACETS}
    narrowed = Filters.of(series=series, actor=actor, since=since, until=until)
    with store.engine.connect() as conn:
        mode = store.search_mode
        m, _, extra, where = matching(
            conn, mode, parsed, chosen, lambda seq: seq_conditions(narrowed, seq)
        )
        stmt = select(m.seq.label("seq"), literal(0.0).label("rank")).where(*where, *extra)
        if sort == "relevance":
            stmt = stmt.order_by(m.seq.desc())
        else:
            day = documents.c.published
            first = day.desc().nulls_last() if sort == "-date" else day.asc().nulls_last()
            stmt = stmt.where(documents.c.seq == m.seq).order_by(first, m.seq)
        result = conn.execution_options(yield_per=BATCH).execute(stmt)
        for part in result.partitions():
            yield from hits_for(conn, mode, parsed, list(part), True)
