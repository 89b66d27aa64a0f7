"""Exports: the store's records as files an analyst takes away (CSV, NDJSON, xlsx, Parquet,
FollowTheMoney, iCalendar), streamed from the store in batches."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from summitry.export.rows import KINDS, ExportError, Filters, export_rows
from summitry.export.tabular import csv_lines, ndjson_lines, write_csv, write_ndjson

__all__ = [
    "FORMATS",
    "KINDS",
    "ExportError",
    "Filters",
    "csv_lines",
    "export_rows",
    "ndjson_lines",
    "write_export",
]

FORMATS = ("csv", "ndjson", "xlsx", "parquet")
BINARY = ("xlsx", "parquet")


def write_export(
    rows: Iterable[dict[str, Any]], fmt: str, path: Path | None, sheet: str = "export"
) -> int:
    """Write rows in a format to path (None: stdout, text formats only); returns the count."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    if fmt in BINARY:
        if path is None:
            raise ExportError(f"{fmt} is a binary format: give a file with -o FILE")
        from summitry.export.binary import write_parquet, write_xlsx

        return write_xlsx(rows, path, sheet) if fmt == "xlsx" else write_parquet(rows, path)
    writer = write_csv if fmt == "csv" else write_ndjson
    if path is None:
        return writer(rows, sys.stdout)
    with path.open("w", encoding="utf-8", newline="") as stream:
        return writer(rows, stream)
