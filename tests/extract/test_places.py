"""Where a meeting took place, read from the words after its name (places.place_near)."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from summitry.extract.context import Context
from summitry.extract.places import _ASIDE, Place, _Asides, lead_place, place_near
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


@given(
    bits=st.lists(st.sampled_from([" ", " -- ", " — ", "–", "\n", "x" * 40, "in Bishkek"])),
    cuts=st.lists(st.floats(0, 1), max_size=20),
)
@example(bits=[" -- ", "x" * 40, " -- ", "in Bishkek"], cuts=[0.05, 0.5])  # asked early in one
def test_asides_read_as_far_as_asked_are_those_finditer_gives(
    bits: list[str], cuts: list[float]
) -> None:
    window = "".join(bits)
    ats = [int(c * len(window)) for c in cuts]
    spans = [m.span() for m in _ASIDE.finditer(window)]
    asides = _Asides(window)
    for at in sorted(ats[: len(ats) // 2]) + ats[len(ats) // 2 :]:  # in order, then any
        assert asides.hold(at) is any(a <= at < b for a, b in spans)


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
