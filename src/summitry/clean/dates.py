"""The page's own date as scraped pages show it: stamps, bare date lines and datelines."""

from __future__ import annotations

import calendar
import datetime
import re

__all__ = [
    "DATE_VALUE",
    "MONTH_ABBREVIATIONS",
    "MONTH_WORDS",
    "WEEKDAY",
    "WEEKDAY_ABBREVIATION",
    "WEEKDAY_NAME",
    "bare_date",
    "dateline_date",
    "day_first",
    "normalise_date",
    "page_year",
    "split_date_stamp",
    "yearless_dateline_date",
]

_ISO = re.compile(r"\b(\d{4})[-./](\d{1,2})[-./](\d{1,2})\b")
_NUMERIC = re.compile(r"\b(\d{1,2})([-./])(\d{1,2})\2(\d{4})\b")
_ORDINAL = r"(?:st|nd|rd|th)?"  # '5th December, 2023', 'December 5th, 2023'
DATE_VALUE = (
    r"(\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{4}"
    rf"|\d{{1,2}}{_ORDINAL}\s+\w{{3,9}}\.?,?\s+\d{{4}}|\w{{3,9}}\.?\s+\d{{1,2}}{_ORDINAL},?\s+\d{{4}})"
)
WEEKDAY_NAME = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
WEEKDAY_ABBREVIATION = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)"  # a day's name begins so too
WEEKDAY = rf"(?:{WEEKDAY_NAME},?\s+)?"  # or none
_TIME = (
    r"(?:(?:,|\s*@|\s*\|)?\s*\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
    r"(?:\s*\(?(?:GMT|UTC)?[+-]?\d{0,2}(?::?\d{2})?\)?|\s+[A-Z]{2,4})?)?"
)
_LEADING_TIME = r"(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?,?\s+)?"
# '... 3:15 PM GMT+8 Updated 2 hours ago': the stamp of when it was last changed, after the date
_UPDATED_AGO = r"(?:\s*[|·•-]?\s*(?:last\s+)?updated\s+\d{1,3}\s+(?:minute|hour|day)s?\s+ago)?"
_BARE = re.compile(_LEADING_TIME + WEEKDAY + DATE_VALUE + _TIME + _UPDATED_AGO, re.IGNORECASE)
# ' date 2024-07-27 Vientiane – ...': a scraper's date stamp glued to the first line
_STAMP = re.compile(r"^date\s+(\d{4}-\d{2}-\d{2})(?:\s+(.+))?$", re.IGNORECASE)
# 'JAKARTA, 5 September 2023 –', 'PASAY CITY 21 September 2020 –', '23 May 2017 –'
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Za-z .'-]{1,40},\s*(?:[A-Z][a-z]+,\s*)?|[A-Z][A-Z .'-]{1,40}\s+)?"
    + DATE_VALUE
    + r"\s*(?:\([^()]{2,30}\)\s*)?(?:--|[-–—:])\s*"
)
# 'CHONGQING, June 8 (Xinhua) --', 'HANOI, Nov. 15 -': a dateline that leaves the year out
_YEARLESS = re.compile(
    r"^[A-Z][A-Za-z .'()-]{1,40},\s*(?:[A-Z][a-z]+,\s*)?"
    r"((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
    r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)"
    r"\s*(?:\([^()]{2,30}\)\s*)?(?:--|[-–—:]|\.?$)\s*"
)


# English month names and their usual abbreviations ('Sept.'), for the common shapes
# '5 September 2023' and 'September 5, 2023' read without dateparser
_MONTHS = {
    name.casefold(): number
    for number in range(1, 13)
    for name in {calendar.month_name[number], calendar.month_abbr[number]}
} | {"sept": 9}
# the months' names and abbreviations ('september', 'sept', 'sep'), longest first
MONTH_WORDS = tuple(sorted(_MONTHS, key=lambda w: (-len(w), w)))
# the abbreviations a month's name is not ('Jan', not 'May'): a full stop may follow one
MONTH_ABBREVIATIONS = tuple(
    calendar.month_abbr[n] for n in range(1, 13) if calendar.month_abbr[n] != calendar.month_name[n]
)
_DAY_MONTH_YEAR = re.compile(rf"(\d{{1,2}}){_ORDINAL}\s+([A-Za-z]{{3,9}})\.?,?\s+(\d{{4}})")
_MONTH_DAY_YEAR = re.compile(rf"([A-Za-z]{{3,9}})\.?\s+(\d{{1,2}}){_ORDINAL},?\s+(\d{{4}})")


def normalise_date(value: str) -> str | None:
    """An ISO date for a date string a page gives as its own date, else None."""
    value = value.strip()
    if m := _ISO.search(value):
        year, month, day = (int(g) for g in m.groups())
        return _iso_or_none(year, month, day)
    if m := _NUMERIC.search(value):
        return _numeric(int(m.group(1)), int(m.group(3)), int(m.group(4)), m.group(2))
    if not re.search(r"\d", value) or len(value) > 40:
        return None
    if (common := _month_name_date(value)) is not None:
        return common or None
    import dateparser

    parsed = dateparser.parse(
        value, languages=["en"], settings={"STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first"}
    )
    return parsed.date().isoformat() if parsed else None


def _month_name_date(value: str) -> str | None:
    """'5 September 2023', 'Sept. 5, 2023' as an ISO date; None when the value has another
    shape or another month word, which dateparser then reads. An impossible day ('31 June')
    gives None from both, so the answer is the same either way."""
    if m := _DAY_MONTH_YEAR.fullmatch(value):
        day, month, year = m.group(1), m.group(2), m.group(3)
    elif m := _MONTH_DAY_YEAR.fullmatch(value):
        month, day, year = m.group(1), m.group(2), m.group(3)
    else:
        return None
    number = _MONTHS.get(month.casefold())
    if number is None:
        return None
    return _iso_or_none(int(year), number, int(day)) or ""


def _numeric(first: int, second: int, year: int, sep: str) -> str | None:
    if day_first(first, second, sep):
        return _iso_or_none(year, second, first)
    return _iso_or_none(year, first, second)


def day_first(first: int, second: int, sep: str) -> bool:
    """'28/07/2024' and '05.12.2023' are day first, '08/15/2025' month first; slashes alone
    default to month first."""
    return first > 12 or (sep != "/" and second <= 12)


def _iso_or_none(year: int, month: int, day: int) -> str | None:
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def bare_date(line: str) -> str | None:
    """The date of a line that is only a date ('Saturday, 14 November 2020, 5:24 pm')."""
    m = _BARE.fullmatch(line.strip())
    return normalise_date(m.group(1)) if m else None


def split_date_stamp(line: str) -> tuple[str, str] | None:
    """(ISO date, rest of the line) for a 'date 2024-07-27 ...' stamp, else None."""
    m = _STAMP.match(line)
    if m is None or normalise_date(m.group(1)) is None:
        return None
    return m.group(1), (m.group(2) or "").strip()


def dateline_date(body: str) -> str | None:
    """The date of a dateline opening the body ("JAKARTA, 5 September 2023 – ...")."""
    m = _DATELINE.match(body[:200])
    return normalise_date(m.group(1)) if m else None


def yearless_dateline_date(line: str, page: str) -> str | None:
    """'CHONGQING, June 8 (Xinhua) --': the year is the one the rest of the page gives."""
    m = _YEARLESS.match(line)
    year = page_year(page) if m else None
    if m is None or year is None:
        return None
    return normalise_date(f"{m.group(1)} {year}")


def page_year(text: str) -> int | None:
    """The year a page speaks of most (the latest on ties), from 1990 to 2039, else None."""
    counts: dict[int, int] = {}
    for m in re.finditer(r"\b(199\d|20[0-3]\d)\b", text[:4000]):
        counts[int(m.group(1))] = counts.get(int(m.group(1)), 0) + 1
    return max(counts, key=lambda y: (counts[y], y)) if counts else None
