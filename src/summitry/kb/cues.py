"""Meeting cue words (kb/meeting_cues.yaml) as regex alternations for the extractors."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from summitry.kb import data

__all__ = ["MeetingCues", "meeting_cues"]

_KEYS = (
    "main_verbs",
    "reported_before",
    "took_part",
    "held_after",
    "later",
    "later_year",
    "ahead_of",
    "lower_heads",
    "hosting",
    "no_meeting",
    "own_side",
    "met_at",
    "began",
    "began_on",
    "concluded",
    "under_way",
    "meeting_words",
    "year_names",
    "framing",
    "held_talks",
    "office_after",
    "not_met_after",
    "virtual",
    "hybrid",
)


@dataclass(frozen=True, slots=True)
class MeetingCues:
    """Each field: an alternation (no group, no word boundaries) of one list of the file."""

    main_verbs: str
    reported_before: str
    took_part: str
    held_after: str
    later: str
    later_year: str
    ahead_of: str
    lower_heads: str
    hosting: str
    no_meeting: str
    own_side: str
    met_at: str
    began: str
    began_on: str
    concluded: str
    under_way: str
    meeting_words: str
    year_names: str
    framing: str
    held_talks: str
    office_after: str
    not_met_after: str
    virtual: str
    hybrid: str


def alternation(phrases: list[str]) -> str:
    """'participat*' -> 'participat\\w*', 'took part' -> 'took\\s+part'; longest first."""
    out = []
    for phrase in sorted(map(str, phrases), key=len, reverse=True):
        words = [
            re.escape(w.removesuffix("*")) + (r"\w*" if w.endswith("*") else "")
            for w in phrase.split()
        ]
        out.append(r"\s+".join(words))
    return "|".join(out)


@functools.cache
def meeting_cues() -> MeetingCues:
    """The cue lists, loaded once."""
    doc = data.read_yaml("meeting_cues")
    unknown = set(doc) - set(_KEYS)
    if unknown:
        raise ValueError(f"meeting_cues.yaml: unexpected keys {sorted(unknown)}")
    return MeetingCues(**{key: alternation(doc[key]) for key in _KEYS})
