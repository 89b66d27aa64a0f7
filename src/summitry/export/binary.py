"""xlsx (openpyxl, write-only mode) and Parquet (pyarrow, one row group per batch): the
optional `export` extra; without it, one line says what to install."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path
from typing import Any

from summitry.export.rows import BATCH, ExportError
from summitry.export.tabular import cell

__all__ = ["write_parquet", "write_xlsx"]

INSTALL = "pip install 'summitry[export]'"


def _need(module: str) -> None:
    import importlib

    try:
        importlib.import_module(module)
    except ImportError:
        raise ExportError(f"this format needs the {module} package: {INSTALL}") from None


def write_xlsx(
    rows: Iterable[dict[str, Any]], path: Path, sheet: str, columns: Sequence[str] | None = None
) -> int:
    """One sheet, header first (`columns` when given, so a sheet with no rows still names
    them; else the first row's keys); openpyxl's write-only mode keeps no rows in memory."""
    _need("openpyxl")
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    ws = book.create_sheet(sheet)
    if columns is not None:
        ws.append(list(columns))
    n = 0
    for row in rows:
        if n == 0 and columns is None:
            ws.append(list(row))
        ws.append([cell(v) for v in row.values()])
        n += 1
    book.save(path)
    return n


def _batches(rows: Iterable[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    it = iter(rows)
    while batch := list(islice(it, BATCH)):
        yield batch


def write_parquet(rows: Iterable[dict[str, Any]], path: Path) -> int:
    """Column types from the first batch (text where a column holds mixed values)."""
    _need("pyarrow")
    import pyarrow as pa
    import pyarrow.parquet as pq

    writer = None
    schema = None
    n = 0
    try:
        for batch in _batches(rows):
            columns = {k: [cell(r.get(k)) for r in batch] for k in batch[0]}
            if schema is None:
                schema = pa.schema([(k, _type(v)) for k, v in columns.items()])
                writer = pq.ParquetWriter(str(path), schema)
            for field in schema:
                if field.type == pa.string():
                    columns[field.name] = [_text(v) for v in columns[field.name]]
            table = pa.Table.from_pydict(columns, schema=schema)
            assert writer is not None
            writer.write_table(table)
            n += len(batch)
    finally:
        if writer is not None:
            writer.close()
    if schema is None:  # no rows: an empty file with no columns
        pq.write_table(pa.table({}), str(path))
    return n


def _text(value: Any) -> str | None:
    return value if value is None or isinstance(value, str) else str(value)


def _type(values: list[Any]) -> Any:
    import pyarrow as pa

    kinds = {type(v) for v in values if v is not None}
    if kinds == {int}:
        return pa.int64()
    if kinds <= {int, float} and kinds:
        return pa.float64()
    if kinds == {bool}:
        return pa.bool_()
    return pa.string()
