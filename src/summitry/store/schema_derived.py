"""The store's derived tables, which the queries read by index: facets, canonical keys,
commitments and the sentences that report them done, each person's meetings, the meetings
placed in time, series names. Filled at ingest from the record and rebuilt from it by
`summitry reindex`."""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, Integer, Table, Text

from summitry.store.schema_pages import CHILD_TABLES, metadata, page_seq_key

__all__ = [
    "DERIVED_TABLES",
    "RESOLVED_TABLES",
    "completions",
    "entity_refs",
    "facets",
    "meeting_dates",
    "person_meetings",
    "series_names",
]

# Each page's facet values (forum, level, year, country, publisher and site, derived from
# its stored record and addresses) in one short row keyed by the page's `seq`: `pairs` holds
# one "name<TAB>value" line each, between newlines (facets.encode_pairs). Counting the facets
# of a thousand matches reads a thousand short rows; a search without the SQLite full-text
# index checks each match's row for the values chosen.
facets = Table(
    "facets",
    metadata,
    page_seq_key(),
    Column("pairs", Text, nullable=False),
)

# Canonical keys of each page's people, speakers and mentions (summitry.resolve.refs), kept
# at ingest so that the person, country and timeline queries look them up by index.
entity_refs = Table(
    "entity_refs",
    metadata,
    Column("document_id", Text, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("source", Text, primary_key=True),  # people, statements, mentions.<kind>, body
    Column("idx", Integer, primary_key=True, autoincrement=False),
    Column("entity_id", Text, primary_key=True),
    Column("kind", Text, nullable=False),  # person, person_short, speaker, topic, country...
    Column("first_word", Text),
    Column("last_word", Text),
    Column("acronym", Text),
    Column("title", Text),
    Column("country", Text),
    Column("date", Text),  # the page's date: its main meeting's start, else published
    Column("evidence_start", Integer),
    Column("evidence_end", Integer),
    # what the ref's people or statements row says of it: the name as the page writes it
    # (the person's, or the statement's speaker), the person's role, the statement's act
    Column("name", Text),
    Column("role", Text),
    Column("act", Text),
    # an entity's refs newest first, with what each says of it: a person's totals (spellings,
    # titles, roles, statements by act) and a country's pages from the index alone
    Index(
        "ix_entity_refs_entity_totals",
        "entity_id",
        "date",
        "document_id",
        "source",
        "idx",
        "kind",
        "title",
        "country",
        "name",
        "role",
        "act",
    ),  # fmt: skip
    # a family name's people, titles and countries from the index alone
    Index("ix_entity_refs_first_word_names", "first_word", "kind", "entity_id", "title", "country"),
    Index("ix_entity_refs_last_word_names", "last_word", "kind", "entity_id", "title", "country"),
    Index("ix_entity_refs_acronym", "acronym"),
)

# Each sentence of a dated page with a verb that reports something done (kb completions.yaml),
# once for each initiative the page names, with the page's date and publisher's country:
# the commitments view finds the first later report on an initiative here, by (initiative,
# date), without reading pages. Keyed and clustered so (without rowid on SQLite): an
# initiative's reports lie together in date order. `idx` is the sentence's order among the
# page's completion sentences.
completions = Table(
    "completions",
    metadata,
    Column("entity_id", Text, primary_key=True),  # initiative:<slug>, as in entity_refs
    Column("date", Text, primary_key=True),  # the page's date, as entity_refs.date
    Column("document_id", Text, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("idx", Integer, primary_key=True, autoincrement=False),
    Column("publisher_country", Text),
    Column("text", Text, nullable=False),
    Column("evidence_start", Integer),
    Column("evidence_end", Integer),
    Index("ix_completions_page", "document_id", "idx"),
    sqlite_with_rowid=False,
)

# Each main meeting of a page, once for each person the page names (entity_refs' people
# refs), keyed and clustered by (person, page, meeting index) (without rowid on SQLite): a
# person's meetings lie together, so their list and count are read from one range, not
# from each page naming the person.
person_meetings = Table(
    "person_meetings",
    metadata,
    Column("entity_id", Text, primary_key=True),  # person:<key>, as in entity_refs
    Column("document_id", Text, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("idx", Integer, primary_key=True, autoincrement=False),  # the meetings row's
    Column("meeting_key", Text, nullable=False),
    Column("start", Text),
    Index("ix_person_meetings_page", "document_id", "idx"),
    sqlite_with_rowid=False,
)

RESOLVED_TABLES = (entity_refs, completions, person_meetings)

# Each meeting a page reports (a key with a main row) placed in time, so that the meetings
# list is read in date order from an index: `day` is a start a correction of the meeting
# sets, else the earliest start its reporting pages give (else any page), else the year
# inferred for it as 'YYYY', else NULL; `rank` says which (store.meeting_dates), so a later
# page can only move it to better evidence.
meeting_dates = Table(
    "meeting_dates",
    metadata,
    Column("meeting_key", Text, primary_key=True),
    Column("day", Text),
    Column("rank", Integer, nullable=False),
    Index("ix_meeting_dates_day", "day", "meeting_key"),
)


# Each meeting name a series was reported under, once: a name fragment that is no
# known series ('ASEAN-ROK Foreign') is matched here, not against every meetings row.
series_names = Table(
    "series_names",
    metadata,
    Column("series", Text, primary_key=True),
    Column("name", Text, primary_key=True),
)

# Every table computed from the stored records: rebuilt by summitry.store.reindex.
DERIVED_TABLES = (
    *CHILD_TABLES,
    *RESOLVED_TABLES,
    series_names,
    facets,
    meeting_dates,
)
