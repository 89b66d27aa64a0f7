"""The dates of a page: every date of its body, a weekday without a date read against the
page's date, and the year that stands in for the page's date when it has none."""

from __future__ import annotations

import datetime
import re

from summitry.extract.context import Context
from summitry.extract.dates import MONTH_WORDS, WEEKDAY_NAMES, DateMention, find_dates
from summitry.extract.patterns import WordStarts, matches_from
from summitry.kb.cues import meeting_cues

__all__ = ["LATER_WORD", "date_mentions", "page_anchor"]


def date_mentions(ctx: Context) -> None:
    """Every date and date range of the body, years taken from the page date when missing."""
    anchor = page_anchor(ctx)
    ctx.dates = find_dates(ctx.text, anchor)
    if ctx.anchor is not None:
        weekdays = _weekday_dates(ctx, ctx.anchor)
        if weekdays:
            ctx.dates = sorted([*ctx.dates, *weekdays], key=lambda d: d.start)


def page_anchor(ctx: Context) -> datetime.date | None:
    """The page's date, else the end of the latest year it reports something in."""
    return ctx.anchor or _latest_year_anchor(f"{ctx.title or ''}\n{ctx.text}")


_DAY_NAME = "(" + "|".join(WEEKDAY_NAMES) + ")"
_WEEKDAYS = re.compile(
    rf"(?<![(\w])(?:(last|next|this)\s+)?{_DAY_NAME}(?:\s+(?:and|to|through|[-–])\s+{_DAY_NAME})?\b"
    r"(?!\s*(?:,\s*)?[0-9(]|,?\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))"
)
_WEEKDAY_STARTS = WordStarts(("last", "next", "this", *WEEKDAY_NAMES))  # each match opens so
LATER_WORD = re.compile(
    rf"\b(?:{meeting_cues().later}|{meeting_cues().ahead_of})\b(?!-)", re.IGNORECASE
)


def _weekday_dates(ctx: Context, published: datetime.date) -> list[DateMention]:
    """'met on Thursday', 'will take place on Saturday and Sunday': a weekday without a
    date is the one nearest the page's date, before it unless the sentence looks ahead."""
    out = []
    for m in matches_from(_WEEKDAYS, ctx.text, _WEEKDAY_STARTS(ctx.text)):
        sentence = ctx.sentence_at(m.start())
        ahead = m.group(1) == "next" or (
            m.group(1) != "last"
            and sentence is not None
            and bool(LATER_WORD.search(ctx.text, sentence.start, m.start()))
        )
        first = _nearest_weekday(published, WEEKDAY_NAMES.index(m.group(2)), ahead)
        last = first
        if m.group(3):
            last = first + datetime.timedelta(
                (WEEKDAY_NAMES.index(m.group(3)) - first.weekday()) % 7
            )
        out.append(
            DateMention(m.start(), m.end(), first, last, "day", True, first.year, first.month)
        )
    return out


def _nearest_weekday(published: datetime.date, weekday: int, ahead: bool) -> datetime.date:
    """The day of that name on or before the page's date, or on or after it looking ahead."""
    if ahead:
        return published + datetime.timedelta((weekday - published.weekday()) % 7)
    return published - datetime.timedelta((published.weekday() - weekday) % 7)


_PAST_YEAR = re.compile(rf"\b(?:{meeting_cues().began})\b[^.]{{0,45}}$", re.IGNORECASE)
_LATER_YEAR = re.compile(
    rf"\b(?:{meeting_cues().later}|{meeting_cues().later_year}|{meeting_cues().ahead_of})\b"
    r"[^.;]{0,90}$",
    re.IGNORECASE,
)
# A year of its own: not one end of a span ('2013-2015', '2018 – 2022'), not in an amount
# A year (1950-2099) standing alone; the look-behinds follow each branch's first digit, so
# the engine skips to the 1s and 2s of the page instead of trying every position.
_YEAR = re.compile(
    r"(?:1(?<![\w$.,/–—−-]1)9[5-9]\d|2(?<![\w$.,/–—−-]2)0\d\d)(?![\w%]|\s*[-–—−]\s*\d)"
)
_SPAN_BEFORE = re.compile(r"\d\s*[-–—−]\s*$")
# 'APEC 2019', 'Vision 2025', 'Seoul Declaration 2012': a year in a name is an edition's or a
# goal's, not the page's; a month before it is no name ('November 2019')
_NAME_BEFORE = re.compile(r"\b([A-Z][\w-]*)\s+$")
_PLAN_AFTER = re.compile(rf"\s+(?:{meeting_cues().year_names})\b", re.IGNORECASE)


def _latest_year_anchor(text: str):
    """With no page date, the latest year the text gives for something it reports stands in
    (its 'this year'): not a year something began ('since 1989') or one still to come ('set
    to take place in 2020'), nor a span of years or one in a name ('Vision 2025')."""
    latest = None
    for m in _YEAR.finditer(text):
        year = int(m.group())
        if latest is not None and year <= latest:
            continue
        before = text[max(0, m.start() - 90) : m.start()]
        name = _NAME_BEFORE.search(before)
        if (
            _PAST_YEAR.search(before)
            or _LATER_YEAR.search(before)
            or _SPAN_BEFORE.search(before)
            or (name is not None and name.group(1)[:3].lower() not in MONTH_WORDS)
            or _PLAN_AFTER.match(text, m.end())
        ):
            continue
        latest = year
    return datetime.date(latest, 12, 31) if latest else None
