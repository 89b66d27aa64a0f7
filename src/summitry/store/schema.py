"""The store's tables (SQLAlchemy Core), one schema for SQLite and PostgreSQL, imported from
here whichever module declares them.

The records' own tables (schema_pages: documents and one table per list of the record, the
text, the record, its addresses, corrections) and the derived tables the queries read by
index (schema_derived: facets, canonical keys, series names, commitments and the sentences
that report them done, each page's main meeting and the meetings clustered by key). Derived
tables are filled at ingest from the record and rebuilt from it by `summitry reindex`;
`builds` says which schema, kb and resolve version each table was built with. Every index
is declared in the tables; the full-text index, the one dialect-specific part, is DDL
(schema_pages).
"""

from __future__ import annotations

from summitry.store.schema_derived import (
    DERIVED_TABLES,
    RESOLVED_TABLES,
    completions,
    entity_refs,
    facets,
    meeting_dates,
    person_meetings,
    series_names,
)
from summitry.store.schema_pages import (
    CHILD_TABLES,
    FTS5_DDL,
    PG_FTS_DDL,
    builds,
    corrections,
    document_urls,
    documents,
    meetings,
    mentions,
    metadata,
    people,
    records,
    statements,
    texts,
)

__all__ = [
    "CHILD_TABLES",
    "metadata",
    "documents",
    "meetings",
    "meeting_dates",
    "people",
    "mentions",
    "statements",
    "entity_refs",
    "series_names",
    "completions",
    "person_meetings",
    "RESOLVED_TABLES",
    "facets",
    "corrections",
    "document_urls",
    "records",
    "texts",
    "builds",
    "DERIVED_TABLES",
    "FTS5_DDL",
    "PG_FTS_DDL",
]
