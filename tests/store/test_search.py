"""Store.search: ranking, snippets, AND semantics, and safety with any user string."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import inspect

from summitry.store import SearchHit, Store, open_store
from summitry.store.search import fts_query, make_snippet, query_terms, search_like
from tests.store.helpers import SOM_TITLE, make_record, page_id

FILLER = "The ministers discussed trade, investment and the digital economy in Lima."


@pytest.fixture(scope="module")
def store(module_target: str) -> Store:
    """Five pages: FTAAP in title and body, FTAAP once, ASEAN-ROK, and two without."""
    s = open_store(module_target)
    s.add(
        page_id("both"),
        "both.txt",
        make_record(
            "Senior Officials Discuss FTAAP Roadmap",
            "Officials reviewed the FTAAP agenda and the FTAAP work plan. " + FILLER,
            published="2021-03-12",
        ),
    )
    s.add(
        page_id("once"),
        "once.txt",
        make_record(SOM_TITLE, FILLER + " A note on the FTAAP came last.", published="2021-05-01"),
    )
    s.add(
        page_id("aseanrok"),
        "ar.txt",
        make_record(
            "ASEAN-ROK Foreign Ministers' Meeting", "The ASEAN-ROK Plan of Action was adopted."
        ),
    )
    s.add(page_id("filler1"), "f1.txt", make_record("Trade Talks", FILLER))
    s.add(page_id("filler2"), "f2.txt", make_record("Digital Ministers", FILLER))
    yield s
    s.close()


def test_title_and_body_rank_above_once(store: Store) -> None:
    hits = store.search("FTAAP").hits
    assert [h.id for h in hits] == [page_id("both"), page_id("once")]
    assert hits[0].score > hits[1].score
    assert hits[0].title == "Senior Officials Discuss FTAAP Roadmap"
    assert hits[0].published == "2021-03-12"
    assert hits[0].publisher == "MOFA"
    assert isinstance(hits[0], SearchHit)


def test_snippet_marks_the_term(store: Store) -> None:
    hits = store.search("ftaap").hits
    assert all("«FTAAP»" in h.snippet for h in hits)
    assert len(hits[1].snippet.split()) <= 13


def test_words_are_anded_case_and_stem_insensitive(store: Store) -> None:
    assert [h.id for h in store.search("ftaap work").hits] == [page_id("both")]
    assert [h.id for h in store.search("FTAAP nowhere").hits] == []
    assert {h.id for h in store.search("minister").hits} >= {
        page_id("aseanrok"),
        page_id("filler2"),
    }


def test_prefix_and_hyphenated_terms(store: Store) -> None:
    assert {h.id for h in store.search("FTA*").hits} == {page_id("both"), page_id("once")}
    assert [h.id for h in store.search("ASEAN-ROK").hits] == [page_id("aseanrok")]
    assert [h.id for h in store.search('"Plan of Action"').hits] == [page_id("aseanrok")]


def test_limit(store: Store) -> None:
    assert len(store.search("Lima", limit=2).hits) == 2
    assert store.search("Lima", limit=0).hits == []


def test_injection_string_returns_nothing_and_drops_nothing(store: Store) -> None:
    assert store.search("' OR 1=1; DROP TABLE documents; --").hits == []
    assert store.search("FTAAP'; DELETE FROM documents; --").hits == []
    assert store.count() == 5
    with store.engine.connect() as conn:
        assert inspect(conn).has_table("documents")


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "*",
        "NEAR(",
        ")",
        "-",
        "(",
        "^",
        ":",
        "+",
        "AND",
        "OR NOT",
        "NEAR(FTAAP Lima, 2)",
        '"FTAAP',
        'FTAAP"',
        "title:FTAAP",
        "{title body}: FTAAP",
        "FTAAP -Lima",
        "-FTAAP",
        "\x00",
        "FTAAP\x00Lima",
        "'",
        "''",
        "\\",
        "%",
        "_",
        "🙂",
        "Ｆｔａａｐ",
        "a" * 5000,
        "x " * 500,
    ],
)
def test_hostile_queries_never_raise(store: Store, query: str) -> None:
    hits = store.search(query).hits
    assert isinstance(hits, list)


@pytest.mark.parametrize("query", ["", "   ", '"', "* ( ) - ^ :", "''", "«»", "\x00"])
def test_punctuation_only_returns_empty(store: Store, query: str) -> None:
    assert store.search(query).hits == []


@settings(max_examples=100, deadline=None)
@given(st.text())
def test_any_text_is_a_safe_query(store: Store, query: str) -> None:
    assert isinstance(store.search(query).hits, list)


def test_fts_query_quotes_every_token() -> None:
    assert fts_query(query_terms('FTAAP NEAR( say "hi" fta*')) == (
        '"FTAAP" AND "NEAR" AND "say" AND "hi" AND "fta"*'
    )
    assert fts_query(query_terms('ab"cd')) == '"ab" AND "cd"'
    # split where the tokenizer splits: the index keeps no positions for a phrase
    assert (
        fts_query(query_terms("ASEAN-ROK Asia-Pac*")) == '"ASEAN" AND "ROK" AND "Asia" AND "Pac"*'
    )
    assert fts_query(query_terms("Korea's")) == '"Korea"'  # 's' is a stop word
    assert fts_query(query_terms("x* y*")) == '"x" AND "y"'  # 1-char prefixes: plain words


def test_fts_query_leaves_stop_words_out_while_other_words_remain() -> None:
    assert fts_query(query_terms("Partnership for Growth")) == '"Partnership" AND "Growth"'
    assert fts_query(query_terms("The")) == '"The"'  # nothing else to look for
    assert fts_query(query_terms("for* the")) == '"for"*'  # a prefix is no stop word


def test_fts_query_puts_facet_tokens_in_the_tags_column() -> None:
    words = query_terms("trade talks")
    assert fts_query(words, ["zzforumapec"]) == '"trade" AND "talks" AND tags : "zzforumapec"'
    assert fts_query(words, [], where="title") == '{title} : ("trade" AND "talks")'


def test_like_fallback_gives_the_same_hits(store: Store) -> None:
    with store.engine.connect() as conn:
        hits = search_like(conn, query_terms("FTAAP"), 10)
        assert search_like(conn, query_terms("100%"), 10) == []
    assert [h.id for h in hits] == [page_id("both"), page_id("once")]
    assert "«FTAAP»" in hits[1].snippet


def test_make_snippet_windows_and_marks() -> None:
    body = " ".join(f"w{n}" for n in range(40)) + " FTAAP " + " ".join(f"v{n}" for n in range(40))
    snippet = make_snippet(body, query_terms("ftaap"), words=12)
    assert snippet == "…w36 w37 w38 w39 «FTAAP» v0 v1 v2 v3 v4 v5 v6…"


def test_words_in_many_documents_rank_title_first_then_newest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from summitry.store import search

    s = open_store(tmp_path / "s.db")
    s.add(page_id("t"), "t.txt", make_record("Trade Ministers Meet", "On trade."))  # oldest
    for name in ("a", "b", "c"):
        s.add(page_id(name), f"{name}.txt", make_record(f"Page {name}", "Talks on trade."))
    monkeypatch.setattr(search, "BM25_MATCHES", 2)  # four matches: too many for bm25
    found = s.search("trade", limit=3)
    assert [h.id for h in found.hits] == [page_id("t"), page_id("c"), page_id("b")]
    assert [h.score for h in found.hits] == [1.0, 0.0, 0.0]
    assert (found.total, found.ranked) == (4, 4)
    assert [h.id for h in s.search("trade", forum="APEC").hits] == []  # tags still filter
    monkeypatch.setattr(search, "BM25_MATCHES", 10)  # few matches: bm25, title weighs most
    assert s.search("trade", limit=1).hits[0].id == page_id("t")
    monkeypatch.setattr(search, "RANK_WINDOW", 2)  # facets and hits from the newest two
    newest = s.search("trade")
    assert (newest.total, newest.total_exact, newest.ranked) == (2, False, 2)  # "2+"


def test_few_matches_of_common_words_rank_title_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """bm25 counts every page of each word: over BM25_POSTINGS it gives way to titles."""
    from summitry.store import search

    s = open_store(tmp_path / "s.db")
    s.add(page_id("t"), "t.txt", make_record("Trade Talks Resume", "Trade talks."))
    s.add(page_id("b"), "b.txt", make_record("Press note", "Trade, trade and trade talks."))
    monkeypatch.setattr(search, "BM25_POSTINGS", 100)
    ranked = s.search("trade talks").hits
    assert [h.id for h in ranked] == [page_id("t"), page_id("b")]  # the title weighs most
    assert {h.score for h in ranked}.isdisjoint({0.0, 1.0})  # bm25 scores
    monkeypatch.setattr(search, "BM25_POSTINGS", 3)  # 'trade' 2 + 'talks' 2 pages: over
    found = s.search("trade talks")
    assert [(h.id, h.score) for h in found.hits] == [(page_id("t"), 1.0), (page_id("b"), 0.0)]
    assert (found.total, found.total_exact) == (2, True)


def test_korean_and_thai_pages_are_stored_with_their_text_and_found(
    store_target: str, tmp_path: Path
) -> None:
    from summitry.ingest import ingest

    (tmp_path / "ko.txt").write_text(
        "한미 외교장관 회담 개최\n\n외교부는 5월 10일 서울에서 한미 외교장관 회담을 "
        "개최하였다고 밝혔다. 양측은 한반도 정세와 경제 안보 협력 방안을 폭넓게 논의하였다.\n",
        encoding="utf-8",
    )
    (tmp_path / "th.txt").write_text(
        "การประชุมหารือทวิภาคีไทย-ญี่ปุ่น\n\nรัฐมนตรีว่าการกระทรวงการต่างประเทศได้หารือกับญี่ปุ่น "
        "ณ กรุงเทพมหานคร ทั้งสองฝ่ายหารือเกี่ยวกับความร่วมมือด้านเศรษฐกิจ\n",
        encoding="utf-8",
    )
    with open_store(store_target) as s:
        report = ingest([tmp_path], s)
        assert (report.new, report.failed) == (2, [])
        korean = s.search("외교장관").hits
        thai = s.search("กรุงเทพมหานคร").hits
        assert [h.title for h in korean] == ["한미 외교장관 회담 개최"]
        assert [h.title for h in thai] == ["การประชุมหารือทวิภาคีไทย-ญี่ปุ่น"]
        assert "서울에서" in s.get(korean[0].id).record["document"]["text"]


def test_snippets_of_hits_with_unkept_matches_between_them(store: Store) -> None:
    """Three of the four pages saying 'discussed' kept: each kept hit has its own snippet,
    whatever matches lie between them (on FTS5 the 1st SOM page, stored second, is left out)."""
    hits = store.search("discussed", limit=3).hits
    assert len(hits) == 3
    assert all("«discussed»" in h.snippet for h in hits)
    if store.search_mode == "fts5":
        assert [(h.title, h.snippet) for h in hits] == [
            (
                "Senior Officials Discuss FTAAP Roadmap",
                "…The ministers «discussed» trade, investment and the digital economy in Lima.",
            ),
            ("Trade Talks", FILLER.replace("discussed", "«discussed»")),
            ("Digital Ministers", FILLER.replace("discussed", "«discussed»")),
        ]
