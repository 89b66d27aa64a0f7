"""People named with no title, as the subject of a verb of speaking or of diplomacy."""

from __future__ import annotations

import pytest

from summitry.extract.people import PersonMention
from summitry.extract.people_untitled import office_holder
from tests.extract.people_cases import names, people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Xi Jinping said China was ready to work with all parties.", ["Xi Jinping"]),
        (
            "Narendra Modi and Anthony Albanese agreed to deepen cooperation.",
            ["Narendra Modi", "Anthony Albanese"],
        ),
        (
            "Speaking at the summit, Kim Jong Un met Vladimir Putin in Vladivostok.",
            ["Kim Jong Un"],
        ),
        ("“We stand together,” said Anthony Albanese.", ["Anthony Albanese"]),
        ("“We stand together,” said New Zealand.", []),
        # a rank before one name: 'Prayut' alone is too thin to name a person
        ("Gen Prayut said the summit went well.", []),
    ],
)
def test_a_name_with_no_title_before_a_verb_is_a_person(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_state_s_possessive_before_the_name_gives_the_country() -> None:
    [(name, title, country, _)] = people("China's Xi Jinping said the talks were useful.", None)
    assert (name, title, country) == ("Xi Jinping", None, "CHN")


@pytest.mark.parametrize(
    "text",
    [
        "South Africa said it would host the summit.",
        "New Zealand welcomed the outcome.",
        "Papua New Guinea and Timor-Leste agreed to cooperate.",
        "The Washington Post said the talks failed.",
        "Amnesty International said the talks failed.",
        "Human Rights Watch said the talks failed.",
        "Samsung Electronics announced a new plant in Hanoi.",
        "Sec. Enrique Manalo met his counterpart in Manila.",
        "Closing Ceremony held at the National Convention Centre.",
        "Ministers welcomed the plan. Team Europe agreed to fund it.",
        "After the vote, Middle East envoys met; Global South said little.",
        # an 'and' inside a title the gazetteer does not know: the words after it are no name
        "Minister of Foreign Affairs and Cults Diana Mondino attended the meeting.",
        # 'had' is a verb of diplomacy only before what is had: 'a call', 'talks'
        "The Golden Gate Bridge had been closed to traffic.",
    ],
)
def test_states_bodies_and_outlets_before_a_verb_are_no_people(text: str) -> None:
    assert names(text) == []


def test_a_shorter_form_of_a_name_already_given_is_the_same_person() -> None:
    text = (
        "Secretary of State Antony J. Blinken met the ministers in Vientiane. Later, Antony "
        "Blinken said the talks were useful."
    )
    assert names(text) == ["Antony J. Blinken"]


def test_a_later_title_before_the_family_name_is_the_person_s() -> None:
    text = (
        "Vladimir Putin held talks with the delegation. Russian President Putin noted the "
        "strategic partnership."
    )
    [(name, title, country, _)] = people(text, None)
    assert (name, title, country) == ("Vladimir Putin", "President", "RUS")


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Chinese leader Xi Jinping said the two sides should deepen trust.", "Xi Jinping", "CHN"),
        ("Japanese premier Kishida Fumio met the delegation in Tokyo.", "Kishida Fumio", "JPN"),
    ],
)
def test_a_state_s_word_and_an_office_in_lower_case_before_a_name(
    text: str, name: str, country: str
) -> None:
    [(found, title, served, _)] = people(text, None)
    assert (found, title, served) == (name, None, country)


def test_a_name_as_the_subject_of_taking_part() -> None:
    assert names("Vladimir Putin took part in the 15th BRICS summit via videoconference.") == [
        "Vladimir Putin"
    ]


def test_an_untitled_name_joined_to_a_titled_one() -> None:
    text = "Prime Minister Narendra Modi and Vladimir Putin said they would meet again."
    assert names(text) == ["Narendra Modi", "Vladimir Putin"]


def test_a_states_possessive_before_a_lower_case_office() -> None:
    text = "China's top diplomat Wang Yi urged Japan on Friday to act responsibly."
    assert people(text) == [("Wang Yi", None, "CHN", "mentioned")]


def test_a_name_as_the_subject_of_had_and_a_company_that_had() -> None:
    text = (
        "Vladimir Putin had a telephone conversation with President of the French Republic "
        "Emmanuel Macron."
    )
    assert names(text) == ["Vladimir Putin", "Emmanuel Macron"]
    assert names("Korean Air had suspended its direct flights to the islands.") == []


def test_a_name_after_a_dateline() -> None:
    text = "BEIJING, June 8 (Xinhua) -- Xi Jinping said on Tuesday that China is ready."
    assert names(text) == ["Xi Jinping"]


def test_a_name_before_an_office_in_lower_case_set_off_by_commas() -> None:
    text = (
        "JAKARTA, July 13 (Xinhua) -- Wang Yi, member of the Political Bureau of the Communist "
        "Party of China Central Committee and director of the Office of the Central Foreign "
        "Affairs Commission, said on Thursday that China supports ASEAN centrality."
    )
    office = "Director of the Office of the Central Foreign Affairs Commission"
    assert people(text, publisher_country=None) == [("Wang Yi", office, "CHN", "mentioned")]


def test_a_later_office_of_the_persons_state_is_their_title() -> None:
    text = (
        "Vladimir Putin held talks with Prime Minister of India Narendra Modi. The President of "
        "Russia noted that trade is growing."
    )
    assert people(text, publisher_country="RUS") == [
        ("Vladimir Putin", "President", "RUS", "attendee"),
        ("Narendra Modi", "Prime Minister", "IND", "attendee"),
    ]


def test_the_office_of_a_state_is_its_one_person_of_that_head_word_or_of_none() -> None:
    putin = PersonMention("Vladimir Putin", "President", "RUS")
    lavrov = PersonMention("Sergey Lavrov", "Minister of Foreign Affairs", "RUS")
    modi = PersonMention("Narendra Modi", None, "IND")
    assert office_holder([putin, modi], "President", "RUS") is putin
    assert office_holder([putin, modi], "Foreign Minister", "RUS") is None
    assert office_holder([putin, modi], "Prime Minister", "IND") is modi
    assert office_holder([lavrov, modi], "Foreign Minister", "RUS") is lavrov
    assert office_holder([putin, lavrov], "President", "RUS") is None  # two of Russia


def test_a_name_after_a_closing_quote_with_its_words_run_together_elsewhere() -> None:
    text = (
        "Cambodia’s Prime Minister Hunsen opened the meeting. This is best expressed by this "
        "year’s theme {}ASEAN: One community, One destiny.{} Hun Sen said that peace is "
        "indispensable."
    )
    for opening, closing in (("“", "”"), ('"', '"')):
        assert names(text.format(opening, closing)) == ["Hunsen"]


def test_a_name_that_had_talks_or_a_call() -> None:
    text = "Vladimir Putin had a telephone conversation with the Prime Minister of Israel."
    assert names(text) == ["Vladimir Putin"]
    assert names("Xi Jinping had talks with the visiting delegation.") == ["Xi Jinping"]
