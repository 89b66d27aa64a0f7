"""Rows of one series joined into meetings by ordinal or overlapping dates."""

from __future__ import annotations

from types import SimpleNamespace

from summitry.resolve.meetings import cluster


def _row(key: str, ordinal: int | None, start: str | None, end: str | None = None, series="s"):
    return SimpleNamespace(meeting_key=key, ordinal=ordinal, start=start, end=end, series=series)


def test_unnumbered_row_joins_the_numbered_meeting_its_dates_overlap() -> None:
    rows = [
        _row("m-35", 35, "2024-11-14", "2024-11-15"),
        _row("m-2024-11-15", None, "2024-11-15"),
        _row("m-2023-11-14", None, "2023-11-14"),
        _row("m-other", None, "2024-11-15", series="t"),
        _row("m-doc", None, None),
    ]
    groups = cluster(rows)
    assert sorted(groups) == ["m-2023-11-14", "m-35", "m-doc", "m-other"]
    assert [r.meeting_key for r in groups["m-35"]] == ["m-35", "m-2024-11-15"]
