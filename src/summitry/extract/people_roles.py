"""A person's role at the page's meeting, read from their own sentences: who chaired, who
took part, who is only referred to."""

from __future__ import annotations

import re
from functools import cache

from summitry.extract.context import Context, Sentence
from summitry.kb.people_words import role_cues

__all__ = ["person_role"]


def _alternation(fragments: tuple[str, ...]) -> str:
    return "|".join(fragments) or "(?!)"


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    """The cue phrases of kb/roles.yaml compiled once."""
    cues = role_cues()
    chair_by = _alternation(cues.chair_by)
    return {
        "chair": re.compile(
            rf"\b(?:{chair_by})\b"
            r"|\bin (?:his|her|their) capacity as (?:the )?(?P<co>co-?)?chair",
            re.IGNORECASE,
        ),
        "attend": re.compile(rf"\b(?:{_alternation(cues.attend_after)})\b", re.IGNORECASE),
        "attended_by": re.compile(rf"\b(?:{_alternation(cues.attend_before)})\b[^;]*$"),
    }


# 'A and B of Thailand, the ASEAN Chair for 2019, co-chaired the Summit': the subject chairs.
_CHAIR_AFTER = re.compile(r"^(?:[^.;]{0,120}?\s)?(?P<co>co-)?chaired\b(?!\s+by)", re.IGNORECASE)


def person_role(ctx: Context, person) -> str:
    """chair / co_chair when a chair cue governs a span, attendee on an attend cue."""
    for start, end in sorted(person.spans):
        sentence = ctx.sentence_at(start)
        if sentence is None:
            continue
        role = _chair_role(ctx, person, sentence, start, end)
        if role:
            return role
    pats = _patterns()
    for start, end in sorted(person.spans):
        sentence = ctx.sentence_at(start)
        if sentence and pats["attend"].search(ctx.text[end : sentence.end][:120]):
            return "attendee"
        if sentence and pats["attended_by"].search(ctx.text[sentence.start : start]):
            return "attendee"
    return "mentioned"


def _chair_role(ctx: Context, person, sentence: Sentence, start: int, end: int) -> str | None:
    """chair / co_chair when a chair cue in the sentence governs this span, else None."""
    chair = _patterns()["chair"]
    capacity = chair.search(ctx.text, end, min(sentence.end, end + 80))
    if capacity and capacity.group("co") is not None:
        return "co_chair"
    if capacity and capacity.group(0).lower().startswith("in "):
        return "chair"
    if _CO_CHAIRED_WITH.search(ctx.text, sentence.start, start):
        return "co_chair"
    chaired = _CHAIR_AFTER.match(ctx.text[end : sentence.end])
    if chaired and not re.search(
        r"\b(?:was|were|is|are|been|which|who|that|attended)\b", chaired.group(0)
    ):
        return "co_chair" if chaired.group("co") else "chair"
    cue = _last_chair_cue(ctx.text[sentence.start : start])
    if cue is None:
        return None
    governed = ctx.text[sentence.start + cue : start]
    if _CHAIR_BREAK.search(governed):
        return None
    scope_end = _chair_scope_end(ctx, sentence, cue)
    others = [
        p
        for p in ctx.people
        if p is not person and any(sentence.start + cue <= s < e <= scope_end for s, e in p.spans)
    ]
    co = others or _co_cue(ctx.text[sentence.start + cue - 16 : sentence.start + cue])
    return "co_chair" if co else "chair"


def _last_chair_cue(before: str) -> int | None:
    cues = [
        m for m in _patterns()["chair"].finditer(before) if not m.group(0).lower().startswith("in ")
    ]
    return cues[-1].end() if cues else None


def _co_cue(text: str) -> bool:
    return "co-chaired" in text.lower()


def _chair_scope_end(ctx: Context, sentence: Sentence, cue: int) -> int:
    """The chair cue governs the names up to the next clause ('and was attended by ...')."""
    rest = ctx.text[sentence.start + cue : sentence.end]
    stop = _CHAIR_BREAK.search(rest)
    return sentence.start + cue + (stop.start() if stop else len(rest))


_CHAIR_BREAK = re.compile(
    r",\s+(?:and\s+)?(?:was|were|which|who|while)\b|\battended\b|\bjoined\b|together with|"
    r"[;:]|\bwith the participation\b"
)
# 'A co-chaired the meeting with B': B co-chairs too
_CO_CHAIRED_WITH = re.compile(r"\bco-chair(?:ed|s)?\b[^.;]{0,60}\bwith\s+[^.;]*$", re.IGNORECASE)
