"""Where an initiative's name ends (initiative_shapes.py), checked through the record."""

from __future__ import annotations

from tests.extract.test_initiatives import initiatives


def test_a_comma_after_the_name_ends_it() -> None:
    text = (
        "While contributing to advancing the implementation of the Sendai Framework for DRR, "
        "Japan will share its knowledge and technologies with the international community."
    )
    assert initiatives(text) == ["Sendai Framework for DRR"]


def test_a_list_closed_by_and_stays_in_the_name() -> None:
    text = "The Leaders adopted the Action Plan for Peace, Stability and Prosperity."
    assert initiatives(text) == ["Action Plan for Peace, Stability and Prosperity"]
