"""Titles before names (people_titles.py), checked through the people a sentence gives."""

from __future__ import annotations

from tests.extract.people_cases import people


def test_title_acronym_then_the_state_served_then_an_honorific_and_the_name() -> None:
    text = (
        "1. Minister of State for External Affairs (MOS) of India Shri V. Muraleedharan "
        "attended the 10th East Asia Summit Foreign Ministers’ Meeting on 9 September 2020."
    )
    assert people(text, "IND") == [
        ("V. Muraleedharan", "Minister of State for External Affairs", "IND", "attendee")
    ]
