"""Where a meeting took place, read from the words after its name (places.place_near)."""

from __future__ import annotations

from summitry.extract.context import Context
from summitry.extract.places import Place, lead_place, place_near
from summitry.extract.sentences import split_sentences
from summitry.kb.load import load_kb
from summitry.record import Document


def _place(text: str) -> Place:
    return place_near(text, 0, len(text), load_kb())


def test_the_capital_of_names_the_city() -> None:
    text = "The meeting got underway in the Cambodian capital of Phnom Penh on Monday."
    assert _place(text) == Place("Phnom Penh", "KHM", None)


def test_the_city_of_names_the_city() -> None:
    text = "that will take place in the city of San Francisco, United States, this week."
    assert _place(text) == Place("San Francisco", "USA", None)


def test_a_city_named_without_a_locative_is_no_place() -> None:
    assert _place("said the Prime Minister of Cambodia, Phnom Penh's envoy") == Place()


def test_a_place_inside_an_aside_between_dashes_is_skipped() -> None:
    text = " -- the first since the new government in the ROK -- in Bishkek, Kyrgyzstan."
    assert _place(text) == Place("Bishkek", "KGZ", None)


def _lead_place(text: str, name_starts: list[int]) -> Place:
    ctx = Context(path="page.txt", document=Document(text=text))
    split_sentences(ctx)
    return lead_place(ctx, name_starts, load_kb())


def test_a_lead_naming_no_meeting_says_where_the_meetings_meet() -> None:
    text = (
        "Prime Minister Marape has arrived in San Francisco, California, for the week. "
        "The APEC Economic Leaders' Meeting opens on Thursday."
    )
    assert _lead_place(text, [text.index("APEC")]) == Place("San Francisco", "USA", None)
    assert _lead_place(text, [text.index("arrived")]) == Place()  # a meeting named in it
