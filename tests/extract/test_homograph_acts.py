"""Act verbs whose present form is mostly a noun: a verb only right after a singular subject."""

from __future__ import annotations

from tests.extract.test_statements import OPENING, acts


def test_present_form_after_a_country_or_pronoun_is_an_act() -> None:
    text = OPENING + (
        "Korea supports the ASEAN Outlook on the Indo-Pacific. Minister Cho also stressed "
        "maritime security. He notes that supply chains remain fragile."
    )
    assert acts(text) == [("KOR", "support"), ("Cho Tae-yul", "state"), ("Cho Tae-yul", "state")]


def test_the_same_words_as_nouns_are_no_acts() -> None:
    text = OPENING + (
        "The Korean side's supports for the project were noted in the notes of the meeting. "
        "Korea's values and hopes are shared by ASEAN."
    )
    assert ("KOR", "support") not in acts(text)
    assert ("KOR", "state") not in acts(text)


def test_advocates_after_a_country_and_a_minister_expounding() -> None:
    text = OPENING + (
        "Minister Cho expounded on Korea's position on maritime security. Korea advocates the "
        "peaceful settlement of disputes. The advocates of free trade met in Seoul."
    )
    assert acts(text) == [("Cho Tae-yul", "state"), ("KOR", "propose")]
