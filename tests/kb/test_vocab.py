"""The word lists of kb/vocab.py, and what the extractors built from them find."""

from __future__ import annotations

import pytest

from summitry.extract.pipeline import extract_record
from summitry.kb.vocab import statement_words
from summitry.record import Document

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
