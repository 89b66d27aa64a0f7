"""The same meeting across pages: rows of one series joined by ordinal or overlapping dates."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

__all__ = ["cluster", "days_before", "overlaps"]


def overlaps(a: Any, b_start: str | None, b_end: str | None) -> bool:
    """Whether a row's [start, end] and another range share a day (both dated)."""
    if not a.start or not b_start:
        return False
    return a.start <= (b_end or b_start) and (a.end or a.start) >= b_start


def days_before(day: str, days: int) -> str:
    """'2024-11-14', 7 -> '2024-11-07'; a partial or odd date is returned as it is."""
    try:
        return (date.fromisoformat(day) - timedelta(days=days)).isoformat()
    except ValueError:
        return day


def cluster(rows: Sequence[Any]) -> dict[str, list[Any]]:
    """Rows (with series, meeting_key, ordinal, start, end) -> canonical meeting key -> rows.

    Rows with the same series and ordinal are one meeting; an unnumbered row joins a numbered
    meeting of its series whose dates overlap its own, else other unnumbered rows it overlaps.
    Dates are compared row by row: pages that disagree by years do not claim the years between.
    """
    groups: dict[str, list[Any]] = {}
    spans: dict[str, set[tuple[str, str]]] = {}  # key -> the distinct dates of its rows
    numbered = sorted((r for r in rows if r.ordinal is not None), key=lambda r: r.meeting_key)
    dated = sorted((r for r in rows if r.ordinal is None and r.start), key=lambda r: r.start)
    for r in numbered + dated:
        key = r.meeting_key if r.ordinal is not None else _overlapping(groups, spans, r)
        groups.setdefault(key, []).append(r)
        if r.start:
            spans.setdefault(key, set()).add((r.start, r.end or r.start))
    for r in rows:
        if r.ordinal is None and not r.start:
            groups.setdefault(r.meeting_key, []).append(r)
    return groups


def _overlapping(
    groups: dict[str, list[Any]], spans: dict[str, set[tuple[str, str]]], row: Any
) -> str:
    """The group of the row's series with a row whose dates overlap it (numbered first),
    else the row's own key."""
    hits = [
        k
        for k, dates in spans.items()
        if groups[k][0].series == row.series and any(overlaps(row, a, b) for a, b in dates)
    ]
    hits.sort(key=lambda k: (groups[k][0].ordinal is None, k))
    return hits[0] if hits else row.meeting_key
