"""Exports: the store's records as files an analyst takes away (CSV, NDJSON, xlsx, Parquet,
FollowTheMoney, iCalendar), streamed from the store in batches."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

from summitry.export.rows import COLUMNS, KINDS, ExportError, Filters, export_rows
from summitry.export.tabular import csv_lines, ndjson_lines, write_csv, write_ndjson

__all__ = [
    "FORMATS",
    "KINDS",
    "ExportError",
    "Filters",
    "columns_of",
    "csv_lines",
    "export_rows",
    "ndjson_lines",
    "write_export",
]

FORMATS = ("csv", "ndjson", "xlsx", "parquet", "ftm", "ics")
BINARY = ("xlsx", "parquet")


def write_export(
    rows: Iterable[dict[str, Any]], fmt: str, path: Path | None, kind: str = "export"
) -> int:
    """Write rows of a kind in a format to path (None: stdout, text formats only); returns the
    count of rows (ftm: entities; ics: lines of the calendar's parts)."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    if fmt in BINARY:
        if path is None:
            raise ExportError(f"{fmt} is a binary format: give a file with -o FILE")
        from summitry.export.binary import write_parquet, write_xlsx

        if fmt == "xlsx":
            return write_xlsx(rows, path, kind, columns_of(kind))
        return write_parquet(rows, path)
    if fmt in ("ftm", "ics"):
        from summitry.export.ftm import ftm_lines
        from summitry.export.ical import ics_lines

        lines = ftm_lines(kind, rows) if fmt == "ftm" else ics_lines(kind, rows)
        return _write_lines(lines, path)
    if path is None:
        return _write_text(rows, fmt, kind, sys.stdout)
    with path.open("w", encoding="utf-8", newline="") as stream:
        return _write_text(rows, fmt, kind, stream)


def _write_text(rows: Iterable[dict[str, Any]], fmt: str, kind: str, stream: TextIO) -> int:
    if fmt == "csv":
        return write_csv(rows, stream, columns_of(kind))
    return write_ndjson(rows, stream)


def columns_of(kind: str) -> tuple[str, ...] | None:
    """The columns of an export kind, a search or a timeline, in order (None: another)."""
    from summitry.export.found import SEARCH_COLUMNS, TIMELINE_COLUMNS

    found = {"search": SEARCH_COLUMNS, "timeline": TIMELINE_COLUMNS}
    return COLUMNS.get(kind) or found.get(kind)


def _write_lines(lines: Iterable[str], path: Path | None) -> int:
    stream = sys.stdout if path is None else path.open("w", encoding="utf-8", newline="")
    n = 0
    try:
        for line in lines:
            stream.write(line)
            n += 1
    finally:
        if path is not None:
            stream.close()
    return n
