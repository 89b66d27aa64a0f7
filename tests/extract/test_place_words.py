"""The words that mark a place (extract.place_words)."""

from __future__ import annotations

import pytest

from summitry.extract.place_words import (
    CAPITAL_AFTER,
    CITY_BEFORE_STATE,
    LOCATIVE,
    VENUE,
    capital_named,
    unlisted_city,
)
from summitry.kb.load import load_kb


@pytest.mark.parametrize(
    "before",
    [
        "The meeting was held in ",
        "hosted by ",
        "in the Cambodian capital of ",
        "in the northern Thai city of ",
        "on the resort island of ",
        "met in southwest China's ",
    ],
)
def test_a_locative_ends_the_words_before_a_place(before: str) -> None:
    assert LOCATIVE.search(before)


@pytest.mark.parametrize("before", ["said the Prime Minister of ", "talks on ", "with "])
def test_other_words_are_no_locative(before: str) -> None:
    assert LOCATIVE.search(before) is None


def test_a_capital_named_by_its_demonym_alone() -> None:
    assert CAPITAL_AFTER.match(" capital on Monday.")
    assert CAPITAL_AFTER.match(" capital of Phnom Penh") is None  # the name follows


def test_a_venue_and_an_unlisted_city_before_its_state() -> None:
    m = VENUE.search("The forum was held at the Lima Convention Center (LCC) today.")
    assert m is not None and (m.group("venue"), m.group("acr")) == ("Lima Convention Center", "LCC")
    city = CITY_BEFORE_STATE.search("in Pontianak, Kalimantan, ")
    assert city is not None and city.group("city") == "Pontianak"


def test_a_demonym_before_capital_names_a_capital_the_kb_knows() -> None:
    kb = load_kb()
    text = "The ministers met in the Lao capital on Monday."
    (lao,) = [mt for mt in kb.find(text) if mt.kind == "demonym"]
    assert capital_named(kb, text, lao)
    assert kb.countries["LAO"].capital == "Vientiane"
    text = "The Lao delegation arrived."
    (lao,) = [mt for mt in kb.find(text) if mt.kind == "demonym"]
    assert not capital_named(kb, text, lao)


def test_an_unlisted_city_is_the_name_before_its_state() -> None:
    kb = load_kb()
    text = "held in Pontianak, Kalimantan, Indonesia"
    (state,) = [mt for mt in kb.find(text) if mt.kind == "country"]
    assert unlisted_city(text, state) == "Pontianak"
