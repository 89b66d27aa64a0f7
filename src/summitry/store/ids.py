"""Document ids: existence checks and unique hex prefixes resolved to full ids."""

from __future__ import annotations

import re

from sqlalchemy import Connection, bindparam, select

from summitry.errors import StoreError
from summitry.store.schema import documents

__all__ = [
    "FULL_ID",
    "HEX_PREFIX",
    "MIN_PREFIX",
    "exists",
    "find_document",
    "resolve_prefix",
    "stored_among",
]

MIN_PREFIX = 6
HEX_PREFIX = re.compile(rf"[0-9a-fA-F]{{{MIN_PREFIX},63}}")
FULL_ID = re.compile(r"[0-9a-f]{64}")
# Built once: add() runs thousands of times per ingest and statement building shows up.
_EXISTS = select(documents.c.id).where(documents.c.id == bindparam("doc_id"))
_AMONG = select(documents.c.id).where(documents.c.id.in_(bindparam("ids", expanding=True)))
AMONG_CHUNK = 500  # ids a query asks about (SQLite allows 32,766 parameters)


def exists(conn: Connection, doc_id: str) -> bool:
    """Whether this exact id is stored."""
    return conn.execute(_EXISTS, {"doc_id": doc_id}).first() is not None


def stored_among(conn: Connection, doc_ids: list[str]) -> set[str]:
    """Which of these exact ids are stored, a query per AMONG_CHUNK of them."""
    found: set[str] = set()
    for at in range(0, len(doc_ids), AMONG_CHUNK):
        found.update(conn.execute(_AMONG, {"ids": doc_ids[at : at + AMONG_CHUNK]}).scalars())
    return found


def resolve_prefix(conn: Connection, prefix: str, label: str) -> str | None:
    """The one id starting with `prefix` (an index range scan), None if none."""
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    stmt = (
        select(documents.c.id)
        .where(documents.c.id >= prefix, documents.c.id < upper)
        .order_by(documents.c.id)
        .limit(2)
    )
    found = [i for i in conn.execute(stmt).scalars() if i.startswith(prefix)]
    if len(found) > 1:
        raise StoreError(f"{label}: id prefix {prefix} matches several documents; give more of it")
    return found[0] if found else None


def find_document(conn: Connection, ref: str, label: str) -> str | None:
    """A stored document's full id from its id or a unique hex prefix (>= 6 chars)."""
    ref = ref.strip()
    if exists(conn, ref):
        return ref
    return resolve_prefix(conn, ref.lower(), label) if HEX_PREFIX.fullmatch(ref) else None
