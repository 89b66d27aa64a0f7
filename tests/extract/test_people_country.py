"""Whom a person serves: the title, an apposition, a demonym, a delegation, the page."""

from __future__ import annotations

import pytest

from summitry.extract.people_country import is_courtesy_call
from summitry.ingest import record_of
from summitry.read import page_from_bytes
from tests.extract.people_cases import people


def test_a_bracketed_country_before_the_title() -> None:
    text = (
        "Heads of delegations: (Indonesia) Foreign Minister Retno Marsudi and (Mexico) Foreign "
        "Secretary Luis Videgaray attended the Meeting."
    )
    assert people(text) == [
        ("Retno Marsudi", "Foreign Minister", "IDN", "attendee"),
        ("Luis Videgaray", "Foreign Secretary", "MEX", "attendee"),
    ]


SOM_LEADER = "SOM Leader of the Ministry of Foreign Affairs of the Republic of the Philippines"


def test_the_country_after_a_ministry_in_an_apposition() -> None:
    text = (
        "The Consultation was co-chaired by Ms. Junever M. Mahilum-West, SOM Leader of the "
        "Ministry of Foreign Affairs of the Republic of the Philippines, and Mr. Chen Xiaodong, "
        "Assistant Minister of Foreign Affairs of China."
    )
    assert people(text) == [
        ("Junever M. Mahilum-West", SOM_LEADER, "PHL", "co_chair"),
        ("Chen Xiaodong", "Assistant Minister of Foreign Affairs", "CHN", "co_chair"),
    ]


def test_the_country_right_after_the_title() -> None:
    text = (
        "The Meeting was attended by H.E. Airlangga Hartarto, Coordinating Minister for "
        "Economic Affairs, Republic of Indonesia."
    )
    assert people(text, None) == [
        ("Airlangga Hartarto", "Coordinating Minister for Economic Affairs", "IDN", "attendee")
    ]


def test_two_offices_joined_by_and_are_one_title() -> None:
    text = (
        "Vietnamese Deputy Prime Minister and Foreign Minister Pham Binh Minh attended the 26th "
        "ASEAN Regional Forum in Bangkok."
    )
    assert people(text) == [
        ("Pham Binh Minh", "Deputy Prime Minister and Foreign Minister", "VNM", "attendee")
    ]


def test_the_country_of_the_delegation_a_person_leads() -> None:
    text = (
        "Deputy Prime Minister and Minister of Foreign Affairs Saleumxay Kommasith led a "
        "delegation of Lao officials to the ASEAN Ministers' Meeting."
    )
    assert people(text, None)[0][2] == "LAO"


def test_the_country_of_a_delegation_named_after_a_long_meeting_name() -> None:
    text = (
        "Deputy Minister of Foreign Affairs Nguyen Van Binh, who is also head of the ASEAN "
        "Senior Officials' Meeting (SOM) delegation of Viet Nam, attended the Meeting."
    )
    assert people(text, None)[0][2] == "VNM"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Foreign Minister Kasit Piromya attended the ASEAN Plus Three Foreign Ministers "
            "Meeting in Hanoi. Thailand's proposal on education was welcomed.",
            "THA",
        ),
        (  # one word of Viet Nam, as the place of the meeting, says nothing of the minister
            "Foreign Minister Kasit Piromya attended the ASEAN Plus Three Foreign Ministers "
            "Meeting in Hanoi, Viet Nam.",
            None,
        ),
    ],
)
def test_without_a_publisher_the_country_the_page_names_most(text: str, country) -> None:
    assert people(text, None)[0][2] == country


def test_a_counterpart_is_named_with_the_demonym_before_it() -> None:
    text = (
        "On the sidelines of the ASEAN Regional Forum, Minister Park Jin held talks with his "
        "Chinese counterpart Wang Yi."
    )
    assert people(text) == [
        ("Park Jin", "Minister", "KOR", "attendee"),
        ("Wang Yi", "Counterpart", "CHN", "attendee"),
    ]


def test_the_country_of_a_counterpart_does_not_count_towards_the_home_country() -> None:
    text = (
        "Foreign Minister Wang Yi met with Indonesian Foreign Minister Retno Marsudi in Beijing. "
        "Indonesia and China agreed to deepen cooperation, and China will host the next round."
    )
    assert people(text, None) == [
        ("Wang Yi", "Foreign Minister", "CHN", "attendee"),
        ("Retno Marsudi", "Foreign Minister", "IDN", "attendee"),
    ]


def test_offices_held_together_in_an_apposition_and_their_country() -> None:
    text = (
        "Mr. Don Pramudwinai, Deputy Prime Minister and Minister of Foreign Affairs of Thailand, "
        "chaired the Meeting."
    )
    assert people(text) == [
        (
            "Don Pramudwinai",
            "Deputy Prime Minister and Minister of Foreign Affairs",
            "THA",
            "chair",
        )
    ]


def test_a_title_only_one_government_gives_names_that_state() -> None:
    text = (
        "Foreign Minister Park Jin held talks with Secretary of State Antony Blinken and "
        "State Councilor Wang Yi on the sidelines of the ASEAN Regional Forum in Phnom Penh."
    )
    assert [(name, country) for name, _, country, _ in people(text)] == [
        ("Park Jin", "KOR"),
        ("Antony Blinken", "USA"),
        ("Wang Yi", "CHN"),
    ]


def test_a_title_only_one_government_gives_after_a_membership_in_apposition() -> None:
    text = (
        "Wang Yi, Member of the Political Bureau of the CPC Central Committee and State "
        "Councilor, met the delegation."
    )
    assert people(text, None) == [("Wang Yi", "State Councilor", "CHN", "mentioned")]


def test_the_demonym_of_the_one_met_is_not_the_subjects() -> None:
    text = (
        "President Xi Jinping met with Indian Prime Minister Narendra Modi on the sidelines of "
        "the 15th BRICS Summit in Johannesburg."
    )
    assert people(text, publisher_country="IND") == [
        ("Xi Jinping", "President", None, "attendee"),
        ("Narendra Modi", "Prime Minister", "IND", "attendee"),
    ]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "State Councilor and Minister of Foreign Affairs Wang Yi attended the meeting.",
            ("Wang Yi", "State Councilor and Minister of Foreign Affairs", "CHN", "attendee"),
        ),
        (
            "External Affairs Minister Dr. S. Jaishankar attended the meeting.",
            ("S. Jaishankar", "External Affairs Minister", "IND", "attendee"),
        ),
    ],
)
def test_an_office_only_one_government_gives(text: str, person: tuple) -> None:
    assert people(text, publisher_country="SGP") == [person]


def test_whoever_invites_a_visitor_serves_the_state_visited() -> None:
    text = (
        "Prime Minister Shri Narendra Modi paid an official visit to Japan at the invitation of "
        "Prime Minister Kishida Fumio."
    )
    assert people(text, publisher_country="IND") == [
        ("Narendra Modi", "Prime Minister", "IND", "mentioned"),
        ("Kishida Fumio", "Prime Minister", "JPN", "mentioned"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "President Xi Jinping and President Joko Widodo of Indonesia attended the summit.",
        "Indonesian President Joko Widodo and President Xi Jinping attended the summit.",
    ],
)
def test_two_holders_of_one_office_serve_two_states(text: str) -> None:
    found = {name: country for name, _, country, _ in people(text, publisher_country=None)}
    assert found == {"Xi Jinping": None, "Joko Widodo": "IDN"}


def test_the_state_after_a_names_suffix() -> None:
    text = (
        "Prime Minister Kishida held a summit meeting with President Joseph R. Biden, Jr. of the "
        "United States at the White House."
    )
    assert people(text, publisher_country="JPN") == [
        ("Kishida", "Prime Minister", "JPN", "attendee"),
        ("Joseph R. Biden", "President", "USA", "attendee"),
    ]


def test_the_delegation_another_person_leads_is_not_the_subjects() -> None:
    text = (
        "President Xi Jinping met with Prime Minister Narendra Modi, who led the Indian "
        "delegation to the summit."
    )
    assert people(text, publisher_country=None) == [
        ("Xi Jinping", "President", None, "attendee"),
        ("Narendra Modi", "Prime Minister", "IND", "attendee"),
    ]


def test_a_page_that_is_only_a_headline_naming_a_person() -> None:
    record = record_of(page_from_bytes("head.txt", b"President Ho H"))
    assert record.errors == []


def test_whom_a_visitor_calls_on_serves_the_state_visited() -> None:
    text = (
        "External Affairs Minister Dr. S. Jaishankar met Prime Minister Lawrence Wong of "
        "Singapore today. EAM also called on Senior Minister Lee Hsien Loong."
    )
    rows = people(text, "IND")
    assert [(name, country) for name, _, country, _ in rows] == [
        ("S. Jaishankar", "IND"),
        ("Lawrence Wong", "SGP"),
        ("Lee Hsien Loong", "SGP"),
    ]


def test_the_state_a_visit_goes_to_names_whom_the_visitor_calls_on() -> None:
    text = (
        "During his visit to Malaysia, Foreign Minister Cho Tae-yul paid a courtesy call on "
        "Prime Minister Anwar Ibrahim."
    )
    assert [(name, country) for name, _, country, _ in people(text)] == [
        ("Cho Tae-yul", "KOR"),
        ("Anwar Ibrahim", "MYS"),
    ]


def test_whom_a_visitor_calls_on_to_act_is_asked_not_visited() -> None:
    text = (
        "During his visit to Malaysia, Foreign Minister Cho Tae-yul called on Ambassador Park "
        "Jin to support the Korean community in Kuala Lumpur."
    )
    assert [(name, country) for name, _, country, _ in people(text)] == [
        ("Cho Tae-yul", "KOR"),
        ("Park Jin", "KOR"),
    ]


def test_whom_a_person_met_is_read_within_the_sentence() -> None:
    text = (
        "Prime Minister Narendra Modi met reporters in New Delhi. Indian Foreign Secretary "
        "Vikram Misri said that the visit was a success."
    )
    rows = people(text, "IND")
    assert [(name, country) for name, _, country, _ in rows] == [
        ("Narendra Modi", "IND"),
        ("Vikram Misri", "IND"),
    ]


def test_a_person_called_on_with_no_act_asked_of_them_is_a_courtesy_call() -> None:
    visit = "EAM also called on Senior Minister Lee Hsien Loong. He will go to Kuala Lumpur."
    asked = "EAM called on President Lee to act on the proposal."
    met = "EAM met Senior Minister Lee Hsien Loong."
    assert is_courtesy_call(visit, visit.index("Lee"))
    assert not is_courtesy_call(asked, asked.index("Lee"))
    assert not is_courtesy_call(met, met.index("Lee"))
    # a sentence cut short, with no full stop before its 'to'
    cut = "He called on H.E. Lee Kuan\nto visit."
    assert is_courtesy_call(cut, cut.index("Lee"), cut.index("\n"))
    assert not is_courtesy_call(cut, cut.index("Lee"))
