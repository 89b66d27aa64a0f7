"""An iCalendar file of meetings (one all-day VEVENT each), so that a desk can subscribe to a
forum's or a series' calendar; undated meetings are left out."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from summitry import __version__
from summitry.export.rows import ExportError

__all__ = ["ics_lines"]

INSTALL = "pip install 'summitry[export]'"


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text and len(text) >= 10 else None
    except ValueError:
        return None


def ics_lines(kind: str, rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    """VCALENDAR with one VEVENT per dated meeting, written event by event."""
    if kind != "meetings":
        raise ExportError(f"--format ics exports meetings, not {kind}")
    try:
        from icalendar import Event
    except ImportError:
        raise ExportError(f"--format ics needs the icalendar package: {INSTALL}") from None
    yield (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
        f"PRODID:-//summitry//{__version__}//EN\r\nCALSCALE:GREGORIAN\r\n"
    )
    for m in rows:
        start = _day(m["start"])
        if start is None:
            continue
        end = _day(m["end"]) or start
        event = Event()
        event.add("uid", f"{m['id']}@summitry")
        event.add("summary", m["label"])
        event.add("dtstart", start)
        event.add("dtend", max(end, start) + timedelta(days=1))  # all-day: exclusive end
        place = ", ".join(x for x in (m["venue"], m["city"], m["country"]) if x)
        if place:
            event.add("location", place)
        details = [f"{k}: {m[k]}" for k in ("forum", "level", "theme", "series") if m[k]]
        if details:
            event.add("description", "\n".join(details))
        event.add("dtstamp", datetime.combine(start, time(), tzinfo=UTC))
        yield event.to_ical().decode("utf-8")
    yield "END:VCALENDAR\r\n"
