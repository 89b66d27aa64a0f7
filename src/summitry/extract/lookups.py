"""Searches that many mentions of one long sentence repeat, answered without rescanning.

`first_match(pattern, text, start, limit)` is `pattern.search(text, start, limit)`: where the
first match at or after start begins (or None). Whether a match begins at a position p does
not depend on where the search started, so each search also answers every later one that
starts between its start and its match: for one limit (a sentence end), searches from many
places in the sentence scan each stretch of it about once, not once per mention.
"""

from __future__ import annotations

import bisect
import heapq
import re
import threading
from collections.abc import Hashable, Iterable, Iterator
from typing import Any

__all__ = ["KeyIndex", "first_match", "may_occur", "occurrences", "spans_inside_others"]

_STATE = threading.local()


def _known(pattern: re.Pattern[str], text: str, limit: int) -> list[tuple[int, int]]:
    """(start, found) of the searches done so far over text up to limit, sorted by start;
    found is the match's start, or limit when there was none. Reset for each new text."""
    if getattr(_STATE, "text", None) is not text:
        _STATE.text = text
        _STATE.found = {}
    return _STATE.found.setdefault((pattern, limit), [])


def first_match(pattern: re.Pattern[str], text: str, start: int, limit: int) -> int | None:
    """pattern.search(text, start, limit).start(), or None: the answer of an earlier search
    over the same stretch is reused."""
    if start >= limit:
        m = pattern.search(text, start, limit)
        return m.start() if m else None
    known = _known(pattern, text, limit)
    i = bisect.bisect_right(known, (start, limit + 1)) - 1
    if i >= 0 and known[i][0] <= start <= known[i][1]:
        found = known[i][1]
    else:
        m = pattern.search(text, start, limit)
        found = m.start() if m else limit
        bisect.insort(known, (start, found))
    if found == limit and not pattern.search(text, limit, limit):
        return None
    return found


def spans_inside_others(items: list[Any]) -> list[bool]:
    """For each item (with .start and .end), whether another item (not the same object)
    starts at or before it and ends after it: `any(o is not n and o.start <= n.start and
    n.end < o.end for o in items)`, in n log n."""
    by_start: dict[int, list[tuple[int, int]]] = {}
    for item in items:
        by_start.setdefault(item.start, []).append((item.end, id(item)))
    reach: dict[int, tuple[int, tuple[int, int], tuple[int, int]]] = {}
    before = -1  # the furthest end of the items that start earlier
    for start in sorted(by_start):
        group = by_start[start]
        first = max(group)
        second = max((g for g in group if g[1] != first[1]), default=(-1, 0))
        reach[start] = (before, first, second)
        before = max(before, first[0])
    out = []
    for item in items:
        before, first, second = reach[item.start]
        same_start = first[0] if first[1] != id(item) else second[0]
        out.append(max(before, same_start) > item.end)
    return out


def may_occur(positions: list[int], shortest: int, start: int, stop: int) -> bool:
    """Whether a literal whose occurrences begin at `positions` (sorted, every one, overlaps
    included) and are at least `shortest` long can lie within [start, stop): when it cannot,
    a pattern that needs it cannot match there either."""
    i = bisect.bisect_left(positions, start)
    return i < len(positions) and positions[i] + shortest <= stop


def occurrences(literals: re.Pattern[str], text: str, start: int, stop: int) -> list[int]:
    """Every position in [start, stop) where one of the literals (a pattern of the form
    (?=(?:a|b|c))) begins, overlapping ones included."""
    return [m.start() for m in literals.finditer(text, start, stop)]


class KeyIndex:
    """Positions of items by keys, to find without a scan the first item that may match:
    each key lists the positions filed under it, sorted; `candidates` merges the lists of
    some keys in order. A key filed under stays (the caller checks each candidate)."""

    def __init__(self) -> None:
        self._by_key: dict[Hashable, list[int]] = {}

    def add(self, position: int, keys: Iterable[Hashable]) -> None:
        for key in keys:
            filed = self._by_key.setdefault(key, [])
            i = bisect.bisect_left(filed, position)
            if i == len(filed) or filed[i] != position:
                filed.insert(i, position)

    def candidates(self, keys: Iterable[Hashable]) -> Iterator[int]:
        """Each position filed under any of keys, once, in increasing order."""
        last = -1
        for position in heapq.merge(*(self._by_key.get(key, ()) for key in keys)):
            if position != last:
                yield position
                last = position
