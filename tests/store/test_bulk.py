"""Rows inserted through the driver, and what a batch asks of the store once."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from summitry.store import Correction, open_store
from summitry.store.bulk import BULK_CACHE_KIB, begin_batch, insert_many
from summitry.store.rows import page_rows
from summitry.store.schema import documents, meetings
from tests.store.helpers import page_id, som_record


def _meeting_rows(store_path: Path) -> list[tuple]:
    with open_store(store_path) as store, store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(select(meetings).order_by(meetings.c.idx))]


def test_insert_many_writes_what_sqlalchemy_writes(tmp_path: Path) -> None:
    """Meetings rows ("start" and "end" are SQL keywords) through the driver and through
    SQLAlchemy's insert come back the same."""
    doc = page_id("som")
    head, children = page_rows(doc, "som.txt", som_record())
    rows = dict(children)["meetings"]
    assert rows and rows[0]["start"] == "2021-03-10" and rows[0]["end"] == "2021-03-12"
    for name, insert in (("driver", insert_many), ("core", None)):
        with open_store(tmp_path / f"{name}.db") as store, store.engine.begin() as conn:
            conn.execute(documents.insert(), {**_document(head), "seq": 1})
            if insert is None:
                conn.execute(meetings.insert(), rows)
            else:
                insert(conn, meetings, rows)
    driver = _meeting_rows(tmp_path / "driver.db")
    assert driver == _meeting_rows(tmp_path / "core.db")
    assert driver[0][:2] == ("meeting:apec-senior-officials-meeting-1", doc)


def test_a_driver_insert_error_is_a_database_error(tmp_path: Path) -> None:
    """A NOT NULL broken through the driver is SQLAlchemy's error, which the store turns
    into its one line."""
    broken = [{"meeting_key": "k", "document_id": "d", "idx": 0}]
    failed = pytest.raises(DBAPIError, match="NOT NULL constraint failed: meetings.series")
    with open_store(tmp_path / "s.db") as store, store.engine.begin() as conn, failed:
        insert_many(conn, meetings, broken)


def test_a_batch_asks_once_what_is_stored_and_corrected(tmp_path: Path) -> None:
    one, two = page_id("one"), page_id("two")
    with open_store(tmp_path / "s.db") as store:
        store.add(one, "one.txt", som_record())
        store.correct(Correction(one, "set", "document.title", "Corrected title"))
        with store.engine.begin() as conn:
            batch = begin_batch(conn, [two, one, two])
            assert batch is not None
            cache = conn.exec_driver_sql("PRAGMA cache_size").scalar_one()
        assert (batch.stored, batch.corrected) == ({one}, {one})
        assert cache == -BULK_CACHE_KIB


def test_a_batch_applies_stored_corrections_and_skips_a_repeated_page(tmp_path: Path) -> None:
    one, two = page_id("one"), page_id("two")
    with open_store(tmp_path / "s.db") as store:
        store.add(one, "one.txt", som_record())
        store.correct(Correction(one, "set", "document.title", "Corrected title"))
        pages = [
            (doc, f"{doc[:4]}.txt", som_record(), None, page_rows(doc, "x.txt", som_record()))
            for doc in (one, two, two)
        ]
        assert store.add_many(pages, replace=False) == ["unchanged", "new", "unchanged"]
        assert store.add_many(pages[:1], replace=True) == ["replaced"]
        assert store.get(one).title == "Corrected title"
        assert store.get(two).title == som_record().document.title
        assert store.count() == 2


def _document(row: dict) -> dict:
    return {k: v for k, v in row.items() if k in documents.c}
