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
    """
    groups: dict[str, list[Any]] = {}
    ranges: dict[str, tuple[str, str]] = {}
    numbered = sorted((r for r in rows if r.ordinal is not None), key=lambda r: r.meeting_key)
    for r in numbered:
        groups.setdefault(r.meeting_key, []).append(r)
        _widen(ranges, r.meeting_key, r)
    dated = sorted((r for r in rows if r.ordinal is None and r.start), key=lambda r: r.start)
    for r in dated:
        key = _overlapping(groups, ranges, r)
        groups.setdefault(key, []).append(r)
        _widen(ranges, key, r)
    for r in rows:
        if r.ordinal is None and not r.start:
            groups.setdefault(r.meeting_key, []).append(r)
    return groups


def _widen(ranges: dict[str, tuple[str, str]], key: str, row: Any) -> None:
    if not row.start:
        return
    start, end = row.start, row.end or row.start
    if key in ranges:
        start, end = min(start, ranges[key][0]), max(end, ranges[key][1])
    ranges[key] = (start, end)


def _overlapping(groups: dict[str, list[Any]], ranges: dict[str, tuple[str, str]], row: Any) -> str:
    """The group of the row's series whose range overlaps it (numbered first), else its own."""
    hits = [
        k
        for k, (start, end) in ranges.items()
        if groups[k][0].series == row.series and overlaps(row, start, end)
    ]
    hits.sort(key=lambda k: (groups[k][0].ordinal is None, k))
    return hits[0] if hits else row.meeting_key
