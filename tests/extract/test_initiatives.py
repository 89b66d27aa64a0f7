"""Initiatives: named policies, funds, visions, plans and roadmaps found by their shape.

Expected lists are what an analyst would write in the record's `initiatives` for the sentence:
the name in full, once, and nothing that is a theme, an organisation or a meeting.
"""

from __future__ import annotations

import pytest

from summitry.extract.pipeline import extract_record
from summitry.record import Document


def initiatives(text: str) -> list[str]:
    doc = Document(text=text, published="2024-11-15", publisher_country="KOR")
    return extract_record("page.txt", doc).initiatives


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Korea announced a new contribution to the Mekong-Korea Cooperation Fund.",
            ["Mekong-Korea Cooperation Fund"],
        ),
        (
            "The Leaders welcomed the adoption of the ASEAN Community Vision 2045.",
            ["ASEAN Community Vision 2045"],
        ),
        (
            "The Ministers took stock of the Putrajaya Vision 2040 and its implementation.",
            ["Putrajaya Vision 2040"],
        ),
        (
            "The Ministers reviewed the ASEAN-Japan Plan of Action 2024-2028.",
            ["ASEAN-Japan Plan of Action 2024-2028"],
        ),
        (
            "Thailand presented the Busan Roadmap for Ocean Cooperation to the Meeting.",
            ["Busan Roadmap for Ocean Cooperation"],
        ),
        (
            "Officials discussed the Chiang Rai Goals on Sustainable Tourism.",
            ["Chiang Rai Goals on Sustainable Tourism"],
        ),
        (
            "The Minister explained Korea's Indo-Pacific Strategy to his counterparts.",
            ["Indo-Pacific Strategy"],
        ),
        (
            "The Minister briefed them on the Digital Innovation Sub-Fund.",
            ["Digital Innovation Sub-Fund"],
        ),
    ],
)
def test_named_by_shape(text: str, expected: list[str]) -> None:
    assert initiatives(text) == expected


def test_acronym_pair_gives_the_long_form_once() -> None:
    text = (
        "The Ministers reaffirmed their commitment to the Free Trade Area of the Asia-Pacific "
        "(FTAAP). Work on the FTAAP agenda will continue in 2025."
    )
    assert initiatives(text) == ["Free Trade Area of the Asia-Pacific"]


def test_unknown_acronym_pair() -> None:
    text = (
        "The ROK side introduced the Korea-ASEAN Solidarity Initiative (KASI), and the ASEAN "
        "side welcomed KASI."
    )
    assert initiatives(text) == ["Korea-ASEAN Solidarity Initiative"]


def test_quoted_lower_case_phrase_and_its_head() -> None:
    text = 'He supported the UN\'s "sustaining peace" initiative and its agenda.'
    assert initiatives(text) == ["sustaining peace initiative"]


def test_quoted_title_case_name() -> None:
    text = 'The Minister introduced the "Global Pivotal State" vision of the ROK government.'
    assert initiatives(text) == ["Global Pivotal State"]


def test_short_form_after_the_full_name_is_the_same_initiative() -> None:
    text = (
        "Economies endorsed the Jeju Roadmap on Digital Trade. Under the Jeju Roadmap, "
        "officials will report every year."
    )
    assert initiatives(text) == ["Jeju Roadmap on Digital Trade"]


def test_two_initiatives_in_order() -> None:
    text = (
        "The Minister stressed the synergy between the ASEAN Outlook on the Indo-Pacific and the "
        "Korea-ASEAN Solidarity Initiative."
    )
    assert initiatives(text) == [
        "ASEAN Outlook on the Indo-Pacific",
        "Korea-ASEAN Solidarity Initiative",
    ]


@pytest.mark.parametrize(
    "text",
    [
        'The Meeting was held under the theme "Building Our Sustainable Future Together."',
        "The Ministers met at the ASEAN Secretariat and the APEC Business Advisory Council.",
        "Korea joined the World Trade Organization and the Asian Development Bank long ago.",
        "The Asia-Pacific Economic Cooperation (APEC) has 21 member economies.",
        "He looked forward to the ASEAN-ROK Commemorative Summit and the G20 Summit.",
        "The Foreign Ministers' Meeting was followed by the Senior Officials' Meeting.",
        "The Minister visited the Korean Peninsula Peace Center in Seoul.",
        "",
    ],
)
def test_themes_organisations_meetings_and_places_are_not_initiatives(text: str) -> None:
    assert initiatives(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Leaders reaffirmed their commitment to the ASEAN Outlook on the Indo-Pacific "
            "(AOIP). The AOIP matters.",
            ["ASEAN Outlook on the Indo-Pacific"],
        ),
        (
            "The Ministers noted progress on the ASEAN Digital Economy Framework Agreement (DEFA).",
            ["ASEAN Digital Economy Framework Agreement"],
        ),
    ],
)
def test_an_acronym_or_a_shorter_inner_name_is_the_same_initiative(
    text: str, expected: list[str]
) -> None:
    assert initiatives(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'and the' starts a second name
        (
            "The Leaders adopted the ASEAN Leaders' Vision Statement on Partnership for "
            "Sustainability and the ASEAN Outlook on the Indo-Pacific.",
            [
                "ASEAN Leaders' Vision Statement on Partnership for Sustainability",
                "ASEAN Outlook on the Indo-Pacific",
            ],
        ),
        # the same head before 'and' ends the first name
        (
            "He cited the signing of the Hong Kong-Australia Free Trade Agreement and "
            "Investment Agreement in March.",
            ["Hong Kong-Australia Free Trade Agreement", "Investment Agreement"],
        ),
        # a span of years after 'for', a version, an ordinal after 'of the'
        (
            "They will carry out projects under the ROK-Mekong Plan of Action for 2014-2017.",
            ["ROK-Mekong Plan of Action for 2014-2017"],
        ),
        ("The synergy with Thailand 4.0 was stressed.", ["Thailand 4.0"]),
        # an acronym in brackets inside a name, but not between two names
        (
            "The Chair presented the Bio-Circular-Green (BCG) Economy Model to the ministers.",
            ["Bio-Circular-Green (BCG) Economy Model"],
        ),
        (
            "They endorsed the Digital Economy Roadmap (DER) and APEC Economic Policy Report 2022.",
            ["Digital Economy Roadmap", "APEC Economic Policy Report 2022"],
        ),
        # a sum after the name is not part of it
        (
            "Korea will double its contribution to the ASEAN-ROK Cooperation Fund to USD 14 "
            "million.",
            ["ASEAN-ROK Cooperation Fund"],
        ),
        (
            "They welcomed the Mid-Term Review (MTR) of the BIMP-EAGA Vision 2025.",
            ["Mid-Term Review", "BIMP-EAGA Vision 2025"],
        ),
        ("They supported the Smart Cities Networks.", ["Smart Cities Networks"]),
        (
            "The Ministers noted the Hanoi Declaration on the 15th Anniversary of the East Asia "
            "Summit and China's contribution.",
            ["Hanoi Declaration on the 15th Anniversary of the East Asia Summit"],
        ),
        # years in brackets belong to the name
        (
            "The Meeting adopted the ASEAN Plus Three Cooperation Work Plan (2018-2022).",
            ["ASEAN Plus Three Cooperation Work Plan (2018-2022)"],
        ),
        # a name stopped short of its end ('... between A and B') is taken to its head
        (
            "They adopted the Comprehensive Plan of Action to Promote Cooperation between "
            "ASEAN and Russia.",
            ["Comprehensive Plan of Action"],
        ),
        (
            "It marks the anniversary of the Treaty of Peace and Friendship between Japan and "
            "China.",
            ["Treaty of Peace and Friendship"],
        ),
        ("The Leaders adopted the ASEAN Concord IV at the Summit.", ["ASEAN Concord IV"]),
    ],
)
def test_where_a_name_ends(text: str, expected: list[str]) -> None:
    assert initiatives(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's verb is not part of the name
        (
            "MIKTA Foreign Ministers Adopt Joint Communiqué on the Situation in North Korea and "
            "Agree to Hold Next Meeting",
            ["Joint Communiqué on the Situation in North Korea"],
        ),
        # an ordinal before a body's name does not make it an initiative
        (
            "She attended the 16th Bay of Bengal Initiative for Multi-Sectoral Technical and "
            "Economic Cooperation (BIMSTEC) Ministerial Meeting.",
            [],
        ),
        # a list cut at its last comma before a body
        (
            "They cited the Declaration on the Conduct of Parties in the Gulf, ASEAN Regional "
            "Forum, and other mechanisms.",
            ["Declaration on the Conduct of Parties in the Gulf"],
        ),
    ],
)
def test_names_run_on_into_other_things(text: str, expected: list[str]) -> None:
    assert initiatives(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # kinds of documents, not names
        "At the end of the meeting, participants adopted the Joint Communiqué.",
        "The Minister welcomed the adoption of the new Work Plan.",
        "Top Stories : Press Statement by the Prime Minister",
        "They adopted the vision and the Co-Chairs’ Statement of the Summit.",
        "They agreed to begin work on the next Plan of Action.",
        "Top Stories : Mekong Economic Cooperation (MEC) Summit Press Statement",
        # a theme, a session's title, a quoted list of areas
        "Anwar said the chairmanship theme, “Inclusivity and Sustainability”, reflects growth.",
        "Thailand chaired ASEAN with the theme, “Advancing Partnership for Sustainability”.",
        "In Plenary Session I on “Synergizing Peace and Sustainable Development,” he spoke.",
        "(2) Session 1 (Vision for the PALM Partnership towards 2050, Striding forward together)",
        "They discussed cooperation in “Development,” “Trade and Investment,” and “Peace and "
        "Security.”",
        # a title and a person are not a policy
        "He spoke along with Foreign Minister Wang Yi of China and High Representative for "
        "Foreign Affairs and Security Policy Federica Mogherini.",
        "It was attended by the ASEAN Deputy Secretary-General for ASEAN Political-Security "
        "Community (APSC).",
    ],
)
def test_documents_themes_and_titles_are_not_initiatives(text: str) -> None:
    assert initiatives(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an acronym the kb knows, spelled out no fuller on the page, under the kb's name
        (
            "The Ministers reviewed the Master Plan on ASEAN Connectivity (MPAC) 2025.",
            ["Master Plan on ASEAN Connectivity 2025"],
        ),
        ("Vaccines were shared through COVAX.", ["COVAX Facility"]),
        # an acronym in brackets before the name's last word, and a spelling with and without
        # brackets round its years, are one name
        (
            "He shared Korea's New Southern Policy (NSP) Plus. The NSP Plus guides its work.",
            ["New Southern Policy Plus"],
        ),
        (
            "They adopted the APT Cooperation Work Plan (2018-2022). The APT Cooperation Work "
            "Plan 2018-2022 guides the work.",
            ["APT Cooperation Work Plan (2018-2022)"],
        ),
        (
            "They called for the implementation of the ASEAN five-point consensus.",
            ["five-point consensus"],
        ),
        (
            "They finalised the Regional Code of Conduct in the East Sea.",
            ["Code of Conduct in the East Sea"],
        ),
    ],
)
def test_standing_initiatives_from_the_kb(text: str, expected: list[str]) -> None:
    assert initiatives(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ministers reaffirmed the ASEAN Outlook on Indo-Pacific. The ASEAN Outlook on the "
            "Indo-Pacific guides ASEAN's engagement.",
            ["ASEAN Outlook on the Indo-Pacific"],
        ),
        (
            "Ministers backed the Doha Round. That meeting progressed 80% of the Doha Agenda.",
            ["Doha Agenda"],  # the longer spelling the page gives
        ),
        (
            "The Sustainable Urban Development Framework (SUDF) was launched. The SUDF Framework "
            "is envisaged as an enabling tool.",
            ["Sustainable Urban Development Framework"],
        ),
    ],
)
def test_one_initiative_named_two_ways_is_listed_once(text: str, expected: list[str]) -> None:
    assert initiatives(text) == expected


def test_a_known_initiative_named_apart_from_an_office_is_still_one() -> None:
    text = (
        "The Deputy Secretary-General for ASEAN Political-Security Community (APSC) briefed "
        "the Ministers, who reaffirmed their commitment to the ASEAN Political-Security "
        "Community."
    )
    assert initiatives(text) == ["ASEAN Political-Security Community"]
