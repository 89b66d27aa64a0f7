"""Reported content: what a reporting verb opens ('noted that ...', 'said he hoped ...') holds
the verbs it reports; only acts coordinated with the main one ('..., and stressed') count."""

from __future__ import annotations

import re

from summitry.extract.patterns import ends_in
from summitry.kb.data import read_yaml

__all__ = [
    "COORDINATED",
    "SPEECH_VERBS",
    "bounding_acts",
    "coordinated_acts",
    "coordinated_before",
    "opens_complement",
    "says_nothing",
]

_COMPLEMENT = re.compile(r"^\s*(?:,\s*)?(?:that|how|whether)\b")
# Searched for at the end of a stretch of text; opens with the class of its first character,
# so the engine skips to it instead of trying every position.
COORDINATED = re.compile(
    r"[,\s]\s*(?:and|as well as|while|but|before|then)\s+(?:also\s+|further\s+|then\s+|"
    r"later\s+|highly\s+|again\s+)?$"
)


def opens_complement(act, after: str) -> bool:
    """'noted that ...', 'added how ...', 'said he hoped ...': what follows is reported content."""
    surface = act.surface.lower()
    if surface in SPEECH_VERBS and _BARE_CLAUSE.match(after):
        return True
    if surface in _OBJECT_SPEECH_VERBS and _OBJECT_THEN_COMPLEMENT.match(after):
        return True  # 'told Wang that ...', 'told reporters on Friday that ...'
    return surface.endswith(" that") or bool(_COMPLEMENT.match(after))


SPEECH_VERBS = frozenset(str(v) for v in read_yaml("acts")["speech_verbs"])
_OBJECT_SPEECH_VERBS = frozenset(str(v) for v in read_yaml("acts")["object_speech_verbs"])
_OBJECT_THEN_COMPLEMENT = re.compile(r"\s+(?:[\w.’'-]+\s+){1,4}?(?:that|how|whether)\b")
# 'said he hoped ...', 'said the summit's agenda attached ...', 'said China is ...': a clause
# with no 'that'
_BARE_CLAUSE = re.compile(
    r"\s+(?:(?:he|she|they|we|it|the|its|his|her|their)\s+[a-z]"
    r"|[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,3}\s+(?:is|are|was|were|has|have|had"
    r"|will|would|shall|should|must|can|could|may|[a-z]+s)\b)"  # 'said Vietnam attaches'
)


def says_nothing(act, after: str) -> bool:
    """'X said in his welcome remarks at the opening ceremony.': only where and when, no
    content; what he said is reported elsewhere (the paragraph before, a quotation after)."""
    surface = act.surface.lower()
    if _REMARKS_BACK.fullmatch(surface):  # 'Wang made the remarks while chairing ...'
        return bool(_WHEN_OR_WHERE.match(after))
    return surface in SPEECH_VERBS and bool(_ONLY_CIRCUMSTANCE.fullmatch(after))


# remarks already reported, said back: 'made the remarks', 'made these remarks'
_REMARKS_BACK = re.compile(r"(?:made|makes|making)\s+(?:the|these|those)\s+remarks")
_WHEN_OR_WHERE = re.compile(r"\s*,?\s+(?:when|while|during|at|in|on|after|before|as)\b")


# a prepositional phrase to the sentence's end, with no 'that' and no colon or quotation
_ONLY_CIRCUMSTANCE = re.compile(r"\s+(?:in|at|during|on)\s(?:(?!\bthat\b)[^,;:“\"])*")


def bounding_acts(text: str, acts: list, act, after: str) -> list:
    """The acts that end act's clause: after 'added that ...', only the coordinated ones."""
    if opens_complement(act, after):  # 'added that the government is committed to ...'
        return coordinated_acts(text, acts, act)
    return acts


# The last word of every COORDINATED match, before its closing spaces.
_COORDINATED_LAST = (
    *("and", "as", "while", "but", "before", "then"),
    *("also", "further", "later", "highly", "again"),
)


def coordinated_before(text: str, start: int, end: int) -> bool:
    """Whether COORDINATED.search(text, start, end) matches: ', and ' closes the stretch."""
    return ends_in(text, start, end, _COORDINATED_LAST) and bool(
        COORDINATED.search(text, start, end)
    )


def coordinated_acts(text: str, acts: list, act) -> list:
    """The acts after `act` that start a clause of their own (', and stressed'): the others
    lie inside what `act` reports."""
    out, previous = [], act.end
    for other in acts:
        if other.start >= act.end:
            if coordinated_before(text, previous, other.start):
                out.append(other)
            previous = other.end
    return out
