"""Countries and organisations from the knowledge-base gazetteer, checked by hand.

`countries` holds the alpha-3 code of every state or economy the text names, once each, in
order of first mention; `organizations` every body other than a government or a meeting.
"""

from __future__ import annotations

import pytest

from summitry.extract.pipeline import extract_record
from summitry.record import Document, Record


def extract(text: str) -> Record:
    doc = Document(text=text, published="2024-11-15", publisher_country="KOR")
    return extract_record("page.txt", doc)


def countries(text: str) -> list[str]:
    return extract(text).countries


def organizations(text: str) -> list[str]:
    return extract(text).organizations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Korea, Thailand and Viet Nam signed the joint statement.", ["KOR", "THA", "VNM"]),
        ("The Republic of Korea (ROK) thanked the ROK's partners.", ["KOR"]),
        ("Lao PDR, Brunei Darussalam and the Philippines took part.", ["LAO", "BRN", "PHL"]),
        ("The DPRK's launches were condemned by the United States of America.", ["PRK", "USA"]),
        (
            "The Peruvian chair welcomed the Japanese and Australian delegations.",
            ["PER", "JPN", "AUS"],
        ),
        ("The Korean side and the Thai side agreed.", ["KOR", "THA"]),
        ("Ministers condemned N Korea's missile launches.", ["PRK"]),
    ],
)
def test_countries_by_name_alias_and_demonym(text: str, expected: list[str]) -> None:
    assert countries(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hong Kong, China and Chinese Taipei are APEC member economies.", ["HKG", "TWN"]),
        ("The Ministers discussed the situation in the South China Sea.", []),
        ("Peace on the Korean Peninsula was discussed.", []),
        ("Cooperation in the Indian Ocean and the Indo-Pacific was stressed.", []),
        ("Papua New Guinea hosted APEC in 2018.", ["PNG"]),
        ("Nigeria and South Sudan sent observers.", ["NGA", "SSD"]),
        ("The Dominican Republic joined as an observer.", ["DOM"]),
    ],
)
def test_longest_name_wins_over_a_country_inside_it(text: str, expected: list[str]) -> None:
    assert countries(text) == expected


def test_words_that_merely_contain_a_country_name_are_not_countries() -> None:
    assert countries("The Omani, Peruvian and Chadian delegations; Perugia; Chinaware.") == [
        "OMN",
        "PER",
        "TCD",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The World Trade Organization (WTO) reform was on the agenda.", ["WTO"]),
        (
            "APEC and ASEAN officials met the APEC Business Advisory Council.",
            ["APEC", "ASEAN", "ABAC"],
        ),
        (
            "The International Labour Organization and the UN Security Council were named.",
            ["ILO", "UN Security Council"],
        ),
        ("The International Monetary Fund and the Asian Development Bank joined.", ["IMF", "ADB"]),
        (
            "Jurin said the meeting would allow Apec economic ministers to follow up, as Asean "
            "and Nato members watched.",
            ["APEC", "ASEAN", "NATO"],
        ),
    ],
)
def test_organisations_by_acronym(text: str, expected: list[str]) -> None:
    assert organizations(text) == expected


def test_organisations_are_not_countries_and_countries_are_not_organisations() -> None:
    record = extract("Korea briefed the WTO and the Association of Southeast Asian Nations.")
    assert record.countries == ["KOR"]
    assert record.organizations == ["WTO", "ASEAN"]


@pytest.mark.parametrize(
    "text",
    ["", "Bake the bread at 200 degrees for 40 minutes.", "שלום עולם", "السلام عليكم"],
)
def test_nothing_named(text: str) -> None:
    record = extract(text)
    assert (record.countries, record.organizations) == ([], [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a forum named on its own is an organisation, even where it is also a meeting series
        ("New Zealand helped establish the East Asia Summit as a strategic forum.", ["EAS"]),
        ("It was launched at the 68th UN General Assembly.", ["UN General Assembly"]),
        ("The ASEAN Plus Three (APT) process remains important.", ["ASEAN Plus Three"]),
        ("The APT member states discussed recovery.", ["ASEAN Plus Three"]),
        # ... but not where it only opens the name of a meeting
        ("The 23rd ASEAN Plus Three Summit was held by video.", []),
        ("He attended the 24th ASEAN Regional Forum and addressed issues.", []),
        # the body a title names, and the grouping of a two-party forum
        ("The Secretary-General of ASEAN attended the Summit.", ["ASEAN"]),
        ("They reviewed ASEAN-ROK cooperation.", ["ASEAN"]),
        # an initiative names a body only by its acronym
        ("2016 is the year the ASEAN Economic Community was launched.", ["ASEAN"]),
        ("They upheld the United Nations Convention on the Law of the Sea.", []),
    ],
)
def test_organisations_inside_longer_names(text: str, expected: list[str]) -> None:
    assert organizations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials of the Pacific Islands Forum (PIF) Secretariat came.", ["PIF Secretariat"]),
        ("The BIMP-EAGA and IMT-GT ministers met.", ["BIMP-EAGA", "IMT-GT"]),
        ("Activities of the MLC were reviewed.", ["Lancang-Mekong Cooperation"]),
        ("The IORA Secretariat briefed them.", ["IORA", "IORA Secretariat"]),
    ],
)
def test_subregional_bodies(text: str, expected: list[str]) -> None:
    assert organizations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He attended the ASEAN-New Zealand Commemorative Summit.", ["NZL"]),
        ("Dialogue between ASEAN and China on the Code of Conduct continued.", ["CHN"]),
        ("The delegation of Việt Nam attended.", ["VNM"]),
    ],
)
def test_countries_inside_meeting_and_forum_names(text: str, expected: list[str]) -> None:
    assert countries(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The meeting welcomed the Chief Ministers, Governors and Local Government Forum "
            "(CMGLF) to be reactivated.",
            ["CMGLF"],
        ),
        ("The ASEAN Centre for Biodiversity (ACB) hosted it.", ["ASEAN", "ACB"]),
        # a venue, a ministry and a meeting spelled out before their acronyms are no bodies
        ("It was held at the Kuala Lumpur Convention Centre (KLCC).", []),
        ("The Department of Foreign Affairs (DFA) said so.", []),
        ("The Ministerial Council Meeting (MCM) ended.", []),
    ],
)
def test_bodies_spelled_out_before_their_acronyms(text: str, expected: list[str]) -> None:
    assert organizations(text) == expected
