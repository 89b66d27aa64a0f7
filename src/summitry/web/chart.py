"""Timeline charts as inline SVG, drawn on the server: items per month, one point per month."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

from markupsafe import Markup, escape

__all__ = ["month_chart", "timeline_svg"]

WIDTH, HEIGHT = 640, 200
LEFT, RIGHT, TOP, BOTTOM = 36, 16, 16, 32


def _month_index(month: str) -> int:
    year, mon = month.split("-")
    return int(year) * 12 + int(mon) - 1


def _months(items: list[dict[str, Any]]) -> Counter[str]:
    """'YYYY-MM' -> how many items fall in that month (undated items are left out)."""
    counts: Counter[str] = Counter()
    for item in items:
        date = item.get("date") or item.get("when") or item.get("start")
        if isinstance(date, str) and len(date) >= 7 and date[:4].isdigit() and date[5:7].isdigit():
            counts[date[:7]] += 1
    return counts


def timeline_svg(items: list[dict[str, Any]], title: str) -> Markup | None:
    """An accessible SVG of the items per month, or None when no item is dated."""
    return month_chart(_months(items), title)


def month_chart(counts: Mapping[str, int], title: str) -> Markup | None:
    """An accessible SVG of counts per 'YYYY-MM' month, or None when there are none."""
    counts = {m: n for m, n in counts.items() if n > 0}
    if not counts:
        return None
    first, last = (_month_index(m) for m in (min(counts), max(counts)))
    first, last = first - 1, last + 1
    top = max(counts.values())
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(month: str) -> float:
        return LEFT + plot_w * (_month_index(month) - first) / (last - first)

    def y(n: int) -> float:
        return TOP + plot_h * (1 - n / top)

    parts = [_axes(first, last, top, x, y)]
    for month, n in sorted(counts.items()):
        label = escape(f"{month}: {n} item{'s' if n != 1 else ''}")
        parts.append(
            f'<line class="stem" x1="{x(month):.1f}" y1="{y(0):.1f}" '
            f'x2="{x(month):.1f}" y2="{y(n):.1f}"/>'
            f'<circle class="point" cx="{x(month):.1f}" cy="{y(n):.1f}" r="5" '
            f'data-month="{month}" data-count="{n}"><title>{label}</title></circle>'
        )
    total = sum(counts.values())
    span = f"{min(counts)} to {max(counts)}"
    desc = escape(f"{total} dated items across {len(counts)} months, {span}")
    return Markup(
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="chart-title chart-desc" preserveAspectRatio="xMidYMid meet">'
        f'<title id="chart-title">{escape(title)}</title><desc id="chart-desc">{desc}</desc>'
        + "".join(parts)
        + "</svg>"
    )


def _axes(first: int, last: int, top: int, x: Any, y: Any) -> str:
    """Baseline, a label per year (January ticks), and the top count."""
    out = [
        f'<line class="axis" x1="{LEFT}" y1="{y(0):.1f}" x2="{WIDTH - RIGHT}" y2="{y(0):.1f}"/>',
        f'<text class="tick" x="{LEFT - 6}" y="{y(top) + 4:.1f}" text-anchor="end">{top}</text>',
        f'<text class="tick" x="{LEFT - 6}" y="{y(0) + 4:.1f}" text-anchor="end">0</text>',
    ]
    years = range(first // 12, last // 12 + 1)
    step = max(1, len(years) // 8)
    placed = -100.0
    for year in list(years)[::step]:
        at = max(year * 12, first)  # the first year is labelled where the chart starts
        where = x(f"{at // 12}-{at % 12 + 1:02d}")
        if at <= last and where - placed >= 40:
            out.append(
                f'<text class="tick" x="{where:.1f}" y="{HEIGHT - 8}" '
                f'text-anchor="middle">{year}</text>'
            )
            placed = where
    return "".join(out)
