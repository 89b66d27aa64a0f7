"""What a batch of pages written in one transaction shares: the rows inserted straight through
the SQLite driver, and what is asked of the store once per batch instead of once per page.

Ingest writes about 140 rows a page (80 of them entity_refs); SQLAlchemy's per-row parameter
handling cost about as much as SQLite's own insert, so on SQLite the rows go to the driver's
executemany as tuples (exec_driver_sql: the same events and errors as any statement), with
the statement SQLAlchemy would send (same columns, same values).
PostgreSQL keeps SQLAlchemy's executemany, which batches them already.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, bindparam, select
from sqlalchemy.dialects import sqlite

from summitry.store.ids import stored_among
from summitry.store.schema import corrections, documents

__all__ = ["BULK_CACHE_KIB", "Batch", "begin_batch", "insert_document_row", "insert_many"]

# SQLite's page cache for a connection that writes batches (64 MiB, against 2 MiB by
# default): the indexes of entity_refs and the full-text index take a page each per row,
# and a cache that holds their working set saves re-reading them on every batch.
BULK_CACHE_KIB = 64 * 1024
_QUOTE = sqlite.dialect().identifier_preparer.quote
_CHUNK = 500  # ids an IN list asks about
_TARGETS = select(corrections.c.target).where(
    corrections.c.target.in_(bindparam("ids", expanding=True))
)


@dataclass(slots=True)
class Batch:
    """The ids stored (before the batch and written in it) and those with corrections."""

    stored: set[str] = field(default_factory=set)
    corrected: set[str] = field(default_factory=set)


def begin_batch(conn: Connection, doc_ids: Iterable[str]) -> Batch | None:
    """On SQLite, whose write lock the batch holds from its start, ask once which of its
    ids are stored and which carry corrections, and give the connection BULK_CACHE_KIB of
    page cache. None elsewhere: other writers may commit pages while the batch runs, so
    each page is asked about as it is written."""
    if conn.dialect.name != "sqlite":
        return None
    ids = sorted(set(doc_ids))
    conn.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    batch = Batch(stored=stored_among(conn, ids))
    for at in range(0, len(ids), _CHUNK):
        batch.corrected.update(conn.execute(_TARGETS, {"ids": ids[at : at + _CHUNK]}).scalars())
    return batch


def insert_many(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert dict rows that share their keys (those of the first row are the columns)."""
    if not rows:
        return
    if conn.dialect.name != "sqlite":
        conn.execute(table.insert(), rows if len(rows) > 1 else rows[0])
        return
    names = tuple(rows[0])
    conn.exec_driver_sql(_insert_sql(table.name, names), list(map(_getter(names), rows)))


def insert_document_row(conn: Connection, row: dict[str, Any]) -> int:
    """Insert a documents row (without seq) and return its seq, as the same statement gives
    it: on SQLite max + 1 under the write lock, on PostgreSQL drawn from IDENTITY."""
    if conn.dialect.name != "sqlite":
        return int(conn.execute(documents.insert().returning(documents.c.seq), row).scalar_one())
    names = tuple(row)
    return int(conn.exec_driver_sql(_document_sql(names), _getter(names)(row)).scalar_one())


@lru_cache(maxsize=64)
def _getter(names: tuple[str, ...]) -> Any:
    """A row's values in `names` order, always as a tuple."""
    get = itemgetter(*names)
    return get if len(names) > 1 else lambda row: (get(row),)


def _columns(names: tuple[str, ...]) -> str:
    """Column names as SQLAlchemy writes them on SQLite (keywords such as "end" quoted)."""
    return ", ".join(_QUOTE(n) for n in names)


@lru_cache(maxsize=64)
def _insert_sql(table: str, names: tuple[str, ...]) -> str:
    return f"INSERT INTO {table} ({_columns(names)}) VALUES ({', '.join('?' * len(names))})"


@lru_cache(maxsize=8)
def _document_sql(names: tuple[str, ...]) -> str:
    seq = f"(SELECT coalesce(max(seq), 0) + 1 FROM {documents.name})"
    values = ", ".join(["?"] * len(names) + [seq])
    columns = _columns((*names, "seq"))
    return f"INSERT INTO {documents.name} ({columns}) VALUES ({values}) RETURNING seq"
