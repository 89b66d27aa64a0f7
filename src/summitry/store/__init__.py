"""The store: extraction records in SQLite (default) or PostgreSQL, one transaction per page.

SQLAlchemy Core only, so the same queries serve both; on SQLite an FTS5 index ranks search.
"""

from __future__ import annotations

import builtins
import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Literal

from sqlalchemy import Connection, Engine, bindparam, func, select
from sqlalchemy.exc import DBAPIError

from summitry.errors import StoreError
from summitry.record import Record
from summitry.store.baseline import open_schema, search_mode
from summitry.store.bulk import Batch, begin_batch
from summitry.store.connect import build_engine, describe_failure, resolve_target
from summitry.store.correct_store import remove_correction, save_correction
from summitry.store.corrections import (
    Correction,
    CorrectionError,
    EntityCorrections,
    entity_corrections,
    stored_corrections,
)
from summitry.store.documents import DocumentSummary, StoredDocument, StoredUrl
from summitry.store.facets import FACETS
from summitry.store.filters import Filters, seq_conditions
from summitry.store.ids import exists, stored_among
from summitry.store.meeting_dates import page_keys, place_again
from summitry.store.reindex import rebuild, stale_tables
from summitry.store.rows import (
    PageRows,
    document_row,
    document_summaries,
    read_document,
    tables_of,
)
from summitry.store.schema import documents
from summitry.store.search import Mode, SearchHit, SearchResult, parse_query, run_search
from summitry.store.urls import add_urls, stored_urls, with_first_url
from summitry.store.write import (
    Pending,
    before_urls,
    corrected,
    insert_rows,
    write_page,
    write_pending,
)

__all__ = [
    "FACETS",
    "AddResult",
    "Correction",
    "CorrectionError",
    "DocumentSummary",
    "EntityCorrections",
    "SearchHit",
    "SearchResult",
    "Store",
    "StoredDocument",
    "StoredUrl",
    "document_id",
    "open_store",
]

AddResult = Literal["new", "unchanged", "replaced"]
# Built once: add() runs thousands of times per ingest and statement building shows up.
_DELETE = documents.delete().where(documents.c.id == bindparam("doc_id"))


def document_id(raw: bytes) -> str:
    """A page's id: the sha256 hex of its raw bytes (the first 16 characters suit display)."""
    return hashlib.sha256(raw).hexdigest()


class Store:
    """Records keyed by page hash; reads open a connection each, every write is one transaction."""

    def __init__(self, engine: Engine, url: str, *, label: str, mode: Mode) -> None:
        self._engine = engine
        self.url = url
        self._label = label
        self.search_mode = mode

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, for query modules that read the tables of schema.py."""
        return self._engine

    def __repr__(self) -> str:
        return f"Store({self.url!r})"

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        try:
            with self._engine.connect() as conn:
                yield conn
        except DBAPIError as exc:
            raise describe_failure(self._label, exc) from exc

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """One transaction that holds SQLite's write lock from its start (BEGIN IMMEDIATE)."""
        try:
            with self._engine.connect() as conn:
                conn.execution_options(sqlite_begin="IMMEDIATE")
                with conn.begin():
                    yield conn
        except DBAPIError as exc:
            raise describe_failure(self._label, exc) from exc

    def add(
        self,
        doc_id: str,
        source: str,
        record: Record,
        *,
        replace: bool = False,
        fetched: str | None = None,
    ) -> AddResult:
        """Store one page's record in ONE transaction. Returns "new", "unchanged" or "replaced".

        "unchanged": the id is already stored and replace is False; nothing is written.
        `record.document.url`, fetched at `fetched`, joins the page's addresses; a replaced
        page keeps the addresses it had.
        """
        self._check_id(doc_id)
        if not replace and self.has(doc_id):
            return "unchanged"
        with self._write() as conn:
            return self._add_in(conn, doc_id, source, record, replace, fetched)

    def add_many(
        self,
        pages: list[tuple[str, str, Record, str | None, PageRows | None]],
        *,
        replace: bool = False,
    ) -> list[AddResult]:
        """Store (id, source, record, fetched, rows) of several pages in ONE transaction, each
        as add() does; what each became. A page "unchanged" gets its record's URL added.
        `rows`, when given, are the page's rows.page_rows, used unless corrections apply.

        Ingest writes its pages in such batches: a commit costs about as much as a page's
        rows, and a crash still leaves every page whole or absent."""
        for doc_id, *_ in pages:
            self._check_id(doc_id)
        results: list[AddResult] = []
        later: Pending = {}  # the batch's rows that nothing reads before it ends
        with self._write() as conn:
            batch = begin_batch(conn, (doc_id for doc_id, *_ in pages))
            for doc_id, source, record, fetched, rows in pages:
                result = self._add_in(
                    conn, doc_id, source, record, replace, fetched, rows, later, batch
                )
                if result == "unchanged" and record.document.url:
                    before_urls(conn, later)
                    add_urls(conn, doc_id, [{"url": record.document.url, "fetched": fetched}])
                results.append(result)
            write_pending(conn, later)
        return results

    def _check_id(self, doc_id: str) -> None:
        if not doc_id or not isinstance(doc_id, str):
            raise StoreError(f"{self._label}: a document needs a non-empty id")

    def _add_in(
        self,
        conn: Connection,
        doc_id: str,
        source: str,
        record: Record,
        replace: bool,
        fetched: str | None,
        rows: PageRows | None = None,
        later: Pending | None = None,
        batch: Batch | None = None,
    ) -> AddResult:
        """add() within the caller's transaction (rows of the page's own tables into `later`
        when given and no correction applies; `batch`: what add_many asked of the store)."""
        existed = doc_id in batch.stored if batch is not None else exists(conn, doc_id)
        if existed and not replace:
            return "unchanged"
        if existed and later:
            write_pending(conn, later)  # the batch's rows of this page go before it is replaced
        kept = stored_urls(conn, doc_id) if existed else []
        placed = page_keys(conn, doc_id) if existed else []
        if existed:
            conn.execute(_DELETE, {"doc_id": doc_id})
        given = record
        record = with_first_url(record, kept)
        stored, changed = (record, False)
        if batch is None or doc_id in batch.corrected:
            stored, changed = corrected(conn, doc_id, record)
        if batch is not None:
            batch.stored.add(doc_id)
        if rows is not None and not changed and record is given:
            seq = write_page(conn, rows[0], later)
            insert_rows(conn, doc_id, seq, stored, None, tables_of(rows[1]), later)
        else:
            seq = write_page(conn, document_row(doc_id, source, stored))
            insert_rows(conn, doc_id, seq, stored, record if changed else None)
        urls = [*(u.to_dict() for u in kept), {"url": record.document.url, "fetched": fetched}]
        if any(u["url"] for u in urls):
            before_urls(conn, later)
            add_urls(conn, doc_id, urls)
        place_again(conn, placed)
        return "replaced" if existed else "new"

    def add_url(self, doc_id: str, url: str, fetched: str | None = None) -> bool:
        """Add an address of a stored page (the same content met at another URL); True
        when it is new to the page, False when held already or the page is not stored."""
        with self._write() as conn:
            return (
                exists(conn, doc_id)
                and add_urls(conn, doc_id, [{"url": url, "fetched": fetched}]) > 0
            )

    def has(self, doc_id: str) -> bool:
        """Whether this exact id is stored."""
        with self._read() as conn:
            return exists(conn, doc_id)

    def stored(self, doc_ids: Iterable[str]) -> set[str]:
        """Which of these exact ids are stored (has() for many ids, in one read)."""
        with self._read() as conn:
            return stored_among(conn, sorted(set(doc_ids)))

    def get(self, doc_id: str) -> StoredDocument | None:
        """A document by full id or unique hex prefix (>= 6 chars), its record as a dict.

        Raises StoreError when a prefix matches several documents.
        """
        with self._read() as conn:
            return read_document(conn, doc_id.strip(), self._label)

    def list(self, limit: int = 50, offset: int = 0) -> builtins.list[DocumentSummary]:
        """Documents without body or record: newest published first, undated last."""
        with self._read() as conn:
            return document_summaries(conn, max(0, limit), max(0, offset))

    def count(self) -> int:
        """How many documents are stored."""
        with self._read() as conn:
            return conn.execute(select(func.count()).select_from(documents)).scalar_one()

    def search(
        self,
        query: str,
        limit: int = 10,
        *,
        forum: str | Sequence[str] | None = None,
        level: str | Sequence[str] | None = None,
        year: int | str | Sequence[int | str] | None = None,
        country: str | Sequence[str] | None = None,
        publisher: str | Sequence[str] | None = None,
        site: str | Sequence[str] | None = None,
        series: str | Sequence[str] | None = None,
        actor: str | Sequence[str] | None = None,
        since: str | None = None,
        until: str | None = None,
        sort: str = "relevance",
        facets: bool = True,
        snippets: bool = True,
    ) -> SearchResult:
        """Documents matching `query` and every facet value given, best first (sort 'date':
        oldest published first, '-date': newest first).

        The query takes words (all must match), OR between two words, -word or NOT word to
        leave pages out, and "quoted phrases" (search_syntax). Any string is safe to pass.
        `.facets` holds, per facet, (value, documents) over the ranked matches (skipped when
        facets=False); see SearchResult for very common words. snippets=False leaves the
        hits' snippets empty, for callers that only want the ids. A list of values of a
        facet (years 2022 and 2023) keeps the documents with any of them; `series` keeps
        pages naming a meeting of the series, `actor` those where it speaks or a person of it
        is named, since/until bound the published date.
        """
        parsed = parse_query(query or "")
        if not parsed.searchable():
            return SearchResult()
        chosen = {
            "forum": forum,
            "level": level,
            "year": year,
            "country": country,
            "publisher": publisher,
            "site": site,
        }
        narrowed = Filters.of(series=series, actor=actor, since=since, until=until)
        with self._read() as conn:
            return run_search(
                conn,
                self.search_mode,
                parsed,
                max(0, limit),
                chosen,
                facets,
                snippets,
                narrow=lambda seq: seq_conditions(narrowed, seq),
                sort=sort,
            )

    def correct(self, correction: Correction) -> Correction:
        """Store a correction (a document target is checked and applied at once); returns it.

        The same change stored before is returned as is; a set or clear of a field replaces
        the earlier set or clear of that field.
        """
        with self._write() as conn:
            return save_correction(conn, correction, self._label)[0]

    def import_corrections(
        self, numbered: builtins.list[tuple[int, Correction]]
    ) -> tuple[int, int]:
        """Store (line number, correction) pairs in ONE transaction: all or, on error, none.

        Returns (added, already stored); a bad one raises CorrectionError naming its line.
        """
        added = 0
        with self._write() as conn:
            for number, correction in numbered:
                try:
                    added += save_correction(conn, correction, self._label)[1]
                except CorrectionError as exc:
                    raise CorrectionError(f"line {number}: {exc} (nothing imported)") from None
        return added, len(numbered) - added

    def corrections(self) -> builtins.list[Correction]:
        """Every stored correction, oldest first."""
        with self._read() as conn:
            return stored_corrections(conn)

    def entity_corrections(self) -> EntityCorrections:
        """Merges, splits and field corrections of entities (see corrections.entity_corrections)."""
        with self._read() as conn:
            return entity_corrections(conn)

    def uncorrect(self, correction_id: int) -> Correction:
        """Remove a correction; a document's stored record goes back to what remains applied."""
        with self._write() as conn:
            return remove_correction(conn, correction_id)

    def stale_tables(self) -> builtins.list[str]:
        """The derived tables built with another kb or resolve version (reindex rebuilds)."""
        with self._read() as conn:
            return stale_tables(conn)

    def reindex(self, progress: Callable[[int], None] | None = None) -> int:
        """Rebuild every derived table from the stored records, a transaction per batch of
        pages (reindex.rebuild); returns the pages read. `progress` is called with the
        pages done after each batch."""
        with self._read() as conn:
            conn.execution_options(sqlite_begin="IMMEDIATE")
            return rebuild(conn, progress)

    def close(self) -> None:
        """Release every pooled connection; the Store is unusable afterwards."""
        self._engine.dispose()


def open_store(target: str | Path | None = None) -> Store:
    """Open the store at `target`, creating its tables where the database is empty.

    None -> $SUMMITRY_DB or ./summitry.db; a path -> SQLite file; "scheme://..." -> that URL.
    """
    url, label = resolve_target(target)
    engine = build_engine(url, label)
    try:
        with engine.connect() as conn:
            conn.execution_options(sqlite_begin="IMMEDIATE")
            with conn.begin():
                open_schema(conn)
                mode = search_mode(conn)
    except StoreError as exc:
        engine.dispose()
        raise StoreError(f"{label}: {exc}") from None
    except DBAPIError as exc:
        engine.dispose()
        raise describe_failure(label, exc) from None
    shown = url.render_as_string(hide_password=True)
    return Store(engine, shown, label=label, mode=mode)
