"""The migrations that build the store, in order, and the full-text indexes they make.

Only the full-text indexes are dialect-specific raw DDL: FTS5 on SQLite, a tsvector with GIN
on PostgreSQL. A store records each applied migration in `schema_version`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import Connection, func, inspect, select

from summitry.errors import StoreError
from summitry.store.schema import (
    RESOLVED_TABLES,
    V1_TABLES,
    commitment_refs,
    corrections,
    document_urls,
    documents,
    extractions,
    facet_pairs,
    facet_sets,
    facets,
    ix_statements_act,
    main_meetings,
    meeting_refs,
    meetings,
    meetings_by_key,
    metadata,
    schema_version,
    series_names,
)
from summitry.store.sql_views import drop_views, ensure_views

__all__ = ["MIGRATIONS", "current_version", "has_fts", "migrate"]


# External-content FTS5 index over documents(title, body): the text is stored once (in
# documents) and the triggers keep the index in the same transaction as every write.
# Prefix indexes of 2 and 3 characters keep 'co*' from merging thousands of terms.
_FTS_DDL = (
    """CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, body, content='documents', content_rowid='seq',
        tokenize='porter unicode61 remove_diacritics 2', prefix='2 3')""",
    """CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, body) VALUES (new.seq, new.title, new.body);
    END""",
    """CREATE TRIGGER documents_fts_ad AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, body)
        VALUES ('delete', old.seq, old.title, old.body);
    END""",
    """CREATE TRIGGER documents_fts_au AFTER UPDATE OF seq, title, body ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, body)
        VALUES ('delete', old.seq, old.title, old.body);
        INSERT INTO documents_fts(rowid, title, body) VALUES (new.seq, new.title, new.body);
    END""",
)


def _v1_create_all(conn: Connection) -> None:
    """Version 1: every table above, plus the FTS5 index and its triggers on SQLite.

    When a later version changes a table, freeze a copy of these Table objects here.
    """
    metadata.create_all(conn, tables=list(V1_TABLES))
    if conn.dialect.name == "sqlite" and _sqlite_has_fts5(conn):
        for ddl in _FTS_DDL:
            conn.exec_driver_sql(ddl)


# PostgreSQL full text: a stored tsvector (title weighs A, body B) kept by the server itself.
_PG_FTS_DDL = (
    """ALTER TABLE documents ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(title, '')), 'A')
        || setweight(to_tsvector('english', body), 'B')) STORED""",
    "CREATE INDEX ix_documents_tsv ON documents USING GIN (tsv)",
)


def _v2_facets_corrections(conn: Connection) -> None:
    """Version 2: facets, corrections, extractions; the tsvector index on PostgreSQL."""
    from summitry.store.facets import backfill_facets

    metadata.create_all(conn, tables=[facets, corrections, extractions])
    # `meeting NAME ORDINAL` looks meetings up by ordinal before matching name words.
    conn.exec_driver_sql("CREATE INDEX ix_meetings_ordinal ON meetings (ordinal)")
    if conn.dialect.name == "postgresql":
        for ddl in _PG_FTS_DDL:
            conn.exec_driver_sql(ddl)
    backfill_facets(conn)


def _sqlite_has_fts5(conn: Connection) -> bool:
    """A SQLite built without FTS5 still gets a working store; search then uses LIKE."""
    options = conn.exec_driver_sql("PRAGMA compile_options").scalars().all()
    return "ENABLE_FTS5" in options


def _v3_resolved_refs(conn: Connection) -> None:
    """Version 3: meeting_refs and entity_refs, filled from the records already stored, and
    statements indexed by act."""
    from summitry.store.backfill import backfill

    metadata.create_all(conn, tables=list(RESOLVED_TABLES), checkfirst=True)
    ix_statements_act.create(conn, checkfirst=True)
    backfill(conn)


def _v4_longer_prefixes(conn: Connection) -> None:
    """Version 4: the SQLite full-text index also holds prefixes of 4 to 6 characters, so
    'minis*' reads one prefix list instead of merging every term under it; rebuilt from
    the stored documents."""
    if not has_fts(conn):
        return
    conn.exec_driver_sql("DROP TABLE documents_fts")
    conn.exec_driver_sql(_FTS_DDL[0].replace("prefix='2 3'", "prefix='2 3 4 5 6'"))
    conn.exec_driver_sql("INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')")


# Version 5: the index also holds each document's facet tokens (`tags`), so a search
# filtered by forum, year or country is one full-text query the index intersects.
_FTS_V5_DDL = (
    """CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, body, tags, content='documents', content_rowid='seq',
        tokenize='porter unicode61 remove_diacritics 2', prefix='2 3 4 5 6')""",
    """CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, body, tags)
        VALUES (new.seq, new.title, new.body, new.tags);
    END""",
    """CREATE TRIGGER documents_fts_ad AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, body, tags)
        VALUES ('delete', old.seq, old.title, old.body, old.tags);
    END""",
    """CREATE TRIGGER documents_fts_au AFTER UPDATE OF seq, title, body, tags ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, body, tags)
        VALUES ('delete', old.seq, old.title, old.body, old.tags);
        INSERT INTO documents_fts(rowid, title, body, tags)
        VALUES (new.seq, new.title, new.body, new.tags);
    END""",
)


def _v5_facet_tags(conn: Connection) -> None:
    """Version 5: series_names filled from the meetings stored; documents.tags filled from
    the facets table; on SQLite the full-text index and its triggers are made again with
    the tags column and rebuilt."""
    from summitry.store.facets import backfill_tags

    series_names.create(conn, checkfirst=True)
    conn.execute(series_names.delete())  # made whole from the meetings below
    pairs = (
        select(meeting_refs.c.series, meetings.c.name)
        .join(
            meetings,
            (meetings.c.document_id == meeting_refs.c.document_id)
            & (meetings.c.idx == meeting_refs.c.idx),
        )
        .distinct()
    )
    conn.execute(series_names.insert().from_select(["series", "name"], pairs))

    if conn.dialect.name == "sqlite":  # the index is rebuilt below
        for old in ("documents_fts_ai", "documents_fts_ad", "documents_fts_au"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {old}")
    if "tags" not in {c["name"] for c in inspect(conn).get_columns("documents")}:
        conn.exec_driver_sql("ALTER TABLE documents ADD COLUMN tags TEXT")
    backfill_tags(conn)
    if not has_fts(conn):
        return
    conn.exec_driver_sql("DROP TABLE documents_fts")
    for ddl in _FTS_V5_DDL:
        conn.exec_driver_sql(ddl)
    conn.exec_driver_sql("INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')")


def _v6_reported_meetings(conn: Connection) -> None:
    """Version 6: an index of meeting keys by role, so how many meetings the pages report
    is counted from the index alone."""
    conn.exec_driver_sql(
        "CREATE INDEX IF NOT EXISTS ix_meeting_refs_role_key ON meeting_refs (role, meeting_key)"
    )


def _v7_facet_sets(conn: Connection) -> None:
    """Version 7: facet_pairs and facet_sets, filled from the facets table, so the facet
    counts of a search read one short row per match."""
    from summitry.store.facets import backfill_facet_sets

    metadata.create_all(conn, tables=[facet_pairs, facet_sets], checkfirst=True)
    conn.execute(facet_sets.delete())  # made whole from the facets table
    conn.execute(facet_pairs.delete())
    backfill_facet_sets(conn)


def _v8_commitment_refs(conn: Connection) -> None:
    """Version 8: commitment_refs, filled from the stored records of pages with a commitment,
    so commitments are listed a page at a time in date order, and by actor, by index."""
    from summitry.store.backfill import backfill_commitments

    commitment_refs.create(conn, checkfirst=True)
    backfill_commitments(conn)


def _v9_document_heads(conn: Connection) -> None:
    """Version 9, SQLite: a covering index of each page's id, date, title and publisher, so
    the pages of a meeting or a timeline are dated and titled from a dense index, not from
    the documents rows (a database page each, with their text).

    With no statistics SQLite prefers the primary key's index, so one row of sqlite_stat1
    says that this one is as selective (one row per id); the planner then takes it because
    it covers the query. (PostgreSQL's index rows are bounded in size: titles can be long.)
    """
    if conn.dialect.name != "sqlite":
        return
    conn.exec_driver_sql(
        "CREATE INDEX IF NOT EXISTS ix_documents_head "
        "ON documents (id, published, title, publisher)"
    )
    conn.exec_driver_sql("ANALYZE sqlite_master")  # makes sqlite_stat1, analyses nothing
    conn.exec_driver_sql("DELETE FROM sqlite_stat1 WHERE idx = 'ix_documents_head'")
    conn.exec_driver_sql(
        "INSERT INTO sqlite_stat1 (tbl, idx, stat) "
        "VALUES ('documents', 'ix_documents_head', '1000000 1 1 1 1')"
    )
    conn.exec_driver_sql("ANALYZE sqlite_master")  # loads it


def _v10_meeting_key_rows(conn: Connection) -> None:
    """Version 10: the meeting-key index also holds each row's page, index and series, so a
    meeting's hundred rows are found without reading meeting_refs itself; it replaces the
    index of the key alone."""
    conn.exec_driver_sql("DROP INDEX IF EXISTS ix_meeting_refs_key")
    conn.exec_driver_sql(
        "CREATE INDEX IF NOT EXISTS ix_meeting_refs_key_rows "
        "ON meeting_refs (meeting_key, document_id, idx, series)"
    )


def _v11_main_meetings(conn: Connection) -> None:
    """Version 11: main_meetings, each page's first main meeting with its key, filled from
    the meetings and meeting_refs stored."""
    main_meetings.create(conn, checkfirst=True)
    conn.execute(main_meetings.delete())
    m, r = meetings.c, meeting_refs.c
    first = (
        select(m.document_id, func.min(m.idx).label("idx"))
        .where(m.role == "main")
        .group_by(m.document_id)
        .subquery()
    )
    rows = (
        select(m.document_id, m.idx, m.name, m.ordinal, m.start, r.meeting_key)
        .join(first, (first.c.document_id == m.document_id) & (first.c.idx == m.idx))
        .join(meeting_refs, (r.document_id == m.document_id) & (r.idx == m.idx))
    )
    columns = ["document_id", "idx", "name", "ordinal", "start", "meeting_key"]
    conn.execute(main_meetings.insert().from_select(columns, rows))


def _v12_family_names(conn: Connection) -> None:
    """Version 12: the indexes of entity_refs by first and last word also hold the kind,
    entity, title and country, replacing those of the word alone, so the people a family
    name may mean ('Minister Kim') are read from the index, not from the table."""
    for word in ("first_word", "last_word"):
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS ix_entity_refs_{word}")
        conn.exec_driver_sql(
            f"CREATE INDEX IF NOT EXISTS ix_entity_refs_{word}_names "
            f"ON entity_refs ({word}, kind, entity_id, title, country)"
        )


def _v13_no_facets_by_seq(conn: Connection) -> None:
    """Version 13: the index of facets by seq goes: facet counts read facet_sets (version 7),
    and only earlier migrations read facets by seq."""
    conn.exec_driver_sql("DROP INDEX IF EXISTS ix_facets_seq")


def _v14_fts_without_positions(conn: Connection) -> None:
    """Version 14, SQLite: the full-text index keeps which columns hold a token but not its
    positions (detail=column), half the size; rebuilt from the stored documents and merged
    into one segment. A rare facet value ANDed with common words reads the words' whole
    lists, which are shorter without positions."""
    if not has_fts(conn):
        return
    conn.exec_driver_sql("DROP TABLE documents_fts")
    conn.exec_driver_sql(_FTS_V5_DDL[0].replace("'2 3 4 5 6'", "'2 3 4 5 6', detail=column"))
    conn.exec_driver_sql("INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')")
    conn.exec_driver_sql("INSERT INTO documents_fts(documents_fts) VALUES ('optimize')")


def _v15_entity_ref_rows(conn: Connection) -> None:
    """Version 15: the index of entity_refs by entity and date also holds each ref's source
    and index, so a page of a timeline is found in the index alone, not by reading a
    table row per item; it replaces the index of (entity, date, page)."""
    conn.exec_driver_sql("DROP INDEX IF EXISTS ix_entity_refs_entity")
    conn.exec_driver_sql(
        "CREATE INDEX IF NOT EXISTS ix_entity_refs_entity_rows "
        "ON entity_refs (entity_id, date, document_id, source, idx)"
    )


def _v16_meetings_by_key(conn: Connection) -> None:
    """Version 16: meetings_by_key, each meeting row with its key, series and page head,
    clustered by key, filled in key order from meetings, meeting_refs and documents; its
    index by page is made after, so the fill appends instead of seeking. The index of refs
    by series and start also holds the ordinal: the unnumbered rows near a meeting's dates
    are found without reading each of its hundred rows."""
    conn.exec_driver_sql("DROP INDEX IF EXISTS ix_meeting_refs_series_start")
    conn.exec_driver_sql(
        "CREATE INDEX IF NOT EXISTS ix_meeting_refs_series_start_ordinal "
        "ON meeting_refs (series, start, ordinal)"
    )
    m, r, d = meetings.c, meeting_refs.c, documents.c
    meetings_by_key.create(conn, checkfirst=True)
    conn.execute(meetings_by_key.delete())
    by_page = next(iter(meetings_by_key.indexes))
    by_page.drop(conn)
    columns = [c.name for c in meetings_by_key.columns]
    sources = {"meeting_key": r.meeting_key, "series": r.series}
    sources |= {"title": d.title, "published": d.published, "publisher": d.publisher}
    rows = (
        select(*(sources[name] if name in sources else m[name] for name in columns))
        .join_from(meetings, meeting_refs, (r.document_id == m.document_id) & (r.idx == m.idx))
        .join(documents, d.id == m.document_id)
        .order_by(r.meeting_key, m.document_id, m.idx)
    )
    conn.execute(meetings_by_key.insert().from_select(columns, rows))
    by_page.create(conn)


def _v17_main_meeting_heads(conn: Connection) -> None:
    """Version 17: main_meetings also holds each page's title and date, filled from
    documents, so a listed page with a main meeting is read from one row, not two."""
    held = {c["name"] for c in inspect(conn).get_columns("main_meetings")}
    for name in ("title", "published"):
        if name not in held:
            conn.exec_driver_sql(f"ALTER TABLE main_meetings ADD COLUMN {name} TEXT")
    d = documents.c
    page = d.id == main_meetings.c.document_id
    conn.execute(
        main_meetings.update().values(
            title=select(d.title).where(page).scalar_subquery(),
            published=select(d.published).where(page).scalar_subquery(),
        )
    )


def _v18_document_urls(conn: Connection) -> None:
    """Version 18: document_urls, the addresses pages were fetched from (none before)."""
    document_urls.create(conn, checkfirst=True)


MIGRATIONS: list[Callable[[Connection], None]] = [
    _v1_create_all,
    _v2_facets_corrections,
    _v3_resolved_refs,
    _v4_longer_prefixes,
    _v5_facet_tags,
    _v6_reported_meetings,
    _v7_facet_sets,
    _v8_commitment_refs,
    _v9_document_heads,
    _v10_meeting_key_rows,
    _v11_main_meetings,
    _v12_family_names,
    _v13_no_facets_by_seq,
    _v14_fts_without_positions,
    _v15_entity_ref_rows,
    _v16_meetings_by_key,
    _v17_main_meeting_heads,
    _v18_document_urls,
]


def current_version(conn: Connection) -> int:
    """The highest applied migration, 0 for a store that has none yet."""
    if not inspect(conn).has_table("schema_version"):
        return 0
    return conn.execute(select(func.coalesce(func.max(schema_version.c.version), 0))).scalar_one()


def migrate(conn: Connection) -> int:
    """Apply the missing migrations in order; the caller holds the transaction. Returns version."""
    version = current_version(conn)
    if version == 0:
        foreign = [t for t in inspect(conn).get_table_names() if not t.startswith("sqlite_")]
        if foreign:
            names = ", ".join(sorted(foreign)[:3])
            raise StoreError(f"holds other tables ({names}), not a summitry store; choose another")
        schema_version.create(conn)
    if version > len(MIGRATIONS):
        raise StoreError(
            f"was written by a newer summitry (schema {version}, this one knows "
            f"{len(MIGRATIONS)}); upgrade summitry"
        )
    if version and version < len(MIGRATIONS):
        drop_views(conn)
    for number, step in enumerate(MIGRATIONS[version:], start=version + 1):
        step(conn)
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        conn.execute(schema_version.insert().values(version=number, applied_at=stamp))
    ensure_views(conn)
    return len(MIGRATIONS)


def has_fts(conn: Connection) -> bool:
    """Whether this store carries the SQLite FTS5 index (False on other dialects)."""
    return conn.dialect.name == "sqlite" and inspect(conn).has_table("documents_fts")
