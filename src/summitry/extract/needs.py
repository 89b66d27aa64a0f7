"""What a pattern's matches must hold, and case-blind words found without the engine.

Needs reads off a compiled pattern the words one of which every match holds, so a stretch
without any of them is skipped; lowered() gives the page in lower case at the same offsets,
where case-blind ASCII words are found by str.find (blind_starts).
"""

from __future__ import annotations

import bisect
import importlib
import re
import threading
from collections.abc import Sequence
from functools import cache
from typing import Any

__all__ = ["CASE_ODD", "Needs", "blind_starts", "lowered", "needs"]

# The re module's own reader of patterns (Python 3.11 on), which Needs walks.
_parser: Any = importlib.import_module("re._parser")
_constants: Any = importlib.import_module("re._constants")

# Letters that re.IGNORECASE matches to ASCII ones though they are not ASCII ('İ', 'ı', 'ſ',
# the Kelvin sign); a text holding none of them lowers to a copy of the same length in which
# a case-blind match of ASCII words is found as those words in lower case.
CASE_ODD = "\u0130\u0131\u017f\u212a"
_CASE_ODD = tuple(CASE_ODD)
_LITERAL = _constants.LITERAL
_REPEATS = (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT)


class Needs:
    """The words every match of a pattern holds, read off the pattern itself: where none of
    them is in a stretch of text, the pattern cannot match there, and the engine is spared
    trying it at every position (the case-blind patterns of cue words are the slow ones).

    `absent(text, start, end)` is True only when no match can lie within text[start:end].
    A pattern with no such words (every part optional) is never absent.
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        try:
            parsed = _parser.parse(pattern.pattern, pattern.flags)
            words = _needed(list(parsed.data), pattern.flags)
        except Exception:  # noqa: BLE001 - a pattern the parser reads otherwise: no shortcut
            words = None
        self.words: tuple[tuple[str, bool], ...] = tuple(sorted(words or ()))
        # one search for each kind of word: the words as literals, in one alternation
        blind = [re.escape(w) for w, b in self.words if b]
        plain = [re.escape(w) for w, b in self.words if not b]
        self._blind = re.compile("|".join(blind)) if blind else None
        self._plain = re.compile("|".join(plain)) if plain else None

    def absent(self, text: str, start: int, end: int) -> bool:
        """True when none of the words is within text[start:end] (so no match is)."""
        if not self.words:
            return False
        if end - start > _LONG_STRETCH:
            return self._absent_by_find(text, start, end)
        if self._plain is not None and self._plain.search(text, start, end):
            return False
        if self._blind is not None:
            low = lowered(text)
            return low is not None and not self._blind.search(low, start, end)
        return True

    def _absent_by_find(self, text: str, start: int, end: int) -> bool:
        """absent() over a long stretch (a whole page): str.find of each word skips ahead
        several times faster than the alternation, which stops at each word's first letter.
        Once the stretches read in one text add up to a few times its length (many mentions
        of one long sentence), the words' places in it are found once and bisected."""
        seen = _scans(text)
        scanned = seen.get(self, 0)
        if isinstance(scanned, _Places):
            return scanned.absent(start, end)
        if scanned > _SCANS_BEFORE_PLACES * len(text):
            places = seen[self] = _Places(text, self.words)
            return places.absent(start, end)
        seen[self] = scanned + end - start
        low = lowered(text) if self._blind is not None else None
        for word, blind in self.words:
            if not blind:
                if text.find(word, start, end) >= 0:
                    return False
            elif low is None or low.find(word, start, end) >= 0:
                return False
        return True


class _Places:
    """Where a Needs' words lie in one text: each word's place (start, end), by start, with
    the least end from each onward, so absent() over any stretch is one bisection."""

    def __init__(self, text: str, words: tuple[tuple[str, bool], ...]) -> None:
        low = lowered(text) if any(b for _, b in words) else None
        found: list[tuple[int, int]] = []
        self.always = False  # a case-blind word where lowering cannot tell: never absent
        for word, blind in words:
            hay = low if blind else text
            if hay is None:
                self.always = True
                continue
            at = hay.find(word)
            while at >= 0:
                found.append((at, at + len(word)))
                at = hay.find(word, at + 1)
        found.sort()
        self.starts = [a for a, _ in found]
        self.least_end = [b for _, b in found]
        for i in range(len(found) - 2, -1, -1):
            self.least_end[i] = min(self.least_end[i], self.least_end[i + 1])

    def absent(self, start: int, end: int) -> bool:
        if self.always:
            return False
        i = bisect.bisect_left(self.starts, start)
        return i == len(self.starts) or self.least_end[i] > end


_SCANS = threading.local()
_SCANS_BEFORE_PLACES = 8  # text lengths read by str.find in one text before _Places is built


def _scans(text: str) -> dict[Needs, Any]:
    """For each Needs, the characters its long stretches read so far in text, or its _Places
    there (kept for the last few texts of this thread, as lowered() keeps them)."""
    kept = _SCANS.__dict__.setdefault("texts", [])
    for seen, scans in kept:
        if seen is text:
            return scans  # type: ignore[no-any-return]
    fresh: dict[Needs, Any] = {}
    kept[:] = [(text, fresh), *kept[: _TEXTS_KEPT - 1]]
    return fresh


_LOWERED = threading.local()
_TEXTS_KEPT = 4  # a page's body and title, and the stretches read in between
_LONG_STRETCH = 1000  # characters from which absent() looks for each word by str.find


def lowered(text: str) -> str | None:
    """text.lower() where it keeps every offset and case-blind ASCII matches show in it
    (kept for the last few texts of this thread: a page's body and title, read in turn);
    None where it does not."""
    kept = _LOWERED.__dict__.setdefault("texts", [])
    for seen, low in kept:
        if seen is text:
            return low  # type: ignore[no-any-return]
    low = None if any(odd in text for odd in _CASE_ODD) else text.lower()
    if low is not None and len(low) != len(text):
        low = None
    kept[:] = [(text, low), *kept[: _TEXTS_KEPT - 1]]
    return low


def blind_starts(text: str, words: Sequence[str]) -> list[int] | None:
    """Every position where one of words (ASCII) begins in text in any case, as
    re.IGNORECASE finds them, sorted: each word found by str.find in the page lowered once
    (see lowered); None where lowering cannot tell."""
    low = lowered(text)
    if low is None:
        return None
    out = set()
    for word in _lower_words(tuple(words)):
        at = low.find(word)
        while at >= 0:
            out.add(at)
            at = low.find(word, at + 1)
    return sorted(out)


@cache
def _lower_words(words: tuple[str, ...]) -> tuple[str, ...]:
    if not all(w.isascii() and w for w in words):
        raise ValueError(f"blind_starts: {words!r} must be ASCII words")
    return tuple(w.lower() for w in words)


def _needed(items: list, flags: int) -> set[tuple[str, bool]] | None:
    """Words (with whether they are case-blind) one of which every match of the sequence
    items holds; None when no such set is known. Of the choices a sequence offers (each run
    of literal characters, each required group), the one whose shortest word is longest."""
    blind = bool(flags & re.IGNORECASE)
    choices: list[set[tuple[str, bool]]] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            choices.append({("".join(run), blind)})
            run.clear()

    for op, av in items:
        if op is _LITERAL and (not blind or av < 128):
            run.append(chr(av).lower() if blind else chr(av))
            continue
        close_run()
        found: set[tuple[str, bool]] | None = None
        if op is _constants.SUBPATTERN:
            _, add, remove, sub = av
            found = _needed(list(sub.data), (flags | add) & ~remove)
        elif op is _constants.BRANCH:
            branches = [_needed(list(alt.data), flags) for alt in av[1]]
            if all(branches):
                found = set().union(*branches)  # type: ignore[arg-type]
        elif op in _REPEATS and av[0] >= 1:
            found = _needed(list(av[2].data), flags)
        elif op is _constants.ATOMIC_GROUP:
            found = _needed(list(av.data), flags)
        if found:
            choices.append(found)
    close_run()
    if not choices:
        return None
    return max(choices, key=lambda words: (min(len(w) for w, _ in words), -len(words)))


@cache
def needs(pattern: re.Pattern[str]) -> Needs:
    """Needs(pattern), read once per pattern."""
    return Needs(pattern)
