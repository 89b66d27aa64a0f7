"""CSV and NDJSON: rows written one at a time to a text stream, in the standard library."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator, Sequence
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


def csv_lines(
    rows: Iterable[dict[str, Any]], columns: Sequence[str] | None = None
) -> Iterator[str]:
    """One CSV line per row, the header before the first; the header is `columns` when
    given (so a file with no rows still names them), else the first row's keys."""
    sink = _Line()
    writer = None if columns is None else _header(sink, list(columns))
    for row in rows:
        if writer is None:
            writer = _header(sink, list(row))
        writer.writerow({k: cell(v) for k, v in row.items()})
        yield _taken(sink)
    if sink.text:  # a header and no rows
        yield _taken(sink)


def _header(sink: _Line, columns: list[str]) -> csv.DictWriter:
    writer = csv.DictWriter(sink, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    return writer


def _taken(sink: _Line) -> str:
    """What the writer wrote since the last call."""
    text, sink.text = sink.text, ""
    return text


def ndjson_lines(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    """One JSON object per line."""
    for row in rows:
        yield json.dumps(row, ensure_ascii=False) + "\n"


def write_csv(
    rows: Iterable[dict[str, Any]], stream: TextIO, columns: Sequence[str] | None = None
) -> int:
    """Write the rows as CSV (see csv_lines); how many rows were written."""
    count = [0]

    def counted() -> Iterator[dict[str, Any]]:
        for row in rows:
            count[0] += 1
            yield row

    _write(csv_lines(counted(), columns), stream)
    return count[0]


def write_ndjson(rows: Iterable[dict[str, Any]], stream: TextIO) -> int:
    return _write(ndjson_lines(rows), stream)


def _write(lines: Iterable[str], stream: TextIO) -> int:
    """Write the lines as they come; how many were written."""
    n = 0
    for line in lines:
        stream.write(line)
        n += 1
    return n
