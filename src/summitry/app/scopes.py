"""The scope of what a view reads and the store's version of it, for cached views and ETags
(summitry.app.version keeps the versions; this module reads the store for them)."""

from __future__ import annotations

import hashlib
import re

from sqlalchemy import func, select

from summitry.app import version as versions
from summitry.store import Store
from summitry.store.schema import builds, corrections, documents, meetings

__all__ = [
    "changed_scopes",
    "document_scope",
    "fingerprint",
    "meeting_scope",
    "state",
    "store_mark",
    "version",
    "written",
]

_FULL_ID = re.compile(r"[0-9a-f]{64}")


def store_mark(store: Store) -> versions.Mark:
    """(documents, last seq, corrections, last correction id, last rebuild): changes with
    every add, replace or removal of a document or correction, and with every reindex."""
    # Every add or replace draws a new, higher seq; both read the seq index only.
    stmt = select(func.count(documents.c.seq), func.max(documents.c.seq))
    fixes = select(func.count(corrections.c.id), func.max(corrections.c.id))
    with store.engine.connect() as conn:
        count, seq = conn.execute(stmt).one()
        fixed, last = conn.execute(fixes).one()  # a correction changes views too
        built = conn.execute(select(func.max(builds.c.built_at))).scalar()  # so does reindex
    return count, seq or 0, fixed, last or 0, built or ""


def changed_scopes(store: Store, after: int, upto: int) -> tuple[int, set[str]]:
    """How many documents have a seq in (after, upto], and the scopes they change beyond
    "documents": the series of the meetings they name."""
    in_range = (documents.c.seq > after, documents.c.seq <= upto)
    series = (
        select(meetings.c.series)
        .distinct()
        .join(documents, documents.c.id == meetings.c.document_id)
        .where(*in_range)
    )
    with store.engine.connect() as conn:
        count = conn.execute(select(func.count()).where(*in_range)).scalar_one()
        names = {f"series:{name}" for name in conn.execute(series).scalars() if name}
    return count, names


def fingerprint(store: Store) -> str:
    """A short hash of store_mark(store): changes whenever a document or correction does."""
    return hashlib.sha1(f"{store.url}|{store_mark(store)}".encode()).hexdigest()[:16]


def state(store: Store) -> versions.State:
    """The store's versions, read again at most every VERSION_TTL seconds."""
    return versions.current(store, store_mark, changed_scopes)


def version(store: Store, scope: str = versions.DOCUMENTS) -> str:
    """The version of what views of `scope` read, recorded for the request's ETag."""
    seen = state(store).version(scope)
    versions.record(scope, seen)
    return seen


def written(store: Store) -> None:
    """Something was written through this process: views and ETags look again at once."""
    versions.forget(store)


def meeting_scope(store: Store, mid: str) -> str:
    """A meeting id's view reads only pages naming meetings of its series; a name query or
    an unknown id may match any page."""
    if not mid.startswith("meeting:"):
        return versions.DOCUMENTS
    stmt = select(meetings.c.series).where(meetings.c.meeting_key == mid).distinct()
    with store.engine.connect() as conn:
        names = list(conn.execute(stmt.limit(2)).scalars())
    return f"series:{names[0]}" if len(names) == 1 and names[0] else versions.DOCUMENTS


def document_scope(doc_id: str) -> str:
    """A whole id names one page, which changes only with an epoch; a prefix may come to
    match a new page."""
    return f"document:{doc_id}" if _FULL_ID.fullmatch(doc_id) else versions.DOCUMENTS
