"""`summitry reindex` through the CLI: rebuilt tables, stale ones noted, one-line errors."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.conftest import invoke

PAGES = Path(__file__).resolve().parents[1] / "examples" / "pages"


def test_reindex_rebuilds_what_ingest_wrote(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    pages = sorted(str(p) for p in PAGES.glob("*.txt"))[:3]
    assert invoke("ingest", *pages, "--db", db).returncode == 0
    before = invoke("meetings", "--db", db, "--json").stdout
    done = invoke("reindex", "--db", db)
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().strip() == "reindexed 3 pages"
    assert done.stderr == b""
    assert invoke("meetings", "--db", db, "--json").stdout == before
    again = invoke("reindex", "--db", db, "--only-stale")
    assert again.stdout.decode().strip() == "every derived table is up to date"


def test_stale_tables_are_noted_by_commands_and_rebuilt(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    page = sorted(str(p) for p in PAGES.glob("*.txt"))[0]
    assert invoke("ingest", page, "--db", db).returncode == 0
    with sqlite3.connect(db) as conn:  # as if built with an earlier kb
        conn.execute("UPDATE builds SET kb = 'earlier' WHERE name = 'meetings'")
    listed = invoke("list", "--db", db)
    assert listed.returncode == 0
    assert listed.stderr.decode().strip() == (
        "note: derived tables were built with another kb or resolve version; "
        "`summitry reindex` rebuilds them"
    )
    done = invoke("reindex", "--db", db, "--only-stale")
    assert done.stdout.decode().strip() == "reindexed 1 pages (1 were stale)"
    assert invoke("list", "--db", db).stderr == b""


def test_an_old_store_or_none_is_one_line(tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    with sqlite3.connect(old) as conn:
        conn.execute("CREATE TABLE schema_version (version INTEGER, applied_at TEXT)")
        conn.execute("CREATE TABLE documents (id TEXT PRIMARY KEY)")
    done = invoke("reindex", "--db", str(old))
    assert done.returncode == 1
    assert done.stderr.decode() == (
        f"error: {old}: was made by an earlier summitry; ingest is idempotent, so ingest its "
        "pages into a new store to rebuild it\n"
    )
    missing = invoke("reindex", "--db", str(tmp_path / "none.db"))
    assert missing.returncode == 1
    assert "no store at" in missing.stderr.decode()
