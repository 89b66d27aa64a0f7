"""The library's three calls, as a user writes them after `import summitry`."""

from __future__ import annotations

from pathlib import Path

import pytest

import summitry
from summitry.errors import SummitryError

PAGES = Path(__file__).resolve().parents[1] / "examples" / "pages"


def test_the_facade_lists_its_calls() -> None:
    assert summitry.__all__ == ["__version__", "extract_page", "ingest_pages", "open_store"]


def test_extract_page_reads_cleans_and_extracts_one_file() -> None:
    record = summitry.extract_page(PAGES / "tha_apec_aelm_2022.txt")
    names = [m.name for m in record.meetings]
    assert "APEC Economic Leaders' Meeting" in " ".join(names)
    assert "THA" in record.countries


def test_extract_page_names_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(SummitryError, match="nothing.txt"):
        summitry.extract_page(tmp_path / "nothing.txt")


def test_ingest_pages_stores_a_folder_once(tmp_path: Path) -> None:
    with summitry.open_store(tmp_path / "s.db") as store:
        first = summitry.ingest_pages([PAGES], store)
        again = summitry.ingest_pages([PAGES], store)
        count = store.count()
    pages = len([p for p in PAGES.iterdir() if p.suffix in {".txt", ".html"}])
    assert (first.new, first.failed) == (pages, [])
    assert (again.new, again.unchanged) == (0, pages)
    assert count == pages
