"""Meeting names that do not end in a head noun: bilateral talks, 'the ASEAN SOM', series
the kb knows head first ('the Meeting of Ministers Responsible for Trade (MRT)') and forums
that meet under their own name ('the 31st ASEAN Regional Forum')."""

from __future__ import annotations

import functools
import re
from collections import Counter

from summitry.extract.meeting_parts import ORD, TAIL, MeetingName, ordinal_value
from summitry.extract.patterns import word_start
from summitry.kb import KnowledgeBase
from summitry.kb.model import Series

__all__ = [
    "bilateral_meetings",
    "forum_acronyms",
    "forums_meeting_as_themselves",
    "head_first_names",
]

_BILATERAL = re.compile(
    r"\b(?:a series of\s+)?bilateral\s+(?:video\s+|phone\s+|telephone\s+)?(?:conferences?|"
    r"talks|meetings?|consultations?|calls?|summit)\b",
    re.IGNORECASE,
)


def bilateral_meetings(text: str) -> list[MeetingName]:
    """'bilateral talks', 'a series of bilateral video conferences'."""
    if not _BILATERAL_WORD.search(text):
        return []
    return [_bilateral(m) for m in _BILATERAL.finditer(text)]


# Every _BILATERAL match holds 'bilateral' in some case; this finds it fast (the letters are
# those re.IGNORECASE lets match), so pages without it skip the case-blind pattern.
_BILATERAL_WORD = re.compile("[Bb][Ii\u0130\u0131][Ll][Aa][Tt][Ee][Rr][Aa][Ll]")


def _bilateral(m: re.Match[str]) -> MeetingName:
    phrase = re.sub(r"^a series of\s+", "", m.group(0), flags=re.IGNORECASE)
    start = m.end() - len(phrase)
    core = phrase.lower()
    return MeetingName(start, m.end(), core, core, core.split()[-1], "bilateral", "bilateral")


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


_ORD_BEFORE = re.compile(rf"{ORD}\s+$")
_AT_THE = re.compile(r"\b(?:attended|attending|attends|at|to|of|for|during)\s+the\s+$", re.I)


def forums_meeting_as_themselves(text: str, kb: KnowledgeBase, matches: list) -> list[MeetingName]:
    """'the 31st ASEAN Regional Forum (ARF)': a forum whose yearly meeting bears its own name."""
    out = []
    for mt in matches:
        forum = kb.forums.get(mt.key) if mt.kind in ("forum", "organization") else None
        if (
            forum is None
            or forum.meets_as is None
            or (series := kb.series_for(forum.meets_as)) is None
        ):
            continue
        before = text[max(0, mt.start - 30) : mt.start]
        ordinal = _ORD_BEFORE.search(before)
        if ordinal is None and not _AT_THE.search(before):
            continue
        tail = TAIL.match(text, mt.end)
        if tail.group("topic"):
            continue  # 'ASEAN Regional Forum Workshop on ...' is another meeting
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
                tail.group("acr") or (surface if surface == forum.name else None),
                ordinal_value(ordinal.group("ord")) if ordinal else None,
                series=series.name,
            )
        )
    return out


_HEAD_FIRST = re.compile(rf"(?:{word_start('Meeting', 'Conference')}) of (?:the )?[A-Z]")


def head_first_names(text: str, kb: KnowledgeBase, page_forums: Counter[str]) -> list[MeetingName]:
    """'the Meeting of Ministers Responsible for Trade (MRT)': series the kb knows head first."""
    out = []
    for m in _HEAD_FIRST.finditer(text):
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
        tail = TAIL.match(text, m.start() + alias.end)
        core = series.name.removeprefix(f"{series.forum} ")
        out.append(
            MeetingName(
                m.start(),
                tail.end() if tail.group("acr") else m.start() + alias.end,
                series.name,
                core,
                core.split()[-1],
                series.forum,
                series.level,
                tail.group("acr"),
                series=series.name,
            )
        )
    return out
