"""Join the lines of text hard-wrapped at a fixed width (copied from a PDF or an e-mail): a
line was broken where the next line's first word would not have fitted on it."""

from __future__ import annotations

import re
from functools import cache

from summitry.clean.dates import bare_date
from summitry.clean.lines import PLACE_DATE_LINE, is_metadata
from summitry.sources import lexicon

__all__ = ["unwrap_lines", "wrap_width"]

_MIN_WIDTH, _MAX_WIDTH = 40, 100
_FULL_SLACK = 20  # a wrapped line is at most this much shorter than the width
_MIN_FULL = 4  # full lines a wrapped page has at least
_ITEM = re.compile(r"^(?:[-–•·▪■►*]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s")
_SENTENCE_END = (".", "!", "?", '"', "”")


def wrap_width(lines: list[str]) -> int | None:
    """The width the page's lines were wrapped at, or None when they were not: no line is
    longer than 100 characters, and at least four full lines come within 20 of the longest
    (a full line ends mid-sentence: short lines that each end a sentence are not wrapped)."""
    width = max((len(line) for line in lines), default=0)
    if not _MIN_WIDTH <= width <= _MAX_WIDTH:
        return None
    full = sum(1 for line in lines if len(line) > width - _FULL_SLACK and not _ends_sentence(line))
    return width if full >= _MIN_FULL else None


def unwrap_lines(lines: list[str]) -> list[str]:
    """The lines with each hard-wrapped paragraph (and headline) on one line again; lines
    of a page that was not wrapped come back as they were."""
    width = wrap_width(lines)
    if width is None:
        return lines
    paragraphs: list[list[str]] = []  # each joined line's pieces, joined once at the end
    previous, head = "", True
    for line in lines:
        if previous and line and _continues(previous, line, width, head):
            if not _HYPHEN_END.search(previous):
                paragraphs[-1].append(" ")
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
        head = head and not (line and _prose(line) and len(line.split()) >= 8)
        previous = line
    return ["".join(pieces) for pieces in paragraphs]


def _continues(previous: str, line: str, width: int, head: bool) -> bool:
    """Line goes on from the line above: that line was full (this line's first word would
    not have fitted on it) and did not end a sentence before a capital, and this line is no
    date or metadata line; in the page's head (above its first line of prose), a headline in
    title case is not followed by prose."""
    first = line.split(" ", 1)[0]
    space = 0 if _HYPHEN_END.search(previous) else 1  # 'ASEAN-' then 'ROK': one word
    if len(previous) + space + len(first) <= width or _ITEM.match(line):
        return False
    if line[0].islower():
        return True
    if _stands_alone(line):
        return False
    if _open_end().search(previous):
        return True
    if _ends_sentence(previous):
        return False
    headline = head and _capitalised_share(previous) >= 0.75 and not _ITEM.match(previous)
    return not (headline and _prose(line))


@cache
def _open_end() -> re.Pattern[str]:
    """A comma or a small word of the lexicon ('of', 'the') at a line's end: a headline does
    not end on one, so a line that does goes on."""
    words = "|".join(sorted(lexicon().small_words, key=len, reverse=True))
    return re.compile(rf"(?:,|\b(?:{words}))$", re.I)


def _stands_alone(line: str) -> bool:
    """A line that goes on from no line (unless it begins in lower case): a date, a place's
    date line ('Jakarta, 11 July 2023') or a metadata line ('Posted on 5 December 2023')."""
    return bare_date(line) is not None or bool(PLACE_DATE_LINE.match(line)) or is_metadata(line)


def _ends_sentence(line: str) -> bool:
    """The line ends a sentence, not with an initial or an honorific."""
    return line.endswith(_SENTENCE_END) and not _abbreviation_end(line)


def _abbreviation_end(line: str) -> bool:
    """The line ends with an initial or an honorific ('Robert E.', 'U.S.', 'H.E.', 'Dr.'),
    not a sentence."""
    from summitry.kb import load_kb

    last = line.rpartition(" ")[2]
    return bool(_INITIALS.fullmatch(last)) or last in load_kb().honorifics


_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_HYPHEN_END = re.compile(r"[^\W\d_]-$")


def _prose(line: str) -> bool:
    """Fewer than half the line's longer words begin with a capital."""
    return _capitalised_share(line) < 0.5


def _capitalised_share(line: str) -> float:
    """The share of the line's longer words that begin with a capital ('Ministers Build on
    G20 Leaders' Momentum': 1.0); 0 for a line without such words."""
    words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
    return sum(w[0].isupper() for w in words) / len(words) if words else 0.0
