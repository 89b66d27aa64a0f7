"""summitry.store.words: titles checked in Python the way the full-text index matches."""

from __future__ import annotations

import sqlite3

import pytest

from summitry.store.words import phrase, stem, text_holds, tokens


def test_tokens_fold_case_and_diacritics_and_split_like_unicode61() -> None:
    assert tokens("Café-Ministers' meeting_2024, São Paulo") == [
        "cafe",
        "ministers",
        "meeting",
        "2024",
        "sao",
        "paulo",
    ]


def test_stems_are_those_of_the_index_tokenizer() -> None:
    words = "ministers ministerial agreed relational happiness connectivity".split()
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='porter unicode61')")
    conn.execute("INSERT INTO t VALUES (?)", (" ".join(words),))
    conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
    indexed = [row[0] for row in conn.execute("SELECT term FROM v ORDER BY offset")]
    assert (
        [stem(w) for w in words]
        == indexed
        == [
            "minist",
            "ministeri",
            "agre",
            "relat",
            "happi",
            "connect",
        ]
    )


@pytest.mark.parametrize(
    ("title", "terms", "holds"),
    [
        ("Foreign Ministers Meet on Trade", ["minister", "trade"], True),
        ("Foreign Ministers Meet", ["minister", "trade"], False),  # every term
        ("Ministerial Meeting", ["minister"], False),  # another stem, as in the index
        ("ASEAN Outlook on the Indo-Pacific", ["Indo-Pacific"], True),
        ("Indo and Pacific partners", ["Indo-Pacific"], False),  # a phrase, in a row
        ("Happy Days", ["happiness"], True),  # 'happi' both; the 'y' became 'i'
        ("Café Talks", ["cafe"], True),
        ("", ["trade"], False),
    ],
)
def test_text_holds_every_phrase(title: str, terms: list[str], holds: bool) -> None:
    assert text_holds(title, [phrase(t) for t in terms]) is holds


def test_prefix_phrase_matches_the_start_of_a_word() -> None:
    assert text_holds("Cooperation Forum", [phrase("coop", prefix=True)])
    assert not text_holds("Forum of Partners", [phrase("coop", prefix=True)])
    assert not text_holds("Anything", [phrase("...")])  # no words: matches nothing
