"""Scans rewritten to run faster find what the plain patterns they stand for find."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from summitry.extract import (
    dates,
    initiative_shapes,
    initiatives,
    meeting_acronyms,
    meeting_dates,
    meeting_forms,
    meeting_head_names,
    meetings,
    page_dates,
    place_words,
    quotes,
    speaker_groups,
    speaker_refs,
)
from summitry.extract.patterns import char_starts, digit_runs, matches_from

PIECES = ["“", "”", '"', "‘", "’", "'", " ", "\n", "the ", "Plan", "ASEAN", "(SOM) ", "meeting"]
PIECES += ["summits", "1", "2", "19", "2019", "1950", "-", "$", ".", "x", "A", "(", ")", "%"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


def spans(found) -> list[tuple[int, int]]:
    return [m.span() for m in found]


def test_char_starts_lists_every_position_of_the_characters() -> None:
    assert char_starts('a"b“c"', '“"') == [1, 3, 5]
    assert char_starts("none", '“"') == []


@given(text=TEXTS)
def test_quotation_scans_tried_at_quote_marks_find_what_finditer_finds(text: str) -> None:
    for pattern, marks in (
        (quotes._OPEN, "“\"‘'"),
        (initiatives._QUOTE, initiatives._QUOTE_MARKS),
        (initiative_shapes._QUOTED, '“"'),
    ):
        tried = matches_from(pattern, text, char_starts(text, marks))
        assert spans(tried) == spans(pattern.finditer(text))


@given(text=TEXTS)
def test_lower_case_heads_after_a_bracket_are_those_of_the_full_scan(text: str) -> None:
    assert spans(meeting_head_names._low_heads(text)) == spans(
        meeting_head_names._LOW_HEAD.finditer(text)
    )


PLAIN_YEAR = re.compile(r"(?<![\w$.,/–—−-])(?:19[5-9]\d|20\d\d)(?![\w%]|\s*[-–—−]\s*\d)")


@given(text=TEXTS)
def test_the_year_scan_finds_what_its_plain_form_finds(text: str) -> None:
    assert spans(page_dates._YEAR.finditer(text)) == spans(PLAIN_YEAR.finditer(text))
    assert spans(page_dates._YEAR.finditer("in 2019, 1999-2000, x2019 and $2020")) == [(3, 7)]


LEAD_PIECES = ["The", "the", "All", "other", "ASEAN", "Plus", "Three", "EU-", "G7+", "(The"]
LEAD_PIECES += [" ", "  ", "\n", "\u00a0", "x", ",", "leaders"]


@given(
    words=st.lists(st.sampled_from(LEAD_PIECES), max_size=16),
    reach=st.integers(0, 40),
)
def test_a_group_lead_searched_from_four_words_back_is_the_same(
    words: list[str], reach: int
) -> None:
    text = "".join(words) + " ministers"
    noun = len(text) - len("ministers")
    lo = max(0, noun - reach)
    shortened = speaker_groups.lead_start(text, lo, noun)
    plain = speaker_groups.GROUP_LEAD.search(text, lo, noun)
    found = speaker_groups.GROUP_LEAD.search(text, shortened, noun)
    assert lo <= shortened <= noun
    assert (found and found.span()) == (plain and plain.span())


@given(
    words=st.lists(
        st.sampled_from(["Plan", "of", "the", "ASEAN", "(AIDER)", " ", "\n", "x"]), max_size=40
    ),
    count=st.integers(1, 14),
    lo=st.integers(0, 30),
)
def test_the_last_words_before_a_head_are_those_of_the_whole_scan(
    words: list[str], count: int, lo: int
) -> None:
    text = " ".join(words)
    lo = min(lo, len(text))
    whole = list(initiative_shapes._WORD.finditer(text, lo, len(text)))[-count:]
    assert spans(initiative_shapes._last_words(text, lo, len(text), count)) == spans(whole)


DIGIT_PIECES = ["1", "21", "٣", "st ", "nd", "th\n", "SOM", "A", "x", " ", "-", "First ", "rd"]


def plain_ordinal_starts(text: str) -> list[int]:
    """meeting_acronyms._ordinal_starts as it was, with its own scan for digit ordinals."""
    starts = set(meeting_acronyms._ORDINAL_WORDS(text))
    for m in re.finditer(r"\d(?:st|nd|rd|th)\s", text):
        start = m.start()
        while start and text[start - 1].isdecimal():
            start -= 1
        starts.add(start)
    return sorted(starts)


@given(words=st.lists(st.sampled_from(DIGIT_PIECES), max_size=20))
def test_scans_for_digits_read_the_page_digit_runs(words: list[str]) -> None:
    text = "".join(words)
    assert meeting_acronyms._ordinal_starts(text) == plain_ordinal_starts(text)
    runs = digit_runs(text)
    assert runs == [m.span() for m in re.finditer(r"\d+", text)]
    capital_digit = any(start and "A" <= text[start - 1] <= "Z" for start, _ in runs)
    assert capital_digit == bool(re.search(r"[A-Z]\d", text))


NAME_PIECES = ["ASEAN", "Plus", "of", "on", "and", "for", "oaf", "(SOM)", "(Republic of Korea)"]
NAME_PIECES += ["(AB", "x", " ", "’s", "-", "(", ")", "B+", "f", "a", "o"]
PLAIN_NAME_TOKEN = re.compile(
    r"[A-Z][\w’'+.&-]*|Plus|of|and|for|on|\([A-Z][A-Z+-]{1,9}\)"
    r"|\([A-Z][a-z]+(?: (?:of )?[A-Z][a-z]+){0,3}\)"
)


@given(words=st.lists(st.sampled_from(NAME_PIECES), max_size=16), lo=st.integers(0, 20))
def test_name_tokens_are_those_of_the_plain_alternation(words: list[str], lo: int) -> None:
    text = "".join(words)
    lo = min(lo, len(text))
    fast = meeting_head_names._NAME_TOKEN.finditer(text, lo)
    assert spans(fast) == spans(PLAIN_NAME_TOKEN.finditer(text, lo))


MONTH_PIECES = ["June", "JUNE", "jun", "Jun", "Junes", "May", "Mayor", "Sept", "SEPT.", "Dec"]
MONTH_PIECES += ["4", "2020", "x", " ", ",", "-", "Minister", "é", "Oct", "Octo"]


@given(words=st.lists(st.sampled_from(MONTH_PIECES), max_size=16))
def test_date_candidates_are_the_digit_runs_and_month_words_of_the_plain_scan(
    words: list[str],
) -> None:
    text = "".join(words)
    plain = re.compile(r"[0-9JFMASOND](?<![0-9A-Za-z][0-9JFMASOND])[0-9A-Za-z]*")
    kept = [
        m.span()
        for m in plain.finditer(text)
        if not m.group()[0].isalpha() or m.group().lower() in dates.MONTH_WORDS
    ]
    assert spans(dates.CANDIDATE.finditer(text)) == kept


BILATERAL_PIECES = ["a series of", "A Series Of", "bilateral", "BILATERAL", "bilateraL", "talks"]
BILATERAL_PIECES += ["meetings", "video", "conferences", " ", "  ", "\n", "x", "ı", "of"]


@given(words=st.lists(st.sampled_from(BILATERAL_PIECES), max_size=14))
def test_bilateral_meetings_tried_where_they_begin_are_those_of_the_full_scan(
    words: list[str],
) -> None:
    text = "".join(words)
    starts = meeting_forms._bilateral_starts(text)
    fast = matches_from(meeting_forms._BILATERAL, text, starts)
    assert spans(fast) == spans(meeting_forms._BILATERAL.finditer(text))


NTH_PIECES = ["The", "the", "first", "2nd", "Third", "meeting", "summit", "of", " ", "\n", "x"]


@given(words=st.lists(st.sampled_from(NTH_PIECES), max_size=14))
def test_earlier_instance_scan_by_word_finds_what_the_whole_pattern_finds(
    words: list[str],
) -> None:
    text = "".join(words)
    nth = meetings._NTH_MEETING
    assert spans(nth.finditer(text)) == spans(nth.whole.finditer(text))


ACRONYM_PIECES = ["SOM", "SOM1", "ABCDEFGH", "A", "12", "3", "-", "_", " ", "x", "G20", "٣"]


@given(words=st.lists(st.sampled_from(ACRONYM_PIECES), max_size=12))
def test_numbered_acronyms_tried_before_their_digits_are_those_of_the_full_scan(
    words: list[str],
) -> None:
    text = "".join(words)
    numbered = meeting_forms._NUMBERED
    fast = matches_from(numbered, text, meeting_forms._numbered_starts(text))
    assert spans(fast) == spans(numbered.finditer(text))


WE_PIECES = ["We", "we", ",", " ", "\n", "A", "_", "1", "é", "Wé", "TheWe", "We,"]


@given(text=st.lists(st.sampled_from(WE_PIECES), max_size=20).map("".join))
def test_the_apposed_we_scan_finds_what_its_plain_form_finds(text: str) -> None:
    plain = re.compile(r"\bWe,\s+")
    assert spans(speaker_refs._WE_APPOSED.finditer(text)) == spans(plain.finditer(text))
    assert spans(speaker_refs._WE_APPOSED.finditer("We, the Leaders; TheWe, x")) == [(0, 4)]


VENUE_PIECES = ["at", "in", "at the ", " ", "Hall", "National ", "Convention Centre", "cat", "x"]
VENUE_PIECES += [
    "tin",
    "Shangri-La Hotel",
    "(NCC)",
    "to",
    "until",
    "ending",
    "ended on",
    "closed on",
]
VENUE_PIECES += ["concluded on", "though", "Toronto", ",", "_", "1"]


@given(text=st.lists(st.sampled_from(VENUE_PIECES), max_size=16).map("".join))
def test_word_start_scans_find_what_their_b_forms_find_from_any_position(text: str) -> None:
    plain_venue = re.compile(r"\b(?:at|in)" + place_words._VENUE_REST)
    plain_range = re.compile(r"\b" + meeting_dates._RANGE_WORDS)
    for fast, plain in ((place_words.VENUE, plain_venue), (meeting_dates._RANGE_WORD, plain_range)):
        for pos in range(len(text) + 1):
            found, expected = fast.search(text, pos), plain.search(text, pos)
            assert (found and found.span()) == (expected and expected.span())
            if found and expected and fast is place_words.VENUE:
                assert found.group("venue", "acr") == expected.group("venue", "acr")


NAME_WORD_PIECES = ["Hun", "Sen", "hun", "A", "x", "_", "9", " ", "-", "é", "É", "Ωa", "\n"]


@given(text=st.lists(st.sampled_from(NAME_WORD_PIECES), max_size=30).map("".join))
def test_name_words_opened_by_their_capital_are_those_of_the_plain_form(text: str) -> None:
    plain = re.compile(r"\b[A-Z][a-z]+\b")
    assert spans(speaker_refs._NAME_WORD.finditer(text)) == spans(plain.finditer(text))
