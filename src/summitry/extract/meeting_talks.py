"""Talks between two governments as foreign ministries and leaders' offices report them:
'President Xi met with Indian Prime Minister Modi', 'held a Summit Meeting with', 'held a
telephone talk with', and headlines such as "Japan-China Foreign Ministers' Telephone Talk"."""

from __future__ import annotations

import bisect
import re
from functools import cache

from summitry.extract.dates import WEEKDAY_NAMES
from summitry.extract.meeting_parts import MeetingMention, MeetingName
from summitry.extract.patterns import word_start
from summitry.kb import KnowledgeBase
from summitry.kb.cues import meeting_cues
from summitry.kb.model import Match
from summitry.kb.people_words import body_office_words

__all__ = [
    "by_call",
    "host_of_main",
    "journey_for",
    "met_with",
    "on_sidelines",
    "talks_at_host",
    "talks_held",
    "two_state_calls",
]

_MEANS = r"(?:tele)?phone|video|online|virtual"
_KIND = r"[Ss]ummit|[Ll]eaders['’]?|(?:[Ff]oreign\s+)?[Mm]inisters['’]?"
# 'held a Summit Meeting with', 'had a telephone talk with', 'held a video conference with';
# 'held a meeting with' and 'held talks with' are read by meeting_forms.talks_with.
_HELD = re.compile(
    rf"(?:{word_start(*meeting_cues().held_talks.split('|'))})\s+(?:an?\s+)?"
    rf"(?:(?P<kind>{_KIND})\s+)?"
    rf"(?:(?P<means>{_MEANS})\s+)?"
    r"(?P<noun>[Mm]eetings?|[Tt]alks?|[Cc]alls?|[Cc]onversations?|[Cc]onference)\s+with\b"
)
# 'spoke by telephone with', 'talked on the phone with'
_SPOKE = re.compile(
    rf"(?:{word_start('spoke', 'speaks', 'talked', 'talks')})\s+(?:by|on\s+the|over\s+the|via)\s+"
    r"(?P<means>(?:tele)?phone)\s+with\b"
)

# "Foreign Minister Hayashi's Telephone Talk with ...", "the Prime Minister's video call with"
_OWN_CALL = re.compile(
    r"['’]s\s+(?P<means>[Tt]elephone|[Pp]hone|[Vv]ideo)\s+"
    r"(?P<noun>[Tt]alks?|[Cc]alls?|[Cc]onversations?|[Cc]onference)\s+with\b"
)


def talks_held(text: str) -> list[MeetingName]:
    """'held a Summit Meeting with' is a bilateral meeting; 'held a telephone talk with',
    'spoke by phone with' and "Minister Hayashi's Telephone Talk with" are named as the text
    calls them ('telephone talk')."""
    out = []
    for m in _HELD.finditer(text) if " with" in text else ():
        means, noun = m.group("means"), m.group("noun").lower()
        if means is None and (m.group("kind") is None or not noun.startswith("meeting")):
            continue  # 'held a meeting with' is talks_with's; 'had talks with' too
        core = f"{means.lower()} {noun}" if means else f"bilateral {noun}"
        first = next(g for g in ("kind", "means", "noun") if m.group(g))
        out.append(_talk(m.start(first), m, core))
    for m in _SPOKE.finditer(text) if "phone" in text else ():
        out.append(_talk(m.start(), m, f"{m.group('means').lower()} call"))
    for m in _OWN_CALL.finditer(text) if "s " in text else ():
        out.append(_talk(m.start("means"), m, f"{m['means'].lower()} {m['noun'].lower()}"))
    return out


def _talk(start: int, m: re.Match[str], core: str) -> MeetingName:
    return MeetingName(start, m.end(), core, core, core.split()[-1], "bilateral", "bilateral")


_WEEKDAY = rf"(?:{'|'.join(WEEKDAY_NAMES)})"
# Between 'met' and 'with', as agencies write: 'met here Tuesday with', 'met in Beijing on
# Tuesday with', 'met separately with'.
_ASIDE = (
    rf"(?:here|there|today|yesterday|separately|jointly|also|later|(?:on\s+)?{_WEEKDAY}"
    r"|on\s+(?:\d{1,2}\s+)?[A-Z][a-z]+(?:\s+\d{1,2})?(?:,?\s+\d{4})?"
    r"|in\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)?)"
)
_MET = re.compile(
    rf"(?:{word_start('met', 'Met', 'meets', 'Meets')})\s+"
    rf"(?:(?P<aside>(?:{_ASIDE},?\s+){{1,3}})with\s+|with\s+)?(?:the\s+)?"
    r"(?:(?:visiting|newly[- ]elected|incoming)\s+)?"
)
_COUNTERPART = re.compile(r"(?:his|her)\s+(?:[\w-]+\s+){0,2}counterparts?\b")
# Right after 'met (with)': the other side's office or honorific ('Indian Prime Minister',
# 'H.E. Mr.', 'President'), or a state with its office ("China's Foreign Minister").
_PERSON_KINDS = frozenset({"title", "honorific"})
_SIDE_KINDS = frozenset({"demonym", "country"})
_OWNER = re.compile(r"(?:['’]s)?\s+(?:new\s+)?")


def met_with(text: str, matches: list[Match]) -> list[MeetingName]:
    """'President Xi met with Indian Prime Minister Modi', 'Minister Kim met her Japanese
    counterpart': one government's person meeting another's is a bilateral meeting. Only an
    office, an honorific, a counterpart or a state with its office after 'met' counts, so
    'met with business leaders' and 'met in Bangkok' are none."""
    if "met" not in text.casefold():
        return []
    by_start = {mt.start: mt for mt in matches}
    starts = [mt.start for mt in matches]
    out = []
    for m in _MET.finditer(text):
        if not (
            _COUNTERPART.match(text, m.end())
            or _person_at(text, m.end(), by_start)
            or _two_sides_before(text, m.start(), matches, starts, by_start)
        ):
            continue
        out.append(
            MeetingName(
                m.start(),
                m.start("aside") if m.group("aside") else m.end(),  # the place and day after
                "bilateral meeting",
                "bilateral meeting",
                "meeting",
                "bilateral",
                "bilateral",
            )
        )
    return out


def _person_at(text: str, at: int, by_start: dict[int, Match]) -> bool:
    """An office or honorific at `at`, or a state followed by one ('Chinese President')."""
    mt = by_start.get(at)
    if mt is None:
        return False
    if mt.kind in _PERSON_KINDS:
        return not _BODY_OFFICE.search(mt.key)
    return mt.kind in _SIDE_KINDS and _office_after(text, mt, by_start)


# Meeting the holder of an office that heads an international body's secretariat ('the ASEAN
# Secretary-General') is no talk between two governments.
_BODY_OFFICE = re.compile("|".join(map(re.escape, body_office_words())))


def _office_after(text: str, side: Match, by_start: dict[int, Match]) -> bool:
    """'Chinese President', "China's Foreign Minister", 'Chinese counterpart'."""
    gap = _OWNER.match(text, side.end)
    if gap is None:
        return False
    after = by_start.get(gap.end())
    return (after is not None and after.kind in _PERSON_KINDS) or text.startswith(
        "counterpart", gap.end()
    )


_CLAUSE_START = re.compile(r"[.;:\n]")
_MET_ALONE = re.compile(r"\s*(?:(?:on|in|at|for|today|yesterday)\b|[,.])")


def _two_sides_before(
    text: str, at: int, matches: list[Match], starts: list[int], by_start: dict[int, Match]
) -> bool:
    """'Japanese Prime Minister Kishida and Chinese President Xi met on Thursday', 'President
    Joe Biden and Chinese President Xi Jinping met': two office-holders joined by 'and', of
    two states (one may go unsaid), before a 'met' with no object. starts: the matches'."""
    if not text.startswith("met", at) or not _MET_ALONE.match(text, at + 3):
        return False
    lo = max(0, at - 200)
    stops = [m.end() for m in _CLAUSE_START.finditer(text, lo, at)]
    lo = stops[-1] if stops else lo
    near = matches[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, at)]
    offices = [mt.start for mt in near if mt.kind == "title"]
    offices += [m.start() for m in _COUNTERPART_WORD.finditer(text, lo, at)]
    states = [mt.key for mt in near if mt.kind in _SIDE_KINDS and _office_after(text, mt, by_start)]
    return (
        len(offices) >= 2
        and 1 <= len(states) == len(set(states)) <= 2
        and " and " in text[min(offices) : max(offices)]
    )


_COUNTERPART_WORD = re.compile(r"\bcounterpart\b")


_STATE = r"[A-Z][\w.]*(?:\s+(?:of\s+)?[A-Z][\w.]*){0,2}?"
# What follows the dash of 'Japan-China Summit Telephone Talk', 'Russian-Indian talks'.
_AFTER_DASH = re.compile(
    rf"(?P<b>{_STATE})\s+(?:(?:{_KIND})\s+)?"
    r"(?:(?:[Tt]elephone|[Pp]hone|[Vv]ideo|[Oo]nline)\s+"
    r"(?P<noun>[Tt]alks?|[Cc]alls?|[Cc]onversation|[Cc]onference|[Mm]eeting)|(?P<talks>talks))\b"
)
_DASH = re.compile(r"-(?<=\w-)(?=[A-Z])")  # opens with its literal, which `re` skips to
_BEFORE_DASH = re.compile(r"(?<![\w-])(?:[A-Z][\w.]*\s+(?:of\s+)?){0,2}[A-Z][\w.]*$")


def two_state_calls(text: str, kb: KnowledgeBase) -> list[MeetingName]:
    """ "Japan-China Foreign Ministers' Telephone Talk", 'Japan-Republic of Korea Summit Video
    Conference', 'Russian-Indian talks': talks between two states' leaders or ministers, named
    as written; of level bilateral, as talks between two governments are."""
    out = []
    for dash in _DASH.finditer(text):
        m = _AFTER_DASH.match(text, dash.end())
        before = _BEFORE_DASH.search(text, max(0, dash.start() - 40), dash.start()) if m else None
        if m is None or before is None:
            continue
        a, start = _state_ending(text, before, kb)
        b = kb.country_code(m.group("b"))
        if a is None or b is None or a == b:
            continue
        name = text[start : m.end()]
        head = m.group("noun") or m.group("talks")
        out.append(
            MeetingName(start, m.end(), name, name.casefold(), head, "bilateral", "bilateral")
        )
    return out


def _state_ending(text: str, before: re.Match[str], kb: KnowledgeBase) -> tuple[str | None, int]:
    """The state whose name ends the words before the dash ('The Japan' -> Japan), and where
    its name begins."""
    for word in re.finditer(r"\S+", before.group(0)):
        code = kb.country_code(text[before.start() + word.start() : before.end()])
        if code is not None:
            return code, before.start() + word.start()
    return None, before.start()


@cache
def _sidelines(words: int) -> re.Pattern[str]:
    """'on the sidelines of the', 'within the framework of the 40th and': a framing cue of
    meeting_cues, 'of', then up to words words before the meeting's name."""
    return re.compile(
        rf"\b(?:{meeting_cues().framing})\s+of\s+(?:the\s+)?(?:\S+\s+){{0,{words}}}$",
        re.IGNORECASE,
    )


def on_sidelines(text: str, start: int, words: int = 2, reach: int = 40) -> bool:
    """Whether the meeting named at start is one others met on the sidelines of ('met
    President Biden on the sidelines of the G7 Summit in Hiroshima on 20 May'), its framing
    cue within reach characters before it."""
    return _sidelines(words).search(text, max(0, start - reach), start) is not None


def host_of_main(
    text: str,
    spans: list[tuple[int, int, MeetingMention]],
    lo: int,
    at: int,
    main: MeetingMention | None,
) -> bool:
    """Whether the meeting of spans[at] is one the main meeting, named before it in the
    sentence (from spans[lo]), met on the sidelines of: the date of its clause is the main
    meeting's."""
    host = spans[at][2]
    if main is None or host is main:
        return False
    first = next(i for i in range(lo, at + 1) if spans[i][2] is host)  # its first name here
    return any(spans[i][2] is main for i in range(lo, first)) and any(
        on_sidelines(text, spans[i][0]) for i in range(first, at + 1) if spans[i][2] is host
    )


# a means of talks ('telephone', 'video') or a word of a meeting held online ('virtual')
_CALL = re.compile(
    rf"\b(?:{meeting_cues().bilateral_means}|{meeting_cues().virtual})\b", re.IGNORECASE
)


def by_call(text: str, mentions: list[MeetingMention]) -> None:
    """A telephone talk or video call between two governments is virtual: the two sides met
    in no one place. Its name or a span naming it says so ('held a summit telephone talk')."""
    for mention in mentions:
        if mention.name.forum != "bilateral":
            continue
        spans = [mention.name.name, *(text[s:e] for s, e in mention.spans)]
        if any(_CALL.search(span) for span in spans):
            mention.format = "virtual"


def talks_at_host(text: str, mentions: list[MeetingMention]) -> None:
    """'On the margins of the G20 Foreign Ministers' Meeting in Rio de Janeiro, ... also met
    the Indonesian Foreign Minister': talks on a meeting's sidelines met where it met."""
    hosts = [
        m
        for m in mentions
        if m.city and m.name.forum != "bilateral" and any(on_sidelines(text, s) for s, _ in m.spans)
    ]
    if len({h.city for h in hosts}) != 1:
        return
    for talk in mentions:
        unplaced = talk.city is None and talk.venue is None and talk.format != "virtual"
        if unplaced and talk.name.forum == "bilateral" and talk.role == "main":
            talk.city, talk.country = hosts[0].city, talk.country or hosts[0].country
            talk.format = "in_person"


# 'who is visiting San Francisco, the United States of America to attend the ', 'arrived in
# Lima for the ': a journey to a place, then what it was for, right before a meeting's name
_JOURNEY_FOR = re.compile(
    rf"\b(?:{meeting_cues().travelled})\s+(?P<place>[^.;:!?()]{{2,80}}?),?\s+"
    rf"(?:{meeting_cues().travel_for})\s+(?:the\s+)?$"
)


def journey_for(text: str, lo: int, start: int) -> re.Match[str] | None:
    """The journey whose purpose is the meeting named at start, in text[lo:start] (its group
    'place' where it went): 'visiting San Francisco to attend the APEC ...'."""
    return _JOURNEY_FOR.search(text, max(lo, start - 160), start)
