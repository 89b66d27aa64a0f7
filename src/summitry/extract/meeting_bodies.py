"""Bodies the kb lists as series, named as their meetings: 'the APEC Budget and Management
Committee meeting', 'the 73rd session of the UN General Assembly', 'the 50th OIC Council of
Foreign Ministers'."""

from __future__ import annotations

import re

from summitry.extract.meeting_parts import ORD, ORD_BEFORE, TAIL, MeetingName, ordinal_value
from summitry.kb import KnowledgeBase
from summitry.kb.cues import meeting_heads
from summitry.kb.model import Series

__all__ = ["series_meetings"]

_ENDS_IN_HEAD = re.compile(rf"\b(?:{'|'.join(meeting_heads().words)})s?$")
# before a body, words that make it a meeting ('attended the'), unlike 'President of the'
_ATTENDED = re.compile(r"\b(?:attended|attending|attends|attend|at|during)\s+the\s+$", re.I)
# after a body, words that make it a meeting; not 'met', as 'the President of the European
# Council met the Prime Minister' is a person's act
_HELD_AFTER = re.compile(r"\s+(?:(?:was|is|will be)\s+(?:held|convened)|took place)\b")
_NAME_GOES_ON = re.compile(r"(?:\s*\([^()]{1,12}\))?\s+[A-Z]")
_MEETING_AFTER = re.compile(r"\s+(?:meeting|meetings|session)\b")
_SESSION_OF = re.compile(
    rf"{ORD}\s+(?:(?:Ordinary|Extraordinary|Regular|Special)\s+)?(?:[Ss]ession|meeting)\s+of\s+"
    r"(?:the\s+)?$"
)


def series_meetings(text: str, kb: KnowledgeBase, matches: list) -> list[MeetingName]:
    """'the APEC Budget and Management Committee meeting', 'the 73rd session of the UN General
    Assembly': a body the kb lists as a series, with 'meeting' after it or a numbered
    'session of' before it, names that meeting; so does a council of leaders or ministers
    numbered or attended ('the 31st OSCE Ministerial Council', 'at the European Council')."""
    out = []
    for mt in matches:
        series = kb.series_for(mt.key) if mt.kind in ("series", "organization") else None
        if series is None or series.forum == "bilateral" or series.name != mt.key:
            continue
        session = _SESSION_OF.search(text, max(0, mt.start - 40), mt.start)
        if session is None and not _MEETING_AFTER.match(text, mt.end):
            if not _body_met(text, mt.start, mt.end, series):
                continue
            session = ORD_BEFORE.search(text, max(0, mt.start - 30), mt.start)
        core = series.name.removeprefix(f"{series.forum} ")
        tail = TAIL.match(text, mt.end)
        out.append(
            MeetingName(
                session.start() if session else mt.start,
                mt.end,
                series.name,
                core,
                core.split()[-1],
                series.forum,
                series.level,
                tail.group("acr") if tail else None,
                ordinal_value(session.group("ord")) if session else None,
                series=series.name,
            )
        )
    return out


def _body_met(text: str, start: int, end: int, series: Series) -> bool:
    """Whether a leaders' or ministers' body names its meeting here: numbered ('the 50th OIC
    Council of Foreign Ministers'), attended ('at the European Council') or held ('The CIS
    Heads of State Council was held'); never a body whose name ends in a head noun."""
    if series.level not in ("leaders", "ministerial") or _ENDS_IN_HEAD.search(series.name):
        return False  # 'the 3rd ACD Summit': the head rules read it
    if _NAME_GOES_ON.match(text, end):
        return False  # 'the 33rd ASEAN Coordinating Council (ACC) Meeting': a longer name
    lo = max(0, start - 30)
    return bool(
        ORD_BEFORE.search(text, lo, start)
        or _ATTENDED.search(text, lo, start)
        or _HELD_AFTER.match(text, end)
    )
