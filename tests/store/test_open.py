"""open_store: where the store lives, migrations, and one-line errors for bad targets."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.dialects import postgresql
from sqlalchemy.schema import CreateIndex, CreateTable

from summitry.errors import StoreError
from summitry.store import migrations, open_store
from summitry.store.migrations import MIGRATIONS
from summitry.store.schema import metadata
from summitry.store.search import like_statement, query_terms
from tests.store.helpers import make_record, page_id, som_record


def versions(db: Path) -> list[int]:
    with sqlite3.connect(db) as conn:
        return [v for (v,) in conn.execute("SELECT version FROM schema_version ORDER BY version")]


def test_new_store_has_every_table_and_pragmas(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with open_store(db) as store, store.engine.connect() as conn:
        tables = set(conn.execute(text("SELECT name FROM sqlite_master")).scalars())
        assert conn.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar_one() == 1  # NORMAL
        assert conn.execute(text("PRAGMA page_size")).scalar_one() == 16384
    expected = {"schema_version", "documents", "meetings", "people", "mentions", "outcomes"}
    assert expected | {"amounts", "statements", "documents_fts"} <= tables
    assert {"meeting_refs", "entity_refs"} <= tables  # version 3: keys resolved at ingest
    assert {"facets", "corrections", "extractions"} <= tables  # version 2
    assert "document_urls" in tables  # version 18: the addresses pages were fetched from
    assert versions(db) == [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]
    assert len(MIGRATIONS) == 18


def test_version_3_fills_refs_of_records_stored_before(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with open_store(db) as store:
        store.add(page_id("a"), "a.txt", som_record())
    with sqlite3.connect(db) as raw:  # back to a version-2 store holding one record
        raw.execute("DROP TABLE meeting_refs")
        raw.execute("DROP TABLE entity_refs")
        raw.execute("DELETE FROM schema_version WHERE version >= 3")
    with open_store(db) as store, store.engine.connect() as conn:
        keys = conn.execute(text("SELECT meeting_key FROM meeting_refs")).scalars().all()
        people = conn.execute(text("SELECT entity_id FROM entity_refs WHERE kind = 'person'"))
        assert keys == ["meeting:apec-senior-officials-meeting-1"]
        assert people.scalars().all() == ["person:seongmee-yoon"]
    assert versions(db) == [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]


def test_a_store_made_before_keeps_its_page_size(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    with sqlite3.connect(db) as raw:  # 4 KB pages, as stores made before this one have
        raw.execute("PRAGMA page_size = 4096")
        raw.execute("PRAGMA journal_mode = WAL")
    with open_store(db) as store, store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA page_size")).scalar_one() == 4096
        store.add(page_id("a"), "a.txt", make_record("Talks", "Trade talks."))
        assert [h.id for h in store.search("trade").hits] == [page_id("a")]


def test_reopening_does_not_rerun_migrations(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with open_store(db) as store:
        store.add(page_id("a"), "a.txt", make_record("Kept", "FTAAP"))
    with open_store(db) as store:
        assert store.count() == 1
    with open_store(str(db)) as store:
        assert [h.title for h in store.search("FTAAP").hits] == ["Kept"]
    assert versions(db) == list(range(1, len(MIGRATIONS) + 1))  # each applied once


def test_store_from_newer_version_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    open_store(db).close()
    with sqlite3.connect(db) as conn:
        newer = len(MIGRATIONS) + 1
        conn.execute(f"INSERT INTO schema_version VALUES ({newer}, '2030-01-01T00:00:00+00:00')")
    with pytest.raises(StoreError, match="newer summitry"):
        open_store(db)


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


def test_version_4_rebuilds_the_index_with_longer_prefixes(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with open_store(db) as store:
        store.add(page_id("a"), "a.txt", make_record("Ministerial talks", "ministerial"))
    with sqlite3.connect(db) as raw:  # back to the version-3 index: prefixes of 2 and 3
        raw.execute("DROP TABLE documents_fts")
        raw.execute(migrations._FTS_DDL[0])
        raw.execute("INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')")
        raw.execute("DELETE FROM schema_version WHERE version >= 4")
    with open_store(db) as store:
        assert [h.title for h in store.search("minis*").hits] == ["Ministerial talks"]
    with sqlite3.connect(db) as raw:
        ddl = raw.execute("SELECT sql FROM sqlite_master WHERE name = 'documents_fts'").fetchone()
    assert "prefix='2 3 4 5 6'" in ddl[0]
    assert versions(db) == [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]


def _as_version_4(db: Path) -> None:
    """The store as version 4 left it: no tags column, an index of title and body."""
    with sqlite3.connect(db) as raw:
        for trigger in ("documents_fts_ai", "documents_fts_ad", "documents_fts_au"):
            raw.execute(f"DROP TRIGGER {trigger}")
        raw.execute("DROP TABLE documents_fts")
        raw.execute("ALTER TABLE documents DROP COLUMN tags")
        raw.execute("DROP TABLE series_names")
        for ddl in migrations._FTS_DDL:
            raw.execute(ddl.replace("prefix='2 3'", "prefix='2 3 4 5 6'"))
        raw.execute("INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')")
        raw.execute("DELETE FROM schema_version WHERE version >= 5")


def test_version_5_puts_facet_tokens_in_the_index(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with open_store(db) as store:
        store.add(page_id("som"), "som.txt", som_record())  # an APEC meeting, KOR
    _as_version_4(db)
    with open_store(db) as store:
        assert [h.id for h in store.search("officials", forum="APEC").hits] == [page_id("som")]
        assert store.search("officials", forum="ASEAN").hits == []
        assert [h.id for h in store.search("officials", country="kor").hits] == [page_id("som")]
        store.add(page_id("b"), "b.txt", make_record("Officials", meetings=som_record().meetings))
        assert store.search("officials", forum="APEC").total == 2  # the new triggers index tags
    with sqlite3.connect(db) as raw:
        tags = raw.execute("SELECT tags FROM documents WHERE id = ?", (page_id("som"),)).fetchone()
        names = raw.execute("SELECT series, name FROM series_names").fetchall()
    assert {"zzforumapec", "zzcountrykor", "zzyear2021"} <= set(tags[0].split())
    assert names == [("apec-senior-officials-meeting", "APEC Senior Officials' Meeting")]
    assert versions(db) == [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]


def _som_store(tmp_path: Path) -> Path:
    db = tmp_path / "s.db"
    with open_store(db) as store:
        store.add(page_id("som"), "som.txt", som_record())
    return db


def _reopened_as_of(db: Path, version: int, *undo: str) -> None:
    """Undo what the later versions made (`undo`), forget them, and open: they run again."""
    with sqlite3.connect(db) as raw:
        for statement in undo:
            raw.execute(statement)
        raw.execute("DELETE FROM schema_version WHERE version > ?", (version,))
    open_store(db).close()
    assert versions(db) == list(range(1, len(MIGRATIONS) + 1))


def _plan(db: Path, query: str) -> str:
    with sqlite3.connect(db) as raw:
        return " ".join(row[-1] for row in raw.execute("EXPLAIN QUERY PLAN " + query))


def test_version_6_counts_reported_meetings_by_index(tmp_path: Path) -> None:
    db = _som_store(tmp_path)
    _reopened_as_of(db, 5, "DROP INDEX ix_meeting_refs_role_key")
    count = "SELECT count(DISTINCT meeting_key) FROM meeting_refs WHERE role = 'main'"
    with sqlite3.connect(db) as raw:
        assert raw.execute(count).fetchone() == (1,)
    assert "COVERING INDEX ix_meeting_refs_role_key" in _plan(db, count)


def test_version_7_counts_facets_from_one_short_row_per_page(tmp_path: Path) -> None:
    db = _som_store(tmp_path)
    with open_store(db) as store:
        before = store.search("officials").facets
    _reopened_as_of(db, 6, "DROP TABLE facet_sets", "DROP TABLE facet_pairs")
    with open_store(db) as store:
        assert store.search("officials").facets == before
        assert before["forum"] == [("APEC", 1)]
    with sqlite3.connect(db) as raw:
        (ids,) = raw.execute("SELECT ids FROM facet_sets").fetchone()
        named = raw.execute("SELECT count(*) FROM facet_pairs").fetchone()[0]
        pairs = raw.execute("SELECT count(*) FROM facets").fetchone()[0]
    assert len(ids.split()) == named == pairs > 0  # one id per value of the one page


def test_version_9_dates_and_titles_pages_from_a_covering_index(tmp_path: Path) -> None:
    db = _som_store(tmp_path)
    heads = "SELECT id, title, published FROM documents WHERE id IN ('a', 'b')"
    joined = (
        "SELECT d.title, d.publisher FROM meeting_refs r JOIN documents d ON d.id = "
        "r.document_id WHERE r.meeting_key = 'k'"
    )
    for query in (heads, joined):
        assert "COVERING INDEX ix_documents_head" in _plan(db, query)
    with sqlite3.connect(db) as raw:
        assert raw.execute(heads.replace("'a'", f"'{page_id('som')}'")).fetchone()[1]
    _reopened_as_of(db, 8, "DROP INDEX ix_documents_head")
    with sqlite3.connect(db) as raw:
        stats = raw.execute("SELECT stat FROM sqlite_stat1 WHERE idx = 'ix_documents_head'")
        assert stats.fetchall() == [("1000000 1 1 1 1",)]  # once, not twice


def test_version_10_finds_a_meetings_rows_from_the_key_index_alone(tmp_path: Path) -> None:
    db = _som_store(tmp_path)
    old = "CREATE INDEX ix_meeting_refs_key ON meeting_refs (meeting_key)"
    _reopened_as_of(db, 9, "DROP INDEX ix_meeting_refs_key_rows", old)
    rows = "SELECT document_id, idx, series FROM meeting_refs WHERE meeting_key = 'k'"
    assert "COVERING INDEX ix_meeting_refs_key_rows" in _plan(db, rows)
    with sqlite3.connect(db) as raw:
        names = {n for (n,) in raw.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert "ix_meeting_refs_key" not in names  # replaced, not kept beside it


def test_version_11_keeps_each_pages_first_main_meeting(tmp_path: Path) -> None:
    db = _som_store(tmp_path)
    query = "SELECT document_id, idx, name, ordinal, start, meeting_key FROM main_meetings"
    with sqlite3.connect(db) as raw:
        made = raw.execute(query).fetchall()
    _reopened_as_of(db, 10, "DROP TABLE main_meetings")
    with sqlite3.connect(db) as raw:
        assert raw.execute(query).fetchall() == made
    som = som_record().meetings[0]
    assert made == [
        (page_id("som"), 0, som.name, 1, "2021-03-10", "meeting:apec-senior-officials-meeting-1")
    ]


def test_version_12_reads_a_family_names_people_from_the_word_indexes(tmp_path: Path) -> None:
    db = _som_store(tmp_path)
    _reopened_as_of(
        db,
        11,
        "DROP INDEX ix_entity_refs_first_word_names",
        "DROP INDEX ix_entity_refs_last_word_names",
        "CREATE INDEX ix_entity_refs_first_word ON entity_refs (first_word)",
        "CREATE INDEX ix_entity_refs_last_word ON entity_refs (last_word)",
    )
    for word in ("first_word", "last_word"):
        people = (
            "SELECT DISTINCT entity_id, title, country FROM entity_refs "
            f"WHERE {word} = 'yoon' AND kind = 'person'"
        )
        assert f"COVERING INDEX ix_entity_refs_{word}_names" in _plan(db, people)
    with sqlite3.connect(db) as raw:
        names = {n for (n,) in raw.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert not {"ix_entity_refs_first_word", "ix_entity_refs_last_word"} & names
    with open_store(db) as store, store.engine.connect() as conn:
        from summitry.query.person_ref import resolve_person

        found = resolve_person(conn, "Deputy Minister Yoon")
    assert found.id == "person:seongmee-yoon"


def test_version_13_drops_the_index_of_facets_by_seq(tmp_path: Path) -> None:
    db = _som_store(tmp_path)
    _reopened_as_of(db, 12, "CREATE INDEX ix_facets_seq ON facets (seq, name, value)")
    with sqlite3.connect(db) as raw:
        names = {n for (n,) in raw.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert "ix_facets_seq" not in names and "ix_facets_name_value_seq" in names
    with open_store(db) as store:
        assert store.search("officials", forum="APEC").facets["forum"] == [("APEC", 1)]


def test_version_14_rebuilds_the_index_without_positions(tmp_path: Path) -> None:
    db = _som_store(tmp_path)
    full = migrations._FTS_V5_DDL[0]  # versions 5 to 13: positions kept
    _reopened_as_of(
        db,
        13,
        "DROP TABLE documents_fts",
        full,
        "INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')",
    )
    with sqlite3.connect(db) as raw:
        ddl = raw.execute("SELECT sql FROM sqlite_master WHERE name = 'documents_fts'").fetchone()
    assert "detail=column" in ddl[0] and "detail" not in full
    with open_store(db) as store:
        assert [h.id for h in store.search("officials", forum="APEC").hits] == [page_id("som")]
        store.add(page_id("b"), "b.txt", make_record("ASEAN-ROK Officials", "Senior officials."))
        assert [h.id for h in store.search("asean-rok officials").hits] == [page_id("b")]
        assert store.search("officials").total == 2  # the triggers feed the new index


def test_version_15_finds_a_timeline_page_in_the_entity_index_alone(tmp_path: Path) -> None:
    db = _som_store(tmp_path)
    old = "CREATE INDEX ix_entity_refs_entity ON entity_refs (entity_id, date, document_id)"
    _reopened_as_of(db, 14, "DROP INDEX ix_entity_refs_entity_rows", old)
    page = (
        "SELECT document_id, source, idx, date FROM entity_refs WHERE entity_id = 'country:KOR' "
        "AND date IS NOT NULL ORDER BY date, document_id, source, idx LIMIT 50"
    )
    assert "COVERING INDEX ix_entity_refs_entity_rows" in _plan(db, page)
    assert "TEMP B-TREE" not in _plan(db, page)  # in index order: the LIMIT stops the read
    with sqlite3.connect(db) as raw:
        names = {n for (n,) in raw.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert "ix_entity_refs_entity" not in names


def test_version_16_keeps_each_meetings_rows_together_by_key(tmp_path: Path) -> None:
    from summitry import query

    db = _som_store(tmp_path)
    key = "meeting:apec-senior-officials-meeting-1"
    with open_store(db) as store:
        before = query.meeting(store, key)
    rows = (
        "SELECT meeting_key, document_id, idx, series, name, start, title, published "
        "FROM meetings_by_key"
    )
    with sqlite3.connect(db) as raw:
        made = raw.execute(rows).fetchall()
    _reopened_as_of(db, 15, "DROP TABLE meetings_by_key")
    with sqlite3.connect(db) as raw:
        assert raw.execute(rows).fetchall() == made
    som = som_record()
    assert made == [
        (
            key,
            page_id("som"),
            0,
            "apec-senior-officials-meeting",
            som.meetings[0].name,
            "2021-03-10",
            som.document.title,
            "2021-03-12",
        )
    ]
    lookup = f"SELECT * FROM meetings_by_key WHERE meeting_key = '{key}'"
    assert "USING PRIMARY KEY (meeting_key=?)" in _plan(db, lookup)
    with open_store(db) as store:
        assert query.meeting(store, key) == before
        # replacing the page deletes its row (cascade) before writing the new record's
        store.add(page_id("som"), "som.txt", make_record("No meeting", "Talks."), replace=True)
    with sqlite3.connect(db) as raw:
        assert raw.execute(rows).fetchall() == []


def test_version_17_dates_and_titles_pages_from_their_main_meeting_row(tmp_path: Path) -> None:
    from summitry.query.common import doc_infos

    db = tmp_path / "s.db"
    with open_store(db) as store:
        store.add(page_id("som"), "som.txt", som_record())
        store.add(page_id("bare"), "bare.txt", make_record("No meeting", "Talks.", "2020-01-02"))
        with store.engine.connect() as conn:
            before = doc_infos(conn, [page_id("som"), page_id("bare")])
    heads = "SELECT document_id, title, published FROM main_meetings"
    with sqlite3.connect(db) as raw:
        made = raw.execute(heads).fetchall()
    drop = "ALTER TABLE main_meetings DROP COLUMN"
    _reopened_as_of(db, 16, f"{drop} title", f"{drop} published")
    with sqlite3.connect(db) as raw:
        assert raw.execute(heads).fetchall() == made
    assert made == [(page_id("som"), som_record().document.title, "2021-03-12")]
    with open_store(db) as store, store.engine.connect() as conn:
        infos = doc_infos(conn, [page_id("som"), page_id("bare"), page_id("none")])
    assert infos == before and set(infos) == {page_id("som"), page_id("bare")}
    som, bare = infos[page_id("som")], infos[page_id("bare")]
    assert (som.title, som.published, som.date, som.date_source) == (
        som_record().document.title,
        "2021-03-12",
        "2021-03-10",
        "meeting",
    )
    assert (bare.title, bare.date, bare.date_source, bare.meeting) == (
        "No meeting",
        "2020-01-02",
        "published",
        None,
    )
