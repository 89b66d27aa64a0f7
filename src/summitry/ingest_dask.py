"""Ingest on a Dask distributed cluster: each worker reads, cleans, extracts and writes.

The inputs are cut into units (a few files, or one WARC or JSONL file); each unit is one
task, which a worker ingests into the store as `summitry ingest` does in one process: pages
the store holds are skipped (so a stopped run resumes without redoing them), the others are
written up to 64 a transaction, each page whole or absent, idempotent by content hash. So
there are as many writers as workers, and no single process for them all to wait on. A worker
killed mid-task loses nothing: the scheduler runs its task again elsewhere, where the pages
it had written are found stored. This process only hands out units and adds up the reports.

Needs `pip install 'summitry[cluster]'` (dask and distributed) and a store every worker can
reach: PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from summitry.errors import SummitryError
from summitry.ingest import IngestReport, ingest
from summitry.read import DEFAULT_MAX_BYTES, expand_paths

__all__ = ["DaskMissing", "UNIT_FILES", "dask_missing", "ingest_on_cluster", "units_of"]

UNIT_FILES = 32  # plain files per task; an archive is a task of its own
IN_FLIGHT_PER_WORKER = 2
UNIT_RETRIES = 2  # a unit that fails (two workers writing the same new page) runs again
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


def ingest_unit(
    paths: list[str], store_url: str, max_bytes: int, force: bool
) -> tuple[IngestReport, list[tuple[str, str]]]:
    """On a worker: ingest one unit into the store, as `summitry ingest` does in one process
    (pages it holds are skipped, the others written up to 64 a transaction); its report and
    the (source, status) of each page."""
    store = _STORES.get(store_url)
    if store is None:
        from summitry.store import open_store

        store = _STORES[store_url] = open_store(store_url)
    seen: list[tuple[str, str]] = []
    report = ingest(paths, store, max_bytes=max_bytes, force=force, on_page=_append_to(seen))
    return report, seen


def _append_to(seen: list[tuple[str, str]]) -> Callable[[str, str], None]:
    return lambda source, status: seen.append((source, status))


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
            return client.submit(
                ingest_unit, unit, url, max_bytes, force, pure=False, retries=UNIT_RETRIES
            )

        running = as_completed([submit(u) for _, u in zip(range(window), units, strict=False)])
        for future in running:
            _merge(report, future.result(), on_page)
            future.release()
            unit = next(units, None)
            if unit is not None:
                running.add(submit(unit))
    return report


def _merge(
    report: IngestReport,
    result: tuple[IngestReport, list[tuple[str, str]]],
    on_page: Callable[[str, str], None] | None,
) -> None:
    """Add a unit's report to the run's and tell on_page of each of its pages."""
    unit, pages = result
    report.new += unit.new
    report.unchanged += unit.unchanged
    report.replaced += unit.replaced
    report.failed += unit.failed
    report.ids += unit.ids
    if on_page:
        for source, status in pages:
            on_page(source, status)
