"""Scans tried only where their words begin, or bounded by a literal, find what the whole
scan finds (patterns.matches_from, WordStarts, ends_in and the pre-checks that use them)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from summitry.extract import (
    amounts,
    initiative_shapes,
    meeting_acronyms,
    meeting_forms,
    meeting_head_names,
    meetings,
    outcomes,
    people_lists,
    people_mentions,
    speakers,
    statement_will,
)
from summitry.extract.patterns import WordStarts, matches_from, word_start
from tests.extract.test_patterns import ENDINGS, HEAD, WORDS, found


@given(words=st.lists(st.sampled_from(ENDINGS + WORDS), max_size=12), lo=st.integers(0, 6))
def test_clause_end_cuts_where_the_plain_pattern_matches(words: list[str], lo: int) -> None:
    text = " ".join(words) + " " * (len(words) % 3)
    lo = min(lo, len(text))
    plain = re.search(r",?\s+(?:and|as well as)\s+(?:also\s+|further\s+)?$", text[lo:])
    assert statement_will.clause_end(text, lo, len(text), []) == (
        plain.start() + lo if plain else len(text)
    )


OUTCOME_WORDS = [*outcomes._VERBS, *outcomes._WORDS.nouns, "namely", "including", "of", "the"]
OUTCOME_WORDS += ["Plan", "Vision", "“Vision", ":", ":\n", "\n", ".", "following", "xadopted"]


@given(words=st.lists(st.sampled_from(OUTCOME_WORDS), max_size=16), sep=st.sampled_from([" ", ""]))
def test_outcome_patterns_tried_at_word_starts_find_what_finditer_finds(
    words: list[str], sep: str
) -> None:
    text = sep.join(words)
    verbs, nouns = outcomes._VERB_STARTS(text), outcomes._NOUN_STARTS(text)
    for pattern, starts in (
        (outcomes._NOMINAL, nouns),
        (outcomes._NAMELY, verbs),
        (outcomes._LIST_INTRO, sorted({*verbs, *nouns})),
    ):
        fast = matches_from(pattern, text, starts)
        assert [(m.span(), m.groupdict()) for m in fast] == found(pattern, text)


NAME_WORDS = ["Kang", "kang", "KANG", "Seong-ho", "seong-ho", "seong-Ho", "Ho", "ho", "Hoang"]
NAME_WORDS += ["said", "and"]
NAME_WORDS += ["Lee", "lee", "Kim's", "Kang’s", "Ée", "é", "-", "Xkang", " ", "of", "Kim"]


@given(
    words=st.lists(st.sampled_from(NAME_WORDS), max_size=14),
    names=st.lists(st.sampled_from(["kang", "seong-ho", "ho", "hoang", "lee", "kim"]), min_size=1),
)
def test_capitalised_name_words_are_those_the_case_blind_pattern_finds(
    words: list[str], names: list[str]
) -> None:
    text = " ".join(words)
    names = sorted(set(names), key=len, reverse=True)
    follows = r"\s+(?:and\s+[A-Z][\w’'-]*\s+)?[a-z]|['’]s\s+[a-z]"
    pattern = re.compile(rf"(?:{word_start(*map(re.escape, names))})(?={follows})", re.I)
    fast = [m.span() for m in people_mentions._capitalised_matches(pattern, text, names)]
    plain = [m.span() for m in pattern.finditer(text)]
    assert [s for s in fast if text[s[0]].isupper()] == [s for s in plain if text[s[0]].isupper()]


def test_a_small_hyphenated_name_still_hides_the_capital_inside_it() -> None:
    names = ["seong-ho", "ho"]
    pattern = re.compile(rf"(?:{word_start(*map(re.escape, names))})(?=\s+[a-z])", re.I)
    text = "seong-Ho said, and Ho said"
    fast = [m.span() for m in people_mentions._capitalised_matches(pattern, text, names)]
    assert [s for s in fast if text[s[0]].isupper()] == [(19, 21)]


@given(words=st.lists(st.sampled_from(WORDS + ["of", "the", "Ministers"]), max_size=16))
def test_head_first_starts_hold_every_match(words: list[str]) -> None:
    text = " ".join(words)
    fast = matches_from(meeting_forms._HEAD_FIRST, text, meeting_forms._head_first_starts(text))
    assert [m.span() for m in fast] == [m.span() for m in meeting_forms._HEAD_FIRST.finditer(text)]


PLURAL_LAST_THEN_MORE = re.compile(
    rf"(?:{'|'.join(map(re.escape, people_lists._plural_last_words()))})\s+[A-Zfo]"
)
people_lists._may_list("")  # builds its automaton before the timed examples


@given(
    words=st.lists(
        st.sampled_from(["Ministers", "Leaders", "Minister", "of", "for", "Wang", "the", "\n"]),
        max_size=10,
    ),
    sep=st.sampled_from([" ", "", "  "]),
)
def test_a_page_may_list_people_where_a_plural_title_word_precedes_a_capital(
    words: list[str], sep: str
) -> None:
    text = sep.join(words)
    assert people_lists._may_list(text) == bool(PLURAL_LAST_THEN_MORE.search(text))


ORDINAL_WORDS = ["12th", "1234th", "3rd", "x3rd", "٣rd", "First", "first-ever", "Second", "AMM"]
ORDINAL_WORDS += ["SOM", "SOM-x", "and", "4th", "(", "Inaugural", "inaugural", "Firsts", "-"]


@given(words=st.lists(st.sampled_from(ORDINAL_WORDS), max_size=12), sep=st.sampled_from([" ", ""]))
def test_ordinal_acronyms_are_tried_where_an_ordinal_begins(words: list[str], sep: str) -> None:
    text = sep.join(words)
    pattern = meeting_acronyms._ORD_ACRONYM
    fast = matches_from(pattern, text, meeting_acronyms._ordinal_starts(text))
    assert [(m.span(), m.groupdict()) for m in fast] == found(pattern, text)


def _long_form_plain(before: str, acronym: str) -> str | None:
    """long_form as first written: each candidate's initials worked out afresh."""
    words = before.rstrip().split()
    letters = [c for c in acronym if c.isupper()]
    fallback = None
    for size in range(1, min(len(words), 14) + 1):
        candidate = words[-size:]
        if not candidate[0][:1].isupper() or any(c in w for w in candidate for c in "()"):
            continue
        initials = [
            part[0]
            for w in candidate
            if w[:1].isupper()
            for part in re.split(r"[-\s]", w)
            if part[:1].isupper()
        ]
        if initials == letters:
            return initial_shapes_clean(" ".join(candidate))
        if fallback is None and initiative_shapes._subsequence(letters, initials):
            fallback = initial_shapes_clean(" ".join(candidate))
    return fallback


initial_shapes_clean = initiative_shapes.clean
LONG_FORM_WORDS = ["Master", "Plan", "on", "ASEAN", "Connectivity", "Indo-Pacific", "(x)", "of"]
LONG_FORM_WORDS += ["the", "Mekong-Lancang", "Cooperation", "Fund", "(", "Bay", "Bengal", "Pacific"]


@given(
    words=st.lists(st.sampled_from(LONG_FORM_WORDS), max_size=16),
    acronym=st.sampled_from(["MPAC", "AOIP", "MLC", "BB", "IP", "CF", "MPC", "A"]),
)
def test_long_form_is_that_of_the_plain_reading(words: list[str], acronym: str) -> None:
    before = " ".join(words)
    assert initiative_shapes.long_form(before, acronym) == _long_form_plain(before, acronym)


AMOUNT_WORDS = ["one", "a", "half a", "Ten", "TWENTY", "fifty-one", "hundred", "million", "MILLION"]
AMOUNT_WORDS += ["thousand", "billions", "millionaire", "ten-million", "xone", "dollars", "US$"]


@given(
    words=st.lists(st.sampled_from(AMOUNT_WORDS), max_size=12),
    sep=st.sampled_from([" ", "\u00a0", "", "  "]),
)
def test_number_words_are_found_before_the_multipliers(words: list[str], sep: str) -> None:
    text = sep.join(words)
    fast = [(m.span(), m.groupdict()) for m in amounts._number_words(text)]
    assert fast == found(amounts._word_number(), text)


@given(words=st.lists(st.sampled_from(WORDS + ["Item", "Wear", "They."]), max_size=16))
def test_pronouns_and_will_are_tried_where_their_words_begin(words: list[str]) -> None:
    text = " ".join(words)
    pronouns = matches_from(speakers._PRONOUN, text, speakers._PRONOUN_STARTS(text))
    assert [m.span() for m in pronouns] == [m.span() for m in speakers._PRONOUN.finditer(text)]
    for start in range(0, len(text) + 1, 7):
        fast = statement_will._first_will(text, start, len(text) - start // 3)
        plain = statement_will._WILL.search(text, start, len(text) - start // 3)
        assert (fast.span() if fast else None) == (plain.span() if plain else None)


def test_word_starts_share_one_pass_and_stay_apart() -> None:
    first, second = WordStarts(["side", "two sides"]), WordStarts(["sides", "side"])
    text = "the two sides, one side"
    assert (first(text), second(text)) == ([4, 19], [8, 19])
    assert first("side") == [0] and second("xside") == []


@given(words=st.lists(st.sampled_from(WORDS + ["Plan", "Action", "Plans", "(Plan)"]), max_size=16))
def test_initiative_heads_are_tried_where_a_head_word_begins(words: list[str]) -> None:
    text = " ".join(words)
    heads, lower_heads = initiative_shapes._head_starts()
    lower_head = initiative_shapes._patterns()[1]
    for pattern, starts in ((HEAD, heads(text)), (lower_head, lower_heads(text))):
        fast = matches_from(pattern, text, starts)
        assert [m.span() for m in fast] == [m.span() for m in pattern.finditer(text)]


THEME_WORDS = WORDS + ["themed", "slogan", "motto", "is", "of", "theme,", "“Together", "Ahead”"]


@given(words=st.lists(st.sampled_from(THEME_WORDS), max_size=16), sep=st.sampled_from([" ", "\n"]))
def test_themes_are_tried_where_their_opening_words_begin(words: list[str], sep: str) -> None:
    text = sep.join(words)
    fast = [(m.span(), m.groupdict()) for m in meetings.theme_matches(text)]
    assert fast == (found(meetings.THEME, text) if meetings.may_quote_theme(text) else [])


HEAD_WORDS = WORDS + ["Consultations", "Consultationss", "Summits", "Meetingx", "Retreat-"]


@given(words=st.lists(st.sampled_from(HEAD_WORDS), max_size=16), sep=st.sampled_from([" ", ""]))
def test_meeting_heads_are_tried_where_a_head_word_begins(words: list[str], sep: str) -> None:
    text = sep.join(words)
    head = meeting_head_names._HEAD
    fast = matches_from(head, text, meeting_head_names._HEAD_STARTS(text))
    assert [(m.span(), m.groupdict()) for m in fast] == found(head, text)
