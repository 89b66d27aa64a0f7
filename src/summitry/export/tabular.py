"""CSV and NDJSON: rows written one at a time to a text stream, in the standard library."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

__all__ = ["cell", "csv_lines", "ndjson_lines", "write_csv", "write_ndjson"]


def cell(value: Any) -> Any:
    """A value for one cell: lists and dicts as JSON text, others as they are."""
    if isinstance(value, list | dict | tuple):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


class _Line:
    """A file-like sink that keeps what the csv writer wrote last."""

    def __init__(self) -> None:
        self.text = ""

    def write(self, text: str) -> int:
        self.text += text
        return len(text)


def csv_lines(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    """The header (from the first row's keys) and one CSV line per row."""
    sink = _Line()
    writer = None
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(sink, fieldnames=list(row), extrasaction="ignore")
            writer.writeheader()
        writer.writerow({k: cell(v) for k, v in row.items()})
        yield sink.text
        sink.text = ""


def ndjson_lines(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    """One JSON object per line."""
    for row in rows:
        yield json.dumps(row, ensure_ascii=False) + "\n"


def write_csv(rows: Iterable[dict[str, Any]], stream: TextIO) -> int:
    return _write(csv_lines(rows), stream)


def write_ndjson(rows: Iterable[dict[str, Any]], stream: TextIO) -> int:
    return _write(ndjson_lines(rows), stream)


def _write(lines: Iterable[str], stream: TextIO) -> int:
    """Write the lines as they come; how many were written."""
    n = 0
    for line in lines:
        stream.write(line)
        n += 1
    return n
