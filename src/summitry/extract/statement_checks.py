"""Checks on statements: a photo caption reports none, the side whose work is praised is not
among those praising it, and a meeting right before ', which' acts as its forum."""

from __future__ import annotations

import re
from functools import cache

from summitry.extract.context import Context, Sentence
from summitry.extract.speakers import SpeakerFinder
from summitry.kb.people_words import name_words

__all__ = ["in_caption", "meeting_antecedent", "not_praised"]


def in_caption(text: str, sentence: Sentence) -> bool:
    """A photo caption ('... at the Meeting. (Photo: VNA)') restates the page; no statement."""
    end = text.find("\n", sentence.end)
    end = len(text) if end < 0 else end
    return text[end - 1 : end] == ")" and _caption().search(text, sentence.start, end) is not None


@cache
def _caption() -> re.Pattern[str]:
    words = "|".join(name_words().captions)
    return re.compile(rf"\((?i:{words})\b[^()\n]*\)\s*$")


def not_praised(ctx: Context, act, kind: str, speakers: tuple[str, ...]) -> list[str]:
    """'The two sides ... commended the ROK government's projects': the side whose work is
    praised is not one of those praising it."""
    speakers = tuple(dict.fromkeys(speakers))
    if kind != "support" or len(speakers) < 2:
        return list(speakers)
    lead = _PRAISED_LEAD.match(ctx.text, act.end)
    at = lead.end() - act.end if lead else 0
    for mt in ctx.matches_in(act.end, act.end + 60):
        side = mt.start == at and mt.kind in ("country", "demonym", "organization", "forum")
        if side and mt.key in speakers and _PRAISED_TAIL.match(ctx.text, act.end + mt.end):
            return [s for s in speakers if s != mt.key]
    return list(speakers)


_PRAISED_LEAD = re.compile(r"\s+(?:the\s+)?")
_PRAISED_TAIL = re.compile(r"(?:\s+(?:government|side|delegation))?[’']s\b")


def meeting_antecedent(
    finder: SpeakerFinder, text: str, lo: int, act
) -> tuple[tuple[str, ...], int] | None:
    """'... the outcome of the 34th ASEAN Summit held in Bangkok, which emphasised ...': a
    meeting right before ', which' acts as its forum."""
    which = _WHICH.search(text, max(lo, act.start - 20), act.start)
    if which is None:
        return None
    before = finder.between(lo, which.start())
    if not before or before[-1].kind != "meeting":
        return None
    speakers = finder.resolve(before[-1])
    return (speakers, before[-1].start) if speakers else None


_WHICH = re.compile(r",\s*which\s+(?:also\s+)?$")
