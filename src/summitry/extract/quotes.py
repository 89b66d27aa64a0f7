"""Quoted speech: '"...," Mr Crean said' is one statement of the person quoted.

A quotation is one statement whoever its inner clauses name ('New Zealand is working ...'):
its speaker is the person the attribution names, before or after it; a paragraph that opens
with a quotation and names no one continues the last person quoted.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

from summitry.extract.context import Context
from summitry.extract.patterns import char_starts, matches_from
from summitry.extract.speakers import SpeakerFinder
from summitry.kb import load_kb
from summitry.record import Statement

__all__ = ["Quote", "QuoteIndex", "quotes_of"]

_PAIRS = {"“": '”"', '"': '"”', "‘": "’'", "'": "'’"}  # pages mix curly and straight marks
# Each look-behind comes after the mark it checks, so a pattern opens with the mark and the
# engine skips ahead to it.
_OPEN = re.compile(r"[“\"‘'](?<![^\s(:—–-][“\"‘'])(?=[\w…])")
# A straight or curly single quote closes only after end punctuation: 'Peters' tenth' is an
# apostrophe.
_SINGLE_CLOSE = re.compile(r"[’'](?<=[.,!?…][’'])(?![\w])")
_BARE_CLOSE = re.compile(r"[’'](?![\w])")
_SPEECH_ENDS = (",", ".", "!", "?", "…")
_MIN_SPEECH = 20  # shorter quotations are names and catchwords ('"people-centered"')
# Between a quotation's close and its verb: a comma or a dash, then a few words naming the
# speaker ('Minister O'Connor', 'he'), or nothing ('said Mr Peters').
_AFTER_CLOSE = re.compile(r"\s*(?:[,—–-]\s*)?(?:[\w.’'-]+\s+){0,5}")
_ENDS_CLAUSE = re.compile(r"[,!?…][”\"’']\Z")
_BEFORE_OPEN = re.compile(r"\s*[,:]?\s*\Z")
_TITLE_WORDS = re.compile(r"\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,4}")
_POSSESSIVE = re.compile(r"[’']s\b")  # "China's contribution will ...": China does not act
_PRONOUN_REACH = 1500  # how far back 'he said' looks for its person
_FINITE = ("past", "present", "fixed")  # main verbs: not 'agreeing', 'to support', 'will'
_FIRST_PERSON = frozenset({"we", "i"})


@dataclass(frozen=True, slots=True)
class Quote:
    """Quoted speech by its offsets (the quote marks included), and whether it opens its
    paragraph."""

    start: int
    end: int
    opens_paragraph: bool


def quotes_of(text: str) -> list[Quote]:
    """Quoted speech of the page, in order; an unclosed quotation runs to its paragraph's end."""
    out: list[Quote] = []
    pos = 0
    for m in matches_from(_OPEN, text, char_starts(text, "“\"‘'")):  # _OPEN.finditer
        if m.start() < pos:
            continue
        mark = m.group(0)
        para_end = text.find("\n", m.end())
        para_end = len(text) if para_end < 0 else para_end
        if mark in "‘'":
            close = _SINGLE_CLOSE.search(text, m.end(), para_end) or _BARE_CLOSE.search(
                text, m.end(), para_end
            )  # 'a ‘Cohesive and Responsive ASEAN’ in ...': a catchword, closed with no stop
            end = close.end() if close else para_end
        else:
            found = [i for i in (text.find(c, m.end(), para_end) for c in _PAIRS[mark]) if i >= 0]
            end = min(found) + 1 if found else para_end
        pos = end
        inner = text[m.end() : end].rstrip("”\"’'")
        if len(inner) < _MIN_SPEECH or (
            end < para_end and not inner.endswith((",", ".", "!", "?", "…"))
        ):
            continue  # a name or a catchword in quotes, not speech
        line_start = text.rfind("\n", 0, m.start()) + 1
        out.append(Quote(m.start(), end, not text[line_start : m.start()].strip()))
    return _with_lost_openings(text, out)


def _with_lost_openings(text: str, quotes: list[Quote]) -> list[Quote]:
    """'We are committed to ...,” said President X': a paragraph that opens with speech whose
    opening mark was lost is quoted up to its closing mark."""
    starts = [q.start for q in quotes]
    for close in _LOST_OPEN.finditer(text):
        line_start = text.rfind("\n", 0, close.start()) + 1
        at = bisect.bisect_left(starts, line_start)
        if at < len(quotes) and quotes[at].start < close.end():
            continue  # the paragraph has an opening mark of its own
        if close.end() - line_start > _MIN_SPEECH and text[line_start].isupper():
            quotes.insert(at, Quote(line_start, close.end(), True))
            starts.insert(at, line_start)
    return quotes


# a comma and a closing mark, curly or straight: speech handed over to its attribution
_LOST_OPEN = re.compile(r"[”\"](?<=\w,[”\"])")


class QuoteIndex:
    """The page's quotations, the statements they give, and the act verbs they account for."""

    def __init__(self, ctx: Context, finder: SpeakerFinder, acts: list):
        self.ctx, self.finder = ctx, finder
        self.quotes = quotes_of(ctx.text)
        self.starts = [q.start for q in self.quotes]
        self.used: set[int] = set()  # starts of the act verbs that attribute a quotation
        self.statements: list[Statement] = []
        self._acts = acts
        self._act_starts = [a.start for a in acts]
        self._sentence_ends = [sentence.end for sentence in ctx.sentences]
        last: tuple[str, ...] = ()
        for quote in self.quotes:
            found = self._attribution(quote)
            if found is not None:
                speakers, verb, named = found
                self.used.add(verb.start)
                last = speakers
                # 'President Hu said: "..."': from the name of who speaks before it
                lo, hi = min(quote.start, verb.start, named), max(quote.end, verb.end)
                # the evidence is the attribution: the words that name who spoke
                evidence = (named, verb.end) if named > quote.start else (lo, hi)
            elif quote.opens_paragraph and last:
                speakers, lo, hi = last, quote.start, quote.end
                evidence = (lo, hi)
            else:
                continue
            text = ctx.text[lo:hi].strip()
            for act in self._acts_of(quote):
                self.statements += [Statement(s, act, text, evidence) for s in speakers]

    def inside(self, offset: int) -> bool:
        """Whether offset lies within quoted speech."""
        at = bisect.bisect_right(self.starts, offset) - 1
        return at >= 0 and self.quotes[at].start <= offset < self.quotes[at].end

    def _attribution(self, quote: Quote) -> tuple[tuple[str, ...], Any, int] | None:
        """The speakers, the verb and where the words naming them start: after the close, else
        before the open."""
        text = self.ctx.text
        at = bisect.bisect_left(self._act_starts, quote.end)
        if at < len(self._acts):
            verb = self._acts[at]
            if self._leads_to(quote, verb):
                speakers, named = self._named(quote.end, verb)
                if speakers:
                    return speakers, verb, named
        if at > 0 and not self.inside(self._acts[at - 1].start):
            verb = self._acts[at - 1]
            if verb.key == "state" and _BEFORE_OPEN.match(text, verb.end, quote.start):
                line = text.rfind("\n", 0, verb.start) + 1
                found = self.finder.subject_before(max(line, verb.start - 200), verb.start)
                if found:
                    return found[0], verb, found[1]
        return None

    def _leads_to(self, quote: Quote, verb) -> bool:
        """'...," Minister O'Connor said': a comma or a dash, in or after the close, then only
        the words naming the speaker, on the same line."""
        text = self.ctx.text
        gap = text[quote.end : verb.start]
        if len(gap) > 60 or "\n" in gap or not _AFTER_CLOSE.fullmatch(gap):
            return False
        return gap.lstrip()[:1] in ",—–-" or bool(_ENDS_CLAUSE.search(text, quote.start, quote.end))

    def _named(self, lo: int, verb) -> tuple[tuple[str, ...], int]:
        """'," Mr Crean said' (the name before the verb) or '," said Mr Peters' (after it), and
        where the attribution starts."""
        kinds = ("person", "title", "pronoun", "office")
        before = [c for c in self.finder.between(lo, verb.start) if c.kind in kinds]
        if before:
            return self._resolve(before[-1]), before[-1].start
        for cand in self.finder.between(verb.end, verb.end + 60):
            if cand.kind in kinds and _TITLE_WORDS.fullmatch(self.ctx.text, verb.end, cand.start):
                return self._resolve(cand), verb.start
        return (), lo

    def _resolve(self, cand) -> tuple[str, ...]:
        """'he said': the person last named or titled ('the Minister') before the pronoun."""
        word = self.ctx.text[cand.start : cand.end].lower()
        if cand.kind == "pronoun" and word in ("he", "she"):
            earlier = self.finder.between(max(0, cand.start - _PRONOUN_REACH), cand.start)
            for other in reversed(earlier):
                if other.kind in ("person", "title") and not self.inside(other.start):
                    found = self.finder.resolve(other)
                    if found:
                        return found
        return self.finder.resolve(cand)

    def _acts_of(self, quote: Quote) -> list[str]:
        """One act per sentence of the quotation: its first sentence's, else 'state'; then each
        later sentence where the speaker's own side acts ('... Hong Kong stands ready to ...')."""
        out: list[str] = []
        for sentence in self.ctx.sentences[self._sentence_at(quote.start) :]:
            if sentence.start >= quote.end:
                break
            act = self._own_act(max(sentence.start, quote.start), min(sentence.end, quote.end))
            if act or not out:
                out.append(act or "state")
        return out or ["state"]

    def _sentence_at(self, offset: int) -> int:
        """The index of the sentence that holds offset (or the next one)."""
        ends = self._sentence_ends
        return bisect.bisect_right(ends, offset)

    def _own_act(self, lo: int, hi: int) -> str | None:
        """'We reiterated our concern ...': the first act the quoted speaker's own side takes
        in [lo, hi)."""
        text, first = self.ctx.text, bisect.bisect_left(self._act_starts, lo)
        for act in self._acts[first:]:
            if act.start >= hi:
                break
            if (
                act.key == "state"
                or load_kb().act_forms.get(act.surface.lower(), "past") not in _FINITE
            ):
                continue
            found = self.finder.between(max(lo, act.start - 40), act.start)
            if found and self._own_side(found[-1]) and not _POSSESSIVE.match(text, found[-1].end):
                return act.key
        return None

    def _own_side(self, cand) -> bool:
        word = self.ctx.text[cand.start : cand.end].lower()
        return cand.kind == "country" or (cand.kind == "pronoun" and word in _FIRST_PERSON)
