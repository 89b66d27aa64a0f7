"""Groups that act together as subjects ('the member economies', 'both sides', 'the ASEAN
Leaders'), found from their nouns (acts.yaml's group_nouns)."""

from __future__ import annotations

import re

from summitry.extract.patterns import WordStarts
from summitry.kb.data import read_yaml

__all__ = ["GROUP", "group_matches"]


def _spellings(nouns: list[str], openers: list[str]) -> tuple[str, ...]:
    """Each noun as written, then capitalised where an opener begins it, as at the start of
    a sentence: 'both sides' -> 'both sides', 'Both sides'."""
    out: list[str] = []
    for noun in nouns:
        out.append(noun)
        if noun.split(" ", 1)[0] in openers:
            out.append(noun[:1].upper() + noun[1:])
    return tuple(out)


# The nouns of groups that act together ('the member economies', 'both sides'): acts.yaml.
_ACTS = read_yaml("acts")
GROUP_NOUNS = _spellings(
    [str(n) for n in _ACTS["group_nouns"]], [str(w) for w in _ACTS["group_openers"]]
)
GROUP = re.compile(
    r"\b(?:[Tt]he\s+|[Aa]ll\s+|[Oo]ther\s+)?(?:(?P<forum>[A-Z][\w+-]*(?:\s+Plus\s+Three)?)\s+)?"
    rf"(?P<noun>{'|'.join(GROUP_NOUNS)})\b"
)
GROUP_NOUN_STARTS = WordStarts(GROUP_NOUNS)
# What may stand before a group noun within a GROUP match (a forum word may end in '-' or '+'
# right before the noun: 'ASEAN-Leaders Meeting'), up to the noun.
GROUP_LEAD = re.compile(
    r"\b(?:[Tt]he\s+|[Aa]ll\s+|[Oo]ther\s+)?"
    r"(?:[A-Z][\w+-]*(?:\s+Plus\s+Three)?\s+|[A-Z][\w+-]*[+-])?\Z"
)
LEAD_REACH = 80


def group_matches(text: str) -> list[re.Match[str]]:
    """The matches of GROUP.finditer(text), found from the group nouns: each noun is found
    first, then the match is taken from where its lead ('the', a forum word) begins."""
    out: list[re.Match[str]] = []
    pos = 0
    for noun in GROUP_NOUN_STARTS(text):
        if noun < pos:
            continue
        lead = GROUP_LEAD.search(text, lead_start(text, max(pos, noun - LEAD_REACH), noun), noun)
        m = GROUP.search(text, lead.start() if lead else noun)
        if m is None:  # cannot happen: the noun itself matches
            break
        out.append(m)
        pos = m.end()
    return out


def lead_start(text: str, lo: int, noun: int) -> int:
    """Where a GROUP_LEAD match ending at noun may begin at the earliest, from lo: the start
    of the fourth word (run of non-space) before noun, as a lead holds at most four ('the
    ASEAN Plus Three'). Searching from there finds what searching from lo finds."""
    window = text[lo:noun]
    words = window.rsplit(None, 4)
    if len(words) <= 4:
        return lo
    rest = len(words[0])  # the window before the last four words, less its closing spaces
    return lo + len(window) - len(window[rest:].lstrip())
