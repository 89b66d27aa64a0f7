"""What the pages call an initiative the kb does not know: the spelling its newest mentions
use most, however the reads are split (SQLite and PostgreSQL)."""

from __future__ import annotations

import importlib

import pytest

from summitry.store import Store
from tests.backends import store, store_target  # noqa: F401
from tests.store.helpers import make_record, page_id

naming = importlib.import_module("summitry.query.naming")
BLUE = "initiative:blue-ocean-compact"


def _pages(into: Store, spellings: list[str]) -> None:
    """One page per spelling, the first the newest."""
    for n, name in enumerate(spellings):
        day = f"2024-01-{28 - n:02d}"
        record = make_record(f"Page {n}", f"They backed the {name}.", day, initiatives=[name])
        into.add(page_id(f"b{n}"), f"b{n}.txt", record)


@pytest.mark.parametrize(
    ("spellings", "sample", "expected"),
    [
        # the newest three agree: decided before the two oldest are read
        (["Blue Ocean Compact"] * 3 + ["Blue ocean compact"] * 2, 5, "Blue Ocean Compact"),
        # the newest three split 2 to 1: the rest are read and turn it
        (
            [
                "Blue ocean compact",
                "Blue Ocean Compact",
                "Blue ocean compact",
                "Blue Ocean Compact",
                "Blue Ocean Compact",
            ],
            5,
            "Blue Ocean Compact",
        ),  # fmt: skip
        # a tie goes to the least spelling
        (["Blue ocean compact", "Blue Ocean Compact"], 5, "Blue Ocean Compact"),
        # only the newest NAME_SAMPLE count
        (["Blue ocean compact"] * 2 + ["Blue Ocean Compact"] * 3, 2, "Blue ocean compact"),
    ],
)
def test_the_spelling_the_newest_mentions_use_most(
    store: Store,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    spellings: list[str],
    sample: int,
    expected: str,
) -> None:
    _pages(store, spellings)
    monkeypatch.setattr(naming, "NAME_SAMPLE", sample)
    with store.engine.connect() as conn:
        assert naming.initiative_names(conn, [BLUE]) == {BLUE: expected}


def test_an_initiative_no_page_names_has_no_name(store: Store) -> None:  # noqa: F811
    with store.engine.connect() as conn:
        assert naming.initiative_names(conn, [BLUE]) == {}
