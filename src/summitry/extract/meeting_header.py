"""The header of a chairman's statement or press release: under the meeting's name, a line
holding only a date ('25 July 2016'), one holding only a place ('Vientiane, Laos') and one
holding only a quoted phrase, the theme ('“Turning Vision into Reality ...”')."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from summitry.extract.context import Context
from summitry.extract.dates import DateMention
from summitry.extract.places import Place
from summitry.kb import KnowledgeBase
from summitry.kb.vocab import venue_words

__all__ = ["header_dates", "header_place", "header_theme", "name_line_place"]

_BODY_LINE = 200  # a line this long is prose: the header has ended
_REACH = 4  # lines (not blank) under a meeting's name that still belong to its header
_LINE = re.compile(r"[^\n]*")
_DATE_LINE_REST = re.compile(r"[\s,.()]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?[\s,.()]*")


def _header_lines(text: str, name_starts: list[int], top: bool) -> Iterator[tuple[int, int]]:
    """(start, end) of each header line within a few lines under one naming a meeting (or
    under the title, when top: the title names the page's meeting)."""
    since = 0 if top else None
    first = True
    names = sorted(name_starts)
    for m in _LINE.finditer(text):
        line = m.group(0).strip()
        if len(line) > _BODY_LINE:
            return
        if not line:
            continue
        i = bisect.bisect_left(names, m.start())
        named = i < len(names) and names[i] < m.end()  # a name begins on the line
        if first and since is None:  # the page's first line is its header too
            first = False
            yield m.start(), m.end()
            since = 0 if named else None
            continue
        first = False
        if named:
            since = 0
            continue
        if since is not None and since < _REACH:
            since += 1
            yield m.start(), m.end()


def header_dates(ctx: Context, name_starts: list[int], top: bool) -> list[DateMention]:
    """Day dates that fill a header line on their own: the meeting's date, when nothing
    in the body dates it."""
    lines = list(_header_lines(ctx.text, name_starts, top))  # one after another, apart
    starts = [start for start, _ in lines]
    days = _DayDates(ctx)
    out = []
    for date in ctx.dates:
        if date.precision != "day" or date.first is None:
            continue
        i = bisect.bisect_right(starts, date.start) - 1
        if i < 0:
            continue
        start, end = lines[i]
        if date.start < end and _only(ctx.text, start, end, date.start, date.end):
            out.append(date)
        elif (
            date.start < end
            and (found := _date_and_place(ctx, days, start, end))
            and found[0] is date
        ):
            out.append(date)  # 'on 16 June 2018, Shangri-La Hotel, Bangkok'

    return out


def header_place(
    ctx: Context, name_starts: list[int], top: bool, kb: KnowledgeBase
) -> Place | None:
    """'Vientiane, Laos', 'MANILA, THE PHILIPPINES', 'on 16 June 2018, Shangri-La Hotel,
    Bangkok': a header line that is a city, its state, a venue and a date, and nothing else."""
    days = _DayDates(ctx)
    for start, end in _header_lines(ctx.text, name_starts, top):
        if place := _place_between(ctx, days, start, end, kb):
            return place
    return None


def name_line_place(ctx: Context, spans: list[tuple[int, int]], kb: KnowledgeBase) -> Place | None:
    """'Informal Senior Officials' Meeting Santiago, Chile | 14 December 2018': a line that
    after the meeting's name holds its place (and date) and nothing else."""
    text, days = ctx.text, _DayDates(ctx)
    for start, end in spans:
        stop = text.find("\n", end)
        stop = len(text) if stop < 0 else stop
        short = end < stop and stop - text.rfind("\n", 0, start) <= _BODY_LINE
        if short and (place := _place_between(ctx, days, end, stop, kb)):
            return place
    return None


def _place_between(
    ctx: Context, days: _DayDates, start: int, end: int, kb: KnowledgeBase
) -> Place | None:
    found = _date_and_place(ctx, days, start, end)
    city = found[1].city if found is not None else None
    if found is None or city is None:
        return None
    names = {name.casefold(): name for name in kb.cities}
    return Place(names.get(city.casefold(), city), found[1].country, found[1].venue)


_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_GLUE = rf"(?:\s|[,.|()]|\b(?:on|in|at|the|THE)\b|{_WEEKDAY})*"
_BETWEEN = re.compile(_GLUE)
_VENUE_BETWEEN = re.compile(
    rf"{_GLUE}(?P<venue>(?:[A-Z][\w’'.&-]*\s+){{0,6}}(?:{'|'.join(venue_words().heads)})),?\s*"
)


class _DayDates:
    """The page's day dates, found by where they start."""

    def __init__(self, ctx: Context) -> None:
        self._dates = sorted((d for d in ctx.dates if d.precision == "day"), key=lambda d: d.start)
        self._starts = [d.start for d in self._dates]

    def within(self, start: int, end: int) -> list[DateMention]:
        i = bisect.bisect_left(self._starts, start)
        j = bisect.bisect_left(self._starts, end)
        return [d for d in self._dates[i:j] if d.end <= end]


def _date_and_place(
    ctx: Context, days: _DayDates, start: int, end: int
) -> tuple[DateMention | None, Place] | None:
    """The day date and the place of a line holding nothing else: a city and its state, a
    venue, a date, each at most once, in any order."""
    dates = days.within(start, end)
    if len(dates) > 1:
        return None
    spans = [(d.start, d.end) for d in dates]
    places = [
        mt
        for mt in ctx.matches_in(start, end)
        if mt.kind in ("city", "country") and not any(a <= start + mt.start < b for a, b in spans)
    ]
    if not places or len({mt.key for mt in places}) != 1:
        return None
    cities = [mt for mt in places if mt.kind == "city"]
    spans = sorted([*spans, *((start + mt.start, start + mt.end) for mt in places)])
    venue, at = None, start
    for a, b in [*spans, (end, end)]:
        if a < at:
            return None
        if not _BETWEEN.fullmatch(ctx.text, at, a):
            m = _VENUE_BETWEEN.fullmatch(ctx.text, at, a)
            if m is None or venue is not None:
                return None
            venue = m.group("venue")
        at = b
    city = cities[0].surface if cities else None
    return (dates[0] if dates else None), Place(city, places[0].key, venue)


def _only(text: str, start: int, end: int, d_start: int, d_end: int) -> bool:
    """Nothing but the date (and a weekday) on the line."""
    before, after = text[start:d_start], text[d_end:end]
    return bool(_DATE_LINE_REST.fullmatch(before) and _DATE_LINE_REST.fullmatch(after))


_QUOTED_LINE = re.compile(r"\s*[“\"](?P<theme>[^”\"\n]{8,150}?)[”\"]\s*")


def header_theme(ctx: Context, name_starts: list[int], top: bool) -> str | None:
    """A header line that is a quoted phrase and nothing else: the meeting's theme."""
    for start, end in _header_lines(ctx.text, name_starts, top):
        m = _QUOTED_LINE.fullmatch(ctx.text, start, end)
        if m:
            return m.group("theme").strip()
    return None
