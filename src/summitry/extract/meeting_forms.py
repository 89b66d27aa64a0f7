"""Meeting names that do not end in a head noun: bilateral talks ('had a meeting with'),
'the ASEAN SOM', 'SOM1', series the kb knows head first ('the Meeting of Ministers
Responsible for Trade (MRT)'), forums that meet under their own name ('the 31st ASEAN Regional
Forum'), and the family a plural name lists ('the APT, EAS and ARF Senior Officials'
Meetings')."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Container

from summitry.extract.meeting_parts import (
    ORD_ANY_CASE,
    ORD_BEFORE,
    MeetingName,
    ordinal_value,
    series_meeting,
    tail_after,
)
from summitry.extract.patterns import blind_starts, digit_runs, matches_from, needs, word_start
from summitry.kb import KnowledgeBase
from summitry.kb.cues import meeting_cues, meeting_heads
from summitry.kb.model import Forum, Series

__all__ = [
    "numbered_acronyms",
    "talks_with",
    "bilateral_meetings",
    "family_members",
    "forum_acronyms",
    "forums_meeting_as_themselves",
    "head_first_names",
]

_BILATERAL = re.compile(
    rf"\b(?:a series of\s+)?bilateral\s+(?:(?:{meeting_cues().bilateral_means})\s+)?"
    rf"(?:{meeting_cues().bilateral_nouns})\b",
    re.IGNORECASE,
)


def bilateral_meetings(text: str) -> list[MeetingName]:
    """'bilateral talks', 'a series of bilateral video conferences'."""
    if needs(_BILATERAL).absent(text, 0, len(text)):
        return []
    return [_bilateral(m) for m in matches_from(_BILATERAL, text, _bilateral_starts(text))]


# Every _BILATERAL match holds 'bilateral' in some case (the letters are those re.IGNORECASE
# lets match; blind_starts finds it faster where the page lowers), so the case-blind pattern
# is tried only where it may begin.
_BILATERAL_WORD = re.compile("[Bb][Ii\u0130\u0131][Ll][Aa][Tt][Ee][Rr][Aa][Ll]")
_SERIES_OF = re.compile("a series of", re.IGNORECASE)


def _bilateral_starts(text: str) -> list[int]:
    """Where a _BILATERAL match may begin: at each 'bilateral', and at an 'a series of' that
    only whitespace parts from it."""
    words = blind_starts(text, ("bilateral",))
    if words is None:
        words = [m.start() for m in _BILATERAL_WORD.finditer(text)]
    out = []
    for word in words:
        gap = word
        while gap and text[gap - 1].isspace():
            gap -= 1
        lead = gap - len(_SERIES_OF.pattern)
        if gap < word and lead >= 0 and _SERIES_OF.fullmatch(text, lead, gap):
            out.append(lead)
        out.append(word)
    return out


def _bilateral(m: re.Match[str]) -> MeetingName:
    phrase = re.sub(r"^a series of\s+", "", m.group(0), flags=re.IGNORECASE)
    start = m.end() - len(phrase)
    core = phrase.lower()
    return MeetingName(start, m.end(), core, core, core.split()[-1], "bilateral", "bilateral")


_MET_WITH = re.compile(
    rf"\b(?:{meeting_cues().held_talks})\s+(?:a\s+|separate\s+|several\s+)?"
    r"(?P<noun>meetings?|talks)\s+with\b"
)
_MET_BILATERALLY = re.compile(r"\b(?:met|meets|meeting)\s+bilaterally\b")
_TRILATERAL = re.compile(r"trilateral\s+(?:meetings?|talks)\b")
# Every _MET_WITH match holds its noun, whitespace and 'with': pages without that skip it.
_NOUN_WITH = re.compile(r"(?:meetings?|talks)\s+with\b")


def talks_with(text: str) -> list[MeetingName]:
    """'had a meeting with Queen Maxima', 'held talks with ...': talks between two sides;
    'a trilateral meeting with the Mexican and Canadian trade ministers': among three."""
    out: list[MeetingName] = []
    may_meet = not needs(_MET_WITH).absent(text, 0, len(text)) and _NOUN_WITH.search(text)
    for m in _MET_WITH.finditer(text) if may_meet else ():
        noun = m.group("noun")
        core = f"bilateral {'meetings' if noun == 'meetings' else noun}"
        out.append(
            MeetingName(m.start("noun"), m.end(), core, core, noun, "bilateral", "bilateral")
        )
    # "Foreign Minister Kim met bilaterally with"
    for m in _MET_BILATERALLY.finditer(text) if "bilaterally" in text else ():
        core = "bilateral meetings"
        out.append(MeetingName(m.start(), m.end(), core, core, "meeting", "bilateral", "bilateral"))
    for m in _TRILATERAL.finditer(text) if "trilateral" in text else ():
        core = m.group(0)
        out.append(
            MeetingName(m.start(), m.end(), core, core, core.split()[-1], "trilateral", "other")
        )
    return out


_ACRONYM_AFTER = re.compile(r"\s+([A-Z]{2,6})\b(?!\s*\()")


@functools.cache
def _series_acronyms(kb: KnowledgeBase) -> dict[str, Series]:
    """One-word series acronyms ('SOM', 'AMM') -> their series (the last one listed wins)."""
    return {a: s for s in kb.series for a in s.acronyms if a.isupper() and " " not in a}


def forum_acronyms(text: str, kb: KnowledgeBase, matches: list) -> list[MeetingName]:
    """'the ASEAN SOM', 'APEC CSOM': a forum name followed by a series acronym."""
    out = []
    acronyms = _series_acronyms(kb)
    for mt in matches:
        if mt.kind not in ("forum", "organization") or mt.key not in kb.forums:
            continue
        after = _ACRONYM_AFTER.match(text, mt.end)
        if after and after.group(1) in acronyms:
            series = acronyms[after.group(1)]
            core = series.name.split(" ", 1)[-1] if series.forum == mt.key else series.name
            out.append(
                MeetingName(
                    mt.start,
                    mt.end + after.end(),
                    f"{mt.key} {core}",
                    core,
                    core.split()[-1],
                    mt.key,
                    series.level,
                    after.group(1),
                )
            )
    return out


_LOWERORD_BEFORE = re.compile(rf"\bthe\s+{ORD_ANY_CASE}\s+$")  # "since the first ARF was held"
_AT_THE = re.compile(
    r"\b(?:(?:attended|attending|attends|at|to|of|for|during)"
    r"|(?:meetings|summits),?\s+(?:including|such as))\s+the\s+$",
    re.I,
)
# 'China's contribution to the ARF processes': the forum's work or members, not a meeting
_NOT_MET_AFTER = re.compile(rf"(?:\s*\([^()]{{1,10}}\))?\s+(?:{meeting_cues().not_met_after})\b")
# "the APT Foreign Ministers' Meeting, the EAS FMM and the ASEAN Regional Forum": listed so,
# the forum names its own meeting.
_AFTER_A_MEETING = re.compile(
    r"(?P<gap>(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+as well as\s+)(?:the\s+)?(?:\d+\w*\s+)?)$"
)


def forums_meeting_as_themselves(
    text: str, kb: KnowledgeBase, matches: list, name_ends: Container[int] = ()
) -> list[MeetingName]:
    """'the 31st ASEAN Regional Forum (ARF)': a forum whose yearly meeting bears its own name;
    numbered, met at, or listed after a meeting name (one ending at one of name_ends)."""
    out = []
    for mt in matches:
        forum = (
            kb.forums.get(mt.key)
            if mt.kind in ("forum", "organization")
            else _meeting_as(kb).get(mt.key)
            if mt.kind == "series"
            else None
        )
        if (
            forum is None
            or forum.meets_as is None
            or (series := kb.series_for(forum.meets_as)) is None
        ):
            continue
        before = text[max(0, mt.start - 30) : mt.start]
        ordinal = ORD_BEFORE.search(before) or _LOWERORD_BEFORE.search(before)
        if (
            ordinal is None
            and not _AT_THE.search(before)
            and not _listed_after(text, mt.start, name_ends)
        ):
            continue
        tail = tail_after(text, mt.end)
        if tail.group("topic") and ordinal is None:
            continue  # 'ASEAN Regional Forum on ...' unnumbered may be another meeting
        if _NOT_MET_AFTER.match(text, mt.end):
            continue
        surface = text[mt.start : mt.end]
        out.append(
            MeetingName(
                mt.start - (len(before) - ordinal.start() if ordinal else 0),
                tail.end() if tail.group("acr") else mt.end,
                forum.aliases[0] if forum.aliases else series.name,
                series.name.removeprefix(f"{forum.name} "),
                surface.split()[-1],
                forum.name,
                series.level,
                tail.group("acr") or (surface if surface == forum.name != series.name else None),
                ordinal_value(ordinal.group("ord")) if ordinal else None,
                series=series.name,
            )
        )
    return out


@functools.cache
def _meeting_as(kb: KnowledgeBase) -> dict[str, Forum]:
    """Series a forum meets as ('Korea-Africa Forum') -> that forum."""
    return {f.meets_as: f for f in kb.forums.values() if f.meets_as}


def _listed_after(text: str, start: int, name_ends: Container[int]) -> bool:
    m = _AFTER_A_MEETING.search(text, max(0, start - 20), start)
    return m is not None and m.start("gap") in name_ends


_HEAD_FIRST = re.compile(rf"(?:{word_start('Meeting', 'Conference')}) of (?:the )?[A-Z]")


def _head_first_starts(text: str) -> list[int]:
    """Where 'Meeting of ' or 'Conference of ' begins, as every _HEAD_FIRST match does."""
    starts = []
    for literal in ("Meeting of ", "Conference of "):
        at = text.find(literal)
        while at >= 0:
            starts.append(at)
            at = text.find(literal, at + 1)
    return sorted(starts)


def head_first_names(text: str, kb: KnowledgeBase, page_forums: Counter[str]) -> list[MeetingName]:
    """'the Meeting of Ministers Responsible for Trade (MRT)', 'the 24th Meeting of the Council
    of Heads of State': series the kb knows head first, with the ordinal before them."""
    out = []
    for m in matches_from(_HEAD_FIRST, text, _head_first_starts(text)):
        window = text[m.start() : m.start() + 90]
        aliases = [a for a in kb.find(window, {"series_alias"}) if a.start == 0]
        if not aliases:
            continue
        alias = max(aliases, key=lambda a: a.end)
        candidates = kb.series_by_alias(alias.key)
        ranked = sorted(candidates, key=lambda s: -page_forums.get(s.forum, 0))
        if not ranked:
            continue
        series = ranked[0]
        tail = tail_after(text, m.start() + alias.end)
        core = series.name.removeprefix(f"{series.forum} ")
        before = text[max(0, m.start() - 30) : m.start()]
        ordinal = ORD_BEFORE.search(before) or _LOWERORD_BEFORE.search(before)
        out.append(
            MeetingName(
                m.start() - (len(before) - ordinal.start("ord")) if ordinal else m.start(),
                tail.end() if tail.group("acr") else m.start() + alias.end,
                series.name,
                core,
                core.split()[-1],
                series.forum,
                series.level,
                tail.group("acr"),
                ordinal_value(ordinal.group("ord")) if ordinal else None,
                series=series.name,
            )
        )
    return out


_PLURAL_HEAD = re.compile(rf"(?:{'|'.join(meeting_heads().words)})s\b")
_MEMBER_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?")


def family_members(
    text: str, names: list[MeetingName], kb: KnowledgeBase, matches: list
) -> list[MeetingName]:
    """'the ASEAN Plus Three, EAS and ARF Senior Officials' Meetings', 'Senior Officials'
    Meetings of the APT, the EAS and the ARF': one meeting per forum listed with a plural
    name, each of the series named, spanning the whole list (which then hides the name)."""
    forums = [
        mt
        for mt in matches
        if mt.kind in ("forum", "organization", "series")
        and (kb.forum_key(mt.key) or mt.key in kb.forums)
    ]
    ends = {mt.end: mt for mt in forums}
    starts = {mt.start: mt for mt in forums}
    out = []
    for name in names:
        if name.forum == "bilateral" or not _PLURAL_HEAD.search(text, name.start, name.end):
            continue
        keys, first, last = [], name.start, name.end
        while (gap := _MEMBER_GAP.search(text, max(0, first - 12), first)) and gap.end() == first:
            if (member := ends.get(gap.start())) is None:
                break
            keys.append(member.key)
            first = member.start
        if keys and name.forum:
            keys.append(name.forum)
        of = _OF_THE.match(text, name.end)
        member = starts.get(of.end()) if of else None
        while member is not None:
            keys.append(member.key)
            bracket = _BRACKET.match(text, member.end)
            last = bracket.end() if bracket else member.end
            gap = _TRAILING_GAP.match(text, member.end)
            member = starts.get(gap.end()) if gap else None
        if len(keys) > 1:
            out += [_member(name, kb.forum_key(k) or k, first, last, kb) for k in keys]
    return out


_BRACKET = re.compile(r"(?:\s*\([^()]{1,10}\))?")
_OF_THE = re.compile(r"(?:\s*\([^()]{1,10}\))?\s+of\s+(?:the\s+)?")
_TRAILING_GAP = re.compile(r"(?:\s*\([^()]{1,10}\))?" + _MEMBER_GAP.pattern)


def _member(name: MeetingName, forum: str, start: int, end: int, kb: KnowledgeBase) -> MeetingName:
    core = name.core.removeprefix(f"{name.forum} ")
    series = kb.series_for(core, forum)
    acronym = name.acronym[:-1] if name.acronym and name.acronym.endswith("s") else name.acronym
    return MeetingName(
        start,
        end,
        series.name if series else f"{forum} {core}",
        core,
        name.head,
        forum,
        series.level if series else name.level,
        acronym,
        series=series.name if series else None,
    )


# Opens with a letter class, so `re` skips ahead fast; the word's start is checked after.
_NUMBERED = re.compile(r"(?P<base>[A-Z]{2,6})(?P<number>\d{1,2})(?![\w-])")


def numbered_acronyms(text: str, kb: KnowledgeBase, page_forums: Counter[str]) -> list[MeetingName]:
    """'the outcomes of SOM1 and SOM2': a series acronym numbered is that meeting of the
    series, of the forum the page talks about most among those holding it."""
    out: list[MeetingName] = []
    for m in matches_from(_NUMBERED, text, _numbered_starts(text)):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_-"):
            continue
        number = int(m.group("number"))
        found = series_meeting(kb, m.group("base"), page_forums, m.span(), m.group(0), number)
        if found:
            out.append(found)
    return out


def _numbered_starts(text: str) -> list[int]:
    """Where a _NUMBERED match may begin: its number opens a run of digits right after a
    capital, and its base is two to six capitals before that run."""
    starts: set[int] = set()
    for run, _ in digit_runs(text):
        if run and "A" <= text[run - 1] <= "Z":
            starts.update(range(max(0, run - 6), run - 1))
    return sorted(starts)
