"""Ingest on a Dask distributed cluster: workers read, clean and extract; this process writes.

The inputs are cut into units (a few files, or one WARC or JSONL file); each unit is one
task. A worker skips the pages the store holds already (it reads the store, so a stopped run
resumes without redoing them), extracts the others and sends back their records and rows;
this process writes each unit's pages in one transaction, idempotent by content hash. A
worker killed mid-task loses nothing: the scheduler runs its task again elsewhere, and a
unit is written only once its result is here.

Needs `pip install 'summitry[cluster]'` (dask and distributed) and a store every worker can
reach: PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from summitry.errors import SummitryError
from summitry.ingest import IngestReport, prepared_record_of, raw_pages
from summitry.read import DEFAULT_MAX_BYTES, expand_paths

__all__ = ["DaskMissing", "UNIT_FILES", "dask_missing", "ingest_on_cluster", "units_of"]

UNIT_FILES = 32  # plain files per task; an archive is a task of its own
IN_FLIGHT_PER_WORKER = 4
_STORES: dict[str, Any] = {}  # a worker's open stores, by URL


class DaskMissing(SummitryError):
    def __init__(self) -> None:
        super().__init__("--dask needs dask: pip install 'summitry[cluster]'")


def dask_missing() -> str | None:
    """The one line to show when dask's distributed scheduler is not installed, else None."""
    import importlib.util

    return None if importlib.util.find_spec("distributed") else str(DaskMissing())


def units_of(paths: Iterable[str | Path], size: int = UNIT_FILES) -> Iterator[list[str]]:
    """The inputs in tasks: runs of up to `size` plain files, each archive alone."""
    from summitry.archives import archive_kind

    run: list[str] = []
    for path in expand_paths(paths):
        if str(path) != "-" and archive_kind(path):
            yield [str(path)]
        else:
            run.append(str(path))
            if len(run) >= size:
                yield run
                run = []
    if run:
        yield run


def extract_unit(
    paths: list[str], store_url: str, max_bytes: int, force: bool
) -> list[tuple[str, str | None, Any, str | None, str | None, str | None]]:
    """On a worker: (source, id, (record, rows) or None, url, fetched, error) of each page
    of a unit; a page the store holds comes back without a record, unless `force`."""
    store = _STORES.get(store_url)
    if store is None:
        from summitry.store import open_store

        store = _STORES[store_url] = open_store(store_url)
    out = []
    for source, raw, error in raw_pages(paths, max_bytes):
        if raw is None:
            out.append((source, None, None, None, None, error))
            continue
        prepared = None
        if raw.text and (force or not store.has(raw.sha256)):
            prepared, error = prepared_record_of(raw)
        out.append((source, raw.sha256, prepared, raw.url, raw.fetched, error))
    return out


def ingest_on_cluster(
    paths: Iterable[str | Path],
    store,  # summitry.store.Store, on PostgreSQL
    scheduler: str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    force: bool = False,
    on_page: Callable[[str, str], None] | None = None,
    unit_files: int = UNIT_FILES,
) -> IngestReport:
    """Ingest on the Dask cluster whose scheduler is at `scheduler` ("tcp://host:8786");
    `unit_files` plain files make one task."""
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise DaskMissing() from None
    if store.engine.dialect.name == "sqlite":
        raise SummitryError(
            "--dask writes to PostgreSQL, which every worker reaches: --db postgresql://..."
        )
    url = store.engine.url.render_as_string(hide_password=False)
    report = IngestReport()
    with Client(scheduler) as client:
        window = IN_FLIGHT_PER_WORKER * max(1, len(client.scheduler_info()["workers"]))
        units = units_of(paths, unit_files)

        def submit(unit: list[str]) -> Any:
            return client.submit(extract_unit, unit, url, max_bytes, force, pure=False)

        running = as_completed([submit(u) for _, u in zip(range(window), units, strict=False)])
        for future in running:
            _write_unit(store, future.result(), force, report, on_page)
            future.release()
            unit = next(units, None)
            if unit is not None:
                running.add(submit(unit))
    return report


def _write_unit(store, pages: list, force: bool, report: IngestReport, on_page) -> None:
    """One unit's pages: new ones in one transaction, then those the store held."""
    from summitry.ingest import known_page, tally
    from summitry.ingest_pool import Step
    from summitry.read import RawPage

    fresh = [p for p in pages if p[2] is not None and p[5] is None]
    statuses = store.add_many(
        [
            (doc_id, source, rec, fetched, rows)
            for source, doc_id, (rec, rows), _, fetched, _ in fresh
        ],
        replace=force,
    )
    written = dict(zip((p[0] for p in fresh), statuses, strict=True))
    for source, doc_id, _, url, fetched, error in pages:
        raw = RawPage(source, doc_id, "", True, "", url, fetched) if doc_id else None
        status = written.get(source, "failed")
        if source not in written and raw is not None and error is None:
            error, status = known_page(store, raw)
        step = Step(source, raw, error, extract=False)
        tally(report, step, status, error, on_page)
