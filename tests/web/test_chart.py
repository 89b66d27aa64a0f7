"""The server-drawn timeline chart: one point per dated month, escaped, accessible."""

from __future__ import annotations

import re

from summitry.web.chart import month_chart, timeline_svg


def test_one_point_per_month_with_its_count() -> None:
    items = [{"date": "2021-03-10"}, {"date": "2021-03-30"}, {"date": "2024-11-14"}, {"date": None}]
    svg = str(timeline_svg(items, "Mentions"))
    points = re.findall(r'data-month="([\d-]+)" data-count="(\d+)"', svg)
    assert points == [("2021-03", "2"), ("2024-11", "1")]
    assert 'role="img"' in svg and '<title id="chart-title">Mentions</title>' in svg
    assert ">2021</text>" in svg and ">2024</text>" in svg


def test_nothing_dated_means_no_chart_and_titles_are_escaped() -> None:
    assert timeline_svg([{"date": None}, {"date": "2024"}], "x") is None
    svg = str(timeline_svg([{"date": "2024-01-01"}], "<script>alert(1)</script>"))
    assert "<script>" not in svg and "&lt;script&gt;" in svg


def test_month_counts_chart_like_the_items_they_count() -> None:
    items = [{"date": "2021-03-10"}, {"date": "2021-03-30"}, {"date": "2024-11-14"}]
    assert month_chart({"2021-03": 2, "2024-11": 1}, "M") == timeline_svg(items, "M")
    assert month_chart({"2021-03": 0}, "M") is None
