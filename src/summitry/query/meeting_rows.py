"""The rows a meeting is built from, and series found by name: what the meeting and the
series views both read."""

from __future__ import annotations

from sqlalchemy import Connection, Select, select

from summitry.query.common import norm, words_match
from summitry.store.schema import documents, meetings, series_names

__all__ = ["rows_query", "series_named", "series_scores"]


def rows_query() -> Select:
    """meetings rows (with their keys) and the title, date and publisher of their page."""
    return select(meetings, documents.c.title, documents.c.published, documents.c.publisher).join(
        documents, documents.c.id == meetings.c.document_id
    )


def series_named(conn: Connection, words: tuple[str, ...] | list[str]) -> list[str]:
    """Series reported under a name holding every word: the one named exactly first, then
    by their shortest such name (the closest match), from the small series_names table."""
    scores = series_scores(conn, words)
    return sorted(scores, key=lambda s: (scores[s], s))


def series_scores(
    conn: Connection, words: tuple[str, ...] | list[str]
) -> dict[str, tuple[bool, int, str]]:
    """Series slug -> (not named exactly, length, name) of its best name holding the words."""
    stmt = select(series_names.c.series, series_names.c.name).where(
        words_match(series_names.c.name, words)
    )
    wanted = " ".join(words)
    best: dict[str, tuple[bool, int, str]] = {}
    for series_slug, name in conn.execute(stmt):
        key = (norm(name) != wanted, len(name), name)
        best[series_slug] = min(best.get(series_slug, key), key)
    return best
