"""Titles before names (people_titles.py), checked through the people a sentence gives."""

from __future__ import annotations

import pytest

from tests.extract.people_cases import people


def test_title_acronym_then_the_state_served_then_an_honorific_and_the_name() -> None:
    text = (
        "1. Minister of State for External Affairs (MOS) of India Shri V. Muraleedharan "
        "attended the 10th East Asia Summit Foreign Ministers’ Meeting on 9 September 2020."
    )
    assert people(text, "IND") == [
        ("V. Muraleedharan", "Minister of State for External Affairs", "IND", "attendee")
    ]


def test_the_second_of_two_like_offices_keeps_its_numeral() -> None:
    text = (
        "Pehin Dato Erywan Yusof, Minister of Foreign Affairs II of Brunei Darussalam, "
        "attended the meeting."
    )
    assert people(text) == [
        ("Erywan Yusof", "Minister of Foreign Affairs II", "BRN", "attendee"),
    ]


def test_offices_joined_by_a_slash_are_one_title() -> None:
    text = (
        "High Representative of the Union for Foreign Affairs and Security Policy / "
        "Vice-President of the European Commission Josep Borrell met the ministers."
    )
    [(name, title, _, _)] = people(text)
    assert (name, title) == (
        "Josep Borrell",
        "High Representative of the Union for Foreign Affairs and Security Policy / Vice-President",
    )


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Deputy Prime Minister cum Minister of Foreign Affairs Saleumxay Kommasith attended "
            "the meeting.",
            "Deputy Prime Minister cum Minister of Foreign Affairs",
        ),
        (
            "Permanent Deputy Prime Minister Nguyen Hoa Binh attended the meeting.",
            "Permanent Deputy Prime Minister",
        ),
        (
            "Minister of Foreign Affairs and Worship Diana Mondino attended the meeting.",
            "Minister of Foreign Affairs and Worship",
        ),
        (
            "Minister for Europe and Foreign Affairs Jean-Noël Barrot attended the meeting.",
            "Minister for Europe and Foreign Affairs",
        ),
        (
            "Secretary of State for Foreign, Commonwealth and Development Affairs David Lammy "
            "attended the meeting.",
            "Secretary of State for Foreign, Commonwealth and Development Affairs",
        ),
        (
            "Assistant Foreign Minister Nong Rong attended the meeting.",
            "Assistant Foreign Minister",
        ),
        (
            "Member of the Political Bureau of the CPC Central Committee and Director of the "
            "Office of the Central Foreign Affairs Commission Wang Yi met the delegation.",
            "Director of the Office of the Central Foreign Affairs Commission",
        ),
    ],
)
def test_offices_held_together_and_ranked_offices(text: str, title: str) -> None:
    [(_, found, _, _)] = people(text)
    assert found == title
