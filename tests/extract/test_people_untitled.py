"""People named with no title, as the subject of a verb of speaking or of diplomacy."""

from __future__ import annotations

import pytest

from tests.extract.people_cases import names, people


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
