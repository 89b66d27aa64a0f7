"""open_store: where the store lives, the baseline schema, and one-line errors for bad
targets and old stores."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, select, text
from sqlalchemy.dialects import postgresql
from sqlalchemy.schema import CreateIndex, CreateTable

from summitry.errors import StoreError
from summitry.query import country, person
from summitry.record import Meeting, Person, Statement
from summitry.store import open_store
from summitry.store.baseline import OLD_STORE, SCHEMA
from summitry.store.schema import DERIVED_TABLES, metadata, person_meetings
from summitry.store.search import like_statement, query_terms
from tests.backends import store_target  # noqa: F401
from tests.store.helpers import make_record, page_id


def versions(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("SELECT name, schema FROM builds"))


def test_new_store_has_every_table_and_pragmas(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with open_store(db) as store, store.engine.connect() as conn:
        listed = text("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
        tables = set(conn.execute(listed).scalars())
        assert conn.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar_one() == 1  # NORMAL
        assert conn.execute(text("PRAGMA page_size")).scalar_one() == 16384
    assert tables - {"sqlite_stat1"} == {
        *metadata.tables,
        *(n for n in tables if n.startswith("documents_fts")),
        "meetings_view",
        "statements_view",
        "commitments_view",
    }
    assert sorted(metadata.tables) == [
        "builds",
        "completions",
        "corrections",
        "document_urls",
        "documents",
        "entity_refs",
        "facets",
        "meeting_dates",
        "meetings",
        "mentions",
        "people",
        "person_meetings",
        "records",
        "series_names",
        "statements",
        "texts",
    ]
    assert "documents_fts" in tables and "sqlite_stat1" not in tables
    assert versions(db) == dict.fromkeys(metadata.tables, SCHEMA)


def test_every_index_is_declared_in_the_schema(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    open_store(db).close()
    declared = {i.name for t in metadata.sorted_tables for i in t.indexes}
    with sqlite3.connect(db) as conn:
        made = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {n for n in made if not n.startswith("sqlite_autoindex")} == declared
    assert len(declared) == 22


def test_a_store_gets_the_indexes_declared_and_loses_those_reshaped(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with open_store(db) as store:
        people = [Person("Cho Tae-yul", "Minister", "KOR", "attendee")]
        record = make_record("Talks", "Talks.", countries=["KOR"], people=people)
        store.add(page_id("a"), "a.txt", record)
    with sqlite3.connect(db) as raw:  # as a store made before the indexes took this shape
        raw.execute("DROP INDEX ix_people_country_page")
        raw.execute("DROP INDEX ix_entity_refs_entity_totals")
        raw.execute(
            "CREATE INDEX ix_entity_refs_entity_rows "
            "ON entity_refs (entity_id, date, document_id, source, idx)"
        )
    with open_store(db) as store:
        assert country(store, "KOR").documents == 1
    declared = {i.name for t in metadata.sorted_tables for i in t.indexes}
    with sqlite3.connect(db) as raw:
        made = {n for (n,) in raw.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        shape = [r[2] for r in raw.execute("PRAGMA index_info(ix_entity_refs_entity_totals)")]
    assert {n for n in made if not n.startswith("sqlite_autoindex")} == declared
    assert shape == [
        "entity_id", "date", "document_id", "source", "idx", "kind",
        "title", "country", "name", "role", "act",
    ]  # fmt: skip


def test_a_store_made_before_the_ref_columns_gets_them_filled_and_stays_fresh(
    store_target: str,  # noqa: F811
) -> None:
    people = [Person("KANG Kyung-wha", "Foreign Minister", "KOR", "attendee")]
    said = [Statement("KANG Kyung-wha", "commit", "Korea will host the next meeting.")]
    with open_store(store_target) as store:
        record = make_record("Talks", "Talks.", people=people, statements=said)
        store.add(page_id("a"), "a.txt", record)
        before = person(store, "Kang Kyung-wha")
    with open_store(store_target) as store, store.engine.begin() as conn:
        conn.execute(text("DROP INDEX ix_entity_refs_entity_totals"))  # as a store made before
        for column in ("name", "role", "act"):
            conn.execute(text(f"ALTER TABLE entity_refs DROP COLUMN {column}"))
    with open_store(store_target) as store:
        assert store.stale_tables() == []
        assert person(store, "Kang Kyung-wha") == before
        with store.engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT source, kind, name, role, act FROM entity_refs "
                    "WHERE entity_id = 'person:kang-kyungwha' ORDER BY source"
                )
            ).all()
    assert [tuple(r) for r in rows] == [
        ("people", "person", "KANG Kyung-wha", "attendee", None),
        ("statements", "speaker", "KANG Kyung-wha", None, "commit"),
    ]
    assert before is not None and before.names == ["KANG Kyung-wha"]
    assert before.statements_by_act == {"commit": 1}


def test_a_store_made_before_person_meetings_gets_it_filled_and_stamped(
    store_target: str,  # noqa: F811
) -> None:
    people = [Person("Cho Tae-yul", "Minister", "KOR", "attendee")]
    meetings = [
        Meeting("ASEAN-ROK Foreign Ministers' Meeting", ordinal=25, start="2024-07-26",
                role="main"),
        Meeting("East Asia Summit", role="related"),
    ]  # fmt: skip
    with open_store(store_target) as store:
        record = make_record("Talks", "Talks.", people=people, meetings=meetings)
        store.add(page_id("a"), "a.txt", record)
        before = person(store, "Cho Tae-yul")
        with store.engine.connect() as conn:
            rows = conn.execute(select(person_meetings)).all()
    with open_store(store_target) as store, store.engine.begin() as conn:
        conn.execute(text("DROP TABLE person_meetings"))  # as a store made before it
        conn.execute(text("DELETE FROM builds WHERE name = 'person_meetings'"))
    with open_store(store_target) as store:
        assert store.stale_tables() == []
        assert person(store, "Cho Tae-yul") == before
        with store.engine.connect() as conn:
            assert conn.execute(select(person_meetings)).all() == rows
    assert [(r.entity_id, r.idx, r.meeting_key) for r in rows] == [
        ("person:cho-taeyul", 0, "meeting:asean-rok-foreign-ministers-meeting-25")
    ]
    assert before is not None and before.meetings_total == 1
    assert before.meetings[0].role == "attendee"


def test_an_old_store_is_refused_in_one_line_saying_to_re_ingest(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    with sqlite3.connect(db) as raw:  # a store made before the baseline schema
        raw.execute("CREATE TABLE schema_version (version INTEGER, applied_at TEXT)")
        raw.execute("CREATE TABLE documents (id TEXT PRIMARY KEY)")
        raw.execute("INSERT INTO schema_version VALUES (18, '2026-11-01T00:00:00+00:00')")
    with pytest.raises(StoreError) as caught:
        open_store(db)
    message = str(caught.value)
    assert message == f"{db}: {OLD_STORE}"
    assert "ingest its pages into a new store" in message and "\n" not in message
    with sqlite3.connect(db) as raw:  # left as it was
        assert raw.execute("SELECT count(*) FROM schema_version").fetchone() == (1,)


def test_a_store_made_before_keeps_its_page_size(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    with sqlite3.connect(db) as raw:  # 4 KB pages, as stores made before this one have
        raw.execute("PRAGMA page_size = 4096")
        raw.execute("PRAGMA journal_mode = WAL")
    with open_store(db) as store, store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA page_size")).scalar_one() == 4096
        store.add(page_id("a"), "a.txt", make_record("Talks", "Trade talks."))
        assert [h.id for h in store.search("trade").hits] == [page_id("a")]


def test_reopening_keeps_the_store_as_it_is(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with open_store(db) as store:
        store.add(page_id("a"), "a.txt", make_record("Kept", "FTAAP"))
    with open_store(db) as store:
        assert store.count() == 1
    with open_store(str(db)) as store:
        assert [h.title for h in store.search("FTAAP").hits] == ["Kept"]
    assert set(versions(db).values()) == {SCHEMA}


def test_store_from_newer_version_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    open_store(db).close()
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE builds SET schema = ? WHERE name = 'documents'", (SCHEMA + 1,))
    with pytest.raises(StoreError, match=f"newer summitry \\(schema {SCHEMA + 1}"):
        open_store(db)
    with sqlite3.connect(db) as conn:  # a store whose stamp is older is an old store
        conn.execute("UPDATE builds SET schema = 0 WHERE name = 'documents'")
    with pytest.raises(StoreError, match="made by an earlier summitry"):
        open_store(db)


def test_derived_tables_are_stamped_with_the_kb_and_resolve_versions(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with open_store(db) as store:
        assert store.stale_tables() == []
    with sqlite3.connect(db) as conn:
        stamped = dict(conn.execute("SELECT name, kb || ' ' || resolve FROM builds"))
    derived = {t.name for t in DERIVED_TABLES}
    assert {n for n, v in stamped.items() if v is not None} == derived
    assert len(set(stamped[n] for n in derived)) == 1
    assert "documents" not in derived and "corrections" not in derived


def test_not_a_database_names_the_file(tmp_path: Path) -> None:
    db = tmp_path / "random.db"
    db.write_bytes(bytes(range(256)) * 64)
    with pytest.raises(StoreError) as caught:
        open_store(db)
    message = str(caught.value)
    assert str(db) in message
    assert "not a summitry database" in message
    assert "\n" not in message


def test_another_apps_database_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "other.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    with pytest.raises(StoreError, match="invoices.*not a summitry store"):
        open_store(db)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT name FROM sqlite_master").fetchall() == [("invoices",)]


def test_missing_folder_is_an_error_not_created(tmp_path: Path) -> None:
    db = tmp_path / "nope" / "s.db"
    with pytest.raises(StoreError, match="does not exist") as caught:
        open_store(db)
    assert str(db) in str(caught.value)
    assert not db.parent.exists()


def test_folder_as_target_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a folder"):
        open_store(tmp_path)


def test_read_only_store_says_it_cannot_be_written(tmp_path: Path) -> None:
    db = tmp_path / "ro.db"
    sqlite3.connect(db).close()
    with pytest.raises(StoreError, match="cannot be written") as caught:
        open_store(f"sqlite:///file:{db}?mode=ro&uri=true")
    assert "\n" not in str(caught.value)


def test_target_from_env_then_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SUMMITRY_DB", str(tmp_path / "env.db"))
    open_store().close()
    assert (tmp_path / "env.db").exists()
    monkeypatch.delenv("SUMMITRY_DB")
    with open_store() as store:
        assert store.url.endswith("summitry.db")
    assert (tmp_path / "summitry.db").exists()


def test_sqlalchemy_url_target(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 'u.db'}") as store:
        assert store.url == f"sqlite:///{tmp_path / 'u.db'}"
        store.add(page_id("a"), "a.txt", make_record())
    assert (tmp_path / "u.db").exists()


def test_unusable_urls_are_store_errors() -> None:
    with pytest.raises(StoreError, match="nosuchdb://x"):
        open_store("nosuchdb://x")
    with pytest.raises(StoreError, match="not a database URL"):
        open_store("://")


def test_schema_and_like_search_compile_for_postgresql() -> None:
    dialect = postgresql.dialect()
    for table in metadata.sorted_tables:
        ddl = str(CreateTable(table).compile(dialect=dialect))
        assert "CREATE TABLE" in ddl
        for index in table.indexes:
            assert "CREATE INDEX" in str(CreateIndex(index).compile(dialect=dialect))
    assert "GENERATED BY DEFAULT AS IDENTITY" in str(
        CreateTable(metadata.tables["documents"]).compile(dialect=dialect)
    )
    like = str(like_statement(query_terms("FTAAP 100%"), 10).compile(dialect=dialect))
    assert "ILIKE" in like and "NULLS LAST" in like


def test_unreachable_postgresql_is_one_line_naming_the_url_without_password() -> None:
    with pytest.raises(StoreError) as caught:
        open_store("postgresql://someone:s3cret@127.0.0.1:1/summitry")
    message = str(caught.value)
    assert "someone:***@127.0.0.1:1/summitry" in message
    assert "s3cret" not in message
    assert "cannot connect" in message and "check that the server runs" in message
    assert "\n" not in message


def test_an_index_a_store_lacks_is_built_on_open(store_target: str) -> None:  # noqa: F811
    with open_store(store_target) as store, store.engine.begin() as conn:
        conn.execute(text("DROP INDEX ix_people_country_page"))
        conn.execute(text("CREATE INDEX ix_people_old ON people (country)"))
    with open_store(store_target) as store, store.engine.connect() as conn:
        names = {i["name"] for i in inspect(conn).get_indexes("people")}
    assert names == {"ix_people_name", "ix_people_country_page"}
