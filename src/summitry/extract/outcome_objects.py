"""The names an outcome verb acts on: initiatives found on the page, read forwards from the
verb's object ("adopted the “Seoul Declaration 2012” and the “Action Plan (2013-2015)”") or
backwards from a passive ("the X and the Y, which were adopted").
"""

from __future__ import annotations

import re

from summitry.extract.context import Mention

__all__ = ["Spans", "chain_after", "chain_before", "initiative_spans"]

Spans = dict[int, tuple[int, str]]  # start -> (end, initiative name), the longest at a start

# Words between a verb and its object's name: 'the new', 'a draft 4th', 'its “'.
_LEAD = re.compile(
    r"(?:(?:the|a|an|its|their|this|these|two|three|new|draft|final|revised|updated|joint|"
    r"\d+(?:st|nd|rd|th))\s+|[“\"‘(])*"
)
# Between two names of one object: ', ', ' and the ', '” and the “', '” and “the ',
# ' as well as the '.
_GAP = re.compile(
    r"[”\"’)]?\s*(?:,\s*)?(?:(?:and|as well as|&)\s+)?(?:\(\d\)\s*)?"
    r"[“\"‘]?(?:(?:the|its|a|an|new|draft)\s+)?[“\"‘]?"
)
# Between a name and its passive verb: ' ', '” ', ', which ', ', that '.
_BEFORE_VERB = re.compile(r"[”\"’)]?\s*(?:,\s*(?:which|that)\s+|,\s*)?")


def initiative_spans(initiatives: list[Mention]) -> Spans:
    """Every span of every initiative, by start; where two start together, the longer."""
    spans: Spans = {}
    for mention in initiatives:
        for start, end in mention.spans:
            if start not in spans or spans[start][0] < end:
                spans[start] = (end, mention.name)
    return spans


def chain_after(text: str, spans: Spans, pos: int) -> list[tuple[str, int, int]]:
    """The names that open the text at pos, one after another: 'the X, the Y and the Z'."""
    out: list[tuple[str, int, int]] = []
    at = _LEAD.match(text, pos).end()  # type: ignore[union-attr]
    while at in spans:
        end, name = spans[at]
        out.append((name, at, end))
        at = _GAP.match(text, end).end()  # type: ignore[union-attr]
        if at == end:
            break
    return out


def chain_before(text: str, spans: Spans, pos: int) -> list[tuple[str, int, int]]:
    """The names that end the text just before pos, in order: 'the X and the Y, which'."""
    ends = {end: (start, name) for start, (end, name) in spans.items()}
    last = _last_end_before(text, ends, pos)
    out: list[tuple[str, int, int]] = []
    while last is not None:
        start, name = ends[last]
        out.insert(0, (name, start, last))
        last = _previous_end(text, ends, start)
    return out


def _last_end_before(text: str, ends: dict[int, tuple[int, str]], pos: int) -> int | None:
    """The end of a name that the words before pos follow directly (' ', ', which ')."""
    for end in range(pos, max(-1, pos - 12), -1):
        if end in ends:
            gap = _BEFORE_VERB.match(text, end)
            return end if gap and gap.end() >= pos else None
    return None


def _previous_end(text: str, ends: dict[int, tuple[int, str]], start: int) -> int | None:
    """The end of a name joined to the one at start by ', ' or ' and the '."""
    for end in range(start - 1, max(-1, start - 20), -1):
        if end in ends:
            gap = _GAP.match(text, end)
            return end if gap and gap.end() == start and gap.end() > end else None
    return None
