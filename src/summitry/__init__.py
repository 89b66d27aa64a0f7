"""summitry: press releases about multilateral diplomacy, turned into one structured record.

The library in three calls (the CLI and the server are built on the same functions):

    import summitry
    record = summitry.extract_page("examples/pages/tha_apec_aelm_2022.txt")
    with summitry.open_store("summitry.db") as store:
        report = summitry.ingest_pages(["examples/pages"], store)
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    from summitry.ingest import IngestReport
    from summitry.record import Record
    from summitry.store import Store

__version__ = "0.1.0"
__all__ = ["__version__", "extract_page", "ingest_pages", "open_store"]


def extract_page(source: str | Path) -> Record:
    """The extraction record of one page file (HTML or text), read, cleaned and extracted;
    nothing is stored. Raises summitry.errors.SummitryError for a page it cannot read."""
    from summitry.ingest import record_of
    from summitry.read import read_page

    return record_of(read_page(source))


def open_store(target: str | Path | None = None) -> Store:
    """The store at a SQLite path or a database URL (created if missing); None means
    $SUMMITRY_DB or ./summitry.db. Use it in a `with` block, or call close()."""
    from summitry.store import open_store as open_

    return open_(target)


def ingest_pages(paths: Iterable[str | Path], store: Store, *, workers: int = 1) -> IngestReport:
    """Read, extract and store every page under `paths` (files, folders, globs, WARC and
    JSON Lines archives), idempotent by content; the report counts new, unchanged, failed."""
    from summitry.ingest import ingest

    return ingest(paths, store, workers=workers)
