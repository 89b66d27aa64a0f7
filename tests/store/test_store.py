"""Store.add / has / get / list / count, child rows, and one transaction per page."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from summitry.errors import StoreError
from summitry.record import Statement, record_from_dict
from summitry.store import DocumentSummary, Store, StoredDocument, document_id, open_store
from tests.store.helpers import SOM_BODY, SOM_TITLE, make_record, page_id, som_record

CHILD_TABLES = ("meetings", "people", "mentions", "statements")


def child_counts(store: Store, doc_id: str) -> dict[str, int]:
    with store.engine.connect() as conn:
        return {
            t: conn.execute(
                text(f"SELECT count(*) FROM {t} WHERE document_id = :d"), {"d": doc_id}
            ).scalar_one()
            for t in CHILD_TABLES
        }


def test_document_id_is_the_full_sha256_hex() -> None:
    assert document_id(b"abc") == (
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    )


def test_add_new_then_unchanged_then_replaced(store: Store) -> None:
    doc = page_id("som")
    assert store.add(doc, "pages/som.txt", som_record()) == "new"
    assert store.add(doc, "pages/som.txt", som_record()) == "unchanged"
    assert store.add(doc, "pages/som.txt", som_record(), replace=True) == "replaced"
    assert store.count() == 1
    assert store.has(doc)
    assert not store.has(page_id("other"))


def test_stored_answers_for_many_ids_at_once(store: Store) -> None:
    held = [page_id(f"page {i}") for i in range(3)]
    for doc in held:
        store.add(doc, "pages/som.txt", som_record())
    asked = [page_id(f"page {i}") for i in range(1200)]  # over one query's chunk of ids
    assert store.stored(asked) == set(held)
    assert store.stored([]) == set()


BATCHED_TABLES = ("records", "people", "mentions", "statements", "entity_refs", "meetings")


def _table_counts(store: Store) -> dict[str, int]:
    with store.engine.connect() as conn:
        return {
            t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in BATCHED_TABLES
        }


def test_a_batch_writes_what_pages_one_by_one_write(tmp_path: Path) -> None:
    """add_many holds back the rows nothing reads until the batch ends; a page that comes
    twice in one batch with replace has its first rows written before it is replaced."""
    from summitry.store.rows import page_rows

    one, two = page_id("som"), page_id("other")
    other = make_record("Another page", "Ministers met in Lima.", published="2024-05-17")
    by_one = open_store(tmp_path / "one.db")
    for doc, record in ((one, som_record()), (two, other)):
        by_one.add(doc, "pages/x.txt", record)
    batched = open_store(tmp_path / "batch.db")
    pages = [(d, "pages/x.txt", r, None, page_rows(d, "pages/x.txt", r)) for d, r in
             ((one, som_record()), (two, other), (one, som_record()))]  # fmt: skip
    assert batched.add_many(pages, replace=True) == ["new", "new", "replaced"]
    assert _table_counts(batched) == _table_counts(by_one)
    assert _table_counts(batched)["statements"] > 0 and _table_counts(batched)["people"] > 0


def test_unchanged_writes_nothing(store: Store) -> None:
    doc = page_id("som")
    store.add(doc, "first.txt", som_record())
    before = store.get(doc)
    assert store.add(doc, "second.txt", make_record("Another title")) == "unchanged"
    assert store.get(doc) == before
    assert before.source == "first.txt"


def test_get_returns_fields_and_the_record(store: Store) -> None:
    doc = page_id("som")
    record = som_record()
    store.add(doc, "pages/som.txt", record)
    got = store.get(doc)
    assert got.id == doc
    assert got.source == "pages/som.txt"
    assert got.title == SOM_TITLE
    assert got.published == "2021-03-12"
    assert got.publisher == "MOFA"
    assert got.language == "en"
    assert got.body == SOM_BODY
    assert got.ingested_at.endswith("+00:00")
    assert got.record == record.to_dict()
    assert record_from_dict(got.record) == record


def test_get_to_dict_is_the_json_shape(store: Store) -> None:
    doc = page_id("som")
    store.add(doc, "pages/som.txt", som_record(), fetched="2026-01-02T03:04:05")
    store.add_url(doc, "https://example.org/som")
    shown = store.get(doc).to_dict()
    assert list(shown) == [
        "id", "source", "title", "published", "publisher", "publisher_country", "category",
        "views", "language", "ingested_at", "body", "record", "urls", "url",
    ]  # fmt: skip
    assert shown["urls"] == [{"url": "https://example.org/som", "fetched": None}]
    assert shown["url"] == "https://example.org/som"
    assert shown["record"]["document"]["text"] == SOM_BODY


def test_get_by_prefix(store: Store) -> None:
    doc = page_id("som")
    store.add(doc, "som.txt", som_record())
    assert store.get(doc[:6]).id == doc
    assert store.get(doc[:16].upper()).id == doc
    assert store.get(doc[:5]) is None
    assert store.get(page_id("missing")) is None
    assert store.get("zzzzzzzz") is None


def test_ambiguous_prefix_raises(store: Store) -> None:
    store.add("abcdef01" + "0" * 56, "a.txt", make_record())
    store.add("abcdef02" + "0" * 56, "b.txt", make_record())
    assert store.get("abcdef01").source == "a.txt"
    with pytest.raises(StoreError, match="abcdef0 matches several"):
        store.get("abcdef0")


def test_list_newest_published_first_then_ingested(store: Store) -> None:
    store.add(page_id("old"), "old.txt", make_record("Old", published="2019-05-01"))
    store.add(page_id("undated1"), "u1.txt", make_record("Undated 1"))
    store.add(page_id("new"), "new.txt", make_record("New", published="2024-11-15"))
    store.add(page_id("undated2"), "u2.txt", make_record("Undated 2"))
    store.add(page_id("mid"), "mid.txt", make_record("Mid", published="2021-03-12"))
    titles = [row.title for row in store.list()]
    assert titles == ["New", "Mid", "Old", "Undated 2", "Undated 1"]
    assert [row.title for row in store.list(limit=2, offset=1)] == ["Mid", "Old"]
    row = store.list(limit=1)[0]
    assert isinstance(row, DocumentSummary) and not isinstance(row, StoredDocument)
    assert "body" not in row.to_dict() and "record" not in row.to_dict()
    assert row.source == "new.txt"
    assert store.count() == 5


def test_child_rows_are_written(store: Store) -> None:
    doc = page_id("som")
    store.add(doc, "som.txt", som_record())
    assert child_counts(store, doc) == {
        "meetings": 1,
        "people": 1,
        "mentions": 5,
        "statements": 2,
    }
    with store.engine.connect() as conn:
        meeting = conn.execute(text("SELECT * FROM meetings")).one()._mapping
        kinds = conn.execute(text("SELECT kind, value FROM mentions ORDER BY kind, idx")).all()
    assert (meeting["name"], meeting["acronym"], meeting["ordinal"]) == (
        "APEC Senior Officials' Meeting",
        "SOM",
        1,
    )
    assert (meeting["start"], meeting["end"], meeting["format"]) == (
        "2021-03-10",
        "2021-03-12",
        "virtual",
    )
    assert (meeting["evidence_start"], meeting["evidence_end"]) == (71, 110)
    assert kinds[0] == ("country", "KOR")
    assert ("initiative", "Putrajaya Vision 2040") in kinds
    assert ("organization", "APEC") in kinds
    stored = store.get(doc).record  # outcomes and amounts are read from the record
    assert stored["amounts"][0] | {"evidence": None} == {
        "value": 14000000,
        "currency": "USD",
        "about": "APEC Support Fund",
        "evidence": None,
    }
    assert [o["action"] for o in stored["outcomes"]] == ["noted"]


def test_replace_removes_old_child_rows(store: Store) -> None:
    doc = page_id("som")
    store.add(doc, "som.txt", som_record())
    smaller = make_record("Revised", "Only Lima now.", statements=[Statement("PER", "state", "x")])
    store.add(doc, "som.txt", smaller, replace=True)
    assert child_counts(store, doc) == dict.fromkeys(CHILD_TABLES, 0) | {"statements": 1}
    assert store.get(doc).title == "Revised"
    assert store.search("FTAAP").hits == []
    assert [h.id for h in store.search("Lima").hits] == [doc]


def test_failed_add_leaves_nothing_behind(store: Store) -> None:
    broken = som_record()
    broken.statements.append(Statement("KOR", "state", None))  # NOT NULL fails last
    with pytest.raises(StoreError, match="(?i)not[ -]null"):
        store.add(page_id("broken"), "broken.txt", broken)
    assert store.count() == 0
    assert child_counts(store, page_id("broken")) == dict.fromkeys(CHILD_TABLES, 0)
    assert store.search("FTAAP").hits == []
    store.add(page_id("good"), "good.txt", som_record())
    assert [h.id for h in store.search("FTAAP").hits] == [page_id("good")]


KILL_SCRIPT = textwrap.dedent(
    """
    import os, sys
    from sqlalchemy import event
    from summitry.store import open_store
    from tests.store.helpers import page_id, som_record

    store = open_store(sys.argv[1])
    store.add(page_id("kept"), "kept.txt", som_record())

    def die(conn, cursor, statement, *args):
        if statement.startswith("INSERT INTO statements"):
            os._exit(9)

    event.listen(store.engine, "before_cursor_execute", die)
    store.add(page_id("killed"), "killed.txt", som_record())
    """
)


def test_process_killed_mid_add_leaves_store_consistent(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root / "src"), str(root)])}
    done = subprocess.run(
        [sys.executable, "-c", KILL_SCRIPT, str(db)], env=env, cwd=tmp_path, check=False
    )
    assert done.returncode == 9
    with open_store(db) as store:
        assert store.count() == 1
        assert not store.has(page_id("killed"))
        assert child_counts(store, page_id("killed")) == dict.fromkeys(CHILD_TABLES, 0)
        assert [h.id for h in store.search("FTAAP").hits] == [page_id("kept")]
        with store.engine.begin() as conn:
            conn.execute(
                text("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')")
            )


def test_parallel_writers_wait_instead_of_failing(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    open_store(db).close()
    errors: list[Exception] = []

    def ingest(worker: int) -> None:
        with open_store(db) as store:
            for n in range(40):
                try:
                    store.add(page_id(f"{worker}-{n}"), "p.txt", som_record())
                except Exception as exc:  # noqa: BLE001 - collected for the assertion
                    errors.append(exc)

    threads = [threading.Thread(target=ingest, args=(w,)) for w in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with open_store(db) as store:
        assert store.count() == 120
