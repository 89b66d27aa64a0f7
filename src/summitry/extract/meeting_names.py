"""Meeting names by shape: [ordinal] [year] [forum] [series words] HEAD [(ACRONYM)] [on TOPIC].

The forum comes from the name itself ("APEC", "ASEAN-Republic of Korea"), from what follows
it ("... of the ten member states of ASEAN"), or from the forum the page talks about most.
"""

from __future__ import annotations

import re
from collections import Counter

from summitry.extract.lookups import spans_inside_others
from summitry.extract.meeting_acronyms import ordinal_acronyms
from summitry.extract.meeting_between import forums_between
from summitry.extract.meeting_bodies import series_meetings
from summitry.extract.meeting_forms import (
    bilateral_meetings,
    family_members,
    forum_acronyms,
    forums_meeting_as_themselves,
    head_first_names,
    numbered_acronyms,
    talks_with,
)
from summitry.extract.meeting_forums import (
    after_forum_list,
    dashed_forums,
    forum_around,
    forums_named_on,
    split_forum,
    three_party_forums,
    two_countries,
)
from summitry.extract.meeting_head_names import BRACKETED, Found, names_by_head
from summitry.extract.meeting_lower import (
    leaders_outcome_meetings,
    lower_case_heads,
    meetings_of_forum_members,
    two_state_summits,
)
from summitry.extract.meeting_parts import MeetingName, host_city_words, ordinal_value
from summitry.extract.meeting_plurals import plurals_of_listed_forums
from summitry.extract.meeting_talks import met_with, talks_held, two_state_calls
from summitry.extract.patterns import POSSESSIVE
from summitry.kb import KnowledgeBase, Series
from summitry.kb.cues import meeting_cues, meeting_heads, meeting_name_words

__all__ = ["MeetingName", "meeting_names", "ordinal_value"]

_ACRONYM_AT_END = re.compile(r"\(([A-Z][A-Z+-]{1,9})\)\s*$")

_LEADING_NOISE = meeting_name_words().noise
_QUALIFIERS = meeting_name_words().qualifiers
# Words of a headline or sentence that end the words of a meeting name before them.
_BREAKS = meeting_name_words().breaks
_INNER = meeting_name_words().inner
_LEVEL_WORDS = tuple(
    (re.compile(rf"\b(?:{words})\b"), level) for words, level in meeting_name_words().levels
)


def meeting_names(text: str, kb: KnowledgeBase, matches: list | None = None) -> list[MeetingName]:
    """Every meeting named in text, in order; a bare 'the Meeting' is not one."""
    matches = kb.find(text) if matches is None else matches  # one scan, shared
    page_forums = forums_named_on(matches, kb)
    threes = three_party_forums(matches, kb)
    by_head = [
        n
        for m in names_by_head(text, dashed_forums(text, matches))
        if (n := _from_match(text, m, kb, page_forums, threes))
    ]
    family = family_members(text, by_head, kb, matches)
    selves = [
        n
        for n in forums_meeting_as_themselves(
            text, kb, matches, {n.end for n in [*by_head, *family]}
        )
        if not any(f.start <= n.start and n.end <= f.end for f in family)
    ]
    found = _outermost([*by_head, *family, *selves])
    head_first = head_first_names(text, kb, page_forums)
    if head_first:  # '24th Meeting', 'Joint Meeting' of 'the ... Meeting of ...' is that name
        found = [n for n in found if not any(h.start <= n.end - 1 < h.end for h in head_first)]
    talks = [*talks_held(text), *met_with(text, matches), *two_state_calls(text, kb)]
    if talks:  # 'held a Foreign Ministers' Meeting with': no meeting of the page's forum
        found = [n for n in found if not any(t.start <= n.start < t.end for t in talks)]
    found += talks
    found += bilateral_meetings(text)
    found += talks_with(text)
    found += forum_acronyms(text, kb, matches)
    found += head_first
    found += numbered_acronyms(text, kb, page_forums)
    found += series_meetings(text, kb, matches)
    found += lower_case_heads(text, kb, matches)
    found += forums_between(text, kb)
    found += two_state_summits(text, kb)
    found += meetings_of_forum_members(text, kb, matches)
    found += ordinal_acronyms(text, kb, page_forums)
    found += plurals_of_listed_forums(text, kb, matches)
    found += leaders_outcome_meetings(text, kb, matches)
    return sorted(found, key=lambda n: n.start)


def _outermost(names: list[MeetingName]) -> list[MeetingName]:
    """'14th East Asia Summit (EAS) Foreign Ministers' Meeting' holds a 'Summit' that is no
    meeting of its own: a name inside a longer one is dropped."""
    return [n for n, inside in zip(names, spans_inside_others(names), strict=True) if not inside]


def _from_match(
    text: str, m: Found, kb: KnowledgeBase, page_forums: Counter[str], threes: list[str]
) -> MeetingName | None:
    words, offset = after_forum_list(*_trim(m.body), m.body, kb)
    head, acronym = m.head, m.acronym or _inner_acronym(m.body, kb)
    if not words and not acronym and not m.ordinal:
        return None  # "the Meeting": a back reference, not a name
    if _SESSION_AFTER.match(text, m.end):
        return None  # "the AMM Retreat Session": a session of the meeting
    if words and _NO_MEETING.fullmatch(f"{words[-1]} {head}"):
        return None  # "the Press Conference on Outcome Documents": an event for the press
    if _PART_OF_A_TITLE.match(text, m.end):
        return None  # "head of the ASEAN SOM delegation", "the SOM Leader": an office
    if any(w.casefold() in ("bilateral", "related") for w in words):
        return None  # named by _bilateral; "Related Meetings" names no meeting
    if words and words[-1].endswith(POSSESSIVE) and text.startswith(" with ", m.end):
        core = head.lower()  # "Secretary Blinken's Meeting with ...": talks between two
        return MeetingName(m.end - len(head), m.end, core, core, core, "bilateral", "bilateral")
    qualifiers = [w for w in words if w in _QUALIFIERS]
    if qualifiers and kb.series_for(" ".join([*words, head])) is not None:
        qualifiers = []  # "Informal Senior Officials' Meeting" is a series of its own
    plain = [w for w in words if w not in qualifiers]
    whole = kb.series_for(" ".join([*plain, head]))
    if whole is not None and (  # "East Asia Summit" names its own forum
        whole.forum == "bilateral" or whole.name.casefold() != " ".join([*plain, head]).casefold()
    ):
        whole = None
    named = whole is not None
    if whole is not None and _forum_itself(text, m, kb.forum_key(whole.name)):
        return None
    forum, series_words = (whole.forum, plain) if whole is not None else split_forum(plain, kb)
    host = host_city_words(series_words, kb) if forum else []
    series_words = series_words[len(host) :]
    core = " ".join([*series_words, head])
    forum = forum or forum_around(text, (m.start, m.end), plain, core, kb, page_forums, threes)
    topic = (m.topic or "").strip()
    prefix = forum if forum and forum not in ("bilateral", core) and not named else ""
    # "ASEAN-Australia Special Summit" keeps the text's order; "Special ASEAN-ROK Summit" too
    if named:
        name = " ".join(x for x in [*words, head, topic] if x)
    else:
        lead = (
            [prefix, *qualifiers]
            if words and words[0] not in _QUALIFIERS
            else [*qualifiers, prefix]
        )
        name = " ".join(x for x in [*lead, *host, *series_words, head, topic] if x)
        name = name.replace(" -", "-")
    level = _level(" ".join([*series_words, head, acronym or ""]), kb, forum)
    if level == "other" and head == "Meeting" and series_words:
        level = _level(" ".join(series_words), kb, forum)  # "ASEAN Coordinating Council Meeting"
    # talks of two states named in the name are between two governments, whatever their rank
    ranked = level in ("ministerial", "senior_officials") and not two_countries(plain, kb)
    if forum == "bilateral" and not ranked:
        level = "bilateral"
    start = m.body_start + offset if words else m.end - len(head)
    if m.ordinal or m.year:
        start = m.start
    series = _series_of(kb, core, topic, forum)
    if acronym is None and series is not None:  # "the 15th EAS Summit": the series' acronym
        acronym = next((a for a in series.acronyms if a in words), None)
    return MeetingName(
        start,
        m.end,
        name,
        core,
        head,
        forum,
        level,
        acronym,
        ordinal_value(m.ordinal),
        series=series.name if series else None,
    )


def _series_of(kb: KnowledgeBase, core: str, topic: str, forum: str | None) -> Series | None:
    """The series a name resolves to; one with a topic ('Ministerial Meeting on Transnational
    Crime') is that topic's series, not the forum's general one."""
    if not forum or forum == "bilateral":
        return None
    return kb.series_for(f"{core} {topic}" if topic else core, forum)


_AS_EVENT = re.compile(rf"\b(?:{meeting_cues().met_at})\s+the\s+$", re.IGNORECASE)


_LISTED_AFTER_MEETING = re.compile(
    rf"(?:{meeting_heads().alternation})s?[’']?(?:\s*\([^()]{{1,12}}\))?"
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$"
)


def _forum_itself(text: str, m: Found, forum: str | None) -> bool:
    """'platforms such as the East Asia Summit (EAS)': a forum named by its meeting's name is
    the grouping, not a meeting, unless numbered or met at ('attend the East Asia Summit')."""
    if forum is None or m.ordinal or m.year:
        return False
    return not (
        _AS_EVENT.search(text, max(0, m.start - 40), m.start)
        or _LISTED_AFTER_MEETING.search(text, max(0, m.start - 40), m.start)
    )


def _trim(body: str) -> tuple[list[str], int]:
    """The words of the name proper, and their offset in body: 'Has Bilateral' -> 'Bilateral'."""
    tokens = list(
        re.finditer(
            r"\S+",
            BRACKETED.sub(lambda x: " " * len(x.group(0)), body).replace("’", "'"),
        )
    )
    keep = 0
    for i, tok in enumerate(tokens):
        if tok.group(0) in _INNER and i > keep:
            continue  # 'India-Japan Annual Summit': part of the series' name
        if tok.group(0) in _BREAKS or tok.group(0) in _LEADING_NOISE:
            keep = i + 1
    tokens = tokens[keep:]
    while tokens and tokens[0].group(0).islower():
        tokens.pop(0)
    while tokens and tokens[-1].group(0).islower():
        tokens.pop()
    return [t.group(0) for t in tokens], tokens[0].start() if tokens else 0


_SESSION_AFTER = re.compile(r"\s+Sessions?\b")
_NO_MEETING = re.compile(rf"(?i:{meeting_cues().no_meeting})")
_PART_OF_A_TITLE = re.compile(rf"\s+(?i:{meeting_cues().office_after})\b")


def _inner_acronym(body: str, kb: KnowledgeBase) -> str | None:
    """'33rd ASEAN Coordinating Council (ACC) Meeting': the acronym before the head, unless
    it is a forum's ('ASEAN-Gulf Cooperation Council (GCC) Summit')."""
    found = _ACRONYM_AT_END.findall(body)
    if not found or kb.forum_key(found[-1]) or kb.whole(found[-1], {"forum", "organization"}):
        return None
    return found[-1]


def _level(words: str, kb: KnowledgeBase, forum: str | None) -> str | None:
    series = kb.series_for(words, forum)
    if series is not None:
        return series.level
    for pattern, level in _LEVEL_WORDS:
        if re.search(pattern, words):
            return level
    return "other"
