"""How a meeting took place: 'held virtually', 'in a video format' -> virtual; 'in a hybrid
format' -> hybrid (in person needs a place: extract.places)."""

from __future__ import annotations

import re

from summitry.extract.lookups import first_match
from summitry.extract.patterns import Needs
from summitry.kb.cues import meeting_cues

__all__ = ["format_between", "format_in"]

_VIRTUAL = re.compile(rf"\b(?:{meeting_cues().virtual})\b", re.IGNORECASE)
_HYBRID = re.compile(rf"\b(?:{meeting_cues().hybrid})\b", re.IGNORECASE)
# the same, less the word boundary before: at the start of a span every cue (a word) is a word
_VIRTUAL_AT = re.compile(rf"(?:{meeting_cues().virtual})\b", re.IGNORECASE)
_HYBRID_AT = re.compile(rf"(?:{meeting_cues().hybrid})\b", re.IGNORECASE)


def format_in(text: str) -> str | None:
    """'virtual', 'hybrid' or None from the words of a sentence (in person needs a place)."""
    if _HYBRID.search(text):
        return "hybrid"
    if _VIRTUAL.search(text):
        return "virtual"
    return None


def format_between(text: str, start: int, stop: int) -> str | None:
    """format_in(text[start:stop]), without copying or rescanning the span for each mention
    of a long sentence."""
    if _named(_HYBRID, _HYBRID_AT, text, start, stop):
        return "hybrid"
    if _named(_VIRTUAL, _VIRTUAL_AT, text, start, stop):
        return "virtual"
    return None


_NEEDS = {p: Needs(p) for p in (_VIRTUAL, _HYBRID)}  # to skip stretches without their words


def _named(cue: re.Pattern[str], at: re.Pattern[str], text: str, start: int, stop: int) -> bool:
    """Whether cue.search(text[start:stop]) finds one: at start the span has no word before
    it; after start the text before a match is the span's own. (at's matches are cue's, less
    the word boundary before: they hold the same words.)"""
    if _NEEDS[cue].absent(text, start, stop):
        return False
    if start < stop and at.match(text, start, stop):
        return True
    return first_match(cue, text, start + 1, stop) is not None
