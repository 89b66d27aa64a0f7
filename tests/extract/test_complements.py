"""Reported content: the verbs a reporting verb's complement holds are no acts of their own."""

from __future__ import annotations

from tests.extract.test_statements import OPENING, acts, assert_texts_hold


def test_a_pronoun_after_said_opens_what_was_said() -> None:
    text = OPENING + "Minister Cho said he hoped the meeting would strengthen supply chains."
    assert acts(text) == [("Cho Tae-yul", "state")]
    assert_texts_hold(text, ["said he hoped"])


def test_an_act_coordinated_after_the_reported_content_still_counts() -> None:
    text = OPENING + (
        "Minister Cho said she believed trade had grown, and urged members to diversify "
        "supply chains."
    )
    assert acts(text) == [("Cho Tae-yul", "state"), ("Cho Tae-yul", "urge")]


def test_said_before_a_name_keeps_its_own_acts() -> None:
    text = OPENING + "Minister Cho said ASEAN welcomed the proposal."
    assert acts(text)[0] == ("Cho Tae-yul", "state")


def test_said_with_only_where_and_when_is_no_statement() -> None:
    text = OPENING + (
        "Korea will continue to support ASEAN centrality. Minister Cho said in his remarks at "
        "the opening ceremony of the Meeting in Vientiane."
    )
    assert acts(text) == [("KOR", "commit")]


def test_said_after_a_quotation_still_attributes_it() -> None:
    text = OPENING + (
        "“Supply chains are testing our resilience and our resolve,” Minister Cho said during "
        "the ministerial meeting."
    )
    assert acts(text) == [("Cho Tae-yul", "state")]


def test_by_and_a_participle_inside_reported_content_is_a_means() -> None:
    text = OPENING + (
        "Minister Cho mentioned that Korea would expand cooperation in peace and security by "
        "supporting the AU's activities."
    )
    assert acts(text) == [("Cho Tae-yul", "state")]


def test_a_clause_after_said_with_no_that_is_what_was_said() -> None:
    text = OPENING + (
        "Minister Cho said the summit's agenda attached importance to development and trade."
    )
    # the summit's agenda does not act, nor does the summit: it is what he said
    assert acts(text) == [("Cho Tae-yul", "state")]


def test_adding_after_reported_content_is_the_sentences_subjects() -> None:
    text = OPENING + (
        "Minister Cho said Korea welcomed ASEAN's efforts, adding that the ROK would double "
        "its contribution. He was of the view that the ARF should remain relevant."
    )
    # whoever welcomed, it is Minister Cho who added; 'was of the view' states
    found = acts(text)
    assert found.count(("Cho Tae-yul", "state")) == 3
    assert_texts_hold(text, ["said", "welcomed", "adding", "was of the view"])


def test_a_states_will_joined_to_what_was_said_is_the_speakers_commitment() -> None:
    text = OPENING + (
        "Minister Cho mentioned that relations have developed since 1989, and Korea would "
        "strengthen cooperation with ASEAN. He said that trade had grown, and Korea would "
        "host the Summit in 2029."
    )
    # hosting is an event, not a commitment
    assert acts(text) == [
        ("Cho Tae-yul", "state"),
        ("Cho Tae-yul", "commit"),
        ("Cho Tae-yul", "state"),
    ]


def test_a_person_told_before_that_opens_what_was_said() -> None:
    text = OPENING + (
        "Minister Cho told his Lao counterpart that Korea had fully explained its plan, "
        "according to the Ministry."
    )
    assert acts(text) == [("Cho Tae-yul", "state")]
