"""Run the stages over inputs: read -> clean -> extract -> (store). One report per run."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from summitry.clean import clean
from summitry.errors import UnreadablePage
from summitry.extract.pipeline import extract_record
from summitry.read import DEFAULT_MAX_BYTES, RawPage, expand_paths, read_page
from summitry.record import Record

__all__ = [
    "IngestReport",
    "ingest",
    "page_warnings",
    "raw_pages",
    "record_of",
    "records_of",
    "safe_record_of",
]


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
    """The extraction record of one page already read."""
    return extract_record(raw.source, clean(raw))


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
    """(source, raw, error) for each input; a bad input gives its one-line error."""
    for source in expand_paths(paths):
        try:
            yield str(source), read_page(source, max_bytes), None
        except UnreadablePage as exc:
            yield str(source), None, str(exc)


def safe_record_of(raw: RawPage) -> tuple[Record | None, str | None]:
    """The record, or the one-line reason this page could not be cleaned."""
    try:
        return record_of(raw), None
    except Exception as exc:  # noqa: BLE001 - a bad page is reported, the batch goes on
        return None, f"{raw.source}: cannot be cleaned ({type(exc).__name__}: {exc}) (skipped)"


def records_of(
    paths: Iterable[str | Path],
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_warning: Callable[[str], None] | None = None,
) -> Iterator[tuple[str, Record | None, str | None]]:
    """(source, record, error) for each input; on_warning gets each line of page_warnings."""
    for source, raw, error in raw_pages(paths, max_bytes):
        if raw is None:
            yield source, None, error
            continue
        record, error = safe_record_of(raw)
        if record is not None and on_warning:
            for line in page_warnings(raw, record):
                on_warning(line)
        yield source, record, error


def ingest(
    paths: Iterable[str | Path],
    store,  # summitry.store.Store
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    force: bool = False,
    on_page: Callable[[str, str], None] | None = None,
) -> IngestReport:
    """Store the record of every input; one transaction per page, idempotent by content hash."""
    report = IngestReport()
    for source, raw, error in raw_pages(paths, max_bytes):
        status = "failed"
        if raw is not None:
            status, error, warnings = _store_one(store, raw, force)
            report.warnings.extend(warnings)
        if error:
            report.failed.append(error)
        else:
            setattr(report, status, getattr(report, status) + 1)
            report.ids.append(raw.sha256)  # type: ignore[union-attr]
        if on_page:
            on_page(source, status)
    return report


def _store_one(store, raw: RawPage, force: bool) -> tuple[str, str | None, list[str]]:
    if not force and store.has(raw.sha256):
        return "unchanged", None, []
    record, error = safe_record_of(raw)
    if record is None:
        return "failed", error, []
    status = store.add(raw.sha256, raw.source, record, replace=force)
    return status, None, page_warnings(raw, record)
