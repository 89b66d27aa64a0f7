"""Patterns that scan a page fast.

A pattern that opens with an assertion (r"\b", a look-behind) is tried at every position of
the page; one that opens with plain letters lets the engine skip to where those letters are,
several times faster on a page. word_start() writes r"\b(?:Meeting|Summit)" that way, and
WordStarts finds a set of literal words without the regex engine at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import ahocorasick

__all__ = ["WordStarts", "ends_in", "matches_from", "word_start"]


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


class WordStarts:
    r"""Where any of a set of literal words or phrases begins as a whole word in a text: the
    starts of r"\b(?:w1|w2|...)\b" matches, found by one Aho-Corasick pass, not a regex.

    For word sets whose first letters are common ones, where word_start() gains little.
    """

    def __init__(self, words: Iterable[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        for word in words:
            self._automaton.add_word(word, len(word))
        self._automaton.make_automaton()

    def __call__(self, text: str) -> list[int]:
        starts = set()
        size = len(text)
        for last, length in self._automaton.iter(text):
            start = last + 1 - length
            if start:  # a word character (what r"\w" matches) on either side: no word of its own
                before = text[start - 1]
                if before.isalnum() or before == "_":
                    continue
            if last + 1 < size:
                after = text[last + 1]
                if after.isalnum() or after == "_":
                    continue
            starts.add(start)
        return sorted(starts)


def matches_from(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> list[re.Match[str]]:
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
    longest = max(map(len, words), default=0)
    return stop < end and text[max(start, stop - longest) : stop].endswith(words)
