"""store.search_all.every_match: every match of a search, past the ranked window, in store or
date order, with the search's filters and operators, on SQLite (FTS5 and LIKE) and
PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from summitry.store import Store, open_store, search_all
from summitry.store.search_all import every_match
from tests.store.helpers import make_record, page_id

DAYS = ["2021-03-12", None, "2019-01-05", "2023-07-01", "2020-11-30", "2022-02-02", None]


@pytest.fixture(scope="module")
def store(module_target: str) -> Iterator[Store]:
    """Seven pages naming FTAAP (two undated; the third also names Lima), then two without."""
    s = open_store(module_target)
    for n, day in enumerate(DAYS):
        lima = " Ministers met in Lima." if n == 2 else ""
        body = f"Page {n} on the FTAAP agenda.{lima}"
        s.add(page_id(f"m{n}"), f"m{n}.txt", make_record(f"FTAAP note {n}", body, published=day))
    s.add(page_id("x1"), "x1.txt", make_record("Trade", "Nothing here.", published="2020-01-01"))
    s.add(page_id("x2"), "x2.txt", make_record("Lima", "Ministers met in Lima.", published=None))
    yield s
    s.close()


def _titles(hits: Iterator) -> list[str]:
    return [h.title for h in hits]


def test_relevance_lists_every_match_newest_stored_first(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_all, "BATCH", 2)  # four batches, one statement
    hits = list(every_match(store, "FTAAP"))
    assert _titles(hits) == [f"FTAAP note {n}" for n in range(6, -1, -1)]
    assert "«FTAAP»" in hits[0].snippet and hits[0].score == 0.0


def test_date_orders_by_published_undated_last(store: Store) -> None:
    oldest = _titles(every_match(store, "FTAAP", sort="date"))
    assert oldest[:5] == [f"FTAAP note {n}" for n in (2, 4, 0, 5, 3)]
    assert sorted(oldest[5:]) == ["FTAAP note 1", "FTAAP note 6"]
    newest = _titles(every_match(store, "FTAAP", sort="-date"))
    assert newest[:5] == [f"FTAAP note {n}" for n in (3, 5, 0, 4, 2)]


def test_operators_and_filters_apply(store: Store) -> None:
    assert _titles(every_match(store, "FTAAP Lima")) == ["FTAAP note 2"]
    assert len(list(every_match(store, "FTAAP -Lima"))) == 6
    assert {h.title for h in every_match(store, "Lima OR Trade")} == {
        "FTAAP note 2", "Lima", "Trade"
    }  # fmt: skip
    kept = _titles(every_match(store, "FTAAP", since="2021", until="2022", sort="date"))
    assert kept == ["FTAAP note 0", "FTAAP note 5"]
    assert _titles(every_match(store, "FTAAP", year=("2023",))) == ["FTAAP note 3"]
    assert list(every_match(store, "FTAAP", publisher=("Nobody",))) == []


def test_nothing_to_search_gives_nothing_and_a_bad_sort_is_refused(store: Store) -> None:
    assert list(every_match(store, "   ")) == []
    assert list(every_match(store, '"" -')) == []
    with pytest.raises(ValueError, match="unknown sort"):
        list(every_match(store, "FTAAP", sort="best"))


def test_without_a_full_text_index_like_matches_the_same(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    if store.engine.dialect.name != "sqlite":
        pytest.skip("LIKE is the fallback of a SQLite without FTS5; PostgreSQL has tsvector")
    indexed = {
        q: _titles(every_match(store, q, sort="date"))
        for q in ("FTAAP", "FTAAP -Lima", "Lima OR Trade", '"FTAAP agenda"')
    }
    monkeypatch.setattr(store, "search_mode", "like")
    for q, titles in indexed.items():
        assert _titles(every_match(store, q, sort="date")) == titles, q
    assert len(indexed["FTAAP -Lima"]) == 6 and len(indexed['"FTAAP agenda"']) == 7
