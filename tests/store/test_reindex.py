"""reindex: every derived table rebuilt from the stored records, and stale tables found."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Connection, select

from summitry.query import timeline
from summitry.store import Store, open_store, reindex, schema
from summitry.store.schema import DERIVED_TABLES, builds
from summitry.store.sql_views import VIEWS
from tests.store.helpers import make_record, page_id, som_record


def derived_rows(conn: Connection) -> dict[str, list[str]]:
    """Every derived table's rows, sorted, and each page's date and main meeting."""
    out = {}
    for table in DERIVED_TABLES:
        out[table.name] = sorted(repr(tuple(r)) for r in conn.execute(select(table)))
    d, t = schema.documents.c, schema.texts.c
    heads = conn.execute(
        select(d.date, d.main_meeting, t.tags)
        .join(schema.texts, t.seq == d.seq)
        .order_by(d.main_meeting.is_not(None))
    )
    out["pages"] = [repr(tuple(row)) for row in heads]
    return out


@pytest.fixture
def filled(store: Store) -> Store:
    store.add(page_id("som"), "som.txt", som_record())
    store.add(page_id("b"), "b.txt", make_record("Talks", "Trade talks.", "2024-01-02"))
    assert store.add_url(page_id("b"), "https://www.mofa.go.kr/eng/1", None)  # a site facet
    return store


def test_reindex_rebuilds_every_derived_row_as_ingest_wrote_it(filled: Store) -> None:
    with filled.engine.connect() as conn:
        before = derived_rows(conn)
    assert len(before["meetings"]) == 1 and len(before["entity_refs"]) > 5
    assert len(before["person_meetings"]) == 1  # the page's one person at its main meeting
    assert [p.split(", 'zz")[0] for p in before["pages"]] == [
        "('2024-01-02', None",
        "('2021-03-10', 'meeting:apec-senior-officials-meeting-1'",
    ]
    assert "zzsitemofagokr" in before["pages"][0]
    assert "site\\tmofa.go.kr" in " ".join(before["facets"])  # repr of the pairs text
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


def test_reindex_changes_the_fingerprint_cached_views_are_keyed_by(filled: Store) -> None:
    from summitry.app.scopes import fingerprint

    before = fingerprint(filled)
    assert fingerprint(filled) == before
    filled.reindex()
    assert fingerprint(filled) != before


def test_reindex_makes_and_fills_a_completions_table_a_store_lacks(store: Store) -> None:
    fund = "ASEAN-ROK Cooperation Fund"
    body = f"Korea met. The {fund} was launched in Seoul."
    store.add(page_id("r"), "r.txt", make_record("R", body, "2021-05-05", initiatives=[fund]))
    with store.engine.connect() as conn:
        before = derived_rows(conn)["completions"]
    assert len(before) == 1 and "The ASEAN-ROK Cooperation Fund was launched in Seoul." in before[0]
    with store.engine.begin() as conn:  # a store made before the table was added
        schema.completions.drop(conn)
        conn.execute(builds.delete().where(builds.c.name == "completions"))
    assert store.stale_tables() == ["completions"]
    assert store.reindex() == 1
    assert store.stale_tables() == []
    with store.engine.connect() as conn:
        assert derived_rows(conn)["completions"] == before


class Stop(Exception):
    """Stands for a crash between two batches of a reindex."""


def test_a_reindex_stopped_after_a_batch_leaves_a_store_that_answers_and_is_finished(
    filled: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    with filled.engine.connect() as conn:
        before = derived_rows(conn)
    with filled.engine.begin() as conn:  # rows of other rules, and a name no page has
        conn.execute(schema.meetings.update().values(meeting_key="meeting:stale"))
        conn.execute(schema.documents.update().values(date=None, main_meeting="meeting:stale"))
        conn.execute(schema.series_names.insert().values(series="gone", name="Gone Meeting"))
    monkeypatch.setattr(reindex, "BATCH", 1)

    def crash(done: int) -> None:
        raise Stop(done)

    with pytest.raises(Stop):
        filled.reindex(progress=crash)
    assert filled.stale_tables() == [t.name for t in DERIVED_TABLES]  # stamps come last
    assert filled.search("Putrajaya").hits[0].id == page_id("som")  # the store answers
    d = schema.documents.c
    with filled.engine.connect() as conn:  # the first page rebuilt whole, the second not yet
        heads = {r.id: r.main_meeting for r in conn.execute(select(d.id, d.main_meeting))}
        keys = conn.execute(select(schema.meetings.c.meeting_key)).scalars().all()
        names = derived_rows(conn)["series_names"]
    assert heads == {
        page_id("som"): "meeting:apec-senior-officials-meeting-1",
        page_id("b"): "meeting:stale",
    }
    assert keys == ["meeting:apec-senior-officials-meeting-1"]
    assert "('gone', 'Gone Meeting')" in names
    assert filled.reindex() == 2
    assert filled.stale_tables() == []
    with filled.engine.connect() as conn:
        assert derived_rows(conn) == before


def test_an_ingest_commits_while_a_reindex_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each batch is a transaction of its own: a second connection writes between them
    (SQLite WAL), and the page it adds is rebuilt too."""
    db = tmp_path / "s.db"
    first, other = open_store(db), open_store(db)
    first.add(page_id("som"), "som.txt", som_record())
    first.add(page_id("b"), "b.txt", make_record("Talks", "Trade talks.", "2024-01-02"))
    monkeypatch.setattr(reindex, "BATCH", 1)
    added: list[str] = []

    def ingest(done: int) -> None:
        if done == 1:  # one batch committed, the reindex goes on after this returns
            talks = make_record("More talks", "Trade talks went on.", "2024-02-03")
            added.append(other.add(page_id("c"), "c.txt", talks))

    assert first.reindex(progress=ingest) == 3
    assert added == ["new"]
    assert first.stale_tables() == [] and first.count() == 3
    assert first.search("went").hits[0].id == page_id("c")
    first.close()
    other.close()


def test_a_store_made_before_the_sentence_columns_gets_them_and_reindex_fills_them(
    tmp_path: Path,
) -> None:
    db = tmp_path / "s.db"
    with open_store(db) as store:
        store.add(page_id("som"), "som.txt", som_record())
        with store.engine.connect() as conn:
            before = derived_rows(conn)
    with sqlite3.connect(db) as conn:  # as a store of the same schema made before them
        for view in VIEWS:
            conn.execute(f"DROP VIEW {view}")
        for table in ("statements", "mentions"):
            for column in ("sentence_start", "sentence_end"):
                conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    with open_store(db) as store:
        assert store.stale_tables() == ["mentions", "statements"]
        said = timeline(store, "FTAAP")  # answers, the mention shown by its name
        assert [(i.kind, i.text) for i in said][:1] == [
            ("statement", "Senior officials discussed the FTAAP")
        ]
        assert store.reindex() == 1
        assert store.stale_tables() == []
        with store.engine.connect() as conn:
            assert derived_rows(conn) == before
