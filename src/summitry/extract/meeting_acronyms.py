"""A series acronym after an ordinal names that meeting of the series: 'the 52nd AMM',
'the 21st AEMM'."""

from __future__ import annotations

import re
from collections import Counter

from summitry.extract.meeting_parts import (
    ORD,
    ORD_WORDS,
    MeetingName,
    ordinal_value,
    series_meeting,
)
from summitry.extract.patterns import WordStarts, digit_runs, matches_from
from summitry.kb import KnowledgeBase

__all__ = ["ordinal_acronyms"]

_ORD_ACRONYM = re.compile(
    rf"(?<![\w-]){ORD}\s+(?P<acr>[A-Z]{{2,6}})(?![\w(’'-]|\s+[A-Z(]|\s+(?:and|&)\s+\d)"
)
# Where a match may begin: the first digit of a run before 'st', 'nd', 'rd' or 'th' and a
# space (the run's last digit is found, then the run walked back), or an ordinal word of ORD
# as a word of its own.
_DIGIT_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)\s")
_ORDINAL_WORDS = WordStarts(ORD_WORDS)


def _ordinal_starts(text: str) -> list[int]:
    """Every position where _ORD_ACRONYM may match, in order (each once)."""
    starts = set(_ORDINAL_WORDS(text))
    for start, end in digit_runs(text):  # a _DIGIT_ORDINAL match opens with a run's last digit
        if _DIGIT_ORDINAL.match(text, end - 1):
            starts.add(start)
    return sorted(starts)


def ordinal_acronyms(text: str, kb: KnowledgeBase, page_forums: Counter[str]) -> list[MeetingName]:
    """'the 52nd AMM': of the series holding that acronym, the one of the forum the page
    talks about most; an acronym that is a forum's own ('the 24th ARF') is left to the
    forum readers, and one the page names no forum for is skipped."""
    out = []
    for m in matches_from(_ORD_ACRONYM, text, _ordinal_starts(text)):
        acronym = m.group("acr")
        if kb.forum_key(acronym) or acronym in kb.forums:
            continue
        ordinal = ordinal_value(m.group("ord"))
        found = series_meeting(kb, acronym, page_forums, m.span(), acronym, ordinal)
        if found:
            out.append(found)
    return out
