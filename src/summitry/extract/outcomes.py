"""Outcomes: what a meeting did to a named text or plan (adopted, endorsed, noted ...).

"The Meeting adopted the Seoul Declaration and the Action Plan" -> two, one per name the
object holds; "the ASEAN-ROK Plan of Action, adopted in 2014" and "the X and the Y, which were
adopted at the Summit" -> the names before the verb; "the passage of the Macao Declaration"
-> adopted; "adopted a joint communiqué on ..." -> the document named in lower case; and a
list after "the adoption of:" -> each line's name. Verbs and nouns come from kb/outcomes.yaml.
"""

from __future__ import annotations

import bisect
import re

from summitry.extract.context import Context
from summitry.extract.outcome_objects import Spans, chain_after, chain_before, initiative_spans
from summitry.extract.page_dates import page_anchor
from summitry.extract.patterns import WordStarts, matches_from, word_start
from summitry.kb.vocab import outcome_words
from summitry.record import Outcome

__all__ = ["outcomes_in_text"]

_WORDS = outcome_words()
_VERBS = tuple(_WORDS.verbs)  # the actions and verbs that stand for one ('issued')
_ACTIONS = "|".join(_VERBS)
# 'adopted the X', 'adopted “the X”'
_ACTIVE = re.compile(rf"(?P<verb>{word_start(*_VERBS)})\s+(?:on\s+)?(?=[“\"‘]?(?:the|its|a|an)\s)")
_PASSIVE = re.compile(
    rf"(?:{word_start('was', 'were', 'has been', 'have been', 'had been')})\s+(?:\w+ly\s+)?"
    rf"(?P<verb>{_ACTIONS})\b"
)
# A closing quote, a comma or a space right after a word, then the verb: 'the Plan" adopted
# at the', 'the Plan of Action, adopted in 2014'.
_REDUCED = re.compile(
    rf"[”\",\s](?:(?<=\S[”\",])\s|(?<=\S\s))(?P<verb>{_ACTIONS})\s+"
    r"(?:(?:at|during|by)\s+the\b|in\s+(?:19|20)\d\d\b)"
)
_NOMINAL = re.compile(rf"(?P<noun>{word_start(*_WORDS.nouns)})\s+of\s+(?=(?:the\s+)?[“\"]?[A-Z])")
_VERB_STARTS = WordStarts(_VERBS)
_NOUN_STARTS = WordStarts(_WORDS.nouns)  # each _NOMINAL match opens with one
_VERB_END = re.compile(rf"(?:{_ACTIONS})\b")
_PASSIVE_REACH = 80  # 'had been' + an adverb in -ly + the spaces between
_DOCUMENT_NOUN = re.compile(
    r"\b(?:" + "|".join(re.escape(n) for n in _WORDS.document_nouns) + r")\b", re.IGNORECASE
)
_OBJECT_END = re.compile(
    r",\s*(?:which|and|as|to|while|including)\b|[,;.:](?:\s|$)|\s+(?:at|during|in order|on how|"
    r"for the|which|that|as the|by the)\b"
)
_AND_MORE = re.compile(r"[”\"’]?\s+and\s+(?=(?:the\s+)?[A-Z])")  # a second, unknown name
_FOLLOWING = re.compile(r"(?:the\s+)?following\b")  # a list comes next (see _listed)
_FOLLOWING_INLINE = re.compile(r"(?:the\s+)?following(?:\s+[\w-]+){0,3}?\s*:[ \t]*(?=\S)")
_ITS = re.compile(r"\s+and\s+its\s+(?P<part>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)")
# What the object's head is: the words before its first preposition ('the importance of').
_HEAD_END = re.compile(r"\s(?:of|on|for|to|in|with|between|about|from)\s")
# "the two outcome documents endorsed by the leaders, namely, the X and the Y"
_NAMELY = re.compile(
    rf"(?P<verb>{word_start(*_VERBS)})\b[^.;\n]{{0,80}}?\b(?:namely|including)\b[,:]?\s*"
)
_INTENT = re.compile(
    r"\b(?:" + "|".join(map(re.escape, _WORDS.intent_cues)) + r")(?:\s+[\w’'-]+){0,3}\s*\Z",
    re.IGNORECASE,
)
_INTENT_REACH = 50  # characters before the verb searched for a wish or a plan
_COLLECTIVE = re.compile(r"\b(?:" + "|".join(map(re.escape, _WORDS.collective_nouns)) + r")\b")
_COLLECTIVE_REACH = 40  # 'the two outcome documents endorsed': the noun before the verb
# "Key outcomes included the adoption of:" then one name a line ("Bangkok Vision 2030: ...")
_LIST_INTRO = re.compile(
    rf"(?P<word>{word_start(*_VERBS, *_WORDS.nouns)})\b[^\n.:]{{0,60}}:[ \t]*\n"
)
# A line of such a list: a name, then ': what it does' or nothing (a short line, no full stop);
# a page that sets a blank line between its lines sets one before each
_LIST_LINE = re.compile(
    r"(?:[ \t]*\n)?[ \t]*(?:[-•*·▪]\s*|\(?\d{1,2}[.)]\s*)?(?:The\s+)?"
    r"(?P<name>[A-Z0-9“\"](?:[^:\n.]{2,150}?(?=\s*:\s|\s[–-]\s)"
    r"|[^:\n.;]{2,100}(?=[.;]?[ \t]*(?:\n|$))))"
)
_LIST_MAX = 20
_LINKS = frozenset({"of", "for", "on", "and", "the", "to", "in", "a", "an", "with", "from"})


def outcomes_in_text(ctx: Context) -> None:
    """Fill record.outcomes from active, passive, reduced-relative and listed outcome verbs."""
    seen: set[tuple[str, str]] = set()
    spans = initiative_spans(ctx.initiatives)
    verbs, nouns = _VERB_STARTS(ctx.text), _NOUN_STARTS(ctx.text)
    active, passive, reduced = _verb_matches(ctx.text, verbs)
    found = [
        *(
            o
            for o in _active(ctx, spans, active, matches_from(_NOMINAL, ctx.text, nouns))
            if not _history(ctx, o)
        ),
        *(o for o in _passive(ctx.text, spans, passive) if not _history(ctx, o)),
        *_passive(ctx.text, spans, reduced),
        *_namely(ctx.text, spans, matches_from(_NAMELY, ctx.text, verbs)),
        *_listed(ctx.text, spans, matches_from(_LIST_INTRO, ctx.text, sorted({*verbs, *nouns}))),
    ]
    for outcome in found:
        key = (outcome.document.casefold(), outcome.action)
        if key not in seen and _a_text(outcome):
            seen.add(key)
            ctx.record.outcomes.append(outcome)


_NOT_TEXT = re.compile(rf"\b(?:{'|'.join(map(re.escape, _WORDS.not_texts))})$")
_HISTORY_YEARS = 5  # an act dated this many years before the page's year is history


def _a_text(outcome: Outcome) -> bool:
    """Whether the name is a text or plan, not a body ('the ASEAN Economic Community')."""
    return not _WORDS.not_texts or _NOT_TEXT.search(outcome.document) is None


def _history(ctx: Context, outcome: Outcome) -> bool:
    """'ASEAN was established on 8 August 1967 with the signing of the ASEAN Declaration':
    an act its sentence dates years before the page is history, not a meeting's outcome
    (where a text is described so, 'the Plan of Action, adopted in 2014', it still counts)."""
    sentence = ctx.sentence_at(outcome.evidence[0]) if outcome.evidence else None
    if sentence is None:
        return False
    lo = bisect.bisect_left(ctx.dates, sentence.start, key=lambda d: d.start)
    hi = bisect.bisect_left(ctx.dates, sentence.end, lo, key=lambda d: d.start)
    years = [d.year for d in ctx.dates[lo:hi] if d.year and not d.year_inferred]
    page = page_anchor(ctx) if years else None
    return page is not None and min(years) <= page.year - _HISTORY_YEARS


def _verb_matches(
    text: str, verbs: list[int] | None = None
) -> tuple[list[re.Match[str]], list[re.Match[str]], list[re.Match[str]]]:
    """The matches of _ACTIVE, _PASSIVE and _REDUCED over text (as finditer gives them),
    tried only around the outcome verbs (at `verbs`, their starts in text, if given): every
    match holds one as a word of its own."""
    verbs = _VERB_STARTS(text) if verbs is None else verbs
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
        for start in (verb - 2, verb - 1):  # a quote or comma and a space, or a space
            if start >= reduced_end and (m := _REDUCED.match(text, start)):
                reduced.append(m)
                reduced_end = m.end()
                break
    return active, passive, reduced


def _active(
    ctx: Context, spans: Spans, matches: list[re.Match[str]], nominal: list[re.Match[str]]
) -> list[Outcome]:
    """The names the object holds; else the document it names in lower case (the matches of
    _ACTIVE and of _NOMINAL)."""
    text, out = ctx.text, []
    verbs = [(m, _WORDS.verbs[m.group("verb")]) for m in matches]
    nouns = [(m, _WORDS.nouns[m.group("noun")]) for m in nominal]
    for m, action in sorted([*verbs, *nouns], key=lambda pair: pair[0].start()):
        if _INTENT.search(text, max(0, m.start() - _INTENT_REACH), m.start()):
            continue  # 'looked forward to the signing of ...': not done yet
        named = chain_after(text, spans, m.end())
        if not named and (colon := _FOLLOWING_INLINE.match(text, m.end())):
            named = chain_after(text, spans, colon.end())  # 'the following documents: the X'
        out += [Outcome(name, action, (s, e)) for name, s, e in named]
        rest = m.end()
        if named:
            its = _ITS.match(text, named[-1][2])
            if its:  # 'the ASEAN Community Vision 2045 and its Strategic Plans'
                owner = named[-1][0]
                out.append(Outcome(f"{its.group('part')} of the {owner}", action, its.span()))
                continue
            more = _AND_MORE.match(text, named[-1][2])
            if more is None:
                continue
            rest = more.end()  # 'the ASEAN Leaders' Review and Decision on the ...'
        out += [Outcome(n, action, (s, e)) for n, s, e in _lower_case_object(ctx, spans, rest)]
    return out


def _lower_case_object(ctx: Context, spans: Spans, pos: int) -> list[tuple[str, int, int]]:
    """The documents an object names without a known name: 'a joint communiqué on ...'."""
    stop = _OBJECT_END.search(ctx.text, pos)
    obj_end = stop.start() if stop else min(len(ctx.text), pos + 200)
    phrase = ctx.text[pos:obj_end]
    head = phrase[: h.start()] if (h := _HEAD_END.search(phrase)) else phrase
    if not _DOCUMENT_NOUN.search(head) or _FOLLOWING.match(phrase):
        return []
    return _documents(ctx, spans, phrase, pos)


def _documents(ctx: Context, spans: Spans, phrase: str, offset: int) -> list[tuple[str, int, int]]:
    """Split 'the report on X (AIDER) and APEC Economic Policy Report 2022' at 'and', but
    never inside a name already known ('APEC Internet and Digital Economy Roadmap')."""
    cuts = [
        m
        for m in re.finditer(r"\s+and\s+(?=(?:the\s+|its\s+)?[A-Z])", phrase)
        if not any(s < offset + m.start() < e for s, (e, _) in spans.items())
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
    """'the final draft report on X' -> 'report on X'; 'its Strategic Plans' -> '... of the X'."""
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


def _passive(text: str, spans: Spans, matches: list[re.Match[str]]) -> list[Outcome]:
    """The names just before 'was adopted', ', which were adopted', ', adopted in 2014'; else
    a text named in capitals that opens the clause ('A Joint Statement was adopted')."""
    out = []
    for m in matches:
        action = _WORDS.verbs[m.group("verb")]
        named = chain_before(text, spans, m.start())
        for name, s, _e in named:
            out.append(Outcome(name, action, (s, m.end())))
        if not named and (
            doc := _NAMED_TEXT_BEFORE.search(text, max(0, m.start() - 90), m.start())
        ):
            name = doc.group("name")
            if _DOCUMENT_NOUN.search(name.split()[-1]) and _title_case(name):
                out.append(Outcome(name, action, (doc.start("name"), m.end())))
    return out


# 'A Joint Statement was adopted', 'The Chairman's Statement was issued': a name in capitals
# that opens its sentence or clause right before the passive verb
_NAMED_TEXT_BEFORE = re.compile(
    r"(?:^|[.;:]\s+|,\s+)(?:An?|The|the|a|an)\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5})"
    r"\s+$"
)


def _namely(text: str, spans: Spans, matches: list[re.Match[str]]) -> list[Outcome]:
    """'documents endorsed by the leaders, namely, the X and the Y' -> X and Y; only where
    texts are spoken of together ('noted progress in areas including the X' is no outcome).
    matches: those of _NAMELY."""
    out = []
    for m in matches:
        if not _COLLECTIVE.search(text, max(0, m.start() - _COLLECTIVE_REACH), m.end()):
            continue
        for name, s, e in chain_after(text, spans, m.end()):
            out.append(Outcome(name, _WORDS.verbs[m.group("verb")], (s, e)))
    return out


def _listed(text: str, spans: Spans, matches: list[re.Match[str]]) -> list[Outcome]:
    """One outcome per line of a list after 'the adoption of:' or 'endorsed the following:'
    (matches: those of _LIST_INTRO)."""
    out = []
    for m in matches:
        word = m.group("word")
        action = _WORDS.nouns.get(word) or _WORDS.verbs[word]
        pos = m.end()
        for _ in range(_LIST_MAX):
            line = _LIST_LINE.match(text, pos)
            if line is None or not line.group("name").strip():
                break
            start, end = line.span("name")
            if not _title_case(line.group("name")):
                break
            known = spans.get(start) or spans.get(start + 1)
            name = known[1] if known else line.group("name").strip(' “”"')
            out.append(Outcome(name, action, (start, end)))
            newline = text.find("\n", line.end() - 1)
            if newline < 0:
                break
            pos = newline + 1
    return out


def _title_case(name: str) -> bool:
    """Whether most words of a name, links aside, are capitalised ('Rules of Procedure for
    BIMSTEC Mechanisms'), as a list's names are and its prose is not."""
    words = [w for w in name.split() if w not in _LINKS]
    return sum(w[:1].isupper() or w[:1].isdigit() for w in words) * 3 >= len(words) * 2
