"""A photo caption restates the page and reports no statement of its own."""

from __future__ import annotations

from tests.extract.test_statements import OPENING, acts


def test_a_line_ending_in_a_photo_credit_is_a_caption() -> None:
    text = OPENING + (
        "\nKorea made important proposals at the Meeting: Minister Cho and other Heads of "
        "Delegation. (Photo: Yonhap)\nMinister Cho stressed the need for resilient supply chains."
    )
    assert acts(text) == [("Cho Tae-yul", "state")]


def test_a_source_at_the_end_of_a_paragraph_is_no_caption() -> None:
    text = OPENING + "\nMinister Cho stressed the need for resilient supply chains. (Source: MOFA)"
    assert acts(text) == [("Cho Tae-yul", "state")]
