"""Where a meeting took place, read from the words after its name (places.place_near)."""

from __future__ import annotations

import pytest
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
    ctx.matches = load_kb().find(ctx.text)
    return lead_place(ctx, name_starts, load_kb())


def test_a_lead_naming_no_meeting_says_where_the_meetings_meet() -> None:
    text = (
        "Prime Minister Marape has arrived in San Francisco, California, for the week. "
        "The APEC Economic Leaders' Meeting opens on Thursday."
    )
    assert _lead_place(text, [text.index("APEC")]) == Place("San Francisco", "USA", None)
    assert _lead_place(text, [text.index("arrived")]) == Place()  # a meeting named in it


def test_a_session_an_opening_sentence_places_is_where_the_meeting_met() -> None:
    text = (
        "Ministers kicked off the 33rd APEC Ministerial Meeting on Thursday. "
        "The plenary session on growth was held at Ballroom Hall 1-2 of the Queen Sirikit "
        "National Convention Centre ahead of the APEC Summit."
    )
    starts = [text.index("33rd"), text.index("APEC Summit")]
    place = Place("Bangkok", "THA", "Queen Sirikit National Convention Centre")
    assert _lead_place(text, starts) == place


def test_a_session_after_a_named_meeting_is_that_meetings() -> None:
    text = (
        "Ministers kicked off the 33rd APEC Ministerial Meeting on Thursday. "
        "The ASEAN Summit session was held at the Jakarta Convention Center."
    )
    starts = [text.index("33rd"), text.index("ASEAN Summit")]
    assert _lead_place(text, starts) == Place()


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The talks were held at the Kremlin on Tuesday.", Place("Moscow", "RUS", "Kremlin")),
        (
            "The two leaders met in the Great Hall of the People on Friday.",
            Place("Beijing", "CHN", "Great Hall of the People"),
        ),
        (
            "The two leaders met in the Great Hall of the People in Beijing on Friday.",
            Place("Beijing", "CHN", "Great Hall of the People"),
        ),
        (
            "The summit, hosted by the Prime Minister at Hyderabad House, ended on Monday.",
            Place("New Delhi", "IND", "Hyderabad House"),
        ),
        (
            "The meeting was held at the ASEAN Secretariat on 5 May.",
            Place("Jakarta", "IDN", "ASEAN Secretariat"),
        ),
        ("Talks were held at Zhongnanhai on Monday.", Place("Beijing", "CHN", "Zhongnanhai")),
        ("The two leaders met at the Kantei on Friday.", Place("Tokyo", "JPN", "Kantei")),
        ("They met at Cheong Wa Dae on Monday.", Place("Seoul", "KOR", "Cheong Wa Dae")),
        ("The call was held at Malacañang Palace.", Place("Manila", "PHL", "Malacañang Palace")),
        ("He hosted the lunch at the Istana on Monday.", Place("Singapore", "SGP", "Istana")),
        ("The dinner was held at the Élysée Palace.", Place("Paris", "FRA", "Élysée Palace")),
        (
            "The dialogue opened at the Sands Expo and Convention Centre on Monday.",
            Place("Singapore", "SGP", "Sands Expo and Convention Centre"),
        ),
        (
            "The summit was held at the Bali Nusa Dua Convention Center on 15 November.",
            Place("Nusa Dua", "IDN", "Bali Nusa Dua Convention Center"),
        ),
    ],
)
def test_a_venue_known_by_name_gives_its_city_and_state(text: str, place: Place) -> None:
    assert _place(text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (  # the Peace Palace of The Hague, and of Phnom Penh: the text says which
            "The ministers met at the Peace Palace in Phnom Penh on Friday.",
            Place("Phnom Penh", "KHM", "Peace Palace"),
        ),
        ("The ministers met at the Peace Palace on Friday.", Place(None, None, "Peace Palace")),
        (
            "The dialogue was held at the Shangri-La Hotel, Singapore, on 2 June.",
            Place("Singapore", "SGP", "Shangri-La Hotel"),
        ),
        ("Ministers met in Nusa Dua, Bali, on 15 November.", Place("Nusa Dua", "IDN", None)),
        ("The meeting opened in the capital Vientiane on Tuesday.", Place("Vientiane", "LAO")),
        ("The Minister took part via videoconference from Tokyo.", Place()),
    ],
)
def test_the_text_names_the_city_of_a_venue_it_does_not_know(text: str, place: Place) -> None:
    assert _place(text) == place


def test_a_declaration_named_after_a_city_places_the_meeting_that_adopts_it() -> None:
    text = (
        "The 8th APEC Tourism Ministerial Meeting closed this afternoon with the passage of "
        "the Macao Declaration."
    )
    assert _lead_place(text, [text.index("8th")]) == Place("Macao", "MAC", None)


def test_a_declaration_recalled_or_adopted_before_the_meeting_places_nothing() -> None:
    text = "The ASEAN Summit reaffirmed the Hanoi Declaration on the Mekong."
    assert _lead_place(text, [text.index("ASEAN")]) == Place()
    text = "Leaders who adopted the Bangkok Declaration founded ASEAN, the Summit recalled."
    assert _lead_place(text, [text.index("Summit")]) == Place()


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The meeting was held in the southern city of Da Nang.", Place("Da Nang", "VNM")),
        ("Ministers met in the Chinese port city of Tianjin.", Place("Tianjin", "CHN")),
        ("The forum opened in the northern Thai city of Chiang Mai.", Place("Chiang Mai", "THA")),
        ("The retreat was held on the resort island of Langkawi.", Place("Langkawi", "MYS")),
        ("They met in the Malaysian administrative capital Putrajaya.", Place("Putrajaya", "MYS")),
    ],
)
def test_a_city_described_before_its_name_is_the_place(text: str, place: Place) -> None:
    assert _place(text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The talks were held in the Grand Kremlin Palace.",
            Place("Moscow", "RUS", "Grand Kremlin Palace"),
        ),
        (
            "The treaty was signed at the Kremlin's St Andrew Hall.",
            Place("Moscow", "RUS", "Kremlin's St Andrew Hall"),
        ),
        (
            "The summit will be held at the Kremlin Palace in Moscow.",
            Place("Moscow", "RUS", "Kremlin Palace"),
        ),
    ],
)
def test_a_hall_of_a_known_venue_is_where_that_venue_is(text: str, place: Place) -> None:
    assert _place(text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ministers met in southwest China's Chongqing Municipality.", Place("Chongqing", "CHN")),
        ("The meeting was held in east China's Hangzhou city.", Place("Hangzhou", "CHN")),
        ("The meeting was held in the Chinese capital on Monday.", Place("Beijing", "CHN")),
        ("The ministers gathered in the Lao capital.", Place("Vientiane", "LAO")),
        ("The meeting was held in the Thai capital, Bangkok.", Place("Bangkok", "THA")),
        (
            "The meeting was held at Sushma Swaraj Bhawan, New Delhi.",
            Place("New Delhi", "IND", "Sushma Swaraj Bhawan"),
        ),
        ("The summit was held at Bharat Mandapam.", Place("New Delhi", "IND", "Bharat Mandapam")),
    ],
)
def test_a_city_named_after_its_state_or_by_its_states_demonym_is_the_place(
    text: str, place: Place
) -> None:
    assert _place(text) == place


def test_a_state_before_its_possessive_is_the_place_unless_a_city_follows() -> None:
    assert _place("The meeting was held in China's Chongqing.") == Place("Chongqing", "CHN")
    text = "The meeting, hosted by Thailand's Ministry of Foreign Affairs, opened."
    assert _place(text) == Place(None, "THA")
