"""Making a new store from schema.py, and refusing one this summitry cannot read.

There is one baseline schema: a store made by an earlier summitry is rebuilt by ingesting
its pages into a new store (ingest is idempotent), not upgraded in place.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Connection, inspect, select

from summitry.errors import StoreError
from summitry.store.fill import REF_COLUMNS, fill_person_meetings, fill_ref_columns
from summitry.store.schema import (
    DERIVED_TABLES,
    FTS5_DDL,
    PG_FTS_DDL,
    builds,
    entity_refs,
    metadata,
    person_meetings,
)
from summitry.store.search import Mode
from summitry.store.sql_views import ensure_views
from summitry.store.versions import kb_version, resolve_version

__all__ = [
    "OLD_STORE",
    "SCHEMA",
    "add_missing",
    "has_fts",
    "open_schema",
    "search_mode",
    "stamp",
]

SCHEMA = 1  # the baseline; raised only where a table's shape changes
OLD_STORE = (
    "was made by an earlier summitry; ingest is idempotent, so ingest its pages into a "
    "new store to rebuild it"
)


def open_schema(conn: Connection) -> int:
    """Create the tables of an empty database, or check that a store has this schema;
    the caller holds the transaction. Returns the schema version."""
    tables = {t for t in inspect(conn).get_table_names() if not t.startswith("sqlite_")}
    if not tables:
        _create(conn)
        return SCHEMA
    if "builds" not in tables:
        if {"documents", "schema_version"} <= tables:
            raise StoreError(OLD_STORE)
        names = ", ".join(sorted(tables)[:3])
        raise StoreError(f"holds other tables ({names}), not a summitry store; choose another")
    version = conn.execute(select(builds.c.schema).where(builds.c.name == "documents")).scalar()
    if version is not None and version > SCHEMA:
        raise StoreError(
            f"was written by a newer summitry (schema {version}, this one knows "
            f"{SCHEMA}); upgrade summitry"
        )
    if version != SCHEMA:
        raise StoreError(OLD_STORE)
    add_missing(conn, tables)
    if person_meetings.name not in tables:
        fill_person_meetings(conn)
    _add_columns(conn, tables)
    _match_indexes(conn, tables)
    ensure_views(conn)
    return SCHEMA


def add_missing(conn: Connection, tables: set[str] | None = None) -> None:
    """Create the derived tables a store of this schema lacks (one made before a derived
    table was added) and the `builds` rows they lack, unstamped: stale until `summitry
    reindex` fills them. `tables`: the store's tables, where the caller has read them."""
    have = tables if tables is not None else set(inspect(conn).get_table_names())
    missing = [t for t in DERIVED_TABLES if t.name not in have]
    if missing:
        metadata.create_all(conn, tables=missing)
    elif tables is not None:
        return
    stamped = set(conn.execute(select(builds.c.name)).scalars())
    now = {"schema": SCHEMA, "built_at": "", "kb": None, "resolve": None}
    rows = [{"name": t.name} | now for t in DERIVED_TABLES if t.name not in stamped]
    if rows:
        conn.execute(builds.insert(), rows)


def _add_columns(conn: Connection, tables: set[str]) -> None:
    """Give a derived table the nullable columns schema.py declares and it lacks (a store
    made before they were added), unstamped: the queries read them as empty until
    `summitry reindex` fills them."""
    for table in DERIVED_TABLES:
        if table.name not in tables:
            continue
        have = {c["name"] for c in inspect(conn).get_columns(table.name)}
        missing = [c for c in table.columns if c.name not in have]
        if any(not c.nullable for c in missing):
            raise StoreError(OLD_STORE)
        for column in missing:
            kind = column.type.compile(conn.dialect)
            conn.exec_driver_sql(f"ALTER TABLE {table.name} ADD COLUMN {column.name} {kind}")
        if missing and {c.name for c in missing} <= REF_COLUMNS and table is entity_refs:
            fill_ref_columns(conn)
        elif missing:
            unstamped = {"kb": None, "resolve": None}
            conn.execute(builds.update().where(builds.c.name == table.name).values(unstamped))


def _match_indexes(conn: Connection, tables: set[str]) -> None:
    """Give the derived tables the indexes schema.py declares and they lack (a store made
    before an index was added, or reshaped under a new name), and drop the `ix_` indexes it
    no longer declares. Building one reads its whole table once (minutes at 10^6 pages)."""
    for table in DERIVED_TABLES:
        if table.name not in tables:
            continue
        have = {i["name"] for i in inspect(conn).get_indexes(table.name)}
        declared = {i.name for i in table.indexes}
        for index in sorted(table.indexes, key=lambda i: str(i.name)):
            if index.name not in have:
                index.create(conn)
        for name in sorted(n for n in have if n and n.startswith("ix_") and n not in declared):
            conn.exec_driver_sql(f"DROP INDEX {name}")


def _create(conn: Connection) -> None:
    """Every table and index of schema.py, the full-text index, the views and the stamps."""
    metadata.create_all(conn)
    if conn.dialect.name == "sqlite" and _sqlite_has_fts5(conn):
        for ddl in FTS5_DDL:
            conn.exec_driver_sql(ddl)
    elif conn.dialect.name == "postgresql":
        for ddl in PG_FTS_DDL:
            conn.exec_driver_sql(ddl)
    now = _now()
    conn.execute(
        builds.insert(),
        [{"name": t.name, "schema": SCHEMA, "built_at": now} for t in metadata.sorted_tables],
    )
    stamp(conn, [t.name for t in DERIVED_TABLES])
    ensure_views(conn)


def stamp(conn: Connection, names: list[str]) -> None:
    """Record that these derived tables were just built with this kb and resolve version."""
    values = {"kb": kb_version(), "resolve": resolve_version(), "built_at": _now()}
    conn.execute(builds.update().where(builds.c.name.in_(names)).values(**values))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _sqlite_has_fts5(conn: Connection) -> bool:
    """A SQLite built without FTS5 still gets a working store; search then uses LIKE."""
    options = conn.exec_driver_sql("PRAGMA compile_options").scalars().all()
    return "ENABLE_FTS5" in options


def has_fts(conn: Connection) -> bool:
    """Whether this store carries the SQLite FTS5 index (False on other dialects)."""
    return conn.dialect.name == "sqlite" and inspect(conn).has_table("documents_fts")


def search_mode(conn: Connection) -> Mode:
    """How this store's search runs: FTS5 on SQLite, tsvector on PostgreSQL, else LIKE."""
    if has_fts(conn):
        return "fts5"
    return "tsvector" if conn.dialect.name == "postgresql" else "like"
