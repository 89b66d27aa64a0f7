"""People's roles read in their own sentences: chair, co-chair, attendee, mentioned."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from summitry.extract import people_roles
from tests.extract.people_cases import extract, people

PAGES = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "dev"


def roles(text: str) -> dict[str, str]:
    return {p.name: p.role for p in extract(text).people}


def test_a_list_of_delegates_before_one_verb_all_attend() -> None:
    text = (
        "Delegations from Africa, including Aissata Tall Sall, the Foreign Minister of Senegal, "
        "and Nancy Tembo, the Foreign Minister of Malawi, attended the forum."
    )
    assert people(text) == [
        ("Aissata Tall Sall", "Foreign Minister", "SEN", "attendee"),
        ("Nancy Tembo", "Foreign Minister", "MWI", "attendee"),
    ]


def test_capacity_as_co_chair_at_the_end_of_a_long_sentence() -> None:
    text = (
        "Minister of Foreign Affairs Kang Kyung-wha attended the 22nd ASEAN-ROK Ministerial "
        "Meeting held in Bangkok, the Kingdom of Thailand, on August 1 in her capacity as "
        "co-chair."
    )
    assert roles(text) == {"Kang Kyung-wha": "co_chair"}


def test_co_chairing_a_meeting_with_a_long_name_with_someone() -> None:
    text = (
        "Foreign Minister Wang Yi co-chaired the 9th Lancang-Mekong Cooperation Foreign "
        "Ministers' Meeting in Chiang Mai with Thai Foreign Minister Maris Sangiampongsa."
    )
    assert roles(text) == {"Wang Yi": "co_chair", "Maris Sangiampongsa": "co_chair"}


def test_both_ends_of_a_phone_call_take_part() -> None:
    text = (
        "Wang Yi, Director of the Office of the Central Foreign Affairs Commission, held a "
        "phone call with German Foreign Minister Annalena Baerbock at her request."
    )
    assert roles(text) == {"Wang Yi": "attendee", "Annalena Baerbock": "attendee"}


def test_a_dialogue_held_with_someone_has_no_chair() -> None:
    text = (
        "On March 9, Mr. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, held the 16th "
        "Japan-India Foreign Ministers' Strategic Dialogue with Dr. S. Jaishankar, Minister of "
        "External Affairs of India, in Tokyo."
    )
    assert roles(text) == {"KAMIKAWA Yoko": "attendee", "S. Jaishankar": "attendee"}


def test_presiding_together_makes_co_chairs() -> None:
    text = (
        "Foreign Minister Yun Byung-se, together with Foreign Minister Prak Sokhonn of "
        "Cambodia, presided over the Mekong-ROK Foreign Ministers' Meeting."
    )
    assert roles(text) == {"Yun Byung-se": "co_chair", "Prak Sokhonn": "co_chair"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The EU was represented by Minister Miroslav Lajčák on behalf of the EU High "
            "Representative Federica Mogherini at the ASEAN-EU Ministerial Meeting.",
            {"Miroslav Lajčák": "attendee", "Federica Mogherini": "mentioned"},
        ),
        (
            "Minister Kang Kyung-wha thanked ASEAN for supporting the three principles presented "
            "by President Moon Jae-in at the Commemorative Summit in 2019.",
            {"Kang Kyung-wha": "attendee", "Moon Jae-in": "mentioned"},
        ),
        ("Spokesperson Ned Price said the Summit was a success.", {"Ned Price": "mentioned"}),
        (
            "Meanwhile, President Xi Jinping will not attend the 43rd ASEAN Summit.",
            {"Xi Jinping": "mentioned"},
        ),
        (
            "The leaders paid tribute to the late Prime Minister Shinzo Abe at the Summit.",
            {"Shinzo Abe": "mentioned"},
        ),
    ],
)
def test_people_only_referred_to(text: str, expected: dict[str, str]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prime Minister Anthony Albanese welcomed the outcomes of the East Asia Summit.",
            {"Anthony Albanese": "attendee"},
        ),
        (
            "The Meeting was held with the attendance of H.E. Airlangga Hartarto, Coordinating "
            "Minister for Economic Affairs of Indonesia.",
            {"Airlangga Hartarto": "attendee"},
        ),
        (
            "The 2023 APEC Leaders' summit is being chaired by President Hon. Joe Biden, and "
            "addresses trade.",
            {"Joe Biden": "chair"},
        ),
        (
            "Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a Foreign "
            "Ministers' Meeting with Dr. Vivian Balakrishnan, Minister for Foreign Affairs of "
            "Singapore. Minister Balakrishnan congratulated Minister Hayashi on the G7 Summit.",
            {"HAYASHI Yoshimasa": "attendee", "Vivian Balakrishnan": "attendee"},
        ),
    ],
)
def test_people_who_took_part(text: str, expected: dict[str, str]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Cambodian Prime Minister Hun Sen, as the ASEAN Chair, delivered the opening remarks "
            "at the Summit.",
            "chair",
        ),
        (  # the apposition is Thailand's, not the minister's
            "Minister Park Jin thanked Thailand, as the ASEAN Chair, for hosting the Meeting.",
            "attendee",
        ),
    ],
)
def test_as_the_chair_in_the_persons_own_apposition(text: str, role: str) -> None:
    assert [p.role for p in extract(text).people] == [role]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "First Vice Minister of Foreign Affairs Kim Kyou-hyun, together with the delegations "
            "from five Central Asian countries, held the Seventh Korea-Central Asia Cooperation "
            "Forum in Bishkek.",
            "co_chair",
        ),
        (
            "Foreign Minister Kang Kyung-wha held the 3rd Korea-Pacific Islands Foreign "
            "Ministers' Meeting with her counterparts.",
            "chair",
        ),
        (
            "Foreign Minister Kang Kyung-wha held talks with her counterparts at the Meeting.",
            "attendee",
        ),
    ],
)
def test_holding_a_named_meeting_is_chairing_it(text: str, role: str) -> None:
    assert [p.role for p in extract(text).people] == [role]


@pytest.mark.parametrize(
    ("quote", "role"),
    [
        ('"It is a great honour to have chaired this summit," she said.', "chair"),
        ('"As the Chair, I thank all leaders for their support," she said.', "chair"),
        ('"It is a great honour to attend this summit," she said.', "attendee"),
    ],
)
def test_the_chair_in_their_own_words(quote: str, role: str) -> None:
    text = (
        "Prime Minister Paetongtarn Shinawatra expressed her satisfaction with the Summit's "
        "outcome. " + quote
    )
    assert [p.role for p in extract(text).people] == [role]


def test_who_chaired_right_after_the_name_makes_the_chair() -> None:
    text = (
        "Minister of Foreign Affairs Cho Tae-yul, who chaired the meeting, told reporters that "
        "the talks went well. Foreign Minister Retno Marsudi of Indonesia, who attended it, "
        "agreed."
    )
    assert [p[3] for p in people(text)] == ["chair", "attendee"]


@pytest.mark.parametrize(
    ("fragments", "letters"),
    [
        (("attended", "took part", "led (?:the|a) .{0,40}delegation"), "alt"),
        (("attended", "s?he"), None),  # the first letter may be missing
        (("a|b",), None),  # a second branch
        (("a\\\\|b",), None),  # an escaped backslash, then a second branch
        (("a\\|b", "x[|]y", "c(?:d|e)"), "acx"),  # an escaped or enclosed bar
        (("(?:I|we) chaired",), None),
    ],
)
def test_first_letters_of_cue_fragments(fragments: tuple[str, ...], letters: str | None) -> None:
    assert people_roles.first_letters(fragments) == letters


def test_cue_patterns_find_what_they_find_without_their_first_letter_test() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(PAGES.glob("*.txt"))]
    texts += ["KELVIN ATTENDED", "Attended, ATTENDS, ſigned, İnaugurated, it was attended"]
    for pattern in people_roles._patterns().values():
        plain = re.compile(re.sub(r"^\(\?=\[[A-Za-z]+\]\)", "", pattern.pattern), pattern.flags)
        for text in texts:
            assert [m.span() for m in pattern.finditer(text)] == [
                m.span() for m in plain.finditer(text)
            ]


def test_under_the_co_chairmanship_of_two_leaders_both_co_chair() -> None:
    text = (
        "On July 18, the Tenth Pacific Islands Leaders Meeting was held under the "
        "co-chairmanship of Mr. KISHIDA Fumio, Prime Minister of Japan, and Hon. Mr. Mark "
        "Brown, Prime Minister of the Cook Islands, with the participation of leaders from 19 "
        "countries and regions."
    )
    assert [(p[0], p[3]) for p in people(text, "JPN")] == [
        ("KISHIDA Fumio", "co_chair"),
        ("Mark Brown", "co_chair"),
    ]
