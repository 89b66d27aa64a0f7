"""A series acronym after an ordinal names that meeting of the series: 'the 52nd AMM',
'the 21st AEMM'."""

from __future__ import annotations

import re
from collections import Counter

from summitry.extract.meeting_parts import (
    ORD,
    ORD_FIRST_LETTERS,
    MeetingName,
    ordinal_value,
    series_meeting,
)
from summitry.kb import KnowledgeBase

__all__ = ["ordinal_acronyms"]

# The look-ahead names every character an ordinal can begin with (a digit or the first letter
# of an ordinal word), which the engine tests far faster than the look-behind after it.
_ORD_ACRONYM = re.compile(
    rf"(?=[\d{ORD_FIRST_LETTERS}])(?<![\w-]){ORD}\s+(?P<acr>[A-Z]{{2,6}})"
    r"(?![\w(’'-]|\s+[A-Z(]|\s+(?:and|&)\s+\d)"
)


def ordinal_acronyms(text: str, kb: KnowledgeBase, page_forums: Counter[str]) -> list[MeetingName]:
    """'the 52nd AMM': of the series holding that acronym, the one of the forum the page
    talks about most; an acronym that is a forum's own ('the 24th ARF') is left to the
    forum readers, and one the page names no forum for is skipped."""
    out = []
    for m in _ORD_ACRONYM.finditer(text):
        acronym = m.group("acr")
        if kb.forum_key(acronym) or acronym in kb.forums:
            continue
        ordinal = ordinal_value(m.group("ord"))
        found = series_meeting(kb, acronym, page_forums, m.span(), acronym, ordinal)
        if found:
            out.append(found)
    return out
