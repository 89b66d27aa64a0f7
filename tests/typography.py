"""Typographic rewrites of a page that leave its meaning as it was: quotes, dashes, spaces,
line ends, invisible characters, wrapping, headline case, compatibility forms, date shapes.

Used by bench/typography.py (the score of the read pages under each rewrite) and by the test
that the record of a page does not change under them. Each rewrite takes the page's text and
its headline (the gold title, or None) and gives the rewritten text; a headline's own words
are left alone by the rewrites that would change what the title says (date shapes).
"""

from __future__ import annotations

import calendar
import datetime
import re
import textwrap
from collections.abc import Callable
from typing import Any

__all__ = ["DATE_SHAPES", "REWRITES", "gold_headline", "rewrite", "without_body"]

Rewrite = Callable[[str, "str | None"], str]

_MONTH_NAMES = "|".join(calendar.month_name[1:])
_MONTH_NUMBER = {name: n for n, name in enumerate(calendar.month_name) if name}


def _curly(text: str, _title: str | None) -> str:
    """Straight quotes and apostrophes as a typesetter curls them."""
    text = re.sub(r"(?<=\S)'|'(?=s\b)", "\u2019", text)
    text = text.replace("'", "\u2018")
    text = re.sub(r'(?:^|(?<=[\s(\[—–-]))"', "\u201c", text, flags=re.M)
    return text.replace('"', "\u201d")


def _straight(text: str, _title: str | None) -> str:
    """Curly quotes and apostrophes as a plain keyboard types them."""
    text = re.sub("[\u2018\u2019\u02bc]", "'", text)
    return re.sub("[\u201c\u201d]", '"', text)


def _modifier(text: str, _title: str | None) -> str:
    """An apostrophe inside or after a word as the modifier letter U+02BC."""
    return re.sub(r"(?<=\w)['\u2019](?=\w|\s|$)", "\u02bc", text, flags=re.M)


def _compound(dash: str) -> Rewrite:
    """'ASEAN-Japan', 'Mekong-Lancang' joined by another dash."""
    return lambda text, _title: re.sub(r"(?<=[A-Z][A-Za-z])-(?=[A-Z])", dash, text)


def _spaced_dash(dash: str) -> Rewrite:
    """A dash set between spaces (a sentence dash, a dateline's dash) as another dash."""
    return lambda text, _title: re.sub(r"(?<=\S) (?:--|[-–—]) (?=\S)", dash, text)


def _spaces(space: str) -> Rewrite:
    """Every space between words as another space character."""
    return lambda text, _title: text.replace(" ", space)


def _tabs(text: str, _title: str | None) -> str:
    """Each line indented by a tab, and a tab after each sentence's full stop."""
    text = re.sub(r"(?<=[a-z]\.) (?=[A-Z])", "\t", text)
    return "\n".join(f"\t{line}" if line else line for line in text.split("\n"))


def _line_ends(end: str) -> Rewrite:
    return lambda text, _title: text.replace("\n", end)


def _bom(text: str, _title: str | None) -> str:
    return "\ufeff" + text


def _after_words(mark: str) -> Rewrite:
    """An invisible character after every word."""
    return lambda text, _title: re.sub(r"(?<=\w)(?= )", mark, text)


def _inside_words(mark: str) -> Rewrite:
    """An invisible character inside every word of four letters or more, after its first."""
    return lambda text, _title: re.sub(r"\b(\w)(?=\w{3})", rf"\g<1>{mark}", text)


def _line_starts(mark: str) -> Rewrite:
    return lambda text, _title: "\n".join(mark + line for line in text.split("\n"))


def _hard_wrapped(text: str, _title: str | None) -> str:
    """Lines broken at 72 columns, as text copied from a PDF or an e-mail."""
    lines = []
    for line in text.split("\n"):
        line = line.strip()
        lines.extend(textwrap.wrap(line, 72, break_long_words=False) if len(line) > 72 else [line])
    return "\n".join(lines)


def _spread(text: str, _title: str | None) -> str:
    """A blank line between every two lines."""
    return "\n\n".join(line for line in text.split("\n") if line.strip())


def _packed(text: str, _title: str | None) -> str:
    """No blank line anywhere: paragraphs one line each, none between them."""
    return "\n".join(line for line in text.split("\n") if line.strip())


def _headline(case: Callable[[str], str]) -> Rewrite:
    """The headline's lines (it and its repeats) in another case."""

    def rewrite(text: str, title: str | None) -> str:
        if not title:
            return text
        key = _key(title)
        return "\n".join(case(line) if _key(line) == key else line for line in text.split("\n"))

    return rewrite


def _title_case(line: str) -> str:
    """Every word's first letter capitalised; capitals already there kept."""
    return re.sub(r"(?<![\w'’])([a-z])", lambda m: m.group(1).upper(), line)


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text.casefold()).strip()


def _translate(table: dict[str, str]) -> Rewrite:
    trans = str.maketrans(table)
    return lambda text, _title: text.translate(trans)


_FULLWIDTH_DIGITS = {str(d): chr(0xFF10 + d) for d in range(10)}
_FULLWIDTH_PUNCTUATION = {",": "，", ":": "：", "(": "（", ")": "）", ";": "；", "%": "％"}


def _ligatures(text: str, _title: str | None) -> str:
    return text.replace("ffi", "ﬃ").replace("fi", "ﬁ").replace("fl", "ﬂ").replace("ff", "ﬀ")


# a date with its year, in the shapes pages write: ('Tuesday, ') '5(th) December(,) 2023',
# 'December 5(th), 2023', 'Dec. 5, 2023', '2023-12-05'; not the end of a range ('5-7 May')
_DATE = re.compile(
    rf"(?<![\d–—-])"
    rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{_MONTH_NAMES}),?\s+(?P<y1>\d{{4}})"
    rf"|(?P<m2>{_MONTH_NAMES})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})"
    rf"|(?P<y3>\d{{4}})-(?P<m3>\d{{2}})-(?P<d3>\d{{2}}))\b(?![–—-]\d)"
)


def _ap_month(month: int) -> str:
    """A month as news agencies abbreviate it: 'Aug.', 'Sept.', but 'March' to 'July' whole."""
    if 3 <= month <= 7:
        return calendar.month_name[month]
    return "Sept." if month == 9 else f"{calendar.month_abbr[month]}."


def _ordinal(day: int) -> str:
    suffix = "th" if 10 <= day <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


DATE_SHAPES: dict[str, Callable[[datetime.date], str]] = {
    "5 December 2023": lambda d: f"{d.day} {calendar.month_name[d.month]} {d.year}",
    "December 5, 2023": lambda d: f"{calendar.month_name[d.month]} {d.day}, {d.year}",
    "5th December, 2023": lambda d: f"{_ordinal(d.day)} {calendar.month_name[d.month]}, {d.year}",
    "Dec. 5, 2023": lambda d: f"{_ap_month(d.month)} {d.day}, {d.year}",
    "5 Dec 2023": lambda d: f"{d.day} {calendar.month_abbr[d.month]} {d.year}",
    "2023-12-05": lambda d: d.isoformat(),
    "05.12.2023": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
    "Tuesday, 5 December 2023": lambda d: (
        f"{d:%A}, {d.day} {calendar.month_name[d.month]} {d.year}"
    ),
}


def _date_of(m: re.Match[str]) -> datetime.date | None:
    if m.group("y3"):
        year, month, day = int(m.group("y3")), int(m.group("m3")), int(m.group("d3"))
    else:
        year = int(m.group("y1") or m.group("y2"))
        month = _MONTH_NUMBER[m.group("m1") or m.group("m2")]
        day = int(m.group("d1") or m.group("d2"))
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _dates(shape: Callable[[datetime.date], str]) -> Rewrite:
    """Every whole date outside the headline written in one shape."""

    def one(m: re.Match[str]) -> str:
        date = _date_of(m)
        range_end = _RANGE_START.search(m.string, 0, m.start())
        return shape(date) if date and not range_end else m.group(0)

    def rewrite_line(line: str) -> str:
        stamp = _SCRAPER_STAMP.match(line)
        start = stamp.end() if stamp else 0
        return line[:start] + _DATE.sub(one, line[start:])

    def rewrite(text: str, title: str | None) -> str:
        key = _key(title) if title else None
        lines = text.split("\n")
        return "\n".join(line if _key(line) == key else rewrite_line(line) for line in lines)

    return rewrite


# '15 – 17 November 2023', '5 and 7 May 2024': a date that ends a range stays as it is
_RANGE_START = re.compile(r"\d(?:st|nd|rd|th)?\s*(?:[-–—]|to|and|until|through)\s*$")
# ' date 2024-07-27 ...': the stamp the scraper put on the page, not the publisher's writing
_SCRAPER_STAMP = re.compile(r"^\s*date \d{4}-\d{2}-\d{2}")


REWRITES: dict[str, Rewrite] = {
    "curly quotes": _curly,
    "straight quotes": _straight,
    "apostrophe U+02BC": _modifier,
    "compound en dash": _compound("\u2013"),
    "compound em dash": _compound("\u2014"),
    "spaced hyphen": _spaced_dash(" - "),
    "spaced en dash": _spaced_dash(" \u2013 "),
    "spaced em dash": _spaced_dash(" \u2014 "),
    "closed em dash": _spaced_dash("\u2014"),
    "no-break spaces": _spaces("\u00a0"),
    "narrow no-break spaces": _spaces("\u202f"),
    "thin spaces": _spaces("\u2009"),
    "doubled spaces": _spaces("  "),
    "tabs": _tabs,
    "CRLF": _line_ends("\r\n"),
    "CR": _line_ends("\r"),
    "BOM": _bom,
    "ZWSP after words": _after_words("\u200b"),
    "ZWJ inside words": _inside_words("\u200d"),
    "U+FEFF at line starts": _line_starts("\ufeff"),
    "soft hyphens inside words": _inside_words("\u00ad"),
    "hard-wrapped at 72": _hard_wrapped,
    "blank line between lines": _spread,
    "no blank lines": _packed,
    "ALL-CAPS headline": _headline(str.upper),
    "Title Case headline": _headline(_title_case),
    "full-width digits": _translate(_FULLWIDTH_DIGITS),
    "full-width punctuation": _translate(_FULLWIDTH_PUNCTUATION),
    "ligatures": _ligatures,
    **{f"dates as '{name}'": _dates(shape) for name, shape in DATE_SHAPES.items()},
}


def rewrite(name: str, text: str, title: str | None = None) -> str:
    """The page's text under the named rewrite (text with '\\n' line ends)."""
    return REWRITES[name](text, title)


def without_body(value: Any) -> Any:
    """The record without the cleaned body, statement clauses and evidence offsets, which
    follow the text's own characters."""
    if isinstance(value, dict):
        return {k: without_body(v) for k, v in value.items() if k not in ("text", "evidence")}
    if isinstance(value, list):
        return [without_body(v) for v in value]
    return value


def gold_headline(gold: dict[str, Any]) -> str | None:
    """The gold title, or its first spelling where it gives several."""
    title = (gold.get("document") or {}).get("title")
    return (title[0] if title else None) if isinstance(title, list) else title
