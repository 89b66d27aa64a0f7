"""The stamp lines of a page's head: its date beside its section, counter, place or source
('08/15/2025 | Press release', 'Date: 05 Dec 2023 | Views: 1234', '(1-7-2020, Nay Pyi Taw)'),
and the Header they are read into."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from summitry.clean.dates import DATE_VALUE, bare_date, normalise_date
from summitry.clean.lines import (
    UPDATED_LINE,
    date_line_value,
    dated_label,
    is_byline,
    may_be_title,
    views_in_line,
    word_count,
)
from summitry.kb.cues import meeting_heads
from summitry.sources import lexicon

__all__ = ["EVENT", "Header", "date_in", "note_event", "read_stamp_line"]


@dataclass(slots=True)
class Header:
    """Metadata read off the lines above the body of a scraped page."""

    title: str | None = None
    published: str | None = None
    category: str | None = None
    views: int | None = None
    body_start: int = 0
    candidates: list[str] = field(default_factory=list)
    updated: str | None = None  # the page's date when it gives no other
    yearless: str | None = None  # '08:38 | San Francisco (U.S.), Nov. 15.': a dateline's line
    event: str | None = None  # 'Informal Senior Officials' Meeting Santiago, Chile | 14 ...'
    trail: list[str] = field(default_factory=list)  # 'Home', 'News', 'Press Releases'


# "(People's Daily Online) 14:33, July 14, 2023": the site's name, then the page's date
_NAMED_STAMP = re.compile(r"^\([^()]{2,40}\)\s*(.{6,40})$")


def _read_pipe_line(line: str, header: Header) -> bool:
    """'08/15/2025 | Press release | Archived content', 'Source: Xinhua | 2023-07-14 21:50:43 |
    Editor: huaxia', 'Date: 05 Dec 2023 | Views: 1234': a short ' | ' line with the page's date
    (or the date it was updated) in one of its parts, and maybe its section or counter."""
    parts = [part.strip() for part in line.split("|")]
    if not 2 <= len(parts) <= 6 or len(line) > 200:
        return False
    date = next(filter(None, (bare_date(p) or date_line_value(p) for p in parts)), None)
    updated = next((date_in(p) for p in parts if UPDATED_LINE.match(p)), None)
    if date is None and updated is None:
        return False
    header.published = header.published or date
    header.updated = header.updated or updated
    for part in parts:
        header.category = header.category or lexicon().categories.get(part.casefold())
        if header.views is None:
            header.views = views_in_line(part)
    note_event(line, header)
    return True


# 'Informal Senior Officials' Meeting Santiago, Chile': a meeting's name in a stamp line
EVENT = re.compile(rf"\b[A-Z][\w’'-]*\s+(?:{meeting_heads().alternation})\b")


def note_event(line: str, header: Header) -> None:
    """A date line that names a meeting (and where it met) tells of the meeting the page
    reports: the body keeps it."""
    if header.event is None and EVENT.search(line):
        header.event = line


_TIME_PLACE = re.compile(r"^\d{1,2}:\d{2}\s*\|\s*[^|]{2,60}$")
_PAREN_DATE = re.compile(r"^\((\d{1,2}[-./]\d{1,2}[-./]\d{4}),\s*[^()]{2,40}\)$")


def read_stamp_line(line: str, header: Header) -> bool:
    """'08/15/2025 | Press release | Archived content', 'August 7, 2017 - Manila - Global
    Affairs Canada', '(1-7-2020, Nay Pyi Taw)', '08:38 | San Francisco, Nov. 15.', bylines."""
    if _read_pipe_line(line, header):
        return True
    if _TIME_PLACE.match(line):
        header.yearless = header.yearless or line.split("|", 1)[1].strip()
        return True
    if is_byline(line):
        return True
    if m := _PAREN_DATE.match(line):
        header.published = header.published or normalise_date(m.group(1))
        return True
    if (m := _NAMED_STAMP.match(line)) and (date := bare_date(m.group(1))):
        header.published = header.published or date
        return True
    if (m := _TRAILING_COUNTER.match(line)) and (date := date_line_value(m.group(1))):
        header.published = header.published or date  # 'Date: 5 December 2023 Views: 1234'
        header.views = header.views if header.views is not None else views_in_line(m.group(2))
        return True
    if dated := dated_label(line):
        header.published = header.published or dated[0]
        header.category = header.category or dated[1]
        return True
    parts = _SPACED_DASH.split(line)
    if 2 <= len(parts) <= 4 and len(line.split()) <= 16 and not line.endswith("."):
        date = bare_date(parts[0]) or bare_date(parts[1])
        if date:
            header.published = header.published or date
            if len(parts) == 2 and word_count(parts[0]) >= 4 and may_be_title(parts[0]):
                header.candidates.append(parts[0])  # 'Leaders Meet in Jakarta - 5 December 2023'
            return True
    return False


_SPACED_DASH = re.compile(r"\s+[-–—]\s+")
_TRAILING_COUNTER = re.compile(r"^(.{6,60}?)\s+((?:hits?|views?|reads?)\s*[:：]?\s*[\d,]+)$", re.I)


def date_in(line: str) -> str | None:
    m = re.search(DATE_VALUE, line)
    return normalise_date(m.group(1)) if m else None
