"""reindex: every derived table rebuilt from the stored records, and stale tables found."""

from __future__ import annotations

import pytest
from sqlalchemy import Connection, select

from summitry.store import Store, reindex, schema
from summitry.store.schema import DERIVED_TABLES, builds
from tests.store.helpers import make_record, page_id, som_record


def derived_rows(conn: Connection) -> dict[str, list[str]]:
    """Every derived table's rows, sorted; facet sets as their (facet, value) pairs."""
    pairs = dict(
        (row.id, f"{row.name}={row.value}") for row in conn.execute(select(schema.facet_pairs))
    )
    out = {}
    for table in DERIVED_TABLES:
        if table in (schema.facet_pairs, schema.facet_sets):
            continue
        out[table.name] = sorted(repr(tuple(r)) for r in conn.execute(select(table)))
    d = schema.documents.c
    heads = conn.execute(select(d.date, d.main_meeting).order_by(d.main_meeting.is_not(None)))
    out["pages"] = [repr(tuple(row)) for row in heads]
    sets = conn.execute(select(schema.facet_sets)).all()
    out["facet_sets"] = sorted(
        f"{s.seq}:{sorted(pairs[int(i)] for i in s.ids.split())}" for s in sets
    )
    return out


@pytest.fixture
def filled(store: Store) -> Store:
    store.add(page_id("som"), "som.txt", som_record())
    store.add(page_id("b"), "b.txt", make_record("Talks", "Trade talks.", "2024-01-02"))
    return store


def test_reindex_rebuilds_every_derived_row_as_ingest_wrote_it(filled: Store) -> None:
    with filled.engine.connect() as conn:
        before = derived_rows(conn)
    assert len(before["meetings"]) == 1 and len(before["entity_refs"]) > 5
    assert before["pages"] == [
        "('2024-01-02', None)",
        "('2021-03-10', 'meeting:apec-senior-officials-meeting-1')",
    ]
    with filled.engine.begin() as conn:  # keys computed by other rules, and one table lost
        conn.execute(schema.meetings.update().values(meeting_key="meeting:stale"))
        conn.execute(schema.documents.update().values(date=None, main_meeting="meeting:stale"))
        conn.execute(schema.entity_refs.delete())
    assert filled.reindex() == 2
    with filled.engine.connect() as conn:
        assert derived_rows(conn) == before
    assert filled.search("Putrajaya").hits[0].id == page_id("som")


def test_a_table_built_with_another_kb_is_stale_until_reindexed(
    filled: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert filled.stale_tables() == []
    monkeypatch.setattr(reindex, "kb_version", lambda: "0123456789ab")
    assert filled.stale_tables() == [t.name for t in DERIVED_TABLES]
    with filled.engine.begin() as conn:  # another resolve version, on one table
        conn.execute(builds.update().where(builds.c.name == "people").values(resolve="0"))
    monkeypatch.undo()
    assert filled.stale_tables() == ["people"]
    filled.reindex()
    assert filled.stale_tables() == []
    with filled.engine.connect() as conn:
        stamps = conn.execute(select(builds.c.resolve).where(builds.c.name == "people"))
        assert stamps.scalar_one() == "1"


def test_reindex_of_an_empty_store_stamps_its_tables(store: Store) -> None:
    assert store.reindex() == 0
    assert store.count() == 0 and store.stale_tables() == []
