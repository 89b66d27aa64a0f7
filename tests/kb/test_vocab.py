"""The word lists of kb/vocab.py, and what the extractors built from them find."""

from __future__ import annotations

import re

import pytest

from summitry.extract.amounts import find_amounts
from summitry.extract.pipeline import extract_record
from summitry.kb.load import load_kb
from summitry.kb.people_words import ref_title_words
from summitry.kb.vocab import amount_words, statement_words, venue_words
from summitry.record import Document
from tests.extract.meeting_cases import meetings

OPENING = (
    "Minister of Foreign Affairs Cho Tae-yul attended the 57th ASEAN Foreign Ministers' Meeting "
    "in Vientiane on July 26. "
)


def acts(text: str, country: str = "KOR") -> list[tuple[str, str]]:
    """(speaker, act) of every statement of a page with this text."""
    doc = Document(text=text, published="2024-07-27", publisher_country=country)
    return [(s.speaker, s.act) for s in extract_record("page.txt", doc).statements]


def test_the_statement_lists_load() -> None:
    words = statement_words()
    assert words.will[:3] == ("will", "would", "shall")
    assert "pledged to" in words.will
    assert words.expressed["concern"] == "criticize"
    assert words.expressed["gratitude"] == "support"
    assert words.expressed["views"] == "state"
    assert {"their", "deep", "sincere"} <= set(words.expressed_modifiers)
    assert words.agreed == {"agreed", "decided", "resolved"}


def test_the_words_that_announce_remarks_load() -> None:
    words = statement_words()
    verb = re.compile(rf"(?:{words.remarks_verbs})\Z")
    noun = re.compile(rf"(?:{words.remarks_nouns})\Z")
    assert all(verb.match(w) for w in ("made", "delivered", "stated", "said", "replied"))
    assert not any(verb.match(w) for w in ("attended", "made the"))
    assert all(noun.match(w) for w in ("remarks", "points", "statement", "message"))
    assert not noun.match("statements")


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        ("Minister Cho expressed deep concern over the situation in Myanmar.", "criticize"),
        ("Minister Cho expressed his sincere gratitude to Laos for hosting it.", "support"),
        ("Minister Cho expressed hope for peace on the Korean Peninsula.", "state"),
        ("Minister Cho expressed their willingness to cooperate.", "commit"),
        ("Minister Cho pledged to strengthen cooperation with ASEAN.", "commit"),
    ],
)
def test_the_act_of_expressed_and_of_a_will_word(sentence: str, act: str) -> None:
    assert acts(OPENING + sentence) == [("Cho Tae-yul", act)]


def test_a_point_of_a_list_said_to_be_resolved_is_an_agreement() -> None:
    text = (
        "The 35th APEC Ministerial Meeting was held in Lima on November 14. The Ministers "
        "reached two points of consensus. Firstly, it is resolved that the Strategic Plan "
        "will be updated. Secondly, co-operation among the members will be enhanced."
    )
    assert acts(text, "PER") == [("APEC", "agree"), ("APEC", "commit")]


def test_the_amount_lists_load() -> None:
    words = amount_words()
    assert ("US$", "USD", "pre") in words.forms
    assert ("yen", "JPY", "post") in words.forms
    assert ("RMB", "CNY", "both") in words.forms
    assert ("KHR", "KHR", "both") in words.forms
    assert words.multipliers["lakh"] == 1e5 and words.multipliers["tn"] == 1e12
    assert words.spelled_multipliers == ("thousand", "million", "billion", "trillion")
    assert {"fund", "programme", "scholarship"} <= words.fund_heads
    assert set(words.fund_heads_lower) <= words.fund_heads
    assert words.bare_dollars == {"$", "dollar", "dollars"}
    assert words.needing_a_sum == {"won"}
    assert "Hotel" in words.venue_words and "The" in words.name_openers


@pytest.mark.parametrize(
    ("text", "dollar", "found"),
    [
        (
            "Korea will contribute US$5 million to the ASEAN-Korea Cooperation Fund.",
            "USD",
            ("US$5 million", 5e6, "USD", "ASEAN-Korea Cooperation Fund"),
        ),
        (
            "The ministers pledged 2 lakh rupees to the India-ASEAN Green Fund.",
            "USD",
            ("2 lakh rupees", 2e5, "INR", "India-ASEAN Green Fund"),
        ),
        (
            "Japan gave one million US dollars to the Japan-ASEAN Integration Fund.",
            "USD",
            ("one million US dollars", 1e6, "USD", "Japan-ASEAN Integration Fund"),
        ),
        (
            "Canada announced $13 million for the Southeast Asia Economic Programme.",
            "CAD",
            ("$13 million", 13e6, "CAD", "Southeast Asia Economic Programme"),
        ),
        ("In 2019 won the award. Korea pledged 5,000 won.", "USD", ("5,000 won", 5e3, "KRW", None)),
        (
            "Delegates met at the Jakarta Convention Center Fund with 5 million yen.",
            "USD",
            ("5 million yen", 5e6, "JPY", None),
        ),
        (
            "Korea gave KRW 2 billion to the ASEAN-Korea Special fund.",
            "USD",
            ("KRW 2 billion", 2e9, "KRW", "ASEAN-Korea Special fund"),
        ),
    ],
)
def test_amounts_are_read_with_the_kb_currencies_multipliers_and_fund_words(
    text: str, dollar: str, found: tuple[str, float, str, str | None]
) -> None:
    (amount,) = find_amounts(text, dollar)
    assert (text[amount.start : amount.end], amount.value, amount.currency, amount.about) == found


def test_the_venue_lists_load() -> None:
    words = venue_words()
    assert "Convention" in words.kinds
    assert {"Center", "Palace", "Secretariat"} <= set(words.heads)


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "The 31st ASEAN Summit was held at the Philippine International Convention Center in "
            "Manila on November 13.",
            "Philippine International Convention Center",
        ),
        (
            "The ASEAN Foreign Ministers' Meeting was held at the Peace Palace in Phnom Penh on "
            "3 May.",
            "Peace Palace",
        ),
    ],
)
def test_a_venue_is_read_with_the_kb_venue_words(text: str, venue: str) -> None:
    (meeting,) = meetings(text, published="2019-10-24")
    assert meeting.venue == venue


def test_shared_before_a_shared_noun_is_no_act_of_sharing() -> None:
    assert statement_words().shared_nouns
    assert acts(OPENING + "Both ministers shared responsibility for the region.") == []
    assert acts(OPENING + "Both ministers shared Korea's experience with ASEAN.") == [
        ("ASEAN", "state")
    ]


def test_the_title_of_a_person_named_before_refers_to_that_person() -> None:
    words = ref_title_words()
    assert "First\\ Vice" in words.words and "Secretary\\-General" in words.heads
    assert "Embassy" in words.government_bodies
    text = OPENING + "The Foreign Minister stressed the importance of ASEAN centrality."
    assert acts(text) == [("Cho Tae-yul", "state")]


def test_on_stays_a_word_before_a_fund_s_name() -> None:
    assert "On" in amount_words().name_openers


def test_each_known_venue_names_a_listed_state() -> None:
    kb = load_kb()
    known = venue_words().known
    assert {"Kremlin", "Great Hall of the People", "Hyderabad House"} <= {v.name for v in known}
    assert all(v.country in kb.countries and v.city for v in known)
