"""Outcomes: what a meeting did to a named text or plan (adopted, endorsed, noted ...).

"The ASEAN-ROK Plan of Action ... was adopted at the Meeting" -> adopted;
"the meeting endorsed the report on ... (AIDER) and APEC Economic Policy Report 2022" -> two.
"""

from __future__ import annotations

import re

from summitry.extract.context import Context
from summitry.extract.patterns import WordStarts, word_start
from summitry.record import Outcome

__all__ = ["outcomes_in_text"]

_ACTIONS = "adopted|endorsed|noted|approved|launched|signed|agreed"
_ACTIVE = re.compile(
    rf"(?P<verb>{word_start(*_ACTIONS.split('|'))})\s+(?:on\s+)?(?=(?:the|its|a|an)\s)"
)
_PASSIVE = re.compile(
    rf"(?:{word_start('was', 'were', 'has been', 'have been', 'had been')})\s+(?:\w+ly\s+)?"
    rf"(?P<verb>{_ACTIONS})\b"
)
# A closing quote or a space right after a word, then the verb: 'the Plan" adopted at the'.
_REDUCED = re.compile(
    rf"[”\"\s](?:(?<=\S[”\"])\s|(?<=\S\s))(?P<verb>{_ACTIONS})\s+(?:at|during|by)\s+the\b"
)
# "welcomed the adoption of X": the act named by its noun
_NOMINAL_ACTION = {
    "adoption": "adopted",
    "launch": "launched",
    "launching": "launched",
    "signing": "signed",
    "endorsement": "endorsed",
    "approval": "approved",
}
_NOMINAL = re.compile(rf"(?P<noun>{word_start(*_NOMINAL_ACTION)})\s+of\s+(?=(?:the\s+)?[A-Z])")
_VERB_STARTS = WordStarts(_ACTIONS.split("|"))
_VERB_END = re.compile(rf"(?:{_ACTIONS})\b")
_PASSIVE_REACH = 80  # 'had been' + an adverb in -ly + the spaces between
_DOCUMENT_NOUN = re.compile(
    r"\b(?:report|reports|recommendations|statement|declaration|plan|roadmap|framework|"
    r"agreement|vision|goals|strategy|programme|program|initiative|charter|guidelines|"
    r"communiqu[eé]|document|memorandum|MOU|treaty|blueprint|agenda|work plan|decision|"
    r"review|resolution|convention|protocol|terms of reference|concord|consensus)\b",
    re.IGNORECASE,
)
_OBJECT_END = re.compile(
    r",\s*(?:which|and|as|to|while|including)\b|[,;.](?:\s|$)|\s+(?:at|during|in order|on how|"
    r"for the)\b"
)


def outcomes_in_text(ctx: Context) -> None:
    """Fill record.outcomes from active, passive and reduced-relative uses of outcome verbs."""
    seen: set[tuple[str, str]] = set()
    active, passive, reduced = _verb_matches(ctx.text)
    for outcome in [*_active(ctx, active), *_passive(ctx, [*passive, *reduced])]:
        key = (outcome.document.casefold(), outcome.action)
        if key not in seen:
            seen.add(key)
            ctx.record.outcomes.append(outcome)


def _verb_matches(
    text: str,
) -> tuple[list[re.Match[str]], list[re.Match[str]], list[re.Match[str]]]:
    """The matches of _ACTIVE, _PASSIVE and _REDUCED over text (as finditer gives them),
    tried only around the outcome verbs: every match holds one as a word of its own."""
    verbs = _VERB_STARTS(text)
    active: list[re.Match[str]] = []
    passive: list[re.Match[str]] = []
    reduced: list[re.Match[str]] = []
    active_end = passive_end = reduced_end = 0
    for verb in verbs:
        if verb >= active_end and (m := _ACTIVE.match(text, verb)):
            active.append(m)
            active_end = m.end()
        verb_end = _VERB_END.match(text, verb)
        lo = max(passive_end, verb - _PASSIVE_REACH)
        if verb_end and (m := _PASSIVE.search(text, lo, verb_end.end())):
            passive.append(m)
            passive_end = m.end()
        for start in (verb - 2, verb - 1):  # a quote and a space, or a space, before the verb
            if start >= reduced_end and (m := _REDUCED.match(text, start)):
                reduced.append(m)
                reduced_end = m.end()
                break
    return active, passive, reduced


def _active(ctx: Context, matches: list[re.Match[str]]) -> list[Outcome]:
    text, out = ctx.text, []
    verbs = [(m, m.group("verb")) for m in matches]
    nouns = [(m, _NOMINAL_ACTION[m.group("noun")]) for m in _NOMINAL.finditer(text)]
    for m, action in sorted([*verbs, *nouns], key=lambda pair: pair[0].start()):
        obj_start = m.end()
        stop = _OBJECT_END.search(text, obj_start)
        obj_end = stop.start() if stop else min(len(text), obj_start + 200)
        known = [e for i in ctx.initiatives for s, e in i.spans if obj_start <= s <= obj_start + 12]
        obj_end = max([obj_end, *known])  # a known name runs past its inner commas
        phrase = text[obj_start:obj_end]
        if not (known or _DOCUMENT_NOUN.search(phrase)):
            continue
        for name, start, end in _documents(ctx, phrase, obj_start):
            out.append(Outcome(name, action, (start, end)))
    return out


def _documents(ctx: Context, phrase: str, offset: int) -> list[tuple[str, int, int]]:
    """Split 'the report on X (AIDER) and APEC Economic Policy Report 2022' at 'and', but
    never inside a name already known ('APEC Internet and Digital Economy Roadmap')."""
    inside = [(s, e) for i in ctx.initiatives for s, e in i.spans]
    cuts = [
        m
        for m in re.finditer(r"\s+and\s+(?=(?:the\s+|its\s+)?[A-Z])", phrase)
        if not any(s < offset + m.start() < e for s, e in inside)
    ]
    out, cursor = [], 0
    for cut in [*cuts, None]:
        stop = cut.start() if cut else len(phrase)
        part = phrase[cursor:stop]
        name = _document_name(ctx, part.strip(), offset + cursor)
        if name:
            out.append((name, offset + cursor, offset + stop))
        cursor = cut.end() if cut else stop
    return out


def _document_name(ctx: Context, part: str, offset: int) -> str | None:
    part = re.sub(r"^(?:the|a|an)\s+", "", part)
    part = re.sub(r"^(?:final\s+)?draft\s+", "", part)
    its = re.match(r"^its\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*|\w+)", part)
    if its:
        owner = _nearest_before(ctx, offset)
        return f"{its.group(1)} of the {owner}" if owner else None
    return part if _DOCUMENT_NOUN.search(part) or part[:1].isupper() else None


def _nearest_before(ctx: Context, offset: int) -> str | None:
    """The initiative named last before offset: what 'its recommendations' belong to."""
    before = [(e, i.name) for i in ctx.initiatives for s, e in i.spans if e <= offset]
    return max(before)[1] if before else None


def _passive(ctx: Context, matches: list[re.Match[str]]) -> list[Outcome]:
    out = []
    for m in matches:
        before = [(i, s, e) for i in ctx.initiatives for s, e in i.spans if 0 <= m.start() - e <= 3]
        for initiative, s, _e in before[-1:]:
            out.append(Outcome(initiative.name, m.group("verb"), (s, m.end())))
    return out
