"""Run the stages over inputs: read -> clean -> extract -> (store). One report per run."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from summitry.archives import archive_kind, archive_pages
from summitry.budget import DEFAULT_PAGE_TIMEOUT, PageTimeout, time_limit, timeout_message
from summitry.clean import clean
from summitry.errors import UnreadablePage
from summitry.extract.pipeline import extract_record
from summitry.ingest_pool import WARM_UP, Step, extracted
from summitry.read import DEFAULT_MAX_BYTES, RawPage, expand_paths, read_page
from summitry.record import Record
from summitry.user_cache import collections_spaced, collector_paused

__all__ = [
    "EVENT_OF",
    "IngestReport",
    "OnEvent",
    "ingest",
    "known_page",
    "page_warnings",
    "prepared_record_of",
    "raw_pages",
    "record_of",
    "records_of",
    "safe_record_of",
    "tally",
]

# Pages a write transaction holds at most, with workers extracting (their pages in flight,
# ingest_pool.IN_FLIGHT, cover the writer's time on a batch) and with one process doing
# all: a commit costs 30-60 CPU ms whatever its size (0.3 CPU ms a page less at 256 than
# at 64)
WRITE_BATCH = 128
WRITE_BATCH_ALONE = 256
WRITE_SECONDS = 1.0  # and the longest a page waits to be written
STEP_CHUNK = 32  # pages read ahead to ask the store which of them it holds
# Net allocations between two young collections of the cyclic garbage collector while pages
# go through (700 by default: about one collection a page, and through them, older ones):
# what a page makes is freed by reference counting, so the collections find little to free.
YOUNG_COLLECTION = 10_000
EVENT_OF = {"new": "stored", "replaced": "replaced", "unchanged": "unchanged", "failed": "failed"}
# One page's outcome, told once it is final (a stored page: after its transaction commits):
# {"event": stored|replaced|unchanged|failed, "source", "id", "error", "warnings"}
OnEvent = Callable[[dict[str, Any]], None]


@dataclass(slots=True)
class IngestReport:
    """Counts and one-line messages of an ingest run."""

    new: int = 0
    unchanged: int = 0
    replaced: int = 0
    failed: list[str] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # pages stored, with a problem

    def summary(self) -> str:
        text = f"{self.new} new, {self.unchanged} unchanged, {len(self.failed)} failed"
        text += f", {self.replaced} replaced" if self.replaced else ""
        count = len(self.warnings)
        return text + (f", {count} warning{'s' if count != 1 else ''}" if count else "")

    def to_dict(self) -> dict:
        return {
            "new": self.new,
            "unchanged": self.unchanged,
            "replaced": self.replaced,
            "failed": self.failed,
            "ids": self.ids,
            "warnings": self.warnings,
        }


def record_of(raw: RawPage) -> Record:
    """The extraction record of one page already read (with its URL, if it has one)."""
    document = clean(raw)
    document.url = raw.url
    return extract_record(raw.source, document)


def page_warnings(raw: RawPage, record: Record) -> list[str]:
    """One line per problem of a page that was read: bytes replaced or removed, and a body
    that came out empty (a page of scripts and styles, a title only)."""
    warnings = list(raw.warnings)
    if not record.document.text.strip():
        warnings.append(f"{raw.source}: empty body: no text left after cleaning")
    return warnings


def raw_pages(
    paths: Iterable[str | Path], max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[tuple[str, RawPage | None, str | None]]:
    """(source, raw, error) for each input, each page of a WARC or JSONL input; a bad input
    gives its one-line error."""
    for source in expand_paths(paths):
        kind = archive_kind(source) if str(source) != "-" else None
        if kind is not None:
            yield from archive_pages(source, kind, max_bytes)
            continue
        try:
            yield str(source), read_page(source, max_bytes), None
        except UnreadablePage as exc:
            yield str(source), None, str(exc)


def safe_record_of(
    raw: RawPage, page_timeout: float | None = DEFAULT_PAGE_TIMEOUT
) -> tuple[Record | None, str | None]:
    """The record, or the one-line reason this page could not be cleaned or went past its
    budget of `page_timeout` seconds (None: no budget)."""
    if page_timeout:
        _load_once()  # loading the knowledge base and models is not the page's time
    try:
        with time_limit(page_timeout):
            return record_of(raw), None
    except PageTimeout:
        if not page_timeout:
            raise  # the budget of a caller's time_limit
        return None, timeout_message(raw.source, page_timeout)
    except Exception as exc:  # noqa: BLE001 - a bad page is reported, the batch goes on
        return None, f"{raw.source}: cannot be cleaned ({type(exc).__name__}: {exc}) (skipped)"


_LOADED: list[bool] = []


def _load_once() -> None:
    """Run one tiny page through the stages, once per process, so that what they load on
    first use is loaded. That lives as long as the process: the cyclic garbage collector is
    paused while it is made, then told to leave it out of every later pass (gc.freeze)."""
    if not _LOADED:
        _LOADED.append(True)
        with collector_paused(freeze=True):
            record_of(RawPage("warm-up", "", WARM_UP, False, "utf-8"))


def records_of(
    paths: Iterable[str | Path],
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_warning: Callable[[str], None] | None = None,
    page_timeout: float | None = DEFAULT_PAGE_TIMEOUT,
) -> Iterator[tuple[str, Record | None, str | None]]:
    """(source, record, error) for each input; on_warning gets each line of page_warnings.
    A WARC revisit of a page met before in the same file is not repeated."""
    for source, raw, error in raw_pages(paths, max_bytes):
        if raw is None:
            yield source, None, error
        elif raw.text:
            record, error = safe_record_of(raw, page_timeout)
            if record is not None and on_warning:
                for line in page_warnings(raw, record):
                    on_warning(line)
            yield source, record, error


@collections_spaced(YOUNG_COLLECTION)
def ingest(
    paths: Iterable[str | Path],
    store,  # summitry.store.Store
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    force: bool = False,
    on_page: Callable[[str, str], None] | None = None,
    workers: int = 1,
    page_timeout: float | None = DEFAULT_PAGE_TIMEOUT,
    on_event: OnEvent | None = None,
) -> IngestReport:
    """Store the record of every input, idempotent by content hash; each page is written
    whole or not at all, in batches of up to WRITE_BATCH pages (WRITE_BATCH_ALONE with one
    worker; or WRITE_SECONDS) a transaction.

    With workers > 1, pages are cleaned and extracted in that many processes while this one
    reads the inputs and writes every record, in input order. A page that takes more than
    `page_timeout` seconds to clean and extract is reported failed and skipped. on_page
    (source, status) and on_event (see OnEvent) hear of each page once its outcome is final.
    """
    report = IngestReport()
    batch: list[tuple[Step, tuple[Record, Any]]] = []
    limit = WRITE_BATCH if workers > 1 else WRITE_BATCH_ALONE
    started = 0.0

    def flush() -> None:
        pages = [(s.raw.sha256, s.raw.source, rec, s.raw.fetched, rows) for s, (rec, rows) in batch]  # type: ignore[union-attr]
        for (step, (record, _)), status in zip(
            batch, store.add_many(pages, replace=force), strict=True
        ):
            warnings = page_warnings(step.raw, record)  # type: ignore[arg-type]
            report.warnings.extend(warnings)
            tally(report, step, status, None, on_page, on_event, warnings)
        batch.clear()

    def idle(coming: int) -> None:
        """The last pages are in the workers: store what is held while they are extracted,
        once it is as many as are still to come (a few commits, halving what is left)."""
        if batch and len(batch) >= coming:
            flush()

    steps = _steps(raw_pages(paths, max_bytes), store, force)
    for step, prepared, error in extracted(
        steps, partial(prepared_record_of, page_timeout=page_timeout), workers, idle
    ):
        if prepared is not None and error is None:
            started = started if batch else time.monotonic()
            batch.append((step, prepared))
            if len(batch) >= limit or time.monotonic() - started > WRITE_SECONDS:
                flush()
            continue
        if batch:
            flush()  # in input order, and before another write transaction
        status = "failed"
        if step.raw is not None and error is None:
            error, status = known_page(store, step.raw)
        tally(report, step, status, error, on_page, on_event)
    if batch:
        flush()
    return report


def prepared_record_of(
    raw: RawPage, page_timeout: float | None = DEFAULT_PAGE_TIMEOUT
) -> tuple[tuple[Record, Any] | None, str | None]:
    """((record, its store rows), None), or (None, the one-line reason): the rows are made
    where the page is extracted, so the process that writes only inserts them."""
    from summitry.store.rows import page_rows

    record, error = safe_record_of(raw, page_timeout)
    if record is None:
        return None, error
    try:
        return (record, page_rows(raw.sha256, raw.source, record)), None
    except Exception:  # noqa: BLE001 - the writer makes them again and reports what fails
        return (record, None), None


def tally(
    report: IngestReport,
    step: Step,
    status: str,
    error: str | None,
    on_page: Callable[[str, str], None] | None,
    on_event: OnEvent | None = None,
    warnings: list[str] | None = None,
) -> None:
    """Count one page's outcome in the report (an error makes it failed) and tell on_page
    and on_event."""
    page_id = step.raw.sha256 if step.raw is not None else None
    if error:
        report.failed.append(error)
        status = "failed"
    else:
        setattr(report, status, getattr(report, status) + 1)
        report.ids.append(page_id)  # type: ignore[arg-type]
    if on_page:
        on_page(step.source, status)
    if on_event:
        stored_id = None if error else page_id
        event = {"event": EVENT_OF.get(status, status), "source": step.source, "id": stored_id}
        on_event({**event, "error": error, "warnings": warnings or []})


def _steps(
    pages: Iterable[tuple[str, RawPage | None, str | None]], store, force: bool
) -> Iterator[Step]:
    """Each page, marked for extraction unless it failed to read or is stored already (asked
    of the store for STEP_CHUNK pages at a time)."""
    pages = iter(pages)
    while chunk := list(itertools.islice(pages, STEP_CHUNK)):
        ids = [raw.sha256 for _, raw, _ in chunk if raw is not None and raw.text]
        known = store.stored(ids) if ids and not force else set()
        for source, raw, error in chunk:
            stored = raw is None or not raw.text or raw.sha256 in known
            yield Step(source, raw, error, extract=not stored)


def known_page(store, raw: RawPage) -> tuple[str | None, str]:
    """(error, status) of a page stored already, its URL added; a WARC revisit of a page
    that is not stored fails."""
    if raw.url and store.add_url(raw.sha256, raw.url, raw.fetched):
        return None, "unchanged"
    if raw.text or store.has(raw.sha256):
        return None, "unchanged"
    return f"{raw.source}: revisits {raw.url}, a page not stored (skipped)", "failed"
