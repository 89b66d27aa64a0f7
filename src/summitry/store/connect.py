"""Where a store lives and how to connect to it: target -> URL, engine, one-line errors."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from summitry.errors import StoreError

__all__ = [
    "DEFAULT_DB",
    "ENV_VAR",
    "PG_DRIVER",
    "build_engine",
    "describe_failure",
    "resolve_target",
]

ENV_VAR = "SUMMITRY_DB"
DEFAULT_DB = "summitry.db"
PG_DRIVER = "postgresql+psycopg"
PG_HINT = "pip install 'summitry[postgres]'"
# 16 KB pages: reading a word's long list in the full-text index, or a range of an index,
# takes a quarter of the reads of SQLite's default 4 KB (cold at 1M: see docs/benchmarks.md)
PAGE_SIZE = 16384
# The served API runs its reads in AnyIO's worker threads (40 by default): one connection
# each, so no thread waits for a connection another thread holds while it waits for the GIL.
POOL_SIZE = 40
_BEGIN_MODES = {"DEFERRED", "IMMEDIATE", "EXCLUSIVE"}
_NO_SERVER = (
    "connection refused",
    "could not connect",
    "connection failed",
    "authentication failed",
    "no password supplied",
    "could not translate host",
    "name or service not known",
    "timeout expired",
    "server closed the connection",
)


def resolve_target(target: str | Path | None) -> tuple[URL, str]:
    """None -> $SUMMITRY_DB or ./summitry.db; "x://..." -> that URL; else a SQLite file path.

    Returns the URL and the label to name the store by in messages.
    """
    if target is None:
        target = os.environ.get(ENV_VAR) or DEFAULT_DB
    if isinstance(target, str) and "://" in target:
        try:
            url = make_url(target)
        except ArgumentError as exc:
            raise StoreError(f"{target}: not a database URL ({exc})") from None
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername=PG_DRIVER)  # psycopg 3, not SQLAlchemy's psycopg2 default
        label = url.render_as_string(hide_password=True)
        return url, url.database if url.get_backend_name() == "sqlite" and url.database else label
    path = Path(target).expanduser()
    if path.is_dir():
        raise StoreError(f"{path}: is a folder; give a file path such as {path / DEFAULT_DB}")
    if not path.parent.is_dir():
        raise StoreError(f"{path}: folder {path.parent} does not exist; create it first")
    return URL.create("sqlite", database=str(path)), str(path)


def build_engine(url: URL, label: str) -> Engine:
    """An engine for the URL; on SQLite with WAL, foreign keys and explicit BEGIN modes."""
    try:
        pool = {"pool_size": POOL_SIZE} if url.get_backend_name() == "sqlite" else {}
        engine = create_engine(url, pool_pre_ping=url.get_backend_name() == "postgresql", **pool)
    except ImportError as exc:
        hint = f"; {PG_HINT}" if url.get_backend_name() == "postgresql" else ""
        raise StoreError(f"{label}: database driver missing ({exc}){hint}") from None
    except ArgumentError as exc:
        raise StoreError(f"{label}: cannot use this database URL ({exc})") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
    return engine


def _sqlite_on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    """Pragmas per connection; pysqlite's own BEGIN handling off so ours applies.

    A new store gets PAGE_SIZE pages (set before WAL, which fixes it); an existing store
    keeps the page size it was made with until it is rewritten (see docs/benchmarks.md)."""
    dbapi_conn.isolation_level = None
    cursor = dbapi_conn.cursor()
    try:
        cursor.execute("PRAGMA busy_timeout = 30000")
        cursor.execute(f"PRAGMA page_size = {PAGE_SIZE}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA synchronous = NORMAL")
    finally:
        cursor.close()


def _sqlite_on_begin(conn: Any) -> None:
    """BEGIN, or BEGIN IMMEDIATE for writers so that parallel ingest waits instead of failing."""
    mode = str(conn.get_execution_options().get("sqlite_begin", "DEFERRED")).upper()
    conn.exec_driver_sql(f"BEGIN {mode if mode in _BEGIN_MODES else 'DEFERRED'}")


def describe_failure(label: str, exc: DBAPIError) -> StoreError:
    """One line that names the store and says what to do."""
    why = " ".join(str(exc.orig).split())
    low = why.lower()
    if "not a database" in low or "malformed" in low:
        return StoreError(f"{label}: not a summitry database ({why}); choose another file")
    if any(word in low for word in ("readonly", "read-only", "unable to open", "permission")):
        return StoreError(f"{label}: cannot be written ({why}); check file and folder permissions")
    if any(word in low for word in _NO_SERVER):
        return StoreError(
            f"{label}: cannot connect ({why}); check that the server runs and the URL's host, "
            "port, user, password and database name"
        )
    if "locked" in low or "busy" in low:
        return StoreError(f"{label}: busy in another process ({why}); try again when it is done")
    return StoreError(f"{label}: database error ({why})")
