"""The store's tables of each page's own (the page, its text and record, its lists, its
addresses, people's corrections) and the bookkeeping of builds, on the one MetaData every
table of summitry.store.schema is declared on; and the full-text index, the one
dialect-specific part, as DDL."""

from __future__ import annotations

from sqlalchemy import (
    CheckConstraint,
    Column,
    ForeignKey,
    Identity,
    Index,
    Integer,
    MetaData,
    Table,
    Text,
)

__all__ = [
    "CHILD_TABLES",
    "FTS5_DDL",
    "PG_FTS_DDL",
    "builds",
    "corrections",
    "document_urls",
    "documents",
    "meetings",
    "mentions",
    "metadata",
    "people",
    "records",
    "statements",
    "texts",
]

metadata = MetaData()

# One row per table: the schema it was made under and, for a derived table, the kb and
# resolve versions its rows were computed with (a table built with others is stale).
builds = Table(
    "builds",
    metadata,
    Column("name", Text, primary_key=True),
    Column("schema", Integer, nullable=False),
    Column("kb", Text),
    Column("resolve", Text),
    Column("built_at", Text, nullable=False),
)


# One row per page: its id (content hash), `seq` (a stable integer the full-text index and
# the facets point at: SQLite may renumber a rowid on VACUUM), its head, and the date and
# main meeting that date and label it wherever pages are listed. The text and the record are
# in tables of their own, so a page's row is small and listing pages reads few.
def page_seq_key() -> Column[int]:
    """A table's key that is a page's sequence number (one row a page, gone with the page)."""
    return Column(
        "seq",
        Integer,
        ForeignKey("documents.seq", ondelete="CASCADE"),
        primary_key=True,
        autoincrement=False,
    )


documents = Table(
    "documents",
    metadata,
    Column("id", Text, primary_key=True),
    Column("seq", Integer, Identity(), nullable=False, unique=True),
    Column("source", Text, nullable=False),
    Column("title", Text),
    Column("published", Text),
    Column("publisher", Text),
    Column("publisher_country", Text),
    Column("category", Text),
    Column("views", Integer),
    Column("language", Text),
    Column("ingested_at", Text, nullable=False),
    Column("date", Text),  # its first main meeting's start, else published
    Column("main_meeting", Text),  # the key of that main meeting (meetings.meeting_key)
    Index("ix_documents_published", "published", "ingested_at"),
)

# The text of each page, once: the full-text index's content table (title and body, and
# `tags`, the page's facet tokens, facets.facet_tag).
texts = Table(
    "texts",
    metadata,
    page_seq_key(),
    Column("title", Text),
    Column("body", Text, nullable=False),
    Column("tags", Text),
)

# Each page's record as JSON without its body (texts holds it), and, for a page whose
# record carries corrections, the record as extracted (`extracted`, also without body).
records = Table(
    "records",
    metadata,
    Column("document_id", Text, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("record", Text, nullable=False),
    Column("extracted", Text),
)


def _child(name: str, *columns: Column, indexes: tuple[Index, ...] = ()) -> Table:
    """A per-document list table: (document_id, idx) key, the item's columns, evidence."""
    return Table(
        name,
        metadata,
        Column(
            "document_id",
            Text,
            ForeignKey("documents.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        Column("idx", Integer, primary_key=True, autoincrement=False),
        *columns,
        Column("evidence_start", Integer),
        Column("evidence_end", Integer),
        *indexes,
    )


# Each meeting a page names, with its canonical key and series (summitry.resolve.refs),
# keyed by (meeting key, page, index) and clustered so (without rowid on SQLite): the
# hundred rows of a meeting reported a hundred times lie together.
meetings = Table(
    "meetings",
    metadata,
    Column("meeting_key", Text, primary_key=True),
    Column("document_id", Text, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("idx", Integer, primary_key=True, autoincrement=False),
    Column("series", Text, nullable=False),
    Column("name", Text, nullable=False),
    Column("acronym", Text),
    Column("forum", Text),
    Column("level", Text),
    Column("ordinal", Integer),
    Column("start", Text),
    Column("end", Text),
    Column("year", Integer),
    Column("city", Text),
    Column("country", Text),
    Column("venue", Text),
    Column("format", Text),
    Column("theme", Text),
    Column("role", Text, nullable=False),
    Column("evidence_start", Integer),
    Column("evidence_end", Integer),
    # a page's meetings with their role and start (and key) from the index alone
    Index("ix_meetings_page_role", "document_id", "idx", "role", "start"),
    Index("ix_meetings_series_ordinal", "series", "ordinal"),
    # an unnumbered row near a meeting's dates is told apart in the index
    Index("ix_meetings_series_start", "series", "start", "ordinal"),
    Index("ix_meetings_role_start", "role", "start"),
    Index("ix_meetings_forum_name", "forum", "name"),
    Index("ix_meetings_ordinal", "ordinal"),
    sqlite_with_rowid=False,
)

people = _child(
    "people",
    Column("name", Text, nullable=False),
    Column("title", Text),
    Column("country", Text),
    Column("role", Text, nullable=False),
    # a country's people on given pages from the index alone (query.country)
    indexes=(
        Index("ix_people_name", "name"),
        Index("ix_people_country_page", "country", "document_id", "role"),
    ),
)

# countries, organizations and initiatives: plain strings, one row each, idx within kind,
# with the first words of the body naming it (evidence) and the whole sentence they are in
# (sentence_start/end: offsets into texts.body, split as the extractor splits sentences).
mentions = Table(
    "mentions",
    metadata,
    Column("document_id", Text, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("kind", Text, primary_key=True),
    Column("idx", Integer, primary_key=True, autoincrement=False),
    Column("value", Text, nullable=False),
    Column("evidence_start", Integer),
    Column("evidence_end", Integer),
    Column("sentence_start", Integer),
    Column("sentence_end", Integer),
    CheckConstraint("kind IN ('country', 'organization', 'initiative')", name="ck_mentions_kind"),
    Index("ix_mentions_kind_value", "kind", "value"),
)

# Each statement with its page's date and the code of its actor (the country its speaker
# serves, or the speaker when that is a code): commitments (act 'commit') are listed in
# date order, and by actor, from an index. sentence_start/end are the offsets into
# texts.body of the whole sentence the statement is in (its text may stop mid-clause).
statements = _child(
    "statements",
    Column("speaker", Text, nullable=False),
    Column("act", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("date", Text),
    Column("actor_country", Text),
    Column("sentence_start", Integer),
    Column("sentence_end", Integer),
    indexes=(
        Index("ix_statements_speaker_act", "speaker", "act"),
        Index("ix_statements_act_date", "act", "date", "document_id", "idx"),
        Index("ix_statements_act_actor", "act", "actor_country", "date", "document_id", "idx"),
    ),
)

CHILD_TABLES = (meetings, people, mentions, statements)

# Corrections made by people, kept apart from extractions; `value` is JSON text.
corrections = Table(
    "corrections",
    metadata,
    Column("id", Integer, Identity(), primary_key=True),
    Column("target", Text, nullable=False),
    Column("action", Text, nullable=False),
    Column("field", Text),
    Column("value", Text),
    Column("note", Text),
    Column("created_at", Text, nullable=False),
    CheckConstraint("action IN ('set', 'clear', 'merge', 'split')", name="ck_corrections_action"),
    Index("ix_corrections_target", "target"),
)

# Each address a page was fetched from (a WARC record, a JSONL line), with its
# site (host without "www.") and fetch time: a page seen at two URLs is one document with both.
document_urls = Table(
    "document_urls",
    metadata,
    Column("document_id", Text, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("url", Text, primary_key=True),
    Column("site", Text, nullable=False),
    Column("fetched", Text),
    Index("ix_document_urls_url", "url"),
)

# SQLite: an FTS5 index over texts(title, body, tags) that stores no text of its own
# (content='texts'), kept by triggers in the transaction of every write. Prefix indexes
# of 2 to 6 characters keep 'minis*' from merging every term under it; detail=column keeps
# which column holds a token but not its positions, half the size.
FTS5_DDL = (
    """CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, body, tags, content='texts', content_rowid='seq',
        tokenize='porter unicode61 remove_diacritics 2', prefix='2 3 4 5 6', detail=column)""",
    """CREATE TRIGGER documents_fts_ai AFTER INSERT ON texts BEGIN
        INSERT INTO documents_fts(rowid, title, body, tags)
        VALUES (new.seq, new.title, new.body, new.tags);
    END""",
    """CREATE TRIGGER documents_fts_ad AFTER DELETE ON texts BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, body, tags)
        VALUES ('delete', old.seq, old.title, old.body, old.tags);
    END""",
    """CREATE TRIGGER documents_fts_au AFTER UPDATE OF seq, title, body, tags ON texts BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, body, tags)
        VALUES ('delete', old.seq, old.title, old.body, old.tags);
        INSERT INTO documents_fts(rowid, title, body, tags)
        VALUES (new.seq, new.title, new.body, new.tags);
    END""",
)

# PostgreSQL: a stored tsvector (title weighs A, body B) kept by the server, with GIN.
PG_FTS_DDL = (
    """ALTER TABLE texts ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(title, '')), 'A')
        || setweight(to_tsvector('english', body), 'B')) STORED""",
    "CREATE INDEX ix_texts_tsv ON texts USING GIN (tsv)",
)
