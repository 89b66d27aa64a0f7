"""Outcomes: what a meeting did to a named text or plan (adopted, endorsed, noted, signed...).

Expected pairs are (document, action) as an analyst would write them for the sentence.
"""

from __future__ import annotations

import pytest

from summitry.extract.pipeline import extract_record
from summitry.record import Document, Outcome


def extract(text: str) -> list[Outcome]:
    doc = Document(text=text, published="2024-11-15", publisher_country="KOR")
    return extract_record("page.txt", doc).outcomes


def outcomes(text: str) -> list[tuple[str, str]]:
    return [(o.document, o.action) for o in extract(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Leaders adopted the ASEAN-ROK Joint Statement on Maritime Cooperation. It sets "
            "out five areas of work.",
            [("ASEAN-ROK Joint Statement on Maritime Cooperation", "adopted")],
        ),
        (
            "The two sides signed a Memorandum of Understanding on Climate Cooperation, which "
            "takes effect next month.",
            [("Memorandum of Understanding on Climate Cooperation", "signed")],
        ),
        (
            "The Ministers noted the Annual Report of the ASEAN-Korea Centre and thanked its "
            "staff.",
            [("Annual Report of the ASEAN-Korea Centre", "noted")],
        ),
        (
            "The Leaders launched the ASEAN-Korea Digital Innovation Fund at the Summit.",
            [("ASEAN-Korea Digital Innovation Fund", "launched")],
        ),
    ],
)
def test_active_voice(text: str, expected: list[tuple[str, str]]) -> None:
    assert outcomes(text) == expected


def test_document_at_the_very_end_of_the_text_has_no_full_stop() -> None:
    text = "The Ministers adopted the Vientiane Declaration on Connectivity."
    assert outcomes(text) == [("Vientiane Declaration on Connectivity", "adopted")]


def test_two_documents_joined_by_and_are_two_outcomes() -> None:
    text = (
        "Senior Officials endorsed the Ocean Health Action Plan and the Food Security Roadmap "
        "Towards 2030, which will guide work next year."
    )
    assert outcomes(text) == [
        ("Ocean Health Action Plan", "endorsed"),
        ("Food Security Roadmap Towards 2030", "endorsed"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ASEAN-ROK Plan of Action 2026-2030 was adopted at the Meeting.",
            [("ASEAN-ROK Plan of Action 2026-2030", "adopted")],
        ),
        (
            "The Sub-Committee Work Plan for 2025 was approved by the Senior Officials.",
            [("Sub-Committee Work Plan for 2025", "approved")],
        ),
        (
            "The Korea-ASEAN Solidarity Initiative, endorsed at the Summit, will guide the work.",
            [("Korea-ASEAN Solidarity Initiative", "endorsed")],
        ),
    ],
)
def test_passive_and_reduced_relative(text: str, expected: list[tuple[str, str]]) -> None:
    assert outcomes(text) == expected


def test_same_document_and_action_twice_is_one_outcome() -> None:
    text = (
        "The Ministers adopted the Mekong-ROK Plan of Action 2026-2030. The Mekong-ROK Plan of "
        "Action 2026-2030 was adopted after two years of talks."
    )
    assert outcomes(text) == [("Mekong-ROK Plan of Action 2026-2030", "adopted")]


@pytest.mark.parametrize(
    "text",
    [
        "The Ministers discussed the draft Joint Statement at length.",
        "The Minister noted that the Plan of Action is on track.",
        "Korea adopted a more active role in the region.",
        "The Ministers agreed to meet again in Seoul next year.",
        "The Ministers agreed on the importance of the Roadmap for the region.",
        "They agreed on the importance of accomplishing sustainable development goals (SDGs).",
        "The Ministers noted progress in several areas, including the ASEAN Power Grid.",
        # a wish or a plan is no outcome
        "The Ministers looked forward to the signing of the Memorandum of Understanding on Trade.",
        "The Summit should culminate in the adoption of an Outcome Document on Friday.",
        # an act cited from before is not the meeting's
        "Citing the signing of the Hong Kong-Australia Free Trade Agreement in March, he said "
        "the pact gives a boost of confidence.",
        "",
    ],
)
def test_no_outcome(text: str) -> None:
    assert outcomes(text) == []


def test_evidence_lies_in_the_text_and_names_the_document() -> None:
    text = "The Leaders adopted the Jakarta Declaration on Peace. They then left."
    (outcome,) = extract(text)
    assert outcome.evidence is not None
    start, end = outcome.evidence
    assert 0 <= start <= end <= len(text)
    assert "Jakarta Declaration on Peace" in text[start:end]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Leaders welcomed the adoption of the ASEAN Community Vision 2045 and its "
            "Strategic Plans.",
            [
                ("ASEAN Community Vision 2045", "adopted"),
                ("Strategic Plans of the ASEAN Community Vision 2045", "adopted"),
            ],
        ),
        (
            "Minister Galdo welcomed the launch of the Lima Roadmap to Promote the Transition to "
            "the Formal and Global Economy.",
            [
                (
                    "Lima Roadmap to Promote the Transition to the Formal and Global Economy",
                    "launched",
                )
            ],
        ),
        (
            "They witnessed the signing of the Memorandum of Understanding on Trade.",
            [("Memorandum of Understanding on Trade", "signed")],
        ),
    ],
)
def test_the_act_named_by_its_noun(text: str, expected: list[tuple[str, str]]) -> None:
    assert outcomes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every name the object holds, quoted or not, joined by 'and the'
        (
            "The participants adopted the “Seoul Declaration 2012”and the “Action Plan "
            "(2013-2015)” as the concluding documents.",
            [("Seoul Declaration 2012", "adopted"), ("Action Plan (2013-2015)", "adopted")],
        ),
        # the name, not the clause after it
        (
            "The Meeting endorsed the draft 4th BIMSTEC Summit Declaration which set future "
            "directions for BIMSTEC.",
            [("BIMSTEC Summit Declaration", "endorsed")],
        ),
        # a known name, then one the page names only here
        (
            "The Leaders adopted the ASEAN Leaders' Review and Decision on the Implementation of "
            "the Five-Point Consensus.",
            [
                ("ASEAN Leaders' Review", "adopted"),
                ("Decision on the Implementation of the Five-Point Consensus", "adopted"),
            ],
        ),
        # a document named in lower case
        (
            "The Ministers adopted an action plan for Timor-Leste's application for membership.",
            [("action plan for Timor-Leste's application for membership", "adopted")],
        ),
        # a statement issued is one adopted
        (
            "The Leaders issued a Joint Statement on Maritime Cooperation after the talks.",
            [("Joint Statement on Maritime Cooperation", "adopted")],
        ),
        ("At the end, the Ministers issued the Joint Statement.", [("Joint Statement", "adopted")]),
        # 'passage' names an adoption
        (
            "The Meeting closed with the passage of the Macao Declaration, which sets out "
            "measures.",
            [("Macao Declaration", "adopted")],
        ),
    ],
)
def test_what_the_object_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert outcomes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Deliverables include the ASEAN Leaders' Vision Statement on Partnership for "
            "Sustainability and the ASEAN Outlook on the Indo-Pacific, which were adopted at "
            "the Summit.",
            [
                ("ASEAN Leaders' Vision Statement on Partnership for Sustainability", "adopted"),
                ("ASEAN Outlook on the Indo-Pacific", "adopted"),
            ],
        ),
        (
            "He noted the implementation of the ROK-Mekong Plan of Action for 2014-2017, adopted "
            "in 2014.",
            [("ROK-Mekong Plan of Action for 2014-2017", "adopted")],
        ),
        (
            "This shaped the two outcome documents endorsed by the leaders, namely, the Bangkok "
            "Vision 2030 and the ASEAN Outlook on the Indo - Pacific.",
            [
                ("Bangkok Vision 2030", "endorsed"),
                ("ASEAN Outlook on the Indo - Pacific", "endorsed"),
            ],
        ),
    ],
)
def test_names_before_the_verb_or_after_namely(text: str, expected: list[tuple[str, str]]) -> None:
    assert outcomes(text) == expected


def test_a_list_after_the_adoption_of() -> None:
    text = (
        "Key outcomes included the adoption of:\n"
        "Bangkok Vision 2030: A strategic blueprint for regional development.\n"
        "The 6th BIMSTEC Leaders' Summit Declaration: Reaffirming commitment.\n"
        "Rules of Procedure for BIMSTEC Mechanisms: Establishing a framework.\n"
        "The agreements are expected to bring benefits to member states, in trade: above all.\n"
    )
    assert outcomes(text) == [
        ("Bangkok Vision 2030", "adopted"),
        ("6th BIMSTEC Leaders' Summit Declaration", "adopted"),
        ("Rules of Procedure for BIMSTEC Mechanisms", "adopted"),
    ]


def test_a_list_with_a_blank_line_between_its_lines() -> None:
    text = (
        "Key outcomes included the adoption of:\n\n"
        "Bangkok Vision 2030: A strategic blueprint for regional development.\n\n"
        "Rules of Procedure for BIMSTEC Mechanisms: Establishing a framework.\n\n"
        "The agreements are expected to bring benefits to member states, in trade: above all.\n"
    )
    assert outcomes(text) == [
        ("Bangkok Vision 2030", "adopted"),
        ("Rules of Procedure for BIMSTEC Mechanisms", "adopted"),
    ]


def test_a_numbered_list_after_adopted_the_following() -> None:
    text = (
        "The Leaders adopted the following documents:\n"
        "1. Kuala Lumpur Declaration on ASEAN 2045;\n"
        "2. ASEAN Leaders' Statement on Climate Change.\n"
        "they also discussed regional issues.\n"
    )
    assert outcomes(text) == [
        ("Kuala Lumpur Declaration on ASEAN 2045", "adopted"),
        ("ASEAN Leaders' Statement on Climate Change", "adopted"),
    ]


def test_an_act_dated_years_before_the_page_is_history_not_an_outcome() -> None:
    text = (
        "The Ministers adopted the Bangkok Vision 2030. ASEAN was established on 8 August 1967 "
        "in Bangkok with the signing of the ASEAN Declaration by its five founders."
    )
    assert outcomes(text) == [("Bangkok Vision 2030", "adopted")]


def test_a_community_launched_is_no_text() -> None:
    text = (
        "Development cooperation gains momentum in 2016, the year the ASEAN Economic Community "
        "has been launched."
    )
    assert outcomes(text) == []


def test_a_text_named_in_capitals_before_a_passive_verb() -> None:
    assert outcomes("A Joint Statement was adopted at the end of the meeting.") == [
        ("Joint Statement", "adopted")
    ]
    assert outcomes("At the meeting, the Joint Declaration was signed by both sides.") == [
        ("Joint Declaration", "signed")
    ]
    assert outcomes("The Meeting was noted for its warmth.") == []
    assert outcomes("They said the Free Trade Agreement was signed in 2015.") == []


def test_texts_listed_after_the_following_and_a_colon_in_the_sentence() -> None:
    text = (
        "The Leaders adopted the following: the Vientiane Declaration on Connectivity, the "
        "ASEAN Leaders' Statement on Climate Change and the Work Plan on Youth."
    )
    assert outcomes(text) == [
        ("Vientiane Declaration on Connectivity", "adopted"),
        ("ASEAN Leaders' Statement on Climate Change", "adopted"),
        ("Work Plan on Youth", "adopted"),
    ]


def test_took_note_of_a_named_text_is_noted() -> None:
    text = (
        "The 17th East Asia Summit was held in Phnom Penh. Leaders took note of the ASEAN "
        "Leaders' Declaration on Blue Economy. The Meeting took note of the progress of the "
        "negotiations."
    )
    assert outcomes(text) == [("ASEAN Leaders' Declaration on Blue Economy", "noted")]


def test_quoted_names_with_the_article_inside_the_quotes() -> None:
    text = (
        "The leaders adopted “the Tenth Pacific Islands Leaders Meeting (PALM 10) Leaders’ "
        "Declaration” and “the Tenth Pacific Islands Leaders Meeting (PALM 10) Joint Action "
        "Plan” as the outcome of the discussions."
    )
    assert outcomes(text) == [
        ("Tenth Pacific Islands Leaders Meeting (PALM 10) Leaders’ Declaration", "adopted"),
        ("Tenth Pacific Islands Leaders Meeting (PALM 10) Joint Action Plan", "adopted"),
    ]
