"""The shortcuts for long sentences answer exactly what the plain searches answer."""

from __future__ import annotations

import re
from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from summitry.extract.formats import format_between, format_in
from summitry.extract.lookups import first_match, spans_inside_others
from summitry.extract.meeting_dates import _CLAUSE_END, _RANGE_WORD, _range_word, clause_end
from summitry.extract.place_words import VENUE
from summitry.extract.places import _first_venue

WORDS = (
    "to",
    "tox",
    "until",
    "ended on",
    "end",
    " ",
    ", and ",
    "; ",
    " after ",
    "virtual",
    "virtually",
    "hybrid",
    "xhybrid",
    "online",
    ", which was held",
    "a",
    ".",
)
texts = st.lists(st.sampled_from(WORDS), max_size=30).map("".join)
cuts = st.lists(st.tuples(st.floats(0, 1), st.floats(0, 1), st.floats(0, 1)), max_size=12)


def _windows(text: str, points: list[tuple[float, float, float]]):
    for a, b, c in points:
        start, stop, limit = sorted(int(x * len(text)) for x in (a, b, c))
        yield start, stop, limit


@settings(max_examples=200, deadline=None)
@given(text=texts, points=cuts)
def test_searches_over_windows_match_the_plain_ones(text: str, points) -> None:
    cue = re.compile(r",\s+which\s(?!was)|\s+after\s|;")
    for start, stop, limit in _windows(text, points):
        m = cue.search(text, start, limit)
        assert first_match(cue, text, start, limit) == (m.start() if m else None)
        m = _CLAUSE_END.search(text[start:limit])
        assert clause_end(text, start, limit) == (start + m.start() if m else limit)
        assert format_between(text, start, stop) == format_in(text[start:stop])
        plain = _RANGE_WORD.search(text[start:stop]) is not None
        assert _range_word(text, start, stop, limit) == plain


@dataclass
class Span:
    start: int
    end: int


@given(st.lists(st.tuples(st.integers(0, 9), st.integers(0, 5)), max_size=12), st.booleans())
def test_spans_inside_others_is_the_nested_any(pairs: list[tuple[int, int]], twice: bool) -> None:
    items = [Span(s, s + n) for s, n in pairs]
    if twice and items:
        items.append(items[0])  # the same object twice is not inside itself
    want = [any(o is not n and o.start <= n.start and n.end < o.end for o in items) for n in items]
    assert spans_inside_others(items) == want


VENUE_WORDS = (
    "at the",
    "in",
    "Lotte",
    "Hotel",
    "National",
    "Convention Center",
    " ",
    "of",
    "Korea",
    "(LH)",
    "xin",
    ",",
    "Hall",
    "at",
)


@settings(max_examples=150, deadline=None)
@given(words=st.lists(st.sampled_from(VENUE_WORDS), max_size=25), points=cuts)
def test_the_first_venue_is_the_one_the_window_search_finds(words: list[str], points) -> None:
    text = " ".join(words)
    for start, stop, _ in _windows(text, points):
        m = VENUE.search(text[start:stop])
        want = (m.start("venue"), m.end(), m.group("venue").strip()) if m else None
        found = _first_venue(text, start, stop)
        got = (found[0].start - start, found[0].end - start, found[0].name) if found else None
        assert got == want
