"""Meeting cue words (kb/meeting_cues.yaml) as regex alternations for the extractors, and the
words of meeting names: head nouns, qualifiers, noise before a name, levels."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from summitry.kb import data

__all__ = [
    "MeetingCues",
    "MeetingHeads",
    "MeetingNameWords",
    "meeting_cues",
    "meeting_heads",
    "meeting_name_words",
]

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
    "same_week",
    "part_of",
    "held_talks",
    "office_after",
    "not_met_after",
    "virtual",
    "hybrid",
    "bilateral_nouns",
    "bilateral_means",
    "travelled",
    "travel_for",
    "visit_words",
    "met_with",
)
# Lists of the words of meeting names, read by meeting_heads() and meeting_name_words().
_WORD_KEYS = (
    "meeting_heads",
    "plural_heads",
    "common_word_heads",
    "unnamed_meeting",
    "not_meeting_after",
    "member_groups",
    "qualifiers",
    "name_noise",
    "name_inner",
    "name_breaks",
    "name_levels",
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
    same_week: str
    part_of: str
    held_talks: str
    office_after: str
    not_met_after: str
    virtual: str
    hybrid: str
    bilateral_nouns: str
    bilateral_means: str
    travelled: str
    travel_for: str
    visit_words: str
    met_with: str


NOTHING = "(?!)"  # a regex alternative that never matches: an empty word list's


def alternation(phrases: list[str]) -> str:
    """'participat*' -> 'participat\\w*', 'took part' -> 'took\\s+part'; longest first; an
    empty list gives a pattern that matches nothing."""
    out = []
    for phrase in sorted(map(str, phrases), key=len, reverse=True):
        words = [
            re.escape(w.removesuffix("*")) + (r"\w*" if w.endswith("*") else "")
            for w in phrase.split()
        ]
        out.append(r"\s+".join(words))
    return "|".join(out) or NOTHING


@functools.cache
def meeting_cues() -> MeetingCues:
    """The cue lists, loaded once."""
    doc = data.read_yaml("meeting_cues")
    unknown = set(doc) - set(_KEYS) - set(_WORD_KEYS)
    if unknown:
        raise ValueError(f"meeting_cues.yaml: unexpected keys {sorted(unknown)}")
    return MeetingCues(**{key: alternation(doc[key]) for key in _KEYS})


def _longest_first(words: object) -> tuple[str, ...]:
    """A YAML list as strings, longest first, so no word is cut short by a shorter one."""
    return tuple(sorted(map(str, words or ()), key=len, reverse=True))  # type: ignore[call-overload]


@dataclass(frozen=True, slots=True)
class MeetingHeads:
    """The head nouns of meeting names (meeting_heads) and the forms patterns need."""

    words: tuple[str, ...]  # as names write them: 'Consultation', 'Meeting'
    plural_kept: frozenset[str]  # plurals that stay in a name: 'Consultations'
    lower: tuple[str, ...]  # heads that name a meeting in lower case: 'meeting', 'summit'
    unnamed: tuple[str, ...]  # other words for a meeting left unnamed: 'talks'

    @property
    def forms(self) -> tuple[str, ...]:
        """Each head as a regex, a kept plural's 's' optional: 'Meeting', 'Consultations?'."""
        return tuple(f"{w}s?" if f"{w}s" in self.plural_kept else w for w in self.words)

    @property
    def alternation(self) -> str:
        """'Consultations?|Conference|...|Summit': one head, its plural 's' not included."""
        return "|".join(self.forms)

    @property
    def spellings(self) -> tuple[str, ...]:
        """Every word a match of alternation + 's?' can be: 'Meeting', 'Meetings', ..."""
        plural = (f"{w}s" for w in (*self.words, *sorted(self.plural_kept)))
        return (*self.words, *plural)


@functools.cache
def meeting_heads() -> MeetingHeads:
    """The head nouns of meeting_cues.yaml, loaded once."""
    doc = data.read_yaml("meeting_cues")
    words = _longest_first(doc.get("meeting_heads"))
    common = frozenset(map(str, doc.get("common_word_heads") or ()))
    return MeetingHeads(
        words=words,
        plural_kept=frozenset(map(str, doc.get("plural_heads") or ())),
        lower=tuple(w.lower() for w in words if w not in common),
        unnamed=_longest_first(doc.get("unnamed_meeting")),
    )


@dataclass(frozen=True, slots=True)
class MeetingNameWords:
    """Words around and inside a meeting's name that are not its series or head."""

    qualifiers: frozenset[str]  # 'Special', 'Informal'
    noise: frozenset[str]  # before a name, no part of it: 'During', 'Annual'
    inner: frozenset[str]  # noise that stays after a word of the name: 'Annual'
    breaks: frozenset[str]  # end the name words before them: 'Attends', 'Sidelines'
    levels: tuple[tuple[str, str], ...]  # (alternation of a level's words, level), in order
    not_after: str  # alternation: right after a head, no meeting ('Summit Hall')
    member_groups: tuple[str, ...]  # who meets: 'foreign ministers', in the file's order


@functools.cache
def meeting_name_words() -> MeetingNameWords:
    """The name word lists of meeting_cues.yaml, loaded once."""
    doc = data.read_yaml("meeting_cues")
    return MeetingNameWords(
        qualifiers=frozenset(map(str, doc.get("qualifiers") or ())),
        noise=frozenset(map(str, doc.get("name_noise") or ())),
        inner=frozenset(map(str, doc.get("name_inner") or ())),
        breaks=frozenset(map(str, doc.get("name_breaks") or ())),
        levels=tuple(
            (alternation(words), str(level))
            for level, words in (doc.get("name_levels") or {}).items()
        ),
        not_after=alternation(doc.get("not_meeting_after") or []),
        member_groups=tuple(map(str, doc.get("member_groups") or ())),
    )
