"""The search language (OR, -word, NOT, "phrases"): the tree it parses into, the FTS5 text
it renders, and what it finds on the example pages (counted by hand with grep)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from summitry.ingest import ingest
from summitry.store import Store, open_store
from summitry.store.search_render import fts_query
from summitry.store.search_syntax import (
    Either,
    Phrase,
    Query,
    Term,
    Without,
    parse_query,
    query_problem,
)
from tests.conftest import EXAMPLES


@pytest.fixture(scope="module")
def examples(module_target: str) -> Iterator[Store]:
    """The example pages in SQLite, and in PostgreSQL where a test server is set."""
    store = open_store(module_target)
    ingest([EXAMPLES], store)
    yield store
    store.close()


def test_or_binds_the_words_beside_it() -> None:
    assert parse_query("FTAAP OR Putrajaya") == Query((Either((Term("FTAAP"), Term("Putrajaya"))),))
    assert parse_query("APEC FTAAP OR Putrajaya | Lima").parts == (
        Term("APEC"),
        Either((Term("FTAAP"), Term("Putrajaya"), Term("Lima"))),
    )
    assert parse_query("or").parts == (Term("or"),)  # lower case: a word


def test_minus_not_and_phrases() -> None:
    query = parse_query('APEC -Putrajaya NOT Lima -"Golden Gate" “East Asia Summit”')
    assert query.parts == (
        Term("APEC"),
        Without(Term("Putrajaya")),
        Without(Term("Lima")),
        Without(Phrase("Golden Gate", ("Golden", "Gate"))),
        Phrase("East Asia Summit", ("East", "Asia", "Summit")),
    )
    assert parse_query('"FTAAP"').parts == (Term("FTAAP"),)  # one quoted word is the word
    assert parse_query('"unclosed phrase').parts == (
        Phrase("unclosed phrase", ("unclosed", "phrase")),
    )
    assert parse_query("e-commerce ASEAN-ROK").parts == (Term("e-commerce"), Term("ASEAN-ROK"))


def test_fts5_text_quotes_every_token() -> None:
    assert fts_query(parse_query("FTAAP OR Putrajaya")) == '("FTAAP" OR "Putrajaya")'
    assert fts_query(parse_query("APEC -Lima")) == '("APEC") NOT "Lima"'
    assert fts_query(parse_query("APEC -Lima"), ["zzforumapec"]) == (
        '(("APEC") NOT "Lima") AND tags : "zzforumapec"'
    )
    # a phrase is its words ANDed (the index has no positions); the order is checked apart
    assert fts_query(parse_query('"Plan of Action"')) == '"Plan" AND "Action"'
    assert fts_query(parse_query('NEAR(ab cd) "x"*')) == '"NEAR" AND "ab" AND "cd" AND "x"'


@pytest.mark.parametrize(
    ("query", "why"),
    [
        ("-FTAAP", "'-FTAAP' only leaves words out; add a word to look for"),
        ("NOT FTAAP", "'NOT FTAAP' only leaves words out; add a word to look for"),
        ("OR", "'OR' has no word to look for (letters or digits)"),
        ('" ( ) *', "'\" ( ) *' has no word to look for (letters or digits)"),
    ],
)
def test_queries_that_find_nothing_say_why(query: str, why: str) -> None:
    assert query_problem(query) == why
    assert query_problem("FTAAP -Lima") is None


def titles(store: Store, query: str) -> set[str]:
    return {h.title or "" for h in store.search(query, limit=50).hits}


# By hand (grep -l on examples/pages): FTAAP is on 4 pages, Putrajaya on 3 (all with FTAAP).
MRT = "APEC Ministers Responsible for Trade Meeting (MRT) on 21 – 22 May 2022, Bangkok"
JAPAN_CHINA = "Japan-China Summit Meeting"


def test_or_finds_either_word(examples: Store) -> None:
    assert examples.search("FTAAP OR Putrajaya").total == 4
    assert examples.search("FTAAP Putrajaya").total == 3  # AND, as before


def test_minus_leaves_pages_out(examples: Store) -> None:
    assert titles(examples, "FTAAP -Putrajaya") == {MRT}
    assert titles(examples, "NOT FTAAP APEC") == {JAPAN_CHINA}
    # 'Putrajaya Vision' stands on three of the five APEC pages
    assert titles(examples, 'APEC -"Putrajaya Vision"') == {MRT, JAPAN_CHINA}


def test_phrases_need_their_words_in_order(examples: Store) -> None:
    # grep -il "east asia summit": four pages; the same words in another order: none
    assert examples.search('"East Asia Summit"').total == 4
    assert examples.search('"Asia East Summit"').total == 0
    assert examples.search("Asia East Summit").total >= 4
    assert examples.search('"Plan of Action" OR Putrajaya').total == 4


def test_snippets_mark_the_words_of_an_or(examples: Store) -> None:
    hit = examples.search("Putrajaya OR zzznothing").hits[0]
    assert "«Putrajaya»" in hit.snippet


def test_sorts_and_dates(examples: Store, tmp_path: Path) -> None:
    newest = [h.published for h in examples.search("APEC", sort="-date").hits]
    assert newest == ["2025-11-01", "2023-11-17", "2023-11-17", "2022-11-19", "2022-05-23"]
    oldest = [h.published for h in examples.search("APEC", sort="date").hits]
    assert oldest == newest[::-1]
    in_2023 = examples.search("APEC", since="2023", until="2023-12")
    assert [h.published for h in in_2023.hits] == ["2023-11-17", "2023-11-17"]
    summit = examples.search("summit", series="ASEAN Summit")
    assert {h.title for h in summit.hits} == {
        "ASEAN Leaders Adopt ASEAN Concord IV at the 43rd ASEAN Summit",
        "18th East Asia Summit Reaffirms Commitment to an Open and Inclusive Regional Architecture",
    }
