"""Dates and date ranges in English press-release prose, found with targeted patterns.

dateparser's search over a whole page reads view counters ("2162") and ordinals
("the 35th") as dates, so only the shapes dates take in diplomatic releases count here.
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass

from summitry.clean import dates as clean_dates
from summitry.clean.dates import day_first

__all__ = ["DATE_WORD", "DateMention", "find_dates", "iso"]

# -- every date shape, in one place ------------------------------------------------------

FIRST_YEAR, LAST_YEAR = 1945, 2100  # a 4-digit number outside these is never a year
FUTURE_DAYS = 274  # a yearless date further than ~9 months after the page date is last year's

_MONTH_NAMES = [calendar.month_name[number] for number in range(1, 13)]
MONTH_NUMBERS = {name[:3].lower(): number for number, name in enumerate(_MONTH_NAMES, 1)}
WEEKDAY_NAMES = tuple(calendar.day_name)  # Monday first, as _MONTH_NAMES: the C locale
# A word that opens a date ("April", "Friday", "Sept"): no topic of a meeting name starts so.
DATE_WORD = r"(?:(?:" + "|".join([*_MONTH_NAMES, *WEEKDAY_NAMES, "Sept"]) + r")\b|[A-Z][a-z]{2}\.)"

_MONTH = (  # "November", "Nov", "Nov.", "NOVEMBER"; a full name never takes the full stop
    "(?:"
    + "|".join(
        f"{n[:3]}(?:{n[3:]}|\\.)?" if n[3:] else n
        for n in [*_MONTH_NAMES, *(n.upper() for n in _MONTH_NAMES)]
    )
    + r"|Sept\.?|SEPT\.?)(?![A-Za-z])"
)
_DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9A-Za-z])"
_YEAR = r"(?:19[4-9][0-9]|20[0-9][0-9]|2100)(?![0-9])"
_WEEKDAY = r"(?:\s*\((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\))?"  # "(Wed)" is skipped
_TO = r"(?:\s*[-–—~]\s*|\s+(?:to|until|till|through|thru)\s+)"
_AND = r"\s+(?:and|&)\s+"
_COMMA_YEAR = r",?\s+"
_NUMBER_START = r"(?<![\w.,:/\-–—])"  # not inside "2,162", "19:40", "COVID-19"
_NOT_A_YEAR_AFTER = r"(?!\s*[-–—/]\s*[0-9]|[.,][0-9]|\s*%)"  # "2021-2025", "2019.5", "2019 %"

_ISO = (
    rf"{_NUMBER_START}(?P<iy>{_YEAR})(?P<isep>[-/.])(?P<im>1[0-2]|0?[1-9])(?P=isep)"
    r"(?P<id>3[01]|[12][0-9]|0?[1-9])(?![0-9])"
)
_NUMERIC = (  # "05.12.2023", "28/07/2024": day and month by clean.dates.day_first
    rf"{_NUMBER_START}(?P<nf>3[01]|[12][0-9]|0?[1-9])(?P<nsep>[./])"
    rf"(?P<ns>3[01]|[12][0-9]|0?[1-9])(?P=nsep)(?P<ny>{_YEAR})"
)
_MONTH_DAY = (  # "November 14, 2024", "March 10 (Wed) to 12 (Fri)", "Nov 30 - Dec 2, 2022"
    rf"(?P<a_m1>{_MONTH})\s*(?P<a_d1>{_DAY}){_WEEKDAY}(?:{_COMMA_YEAR}(?P<a_y1>{_YEAR}))?"
    rf"(?:(?:{_TO}(?:(?P<a_m2>{_MONTH})\s*)?|{_AND})(?P<a_d2>{_DAY}){_WEEKDAY}"
    rf"(?:{_COMMA_YEAR}(?P<a_y2>{_YEAR}))?)?"
)
_DAY_MONTH = (  # "14 November 2024", "15 – 16 November 2022", "30 November - 2 December 2022"
    rf"{_NUMBER_START}(?P<b_d1>{_DAY}){_WEEKDAY}"
    rf"(?:\s+(?:of\s+)?(?P<b_m1>{_MONTH})(?:{_COMMA_YEAR}(?P<b_y1>{_YEAR}))?)?"
    rf"(?:(?:{_TO}|{_AND})(?P<b_d2>{_DAY}){_WEEKDAY})?"
    rf"\s+(?:of\s+)?(?P<b_m2>{_MONTH})(?:{_COMMA_YEAR}(?P<b_y2>{_YEAR}))?{_WEEKDAY}"
)
_MONTH_YEAR = rf"(?P<c_m>{_MONTH}),?\s+(?:of\s+)?(?P<c_y>{_YEAR})"
_MONTH_ALONE = rf"(?P<d_m>{_MONTH})(?!\s*,?\s*[0-9])"  # "since April": needs MONTH_CONTEXT
_YEAR_ALONE = rf"(?P<e_y>{_YEAR}){_NOT_A_YEAR_AFTER}"  # "in 2019": needs YEAR_CONTEXT

# Order matters: at one position the first shape that fits wins.
DATE_PATTERN = re.compile(
    "|".join(
        f"(?:{p})"
        for p in (_ISO, _NUMERIC, _MONTH_DAY, _DAY_MONTH, _MONTH_YEAR, _MONTH_ALONE, _YEAR_ALONE)
    )
)
# Words that must stand right before a bare month or year for it to count as a date.
MONTH_CONTEXT = re.compile(  # "in April", "In April", "since April", "mid-April"
    r"(?ai:\b(?:in|since|until|till|by|during|from|to|through|throughout|before|after"
    r"|early|late|end\s+of|beginning\s+of|start\s+of|this|last|next)\s+|\bmid-)\Z"
)
YEAR_CONTEXT = re.compile(
    r"(?ai:\b(?:in|since|until|till|by|during|from|through|throughout|before|after"
    r"|early|late|end\s+of|beginning\s+of|start\s+of|the\s+year)\s+|\bmid-)\Z"
)
# Where a date can begin: a digit run or a word that may be a month. Starting with a
# character class lets `re` skip ahead in C, which keeps a page well under a millisecond.
MONTH_WORDS = frozenset(clean_dates.MONTH_WORDS)  # 'september', 'sept', 'sep'
# A word is a candidate only when it is a month word in some case (ASCII letters, as
# str.lower() reads a run of them): the look-ahead reads the rest of the word after its
# first letter, so `re` passes over other capitalised words without a Python step for each.
_MONTH_RESTS = "|".join(
    f"(?<={first.upper()})(?:{'|'.join(sorted(w[1:] for w in MONTH_WORDS if w[0] == first))})"
    for first in sorted({w[0] for w in MONTH_WORDS})
)
CANDIDATE = re.compile(
    r"[0-9JFMASOND](?<![0-9A-Za-z][0-9JFMASOND])"
    rf"(?:(?<=[0-9])|(?=(?ai:{_MONTH_RESTS})(?![0-9A-Za-z])))[0-9A-Za-z]*"
)
CONTEXT_REACH = 24  # chars looked back for MONTH_CONTEXT / YEAR_CONTEXT

Day = tuple[int, int, int | None]  # month, day, year as written (None: no year given)


# never changed once made; not frozen, which sets each field through object.__setattr__
@dataclass(slots=True, unsafe_hash=True)
class DateMention:
    """One date or date range in the text; month- and year-only mentions carry no dates."""

    start: int  # char offsets of the whole expression in the text
    end: int
    first: datetime.date | None  # None when only a month or year is given
    last: datetime.date | None  # == first for a single day
    precision: str  # "day" | "month" | "year"
    year_inferred: bool  # True when the year came from the anchor date, not the text
    year: int | None = None  # the year meant, also for month- and year-only mentions
    month: int | None = None  # the (first) month meant, when the text names one


def iso(d: datetime.date | None) -> str | None:
    """ISO 8601 text of a date, passing None through (record fields are nullable)."""
    return d.isoformat() if d is not None else None


def find_dates(text: str, anchor: datetime.date | None = None) -> list[DateMention]:
    """Every date, date range, month and year mention in `text`, in order.

    `anchor` is the page's published date; it supplies the year where the text gives none.
    """
    mentions: list[DateMention] = []
    taken = 0
    for token in CANDIDATE.finditer(text):
        word = token.group()
        if token.start() < taken or (word[0].isalpha() and word.lower() not in MONTH_WORDS):
            continue
        match = DATE_PATTERN.match(text, token.start())
        mention = _mention(match, text, anchor) if match else None
        if match is not None and mention is not None:
            mentions.append(mention)
            taken = match.end()
    return mentions


def _mention(m: re.Match[str], text: str, anchor: datetime.date | None) -> DateMention | None:
    """Turn one pattern match into a mention, or None when it names no real date."""
    if m["iy"]:
        resolved = _resolve((int(m["im"]), int(m["id"]), int(m["iy"])), None, None)
        return _day_mention(m.start(), m.end(), resolved) if resolved else None
    if m["ny"]:
        first, second = int(m["nf"]), int(m["ns"])
        month, day = (second, first) if day_first(first, second, m["nsep"]) else (first, second)
        resolved = _resolve((month, day, int(m["ny"])), None, None)
        return _day_mention(m.start(), m.end(), resolved) if resolved else None
    if m["a_m1"]:
        return _month_day_mention(m, anchor)
    if m["b_m2"]:
        return _day_month_mention(m, anchor)
    if m["c_m"]:
        year = int(m["c_y"])
        if not FIRST_YEAR <= year <= LAST_YEAR:
            return None
        return DateMention(m.start(), m.end(), None, None, "month", False, year, _month(m["c_m"]))
    if m["d_m"]:
        if not _preceded_by(MONTH_CONTEXT, text, m.start()):
            return None
        month = _month(m["d_m"])
        inferred = _infer_year(month, 1, anchor) if anchor else None
        if inferred is not None and not FIRST_YEAR <= inferred <= LAST_YEAR:
            return None
        return DateMention(
            m.start(), m.end(), None, None, "month", inferred is not None, inferred, month
        )
    year = int(m["e_y"])
    if not FIRST_YEAR <= year <= LAST_YEAR or not _preceded_by(YEAR_CONTEXT, text, m.start()):
        return None
    return DateMention(m.start(), m.end(), None, None, "year", False, year)


def _preceded_by(context: re.Pattern[str], text: str, start: int) -> bool:
    """True when a context word ("in", "since") ends right before `start`."""
    return context.search(text, max(0, start - CONTEXT_REACH), start) is not None


def _month_day_mention(m: re.Match[str], anchor: datetime.date | None) -> DateMention | None:
    """'March 10 (Wed) to 12 (Fri)'; an impossible range falls back to its first day."""
    month = _month(m["a_m1"])
    first_day = (month, _day(m["a_d1"]), _int(m["a_y1"]))
    if m["a_d2"]:
        last_day = (_month(m["a_m2"]) if m["a_m2"] else month, _day(m["a_d2"]), _int(m["a_y2"]))
        resolved = _resolve(first_day, last_day, anchor)
        if resolved:
            return _day_mention(m.start(), m.end(), resolved)
    resolved = _resolve(first_day, None, anchor)
    if not resolved:
        return None
    first_end = m.end("a_y1") if m["a_y1"] else m.end("a_d1")
    return _day_mention(m.start(), first_end, resolved)


def _day_month_mention(m: re.Match[str], anchor: datetime.date | None) -> DateMention | None:
    """'14 November 2024', '15 – 16 November 2022', '30 November - 2 December 2022'."""
    month = _month(m["b_m1"] or m["b_m2"])
    year = _int(m["b_y1"] if m["b_d2"] else m["b_y2"])  # a single day's year comes last
    first_day = (month, _day(m["b_d1"]), year)
    last_day = (_month(m["b_m2"]), _day(m["b_d2"]), _int(m["b_y2"])) if m["b_d2"] else None
    resolved = _resolve(first_day, last_day, anchor)
    return _day_mention(m.start(), m.end(), resolved) if resolved else None


def _day_mention(
    start: int, end: int, resolved: tuple[datetime.date | None, datetime.date | None, bool]
) -> DateMention:
    """A day-precision mention; year and month come from the first day when known."""
    first, last, inferred = resolved
    year, month = (first.year, first.month) if first else (None, None)
    return DateMention(start, end, first, last, "day", inferred, year, month)


def _resolve(
    first_day: Day, last_day: Day | None, anchor: datetime.date | None
) -> tuple[datetime.date | None, datetime.date | None, bool] | None:
    """Dates of a day or day range, years filled in from each other or the anchor.

    None when a date is impossible (Feb 30) or the range runs backwards.
    """
    (m1, d1, y1), (m2, d2, y2) = first_day, last_day or first_day
    wraps = m2 < m1  # "30 December - 2 January"
    inferred = False
    if y1 is None and y2 is None:
        if anchor is None:  # no year anywhere: keep the mention, check the days in a leap year
            ok = _date(2000, m1, d1) and _date(2000, m2, d2) and not wraps
            return (None, None, False) if ok else None
        y1, inferred = _infer_year(m1, d1, anchor), True
    y1, y2 = _both_years(y1, y2, wraps)
    if not (FIRST_YEAR <= y1 <= LAST_YEAR and FIRST_YEAR <= y2 <= LAST_YEAR):
        return None
    first, last = _date(y1, m1, d1), _date(y2, m2, d2)
    if first is None or last is None or last < first:
        return None
    return first, last, inferred


def _both_years(y1: int | None, y2: int | None, wraps: bool) -> tuple[int, int]:
    """The years of a range's two ends, each filled from the other (one at least is given)."""
    if y1 is not None:
        return y1, (y2 if y2 is not None else y1 + wraps)
    if y2 is not None:
        return y2 - wraps, y2
    raise ValueError("a date range with no year")


def _infer_year(month: int, day: int, anchor: datetime.date) -> int:
    """The anchor's year, or the one before when that would put the date far in the future."""
    guess = _date(anchor.year, month, min(day, 28))
    if guess is not None and (guess - anchor).days > FUTURE_DAYS:
        return anchor.year - 1
    return anchor.year


def _date(year: int, month: int, day: int) -> datetime.date | None:
    """The date, or None for an impossible one (Feb 30) instead of an exception."""
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _month(name: str) -> int:
    """'Nov.', 'November', 'NOVEMBER' -> 11."""
    return MONTH_NUMBERS[name[:3].lower()]


def _day(digits: str) -> int:
    """Leading digits of a day or year: '9th' -> 9."""
    return int(digits.rstrip("stndrh"))


def _int(digits: str | None) -> int | None:
    """A day or year, None when absent."""
    return None if digits is None else _day(digits)
