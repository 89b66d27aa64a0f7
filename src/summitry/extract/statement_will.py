"""Commitments stated with 'will' ('The ROK government will continue efforts ...'), and where
a statement's clause ends."""

from __future__ import annotations

import bisect
import re

from summitry.extract.context import Context, Sentence
from summitry.extract.patterns import WordStarts, ends_in, word_start
from summitry.extract.quotes import QuoteIndex
from summitry.extract.speakers import SpeakerFinder
from summitry.kb import load_kb
from summitry.kb.vocab import statement_words
from summitry.record import Statement

__all__ = ["ITEM_MARK", "clause_end", "will_statements"]

_WILL_WORDS = statement_words().will
_WILL = re.compile(rf"(?:{word_start(*_WILL_WORDS)})\s+(?!be\b)\w+")
_WILL_STARTS = WordStarts(_WILL_WORDS)  # every _WILL match begins at one
_ADVERB_VERB = re.compile(r"\s+([\w-]+)")


def _first_will(text: str, start: int, stop: int, end: int | None = None) -> re.Match[str] | None:
    """_WILL.search(text, start, stop), tried only where a word of _WILL_WORDS begins; with
    end, a match may run on to end when it begins before stop ('will support')."""
    end = stop if end is None else end
    starts = _WILL_STARTS(text)
    for at in starts[bisect.bisect_left(starts, start) :]:
        if at >= stop:
            break
        m = _WILL.match(text, at, end)
        if m is not None:
            return m
    return None


def will_statements(
    ctx: Context, sentence: Sentence, acts: list, finder: SpeakerFinder, quotes: QuoteIndex
) -> list[Statement]:
    """'The ROK government will continue efforts ...': a commitment, when 'will' is the main
    verb of a sentence whose subject opens it."""
    reported = [a for a in acts if a.surface.lower().split()[0] not in ("will", "would", "shall")]
    first_act = reported[0].start if reported else sentence.end
    m = _first_will(ctx.text, sentence.start, first_act, sentence.end)  # 'will support ...'
    if not m or quotes.inside(m.start()) or _will_verb(ctx.text, m) in load_kb().non_acts:
        return []  # 'Chile will host APEC in 2019': an event, not a commitment
    found = finder.subject_before(sentence.start, m.start(), first=True)
    if found is None:
        return []
    speakers, start = found
    opening = ctx.text[sentence.start : start]
    between = ctx.text[start : m.start()]
    if not _SENTENCE_OPENING.fullmatch(opening) or _COMMA_OR_RELATIVE.search(between):
        return []
    if any(
        c.kind == "meeting" or (c.kind == "pronoun" and ctx.text[c.start : c.end] != "We")
        for c in finder.candidates
        if c.start == start
    ):
        return []  # 'It will be held ...'; 'We will ...' in a chair's statement: the forum's
    end = clause_end(ctx.text, m.end(), sentence.end, acts)
    return [
        Statement(s, "commit", ctx.text[start:end].strip(" ,;"), (start, end)) for s in speakers
    ]


def _will_verb(text: str, m: re.Match[str]) -> str:
    """The verb after 'will' ('will also host' -> 'host'), lower case."""
    last = m.group(0).split()[-1]
    word = _ADVERB_VERB.match(text, m.end() - len(last) - 1)
    if word and word.group(1).lower() in ("also", "further", "then", "jointly"):
        word = _ADVERB_VERB.match(text, word.end())
    return word.group(1).lower() if word else last.lower()


_COMMA_OR_RELATIVE = re.compile(r"[,;]|\b(?:which|that|who|where|when|whom|whose)\b")
# the mark of a list's item: '(ii)', 'a)', '3)'
ITEM_MARK = r"\(?(?:[ivx]{1,4}|[a-h]|\d{1,2})\)"
# an item's mark, an opening phrase ('While contributing to ...,'), 'the'
_SENTENCE_OPENING = re.compile(
    rf"(?:[-•*–]\s*)?(?:{ITEM_MARK}\s*)?"
    r"(?:[^,]{0,120},\s*)?(?:[Tt]he\s+|[Bb]oth\s+|[Aa]ll\s+)?"
)


def clause_end(text: str, start: int, limit: int, acts: list) -> int:
    """The clause runs to the next act verb of the sentence or to the sentence's end."""
    end = next((a.start for a in acts if start <= a.start < limit), limit)
    if not ends_in(text, start, end, _TRAILING_WORDS):
        return end  # every _TRAILING_AND match ends in one of them, then spaces
    cut = _TRAILING_AND.search(text, start, end)
    return cut.start() if cut else end


# ',? and (also)' closing a clause: r",?\s+(?:and|as well as)\s+(?:also\s+|further\s+)?$".
_TRAILING_AND = re.compile(
    r"[,\s](?:(?<=,)\s+|(?<=\s)\s*)(?:and|as well as)\s+(?:also\s+|further\s+)?$"
)
_TRAILING_WORDS = ("and", "as", "also", "further")


def joined_commitment(
    text: str, finder: SpeakerFinder, speakers: tuple[str, ...], start: int, end: int
) -> list[Statement]:
    """'Minister Chung mentioned that relations have developed, and Korea would strengthen
    cooperation ...': a second thing said, joined by ', and', where a state says what it will
    do, is the speaker's commitment. [start, end): what the reporting verb opened."""
    for m in _JOINED.finditer(text, start, end):
        cand = next((c for c in finder.between(m.end(), end) if c.start == m.end()), None)
        if cand is None or cand.kind != "country":
            continue
        will = _WILL_AFTER.match(text, cand.end)
        if will and _will_verb(text, will) not in load_kb().non_acts:
            stop = clause_end(text, will.end(), end, [])
            evidence = (cand.start, stop)
            return [
                Statement(s, "commit", text[cand.start : stop].strip(" ,;"), evidence)
                for s in speakers
            ]
    return []


_JOINED = re.compile(r",\s+and\s+(?:that\s+)?(?:the\s+)?")
_WILL_AFTER = re.compile(r"\s+(?:will|would)\s+(?:also\s+|further\s+)?(?!be\b)\w+")
