"""The parts every meeting-name reader shares: ordinals, the bracketed acronym and topic
after a name, and MeetingName, the meeting as named."""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from summitry.extract.dates import DATE_WORD

if TYPE_CHECKING:
    from summitry.kb import KnowledgeBase

__all__ = [
    "ORD",
    "ORD_ANY_CASE",
    "ORD_BEFORE",
    "ORD_WORDS",
    "ROMAN",
    "TAIL",
    "MeetingMention",
    "MeetingName",
    "core_key",
    "host_city_words",
    "ordinal_value",
    "series_meeting",
]

_ORDINAL_WORDS = {
    w: i
    for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
        "twentieth".split(),
        1,
    )
}
# "35th", "First", "first-ever"; a plain lowercase "the first ... hosted by" is no ordinal.
ORD = (
    r"(?P<ord>\d{1,3}(?:st|nd|rd|th)|(?:[Ff]irst-ever|[Ii]naugural|"
    + "|".join(w.capitalize() for w in _ORDINAL_WORDS)
    + r"))"
)
ORD_BEFORE = re.compile(rf"{ORD}\s+$")  # an ordinal right before a name
# The words of ORD, each as written.
ORD_WORDS = (
    "First-ever",
    "first-ever",
    "Inaugural",
    "inaugural",
    *(w.capitalize() for w in _ORDINAL_WORDS),
)
# "35th", "second": an ordinal in any case ("the second meeting was held in 2014").
ORD_ANY_CASE = r"(?P<ord>\d{1,3}(?:st|nd|rd|th)|" + "|".join(_ORDINAL_WORDS) + ")"
# "(PALM10)", "(10th EAS FMM)": the acronym in brackets after a name, its ordinal dropped;
# "on April 5", "on Friday and Saturday" is a date, not a topic
# "... Meeting (SOM3)", "... Meeting and Related Meetings (AMM/PMC)": the meeting's acronym
TAIL = re.compile(
    r"(?:(?:\s+and\s+[Rr]elated\s+[Mm]eetings(?=\s*\([A-Z]+/))?\s*\((?:\d{1,3}(?:st|nd|rd|th)\s+)?"
    r"(?P<acr>[A-Z][A-Za-z0-9+-]{1,9}(?:\s[A-Z][A-Z0-9+-]{1,9}){0,2}(?:\s\d{1,2})?)"
    r"(?:/[A-Z][A-Za-z0-9+-]{1,9})?\))?"
    rf"(?P<topic>\s+on\s+(?!{DATE_WORD})[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){{0,6}})?"
)


def tail_after(text: str, end: int) -> re.Match[str]:
    """The bracketed acronym and the topic after a meeting's name; every part of TAIL is
    optional, so it always matches, if only the empty string."""
    tail = TAIL.match(text, end)
    assert tail is not None
    return tail


# never changed once made; not frozen, which sets each field through object.__setattr__
@dataclass(slots=True, unsafe_hash=True)
class MeetingName:
    """A meeting as named: canonical name and the parts read off it."""

    start: int
    end: int
    name: str
    core: str  # series words + head, no forum, qualifier, ordinal or topic: the merge key
    head: str
    forum: str | None
    level: str | None
    acronym: str | None = None
    ordinal: int | None = None
    qualifier_past: bool = False
    series: str | None = None  # the knowledge base's series, when the name resolves to one

    def same_meeting(self, other: MeetingName) -> bool:
        if self.ordinal and other.ordinal and self.ordinal != other.ordinal:
            return False
        if self.acronym and self.acronym == other.acronym:
            return self.forum == other.forum or None in (self.forum, other.forum)
        if self.forum and other.forum and self.forum != other.forum:
            return False
        if self.series and self.series == other.series:
            return True
        return core_key(self.core) == core_key(other.core)

    def richer(self, other: MeetingName) -> MeetingName:
        """The fuller of two names for one meeting, keeping what either knows."""
        base, extra = (self, other) if len(self.name) >= len(other.name) else (other, self)
        return MeetingName(
            base.start,
            base.end,
            base.name,
            base.core,
            base.head,
            base.forum or extra.forum,
            base.level or extra.level,
            base.acronym or extra.acronym,
            base.ordinal or extra.ordinal,
            base.qualifier_past and extra.qualifier_past,
            base.series or extra.series,
        )


def core_key(core: str) -> str:
    """'Ministers Meeting', "Ministers' Meeting" and 'Ministerial Meeting' of one forum are
    one meeting's names."""
    key = core.casefold()
    if key in _TALKS:
        return "bilateral meeting"  # 'met with' and 'held talks with' on one page: one series
    return _MINISTERS.sub("ministerial meeting", key)


_MINISTERS = re.compile(r"^ministers['’]?\s+meeting$")
_TALKS = frozenset({"bilateral meeting", "bilateral meetings", "bilateral talks"})


def host_city_words(words: list[str], kb: KnowledgeBase) -> list[str]:
    """ "G20 Osaka Summit", "G20 New Delhi Summit": the host city's words opening the series
    words are in the name, not the series."""
    if not words:
        return []
    for n in (*_city_lengths(kb).get(words[0].casefold(), ()), 1):
        if len(words) >= n and kb.whole(" ".join(words[:n]), {"city"}):
            return words[:n]
    return []


@functools.cache
def _city_lengths(kb: KnowledgeBase) -> dict[str, tuple[int, ...]]:
    """The first word of each city of several words the kb knows -> their word counts,
    longest first ('new' -> (2,) for New Delhi and New York)."""
    lengths: dict[str, set[int]] = {}
    for city in kb.cities:
        words = city.split()
        if len(words) > 1:
            lengths.setdefault(words[0].casefold(), set()).add(len(words))
    return {first: tuple(sorted(n, reverse=True)) for first, n in lengths.items()}


# a Roman numeral of two letters or more ("the XVII Pacific Alliance Summit"), as Spanish,
# Portuguese and French releases number meetings; one letter ('I') is a word
ROMAN = r"(?=[IVXL]{2})L?X{0,3}(?:IX|IV|V?I{0,3})"
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}


def _roman_value(text: str) -> int:
    """'XVII' -> 17: each letter added, or taken away where a greater one follows."""
    values = [_ROMAN_VALUES[c] for c in text]
    return sum(-v if v < after else v for v, after in zip(values, [*values[1:], 0], strict=True))


def ordinal_value(text: str | None) -> int | None:
    if not text:
        return None
    if text[0].isdigit():
        return int(re.match(r"\d+", text).group(0))  # type: ignore[union-attr]
    if text.casefold() == "inaugural":
        return 1
    if re.fullmatch(ROMAN, text):
        return _roman_value(text)
    return _ORDINAL_WORDS.get(text.casefold().removesuffix("-ever"))


def series_meeting(
    kb: KnowledgeBase,
    acronym: str,
    page_forums: Counter[str],
    span: tuple[int, int],
    surface: str,
    ordinal: int | None,
) -> MeetingName | None:
    """The meeting named by a series acronym ('the 52nd AMM', 'SOM1'): of the series holding
    it, the one of the forum the page talks about most; None when the page names no forum
    that holds it."""
    held = [s for s in kb.series if acronym in s.acronyms and s.forum in page_forums]
    if not held:
        return None
    series = max(held, key=lambda s: page_forums[s.forum])
    core = series.name.removeprefix(f"{series.forum} ")
    start, end = span
    return MeetingName(
        start,
        end,
        series.name,
        core,
        core.split()[-1],
        series.forum,
        series.level,
        surface,
        ordinal,
        series=series.name,
    )


@dataclass(slots=True)
class MeetingMention:
    """One meeting of the page and every span that names or refers to it."""

    name: MeetingName
    spans: list[tuple[int, int]] = field(default_factory=list)
    in_title: bool = False
    start: str | None = None
    end: str | None = None
    city: str | None = None
    country: str | None = None
    venue: str | None = None
    format: str | None = None
    theme: str | None = None
    role: str = "mentioned"
