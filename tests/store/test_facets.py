"""Store.search facets: filters by forum, level, year, country, publisher and their counts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from summitry.record import Document, Meeting, Record
from summitry.store import Store, open_store, schema
from summitry.store.facets import decode_pairs, encode_pairs
from summitry.store.schema import facets
from tests.store.helpers import page_id


def page(
    body: str,
    published: str | None,
    publisher: str,
    publisher_country: str,
    meeting: Meeting | None,
    countries: list[str],
) -> Record:
    doc = Document("A page", published, publisher, publisher_country, None, None, "en", body)
    return Record("p.txt", doc, meetings=[meeting] if meeting else [], countries=countries)


def pages() -> dict[str, Record]:
    """A: 2024 APEC ministerial (KOR, PER); B: 2021 APEC SOM (NZL); C: undated page of a
    2023 ASEAN-ROK ministerial from Thailand (KOR); D: no 'trade' at all."""
    amm = Meeting("APEC Ministerial Meeting", forum="APEC", level="ministerial", role="main")
    som = Meeting("APEC Senior Officials' Meeting", forum="APEC", level="senior_officials")
    pmc = Meeting(
        "ASEAN-ROK Foreign Ministers' Meeting",
        forum="ASEAN-ROK",
        level="ministerial",
        start="2023-08-10",
        role="main",
    )
    return {
        "A": page(
            "Ministers discussed trade.", "2024-11-15", "MOFA Korea", "KOR", amm, ["KOR", "PER"]
        ),
        "B": page("Officials discussed trade.", "2021-03-12", "MOFA Korea", "KOR", som, ["NZL"]),
        "C": page("Trade and culture.", None, "MFA Thailand", "THA", pmc, ["KOR"]),
        "D": page("Culture only.", "2024-01-01", "MOFA Korea", "KOR", None, []),
    }


def pairs_of(store: Store, name: str) -> set[tuple[str, str]]:
    """The (facet, value) pairs of a page's facets row."""
    seq = select(schema.documents.c.seq).where(schema.documents.c.id == page_id(name))
    with store.engine.connect() as conn:
        text = conn.execute(select(facets.c.pairs).where(facets.c.seq == seq.scalar_subquery()))
        return decode_pairs(text.scalar_one())


def fill(store: Store) -> Store:
    for name, record in pages().items():
        store.add(page_id(name), f"{name}.txt", record)
    return store


@pytest.fixture(scope="module")
def stored(module_target: str) -> Iterator[Store]:
    """The pages stored once a backend, for the tests that only read them."""
    with open_store(module_target) as store:
        yield fill(store)


@pytest.fixture
def filled(store: Store) -> Store:
    """The pages in a store of this test's own, which it changes."""
    return fill(store)


def test_counts_over_every_match(stored: Store) -> None:
    result = stored.search("trade")
    assert result.total == 3
    assert {h.id for h in result.hits} == {page_id("A"), page_id("B"), page_id("C")}
    assert result.facets == {
        "forum": [("APEC", 2), ("ASEAN-ROK", 1)],
        "level": [("ministerial", 2), ("senior_officials", 1)],
        "year": [("2021", 1), ("2023", 1), ("2024", 1)],
        "country": [("KOR", 3), ("NZL", 1), ("PER", 1), ("THA", 1)],
        "publisher": [("MOFA Korea", 2), ("MFA Thailand", 1)],
    }


def test_total_counts_beyond_the_limit(stored: Store) -> None:
    result = stored.search("trade", limit=1)
    assert len(result.hits) == 1
    assert result.total == 3


def test_filters_narrow_hits_and_counts(stored: Store) -> None:
    result = stored.search("trade", forum="APEC", year=2024)
    assert [h.id for h in result.hits] == [page_id("A")]
    assert result.total == 1
    assert result.facets["country"] == [("KOR", 1), ("PER", 1)]
    ministerial = stored.search("trade", level="ministerial")
    assert ministerial.facets["forum"] == [("APEC", 1), ("ASEAN-ROK", 1)]
    assert stored.search("trade", country="kor").total == 3
    assert stored.search("trade", publisher="MFA Thailand").total == 1
    assert [h.id for h in stored.search("trade", year="2023").hits] == [page_id("C")]


def test_no_match_gives_empty_facets(stored: Store) -> None:
    result = stored.search("trade", publisher="Nobody")
    assert (result.hits, result.total) == ([], 0)
    assert result.facets == {
        name: [] for name in ("forum", "level", "year", "country", "publisher")
    }
    assert stored.search("trade", facets=False).facets == {}


def test_hostile_filter_values_are_only_values(stored: Store) -> None:
    assert stored.search("trade", forum="' OR 1=1 --").total == 0
    assert stored.search("trade", publisher="%").total == 0
    assert stored.count() == 4


def test_reindex_refills_the_facets_of_every_page(filled: Store) -> None:
    with filled.engine.begin() as conn:  # the facets emptied, as a stale store's may be
        conn.execute(facets.delete())
    assert filled.search("trade").facets["forum"] == []
    assert filled.reindex() == 4
    found = pairs_of(filled, "A")
    store = filled
    assert store.search("trade", forum="APEC").total == 2
    counted = store.search("trade").facets
    assert found == {
        ("forum", "APEC"),
        ("level", "ministerial"),
        ("year", "2024"),
        ("country", "KOR"),
        ("country", "PER"),
        ("publisher", "MOFA Korea"),
    }
    assert counted["country"][0] == ("KOR", 3)
    assert counted["forum"] == [("APEC", 2), ("ASEAN-ROK", 1)]


def test_replaced_and_rewritten_pages_are_counted_once(filled: Store) -> None:
    changed = pages()["B"]
    changed.countries = ["AUS"]
    assert filled.add(page_id("B"), "B.txt", changed, replace=True) == "replaced"
    country = filled.search("trade").facets["country"]
    assert country == [("KOR", 3), ("AUS", 1), ("PER", 1), ("THA", 1)]  # no NZL left
    assert pairs_of(filled, "B") == {
        ("forum", "APEC"),
        ("level", "senior_officials"),
        ("year", "2021"),
        ("country", "KOR"),
        ("country", "AUS"),
        ("publisher", "MOFA Korea"),
    }
    with filled.engine.connect() as conn:  # one row per page: the replaced page's went
        assert conn.execute(select(func.count()).select_from(facets)).scalar_one() == 4


def open_store_url(target: str) -> str:
    from summitry.store.connect import resolve_target

    return resolve_target(target)[0].render_as_string(hide_password=False)


def test_common_words_rank_and_count_a_bounded_window(
    stored: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from summitry.store import search

    full = stored.search("trade")
    assert (full.total, full.total_exact, full.ranked) == (3, True, 3)
    monkeypatch.setattr(search, "RANK_WINDOW", 2)
    window = stored.search("trade")
    assert (window.total, window.total_exact, window.ranked) == (2, False, 2)  # "2+"
    # the two most recently stored matches are B and C (A was stored first)
    assert {h.id for h in window.hits} == {page_id("B"), page_id("C")}
    assert window.facets["publisher"] == [("MFA Thailand", 1), ("MOFA Korea", 1)]
    monkeypatch.setattr(search, "RANK_WINDOW", 3)  # exactly as many as match: exact
    assert (stored.search("trade").total, stored.search("trade").total_exact) == (3, True)


def test_pairs_are_whole_lines_so_a_value_never_matches_inside_another() -> None:
    text = encode_pairs({("forum", "ASEAN+3"), ("publisher", "MOFA\tKorea"), ("year", "2024")})
    assert text == "\nforum\tASEAN+3\npublisher\tMOFA Korea\nyear\t2024\n"
    assert decode_pairs(text) == {
        ("forum", "ASEAN+3"),
        ("publisher", "MOFA Korea"),
        ("year", "2024"),
    }
    assert decode_pairs("") == set()
