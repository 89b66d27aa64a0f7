"""Synthetic records straight into a store's tables: the rows ingest writes (documents with
their facet tags, child and resolved rows, facets, series names, meeting places), one batch
at a time.

Shared by bench/store.py and bench/queries.py; synthetic for load only, never for accuracy.
"""

from __future__ import annotations

from sqlalchemy import Connection, Table

from summitry.record import Record
from summitry.store.facets import facet_rows
from summitry.store.meeting_dates import place_meetings
from summitry.store.rows import (
    PAGE_EXTRA,
    child_rows,
    document_row,
    page_table_rows,
    series_name_rows,
)
from summitry.store.schema import documents, facets, meetings, records, texts
from summitry.store.write import add_series_names


def doc_id_of(n: int) -> str:
    """The id of the n-th synthetic document (64 hex digits, like a sha256)."""
    return f"{n:064x}"


def insert_records(conn: Connection, numbered: list[tuple[int, Record]]) -> None:
    """Write the records (n-th document: seq n + 1) in the caller's transaction."""
    docs, facet_list, names = [], [], []
    pages: dict[Table, list[dict]] = {texts: [], records: []}
    children: dict[Table, list[dict]] = {}
    for n, record in numbered:
        doc_id = doc_id_of(n)
        row = document_row(doc_id, record.path, record)
        docs.append({k: v for k, v in row.items() if k not in PAGE_EXTRA} | {"seq": n + 1})
        for table, values in page_table_rows(row, n + 1):
            pages[table].append(values)
        made = child_rows(doc_id, record)
        for table, rows in made:
            children.setdefault(table, []).extend(rows)
        names.extend(series_name_rows(made))
        facet_list.extend(facet_rows(n + 1, record))
    conn.execute(documents.insert(), docs)
    for table, rows in pages.items():
        conn.execute(table.insert(), rows)
    for table, rows in children.items():
        if rows:
            conn.execute(table.insert(), rows)
    published = {doc_id_of(n): record.document.published for n, record in numbered}
    place_meetings(conn, children.get(meetings, []), published)
    if facet_list:
        conn.execute(facets.insert(), facet_list)
    add_series_names(conn, names)
