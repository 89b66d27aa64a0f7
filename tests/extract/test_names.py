"""Personal names by their shape: name_after, name_before and is_name_token, checked by hand."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summitry.extract.names import is_name_token, name_after, name_before


def after(text: str, marker: str) -> tuple[str, str] | None:
    """(name as recorded, covered text) of the name right after `marker` in text."""
    pos = text.index(marker) + len(marker)
    span = name_after(text, pos)
    return (span.name, text[span.start : span.end]) if span else None


def before(text: str, marker: str) -> str | None:
    """The name ending right before `marker` in text."""
    span = name_before(text, text.index(marker))
    return span.name if span else None


@pytest.mark.parametrize(
    ("text", "marker", "name"),
    [
        ("Minister of Foreign Affairs Cho Tae-yul attended", "Affairs", "Cho Tae-yul"),
        ("Deputy Minister Lee Seong-ho proposed", "Minister", "Lee Seong-ho"),
        ("Minister of Foreign Trade Desilú León of Peru", "Trade", "Desilú León"),
        ("Minister of Foreign Affairs Bùi Thanh Sơn of Viet Nam", "Affairs", "Bùi Thanh Sơn"),
        ("Minister for Foreign Affairs Retno L.P. Marsudi said", "Affairs", "Retno L.P. Marsudi"),
        ("Minister Mohamad bin Haji Hasan met", "Minister", "Mohamad bin Haji Hasan"),
        ("Minister for Trade Cheong Inkyo and", "Trade", "Cheong Inkyo"),
        ("Prime Minister Paetongtarn Shinawatra opened", "Minister", "Paetongtarn Shinawatra"),
    ],
)
def test_name_after_a_title(text: str, marker: str, name: str) -> None:
    assert after(text, marker) == (name, name)


def test_comma_form_is_written_family_name_first_without_the_comma() -> None:
    text = "Minister of Foreign Affairs Kang, Kyung-wha co-chaired the Meeting."
    assert after(text, "Affairs") == ("Kang Kyung-wha", "Kang, Kyung-wha")


def test_a_list_of_family_names_is_not_a_comma_form() -> None:
    text = "Ministers Kim, Park and Lee attended."
    assert after(text, "Ministers") == ("Kim", "Kim")


def test_full_stop_after_a_name_ends_it() -> None:
    text = "The Minister met Foreign Minister Sergey Lavrov. Later she flew home."
    assert after(text, "Foreign Minister") == ("Sergey Lavrov", "Sergey Lavrov")


def test_trailing_particle_is_not_part_of_the_name() -> None:
    text = "Ambassador Tran Van de la"
    assert after(text, "Ambassador") == ("Tran Van", "Tran Van")


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("the Minister of Foreign Affairs of Japan", "the"),
        ("Minister attended the Meeting", "Minister"),
        ("Minister APEC economies", "Minister"),
        ("Minister 2024 Summit", "Minister"),
        ("Minister of ", "of"),
        ("Minister", "Minister"),
    ],
)
def test_no_name_after(text: str, marker: str) -> None:
    assert after(text, marker) is None


def test_names_stop_at_five_words() -> None:
    text = "Minister Aaa Bbb Ccc Ddd Eee Fff Ggg"
    assert after(text, "Minister") == ("Aaa Bbb Ccc Ddd Eee", "Aaa Bbb Ccc Ddd Eee")


@pytest.mark.parametrize(
    ("text", "marker", "name"),
    [
        ("Penny Wong, Australia's Minister for Foreign Affairs", ",", "Penny Wong"),
        ("Talks with Yoko Kamikawa, Minister for Foreign Affairs", ",", "Yoko Kamikawa"),
        ("and Vivian Balakrishnan, Singapore's Minister", ",", "Vivian Balakrishnan"),
        ("which Ahmad bin Ali, Minister", ",", "Ahmad bin Ali"),
    ],
)
def test_name_before_an_apposition(text: str, marker: str, name: str) -> None:
    assert before(text, marker) == name


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("attended the Meeting, Minister", ","),
        ("bin, Minister", ","),
    ],
)
def test_no_full_name_before(text: str, marker: str) -> None:
    span = name_before(text, text.index(marker))
    assert span is None or len(span.name.split()) == 1


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("Kyung-wha", True),
        ("León", True),
        ("L.P.", True),
        ("O'Neill", True),
        ("APEC", False),
        ("ASEAN", False),
        ("Minister", False),
        ("The", False),
        ("November", False),
        ("kim", False),
        ("", False),
    ],
)
def test_is_name_token(token: str, expected: bool) -> None:
    assert is_name_token(token) is expected


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=80), st.integers(min_value=0, max_value=80))
def test_spans_lie_inside_the_text(text: str, pos: int) -> None:
    """name_after and name_before never raise, and their spans are slices of the text."""
    pos = min(pos, len(text))
    for span in (name_after(text, pos), name_before(text, pos)):
        if span is not None:
            assert 0 <= span.start < span.end <= len(text)
            assert span.name.split()[0] == text[span.start : span.end].split()[0].rstrip(",")


def test_a_sentence_run_on_without_a_space_ends_the_name() -> None:
    text = "under the chair of Thai Foreign Minister Don Pramudwinai.The forum is attended"
    assert after(text, "Foreign Minister") == ("Don Pramudwinai", "Don Pramudwinai")


def test_a_given_name_cut_with_a_dot_stays_in_the_name() -> None:
    text = "Assistant Secretary Ma. Hellen Barber-De La Vega, the Acting SOM Leader"
    name = "Ma. Hellen Barber-De La Vega"
    assert after(text, "Secretary") == (name, name)


@pytest.mark.parametrize("word", ["National", "Commission", "Union", "Administration"])
def test_words_of_bodies_are_no_name_words(word: str) -> None:
    assert not is_name_token(word)
