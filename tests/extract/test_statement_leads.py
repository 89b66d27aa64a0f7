"""Statements of sentences that name no subject: an attribution opening the sentence, or
the line that leads a list."""

from __future__ import annotations

from tests.extract.test_statements import OPENING, acts, extract


def test_an_attribution_with_no_verb_is_what_the_person_said() -> None:
    text = OPENING + (
        "According to Minister Cho, the talks were productive. According to the statement, "
        "the region is stable."
    )
    assert acts(text) == [("Cho Tae-yul", "state")]
    assert extract(text)[0].text == "According to Minister Cho, the talks were productive."


def test_items_of_a_list_after_a_subject_and_colon_are_its_acts() -> None:
    text = (
        "The 57th ASEAN Foreign Ministers' Meeting was held in Vientiane on 25 July 2024. "
        "The Ministers:\n- welcomed the progress of the ASEAN Community Vision 2045;\n"
        "- noted the developments in Myanmar;\n- called for the full implementation of the "
        "Five-Point Consensus.\nThe 58th Meeting will be held in 2025."
    )
    assert acts(text, None) == [("ASEAN", "support"), ("ASEAN", "state"), ("ASEAN", "request")]
    assert extract(text, None)[1].text == "noted the developments in Myanmar"


def test_a_view_going_on_without_a_verb_in_the_same_paragraph_is_the_speakers() -> None:
    text = OPENING + (
        "Minister Cho reiterated the importance of the EAS as a strategic forum. The EAS should "
        "also address trafficking in persons. In addition, there could be further cooperation "
        "on maritime security.\nThe Meeting should also review the work plan."
    )
    # the sentence after the line break opens a new paragraph: no longer his
    assert acts(text) == [
        ("Cho Tae-yul", "state"),
        ("Cho Tae-yul", "state"),
        ("Cho Tae-yul", "propose"),
    ]


def test_a_view_going_on_holds_a_base_form_that_reports_nothing() -> None:
    text = OPENING + (
        "Minister Cho proposed closer cooperation on supply chains. In addition, there could "
        "be further cooperation on capacity building, including support for digital skills."
    )
    assert acts(text) == [("Cho Tae-yul", "propose"), ("Cho Tae-yul", "propose")]


def test_after_he_said_that_the_view_goes_on_with_what_he_said() -> None:
    text = OPENING + (
        "Minister Cho said that peace is indispensable for prosperity. ASEAN should use its "
        "current mechanisms to ensure regional security."
    )
    assert acts(text) == [("Cho Tae-yul", "state")]
