"""Patterns that scan a page fast.

A pattern that opens with an assertion (r"\b", a look-behind) is tried at every position of
the page; one that opens with plain letters lets the engine skip to where those letters are,
several times faster on a page. word_start() writes r"\b(?:Meeting|Summit)" that way, and
WordStarts finds a set of literal words without the regex engine at all.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache

import ahocorasick

from summitry.extract.needs import CASE_ODD, Needs, blind_starts, lowered, needs
from summitry.kb.matcher import root_order

__all__ = [
    "CASE_ODD",
    "POSSESSIVE",
    "ByWord",
    "Needs",
    "WordStarts",
    "WordsThen",
    "blind_starts",
    "by_word",
    "char_starts",
    "digit_runs",
    "ends_in",
    "lowered",
    "matches_from",
    "needs",
    "word_start",
    "word_starts_with",
    "words_then",
]

# The possessive ending in either apostrophe: text.startswith(POSSESSIVE, at), or
# word.endswith(POSSESSIVE) ("Australia's", "Australia’s")
POSSESSIVE = ("'s", "’s")


def word_start(*words: str, after: str = "") -> str:
    r"""An alternation of words that match only at the start of a word, as r"\b(?:A|B)" would
    ('M(?<!\wM)eeting|S(?<!\wS)ummit'); with after=r"\s", only right after that class instead.

    Each word is a regex without a top-level '|' whose first character is a plain letter.
    """
    branches = []
    for word in words:
        first, rest = word[0], word[1:]
        if not first.isalpha():
            raise ValueError(f"word_start: {word!r} must begin with a letter")
        behind = f"(?<={after}{first})" if after else f"(?<!\\w{first})"
        branches.append(f"{first}{behind}{rest}")
    return "|".join(branches)


@dataclass(frozen=True, slots=True)
class WordsThen:
    r"""r"(?:w1|w2|...)(?=then)" in two parts: the words' alternation, made for one page, and
    `then` (a zero-width assertion), compiled once for every page and tried where a word
    ends. Answers match() and finditer() as the whole pattern would (see words_then)."""

    words: re.Pattern[str]
    then: re.Pattern[str]

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        m = self.words.match(text, pos)
        return m if m is not None and self.then.match(text, m.end()) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        m = self.words.search(text)
        while m is not None:
            if self.then.match(text, m.end()):
                yield m
                m = self.words.search(text, m.end())
            else:
                m = self.words.search(text, m.start() + 1)


def words_then(words: Sequence[str], then: str, flags: int = 0) -> re.Pattern[str] | WordsThen:
    r"""The literal words of one page, each at a word start, followed by the assertion then
    (r"(?=\s+[a-z])"): compiling then with a page's words costs a millisecond a page when it
    holds wide classes, so it is compiled once. Split, the first word that matches is the
    only one tried; that is the whole pattern's answer when no word can match where another
    does (none is a prefix of another, and case-blind words are ASCII), else the whole
    pattern is compiled."""
    alternation = word_start(*(re.escape(w) for w in words))
    blind = bool(flags & re.IGNORECASE)
    keys = sorted(w.lower() if blind else w for w in words)
    shared = any(b.startswith(a) for a, b in zip(keys, keys[1:], strict=False))
    if shared or (blind and not all(w.isascii() for w in words)):
        return re.compile(f"(?:{alternation}){then}", flags)
    return WordsThen(re.compile(alternation, flags), _assertion(then, flags))


@cache
def _assertion(then: str, flags: int) -> re.Pattern[str]:
    return re.compile(then, flags)


@dataclass(frozen=True, slots=True)
class ByWord:
    r"""r"(?:w1|w2|...)REST", each word at a word start, as one pattern per word that opens
    with the word itself, so that `re` skips to where that word is (the alternation opens
    with a class of the words' first letters: it stops at every 't' for 'the'). finditer()
    gives what the whole pattern's finditer gives; where the matches of two words overlap,
    it runs the whole pattern instead (see by_word)."""

    whole: re.Pattern[str]
    parts: tuple[re.Pattern[str], ...]

    def finditer(self, text: str) -> list[re.Match[str]]:
        found = [m for part in self.parts for m in part.finditer(text)]
        if len(self.parts) > 1:
            found.sort(key=_start_of)
            for before, after in zip(found, found[1:], strict=False):
                if after.start() < before.end():  # the whole pattern skips one of them
                    return list(self.whole.finditer(text))
        return found


def by_word(words: Sequence[str], rest: str, flags: int = 0) -> ByWord:
    r"""ByWord for words of plain letters and the regex rest that follows them. Each part is
    the whole pattern's branch of one word; where no two matches overlap, the whole pattern
    finds each of them, and no other. Not for re.IGNORECASE, under which `re` finds no
    literal to skip to."""
    if flags & re.IGNORECASE or not all(w.isascii() and w.isalpha() for w in words):
        raise ValueError(f"by_word: {words!r} must be ASCII letters, matched in their case")
    whole = re.compile(f"(?:{word_start(*words)}){rest}", flags)
    return ByWord(whole, tuple(re.compile(f"{w}(?<!\\w{w}){rest}", flags) for w in words))


def _start_of(m: re.Match[str]) -> int:
    return m.start()


class WordStarts:
    r"""Where any of a set of literal words or phrases begins as a whole word in a text: the
    starts of r"\b(?:w1|w2|...)\b" matches, found without a regex.

    For word sets whose first letters are common ones, where word_start() gains little. The
    word sets of every WordStarts share one Aho-Corasick automaton: the first call for a text
    finds the starts of all of them in one pass, and the calls after it for the same text
    read them from that pass.
    """

    def __init__(self, words: Iterable[str]) -> None:
        with _SHARED.lock:
            self._index = len(_SHARED.sets)
            _SHARED.sets.append(tuple(words))
            _SHARED.automaton = None  # built again, with these words, on the next call

    def __call__(self, text: str) -> list[int]:
        return list(_all_starts(text)[self._index])


class _Shared:
    """The word sets of every WordStarts, their automaton, and the starts found in the last
    few texts (per thread: a page's body and title, and the stretches read in between)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.sets: list[tuple[str, ...]] = []
        self.automaton: ahocorasick.Automaton | None = None
        self.kept = threading.local()


_SHARED = _Shared()
_TEXTS_KEPT = 4


def _automaton() -> ahocorasick.Automaton:
    """Each word of every set -> (its length, the sets that hold it)."""
    with _SHARED.lock:
        if _SHARED.automaton is None:
            holders: dict[str, list[int]] = {}
            for index, words in enumerate(_SHARED.sets):
                for word in words:
                    holders.setdefault(word, []).append(index)
            automaton = ahocorasick.Automaton()
            for word in root_order(holders):
                automaton.add_word(word, (len(word), tuple(holders[word])))
            automaton.make_automaton()
            _SHARED.automaton = automaton
        return _SHARED.automaton


def _all_starts(text: str) -> list[list[int]]:
    """For each word set, where its words begin as whole words in text (sorted, once each)."""
    kept = _SHARED.kept.__dict__.setdefault("texts", [])
    if kept and kept[0][0] is text and kept[0][1] is _SHARED.automaton:
        return kept[0][2]  # the last text again: most calls, one sentence of it after another
    automaton = _automaton()
    for seen, built, found in kept:
        if seen is text and built is automaton:
            return found
    starts: list[set[int]] = [set() for _ in _SHARED.sets]
    size = len(text)
    for end, (length, indexes) in automaton.iter(text) if len(automaton) else ():
        start = end + 1 - length
        if start:  # a word character (what r"\w" matches) on either side: no word of its own
            before = text[start - 1]
            if before.isalnum() or before == "_":
                continue
        if end + 1 < size:
            after = text[end + 1]
            if after.isalnum() or after == "_":
                continue
        for index in indexes:
            starts[index].add(start)
    found = [sorted(s) for s in starts]
    kept[:] = [(text, automaton, found), *kept[: _TEXTS_KEPT - 1]]
    return found


def matches_from(
    pattern: re.Pattern[str] | WordsThen, text: str, starts: Iterable[int]
) -> list[re.Match[str]]:
    """What pattern.finditer(text) gives, tried only at starts (sorted): every position where
    a match may begin, such as the WordStarts of the words each match opens with. The pattern
    must not match the empty string."""
    out: list[re.Match[str]] = []
    end = 0
    for start in starts:
        if start >= end and (m := pattern.match(text, start)):
            out.append(m)
            end = m.end()
    return out


def ends_in(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    r"""Whether text[start:end] ends, before its closing whitespace (at least one character
    of it), with one of words: what a pattern ending in r"(?:w1|w2|...)\s+$" needs to match
    there, checked without the engine."""
    stop = end
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    return stop < end and text[max(start, stop - _longest(words)) : stop].endswith(words)


@cache
def _longest(words: tuple[str, ...]) -> int:
    return max(map(len, words), default=0)


def char_starts(text: str, chars: str) -> list[int]:
    """Every position of any of chars in text, in order, found by str.find: where a pattern
    that opens with a class of those (few) characters may begin, for matches_from."""
    out: list[int] = []
    for char in chars:
        at = text.find(char)
        while at >= 0:
            out.append(at)
            at = text.find(char, at + 1)
    out.sort()
    return out


def word_starts_with(text: str, chars: str) -> list[int]:
    r"""Every position where a word begins with one of chars (what r"(?<!\w)[chars]" finds),
    by str.find: where a pattern whose matches open a word with one of those characters may
    begin, for matches_from, without a scan that stops at every position."""
    out = []
    for at in char_starts(text, chars):
        if at:
            before = text[at - 1]
            if before.isalnum() or before == "_":
                continue
        out.append(at)
    return out


# r"\d+" written so that it opens with its class: `re` then skips to the digits in C (a
# pattern that opens with a repeat is tried at every position, three times slower).
_DIGIT_RUN = re.compile(r"\d\d*")
_RUNS = threading.local()


def digit_runs(text: str) -> list[tuple[int, int]]:
    r"""(start, end) of each run of digits (what \d+ matches) in text: one scan a text (the
    last one kept), which the scans that need a digit read instead of scanning again."""
    if getattr(_RUNS, "text", None) is not text:
        _RUNS.text, _RUNS.runs = text, [m.span() for m in _DIGIT_RUN.finditer(text)]
    return _RUNS.runs  # type: ignore[no-any-return]
