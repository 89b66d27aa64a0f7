"""Needs: the words a pattern's matches hold, read off the pattern, and the stretches of text
where it therefore cannot match; case-blind words found in the page lowered once."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summitry.extract import formats, people_roles, place_words
from summitry.extract.needs import Needs, blind_starts, lowered
from summitry.extract.needs import needs as cached_needs

CO_CHAIRED = re.compile(r"\bco-chair(?:ed|s)?\b[^.;]{0,60}\bwith\s+[^.;]*$", re.IGNORECASE)
AS_CHAIR = re.compile(r",?\s+as\s+(?:the\s+)?(?P<co>[Cc]o-?)?[Cc]hair(?:man|person)?\b")


def test_the_words_are_read_off_the_pattern() -> None:
    assert Needs(CO_CHAIRED).words == (("co-chair", True),)
    # of the runs a match must hold ('as', 'hair'), the longer; case-sensitive here
    assert Needs(AS_CHAIR).words == (("hair", False),)
    assert Needs(re.compile(r"(?i:thousand|million)\b")).words == (
        ("million", True),
        ("thousand", True),
    )
    assert Needs(re.compile(r"(?:a\s+)?\d*")).words == ()  # every part optional: none


def test_absent_only_where_no_word_is_in_the_stretch() -> None:
    needs = Needs(CO_CHAIRED)
    text = "The meeting was CO-CHAIRED by Japan with Korea"
    assert CO_CHAIRED.search(text)
    assert not needs.absent(text, 0, len(text))  # any case
    assert needs.absent(text, 0, 18)  # 'CO-CHAI': cut short
    assert needs.absent("The meeting was chaired by Japan.", 0, 33)
    assert not Needs(re.compile(r"\d*")).absent("abc", 0, 3)  # no words known: never absent


def test_letters_case_blind_patterns_read_as_ascii_ones_are_not_skipped() -> None:
    text = "The meeting was co-cha\u0131red with Korea"  # dotless i: IGNORECASE reads it as i
    assert CO_CHAIRED.search(text)
    assert lowered(text) is None
    assert not Needs(CO_CHAIRED).absent(text, 0, len(text))
    assert lowered("İstanbul") is None  # lower() would make it longer
    assert lowered("Kim met Lee") == "kim met lee"


CUES = ["co-chaired", "Co-Chair", "CHAIRED", "presided over", "attended", "Opening remarks"]
FILLER = ["the", "Minister", "with", "by", "of", ",", ".", "virtually", "Online", "ı", "ſ"]
PATTERNS = [
    *people_roles._patterns().values(),
    CO_CHAIRED,
    AS_CHAIR,
    formats._VIRTUAL,
    formats._HYBRID,
    place_words.VENUE,
]


@given(
    words=st.lists(st.sampled_from(CUES + FILLER), max_size=14),
    sep=st.sampled_from([" ", "  ", "\n"]),
    cut=st.integers(0, 8),
)
def test_absent_means_no_match(words: list[str], sep: str, cut: int) -> None:
    text = sep.join(words)
    start, end = min(cut, len(text)), len(text)
    for pattern in PATTERNS:
        if Needs(pattern).absent(text, start, end):
            assert pattern.search(text, start, end) is None, pattern.pattern


@given(
    words=st.lists(st.sampled_from(CUES + FILLER), max_size=14),
    pad=st.sampled_from([0, 600, 1200]),
    cut=st.integers(0, 8),
)
def test_a_long_stretch_looked_through_word_by_word_gives_the_same_answer(
    words: list[str], pad: int, cut: int
) -> None:
    text = " ".join(words) + " x" * pad  # past 1,000 characters absent() takes str.find
    start = min(cut, len(text))
    for pattern in PATTERNS:
        needs = Needs(pattern)
        short = needs._plain, needs._blind  # what the alternations find, stretch by stretch
        found = any(
            p is not None and p.search(t, start, len(text))
            for p, t in ((short[0], text), (short[1], lowered(text) or ""))
        )
        expected = not found and not (needs._blind is not None and lowered(text) is None)
        assert needs.absent(text, start, len(text)) is (expected if needs.words else False)


def test_blind_starts_finds_the_words_in_any_case() -> None:
    text = "5 Million, 2 BILLION and a billionaire; millionmillion"
    assert blind_starts(text, ("million", "billion")) == [2, 13, 27, 40, 47]
    assert blind_starts("no sums here", ("million",)) == []
    assert blind_starts("2 ſeven million", ("million",)) is None  # 'ſ' reads as 's': no telling
    with pytest.raises(ValueError, match="must be ASCII"):
        blind_starts("x", ("milliön",))


@given(text=st.lists(st.sampled_from(["m", "M", "illion", "ILLION", "on", " ", "é"]), max_size=10))
def test_blind_starts_are_where_the_case_blind_words_begin(text: list[str]) -> None:
    page = "".join(text)
    blind = re.compile("(?=million|on)", re.IGNORECASE)
    assert blind_starts(page, ("million", "on")) == [m.start() for m in blind.finditer(page)]


def test_lowered_keeps_a_page_body_and_title_at_once() -> None:
    body, title = "The Meeting", "ASEAN Summit"
    low = lowered(body)
    assert lowered(title) == "asean summit"
    assert lowered(body) is low  # not lowered again


@given(
    words=st.lists(st.sampled_from(CUES + FILLER + ["İ"]), min_size=1, max_size=40),
    cuts=st.lists(st.tuples(st.floats(0, 1), st.floats(0, 1)), min_size=1, max_size=10),
)
def test_many_long_stretches_of_one_text_give_what_str_find_gives(
    words: list[str], cuts: list[tuple[float, float]]
) -> None:
    text = " x" * 600 + " ".join(words) + " x" * 600  # long stretches; the places found once
    low = lowered(text)
    for pattern in PATTERNS:
        needs = cached_needs(pattern)
        for _ in range(9):  # nine whole-text reads by str.find: the later calls bisect
            needs.absent(text, 0, len(text))
        # stretches that end at a word's end, or one character either side of it
        ends = [len(text)]
        for w, blind in needs.words:
            hay = low if blind else text
            at = -1 if hay is None else hay.find(w)
            while hay is not None and at >= 0:
                ends += [at + len(w) - 1, at + len(w), at + len(w) + 1]
                at = hay.find(w, at + 1)
        for pick, cut in cuts:
            end = ends[int(pick * (len(ends) - 1))]
            start = int(cut * max(0, end - 1001))
            found = any(
                (low.find(w, start, end) >= 0 if low is not None else True)
                if blind
                else text.find(w, start, end) >= 0
                for w, blind in needs.words
            )
            assert needs.absent(text, start, end) is (not found if needs.words else False)
