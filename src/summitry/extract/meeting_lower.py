"""Meeting names a newspaper writes in lower case after a forum's name: 'the G20 summit',
'the WTO ministerial meeting', 'the ASEAN foreign ministers' meeting'; and summits of two
states so written ('the third inter-Korean summit', 'a China-Japan summit')."""

from __future__ import annotations

import functools
import re

from summitry.extract.meeting_parts import ORD, ORD_ANY_CASE, MeetingName, ordinal_value
from summitry.kb import KnowledgeBase
from summitry.kb.cues import meeting_cues, meeting_heads, meeting_name_words

__all__ = [
    "leaders_outcome_meetings",
    "lower_case_heads",
    "meetings_of_forum_members",
    "two_state_summits",
]


@functools.cache
def _after_forum() -> re.Pattern[str]:
    """The words of kb meeting_cues.yaml lower_heads, right after a forum: the head in lower
    case, the words before it in either ('the APEC Trade Ministers meeting in Arequipa')."""
    heads = re.sub(
        r"\b([a-z])(?=\w*'?\\s\+)",
        lambda m: f"[{m.group(1).upper()}{m.group(1)}]",
        meeting_cues().lower_heads,
    ).replace("'", "[’']?")
    return re.compile(rf"\s+(?P<words>{heads})(?![\w’'-])")


_ORD_BEFORE = re.compile(rf"{ORD}\s+$")
_LEVELS = tuple(
    (re.compile(rf"\b(?:{words})\b", re.IGNORECASE), level)
    for words, level in meeting_name_words().levels
)


def lower_case_heads(text: str, kb: KnowledgeBase, matches: list) -> list[MeetingName]:
    """A forum the kb lists, then a meeting's words in lower case: that forum's meeting,
    named as the kb's series when it holds one ('G20 summit' -> 'G20 Summit')."""
    out = []
    for mt in matches:
        if mt.kind == "series":
            out += _series_in_lower_case(text, kb, mt)
        if mt.kind not in ("forum", "organization") or mt.key not in kb.forums:
            continue
        after = _after_forum().match(text, mt.end)
        if after is None:
            continue
        words = after.group("words")
        core = " ".join(w[:1].upper() + w[1:] for w in re.split(r"\s+", words.replace("’", "'")))
        series = kb.series_for(core, mt.key)
        ordinal = _ORD_BEFORE.search(text, max(0, mt.start - 20), mt.start)
        out.append(
            MeetingName(
                ordinal.start() if ordinal else mt.start,
                after.end(),
                series.name if series else f"{mt.key} {core}",
                core,
                core.split()[-1],
                mt.key,
                series.level if series else _level(words),
                ordinal=ordinal_value(ordinal.group("ord")) if ordinal else None,
                series=series.name if series else None,
            )
        )
    return out


_LOWER_HEAD = re.compile(rf"\b(?:{'|'.join(meeting_heads().lower)})$")


def _series_in_lower_case(text: str, kb: KnowledgeBase, mt) -> list[MeetingName]:
    """'the G20 summit' as the kb's series spells it: the series' meeting, named as written
    ('G20 Summit'; the kb's 'G20 Leaders' Summit' is its formal name)."""
    series = kb.series_for(mt.key)
    if series is None or series.forum == "bilateral":
        return []
    head = _LOWER_HEAD.search(text, mt.start, mt.end)
    if head is None:
        return []
    ordinal = _ORD_BEFORE.search(text, max(0, mt.start - 20), mt.start)
    core = series.name.removeprefix(f"{series.forum} ")
    written = text[mt.start : head.start()] + head.group(0).capitalize()
    return [
        MeetingName(
            ordinal.start() if ordinal else mt.start,
            mt.end,
            written,
            core,
            core.split()[-1],
            series.forum,
            series.level,
            ordinal=ordinal_value(ordinal.group("ord")) if ordinal else None,
            series=series.name,
        )
    ]


def _level(words: str) -> str:
    """Leaders for a summit, senior officials, else ministers: the words the cues list."""
    return next((level for cue, level in _LEVELS if cue.search(words)), "ministerial")


_TWO_STATES = re.compile(
    rf"(?<![\w-])(?:{ORD_ANY_CASE}\s+)?(?P<sides>inter-(?P<one>[A-Z][\w]+)"
    r"|(?P<a>[A-Z][\w.]+)-(?P<b>[A-Z][\w.]+))\s+summit(?![\w-])"
)

# Every _TWO_STATES match ends '-' + a capitalised word + whitespace + 'summit' ('inter-Korean
# summit', 'Japan-China summit'): pages without that skip the pattern.
_HYPHEN_SUMMIT = re.compile(r"-[A-Z][\w.]+\s+summit")


def two_state_summits(text: str, kb: KnowledgeBase) -> list[MeetingName]:
    """'the third inter-Korean summit', 'a Japan-China summit': talks between two states'
    leaders, named as written."""
    if not _HYPHEN_SUMMIT.search(text):
        return []
    out = []
    for m in _TWO_STATES.finditer(text):
        if m.group("one"):
            if kb.country_code(m.group("one")) is None:
                continue
        else:
            a, b = kb.country_code(m.group("a")), kb.country_code(m.group("b"))
            if a is None or b is None or a == b:
                continue
        name = text[m.start("sides") : m.end()]
        out.append(
            MeetingName(
                m.start(),
                m.end(),
                name,
                name.casefold(),
                "summit",
                "bilateral",
                "bilateral",
                ordinal=ordinal_value(m.group("ord")),
            )
        )
    return out


_OF_MEMBERS = re.compile(
    rf"(?:(?<![\w-]){ORD_ANY_CASE}\s+)?(?:annual\s+)?(?P<head>summit|meeting)\s+of\s+(?:the\s+)?"
)
_MEMBERS = re.compile(
    rf"\s+(?P<who>{'|'.join(map(re.escape, meeting_name_words().member_groups))})(?![\w’'-])"
)


def meetings_of_forum_members(text: str, kb: KnowledgeBase, matches: list) -> list[MeetingName]:
    """'the annual summit of APEC leaders', 'a meeting of ASEAN foreign ministers': the
    forum's meeting at that level, named as written."""
    out = []
    for mt in matches:
        if mt.kind not in ("forum", "organization") or mt.key not in kb.forums:
            continue
        who = _MEMBERS.match(text, mt.end)
        of = _OF_MEMBERS.search(text, max(0, mt.start - 40), mt.start) if who else None
        if who is None or of is None or of.end() != mt.start:
            continue
        words = who.group("who")
        head = "Summit" if of.group("head") == "summit" else "Meeting"
        core = " ".join(w.capitalize() for w in words.split()) + "' " + head
        series = kb.series_for(core, mt.key)
        out.append(
            MeetingName(
                of.start(),
                who.end(),
                text[of.start("head") if not of.group("ord") else of.start() : who.end()],
                core,
                head,
                mt.key,
                series.level if series else _level(f"{words} {head}"),
                ordinal=ordinal_value(of.group("ord")),
                series=series.name if series else None,
            )
        )
    return out


def leaders_outcome_meetings(text: str, kb: KnowledgeBase, matches: list) -> list[MeetingName]:
    """'the G20 Leaders' statement in Washington', 'the APEC Leaders' Declaration': a text the
    forum's leaders issued tells of the leaders' meeting that issued it."""
    out = []
    for mt in matches:
        if mt.kind not in ("forum", "organization") or mt.key not in kb.forums:
            continue
        issued = _LEADERS_TEXT.match(text, mt.end)
        if issued is None:
            continue
        series = kb.series_for("Leaders' Summit", mt.key) or kb.series_for("Summit", mt.key)
        name = series.name if series else f"{mt.key} Summit"
        core = name.removeprefix(mt.key).strip()
        out.append(
            MeetingName(
                mt.start,
                issued.end(),
                name,
                core,
                "Summit",
                mt.key,
                "leaders",
                series=series.name if series else None,
            )
        )
    return out


_LEADERS_TEXT = re.compile(r"\s+Leaders[’']?\s+(?:[Ss]tatement|[Dd]eclaration)\b")
