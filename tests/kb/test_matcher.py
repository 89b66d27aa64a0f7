"""The knowledge-base automaton: the order its words are added in."""

from __future__ import annotations

from summitry.kb import load_kb
from summitry.kb.matcher import root_order


def test_root_order_puts_one_word_per_first_character_first_by_prose_frequency() -> None:
    words = ["Zambia", "ASEAN", "agreed", "APEC", "expressed", "€", "added", "Thai"]
    ordered = root_order(words)
    assert ordered == ["expressed", "agreed", "Thai", "ASEAN", "Zambia", "€", "APEC", "added"]
    assert sorted(ordered) == sorted(words)  # each word once
    assert root_order([]) == []


def test_the_scan_reads_every_kind_off_the_reordered_automaton() -> None:
    text = "The ASEAN Foreign Ministers expressed their deep concern; Korea’s Minister added."
    found = [(m.start, m.end, m.kind, m.key) for m in load_kb().find(text)]
    assert found == [
        (4, 9, "organization", "ASEAN"),
        (28, 56, "act", "criticize"),  # 'expressed' with its object
        (58, 63, "country", "KOR"),
        (66, 74, "title", "Minister"),
        (75, 80, "act", "state"),
    ]
