"""Forums named head first with their two sides after: 'the Seventh Cooperation Forum
between the Republic of Korea and Central Asia' is the 'Republic of Korea-Central Asia'
forum's meeting."""

from __future__ import annotations

import re

from summitry.extract.meeting_parts import ORD, MeetingName, ordinal_value
from summitry.kb import KnowledgeBase

__all__ = ["forums_between"]

_SIDE = r"[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,3}"
_BETWEEN = re.compile(
    rf"(?:(?<![\w-]){ORD}\s+)?(?P<words>(?:[A-Z][\w-]*\s+){{1,3}})Forum\s+between\s+(?:the\s+)?"
    rf"(?P<a>{_SIDE})\s+and\s+(?:the\s+)?(?P<b>{_SIDE})"
)

# Every _BETWEEN match holds 'Forum', whitespace and 'between': pages without them skip it.
_FORUM_BETWEEN = re.compile(r"Forum\s+between")


def forums_between(text: str, kb: KnowledgeBase) -> list[MeetingName]:
    """'... Forum between A and B', A and B places the kb knows: the A-B forum's meeting,
    named as written, of the kb's series where it lists one."""
    if not _FORUM_BETWEEN.search(text):
        return []
    out = []
    for m in _BETWEEN.finditer(text):
        a, b = m.group("a"), m.group("b")
        sides = [kb.whole(side, {"country", "place", "city"}) for side in (a, b)]
        if not all(sides):
            continue
        words = m.group("words").split()
        if words[0] in ("The", "A", "An"):
            words = words[1:]
        if not words:
            continue
        forum = f"{a}-{b}"
        core = " ".join([*words, "Forum"])
        series = kb.series_for(f"{_short(kb, sides[0])}-{_short(kb, sides[1])} {core}")
        start = m.start("ord") if m.group("ord") else m.start("words")
        out.append(
            MeetingName(
                start,
                m.end(),
                text[m.start("words") : m.end()] if not series else series.name,
                core,
                "Forum",
                series.forum if series else forum,
                series.level if series else "other",
                ordinal=ordinal_value(m.group("ord")),
                series=series.name if series else None,
            )
        )
    return out


def _short(kb: KnowledgeBase, side) -> str:
    """A state by the kb's short name ('Republic of Korea' -> 'Korea'), a region as written."""
    state = kb.countries.get(side.key) if side.kind == "country" else None
    return state.name if state else side.surface
