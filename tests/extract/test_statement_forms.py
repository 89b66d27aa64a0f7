"""Statements by verb form: 'will' before an act verb, a verb whose past is its base ('put
forward'), passives with their agent after a phrase, and reporting verbs of the kb."""

from __future__ import annotations

from tests.extract.test_statements import OPENING, acts, extract


def test_will_before_an_act_verb_is_a_commitment() -> None:
    text = OPENING + "Korea will support ASEAN centrality. Korea will propose new ideas."
    assert acts(text) == [("KOR", "commit"), ("KOR", "commit")]


def test_will_in_a_clause_after_where_is_not_the_main_verb() -> None:
    text = OPENING + (
        "The Senior Officials wrapped up their preparations for the next stage where APEC "
        "Ministers will endorse key outcomes."
    )
    assert acts(text) == []


def test_we_will_in_a_chairs_statement_is_the_forums_commitment() -> None:
    text = (
        "Chairman's Statement of the 40th ASEAN Summit\n"
        "1. The 40th ASEAN Summit was held in Phnom Penh on 10-11 November 2022.\n"
        "2. We reaffirmed our commitment to the ASEAN Charter. We will continue to strengthen "
        "ASEAN centrality."
    )
    assert acts(text, None) == [("ASEAN", "commit"), ("ASEAN", "commit")]


def test_put_forward_after_a_singular_subject() -> None:
    text = OPENING + "Minister Cho put forward four proposals."
    assert acts(text) == [("Cho Tae-yul", "propose")]


def test_put_forward_after_to_is_no_act_of_its_own() -> None:
    text = OPENING + "The Ministers agreed to put forward a joint statement."
    assert acts(text) == [("ASEAN", "agree")]


def test_passive_agent_after_a_phrase() -> None:
    text = OPENING + "The message was emphasized on several occasions by Minister Cho."
    assert acts(text) == [("Cho Tae-yul", "state")]


def test_passive_with_a_host_between_names_no_agent() -> None:
    text = OPENING + "The plan was adopted at the meeting hosted by Thailand."
    assert ("THA", "agree") not in acts(text)


def test_reporting_verbs_of_the_kb() -> None:
    text = OPENING + (
        "Minister Cho touched upon the situation in Myanmar. He raised the need to resume "
        "direct flights. He cautioned against unilateral moves."
    )
    assert acts(text) == [
        ("Cho Tae-yul", "state"),
        ("Cho Tae-yul", "state"),
        ("Cho Tae-yul", "criticize"),
    ]
    assert [s.text for s in extract(text)][1] == "He raised the need to resume direct flights."


def test_quoted_as_saying() -> None:
    text = OPENING + "Minister Cho was quoted as saying that Korea values ASEAN."
    assert acts(text) == [("Cho Tae-yul", "state")]


def test_congratulations_and_condolences_are_support() -> None:
    text = OPENING + (
        "Minister Cho extended his warm congratulations to Lao PDR on its chairmanship. He "
        "offered his condolences to the victims of the earthquake. Korea offered $10 million "
        "to the fund."
    )
    assert acts(text) == [("Cho Tae-yul", "support"), ("Cho Tae-yul", "support"), ("KOR", "commit")]


def test_a_participle_after_a_semicolon_goes_on_with_the_speaker() -> None:
    text = OPENING + (
        "Minister Cho also said that the two sides should expand labour cooperation; adding "
        "that Korea welcomes investment from ASEAN."
    )
    assert acts(text) == [("Cho Tae-yul", "state"), ("Cho Tae-yul", "state")]


def test_expressed_that_states() -> None:
    text = OPENING + "Minister Cho expressed that Korea will host the ASEAN-Korea Summit."
    assert acts(text) == [("Cho Tae-yul", "state")]


def test_attaching_importance_states() -> None:
    text = OPENING + (
        "Korea attaches great importance to the ASEAN Outlook on the Indo-Pacific. Minister "
        "Cho placed emphasis on maritime cooperation."
    )
    assert acts(text) == [("KOR", "state"), ("Cho Tae-yul", "state")]


def test_aims_to_after_a_country_is_a_commitment_after_a_thing_none() -> None:
    text = OPENING + (
        "Korea aims to double its trade with ASEAN by 2030. The Mekong-Korea Cooperation was "
        "launched in 2011. It aims to promote sustainable development."
    )
    # 'It' stands for the cooperation named before, which speaks for no one
    assert acts(text) == [("KOR", "commit")]


def test_an_opening_participle_of_stance_is_the_subjects_statement() -> None:
    text = OPENING + (
        "Reaffirming Korea's consistent position, Minister Cho urged the DPRK to return to "
        "dialogue. Mentioning the challenges facing the region, he said the ARF should be "
        "strengthened."
    )
    # 'Mentioning ...' only sets the scene for what he said
    assert acts(text) == [
        ("Cho Tae-yul", "state"),
        ("Cho Tae-yul", "urge"),
        ("Cho Tae-yul", "state"),
    ]


def test_a_numbered_proposal() -> None:
    text = OPENING + "Minister Cho made a three-point proposal on maritime cooperation."
    assert acts(text) == [("Cho Tae-yul", "propose")]


def test_a_participle_qualifying_a_noun_is_no_act() -> None:
    text = OPENING + (
        "Minister Cho welcomed the measures presented at the meeting. The Ministers noted the "
        "progress, as set out in the report. The Plan of Action was adopted at the Meeting."
    )
    assert acts(text) == [("Cho Tae-yul", "support"), ("ASEAN", "state"), ("ASEAN", "agree")]


def test_setting_out_determination_and_emphasis() -> None:
    text = OPENING + (
        "Minister Cho set out Korea's vision for the region. He expressed his determination "
        "to deepen ties. He laid emphasis on connectivity."
    )
    assert acts(text) == [
        ("Cho Tae-yul", "state"),
        ("Cho Tae-yul", "commit"),
        ("Cho Tae-yul", "state"),
    ]


def test_replies_tasks_invitations_and_opposition() -> None:
    text = OPENING + (
        "Minister Cho responded that Korea would continue its support. He extended an "
        "invitation to the Lao Foreign Minister to visit Seoul. He expressed strong opposition "
        "to the missile launches. The Ministers tasked the Senior Officials to prepare the "
        "Plan. The tasks of the officials were many."
    )
    assert acts(text) == [
        ("Cho Tae-yul", "state"),
        ("Cho Tae-yul", "request"),
        ("Cho Tae-yul", "criticize"),
        ("ASEAN", "request"),
    ]


def test_what_a_minister_expresses_or_raises() -> None:
    text = OPENING + (
        "Minister Cho expressed Korea's position on the South China Sea. He raised the issue "
        "of abductions. He expressed his sympathy to the victims of the floods. He expressed "
        "his desire to visit Laos again. He expressed strong dissatisfaction with the launches."
    )
    assert acts(text) == [
        ("Cho Tae-yul", "state"),
        ("Cho Tae-yul", "state"),
        ("Cho Tae-yul", "support"),
        ("Cho Tae-yul", "commit"),
        ("Cho Tae-yul", "criticize"),
    ]


def test_speaking_in_favour_or_against() -> None:
    text = OPENING + (
        "Minister Cho spoke in favour of a rules-based order. He spoke out against the use of "
        "force."
    )
    assert acts(text) == [("Cho Tae-yul", "support"), ("Cho Tae-yul", "criticize")]


def test_a_past_form_after_a_determiner_qualifies_a_noun() -> None:
    text = OPENING + (
        "Under the said revised plan, Korea would like to promote ASEAN studies. The agreed "
        "text was welcomed by Minister Cho."
    )
    assert acts(text) == [("KOR", "commit"), ("Cho Tae-yul", "support")]
