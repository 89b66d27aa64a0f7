"""The completion verbs of kb completions.yaml, as the commitments view matches them."""

from __future__ import annotations

import pytest

from summitry.kb.completions import common_words, completion_pattern


@pytest.mark.parametrize(
    "sentence",
    [
        "The Fund was launched in Seoul.",
        "Korea has been implementing it and has implemented the plan.",
        "The agreement was officially signed on Monday.",
        "The Protocol ENTERED INTO FORCE last year.",
        "The grants were disbursed.",
        "Both sides have realised the goal.",
    ],
)
def test_a_completion_form_is_found(sentence: str) -> None:
    assert completion_pattern().search(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Korea will launch the Fund.",
        "The Fund was relaunched.",  # whole words only
        "They entered the hall.",
        "The plan has been discussed.",
        "It was officially welcomed.",
    ],
)
def test_other_verbs_are_not(sentence: str) -> None:
    assert completion_pattern().search(sentence) is None


def test_common_words_are_lower_case_and_four_letters_or_more() -> None:
    words = common_words()
    assert {"that", "will", "their"} <= words
    assert all(w == w.lower() and len(w) >= 4 for w in words)


def test_a_form_begins_with_its_lead_else_with_an_optional_word_or_a_word() -> None:
    from summitry.kb.completions import _first_letters

    assert _first_letters({"lead": ["has", "Were"], "optional": ["been"], "words": ["done"]}) == {
        "h",
        "w",
    }
    assert _first_letters({"optional": ["Been"], "words": ["done", "made"]}) == {"b", "d", "m"}


def test_matches_begin_anywhere_and_in_any_case() -> None:
    text = "LAUNCHED in 2020, the Fund (which Has Been Achieved) came into force."
    found = [m.group(0) for m in completion_pattern().finditer(text)]
    assert found == ["LAUNCHED", "Has Been Achieved", "came into force"]
