"""Derived data a store made before it was declared gets on opening, from its own rows:
entity_refs' name, role and act, and the person_meetings table. These are the rows a
rebuild writes, read from the tables they derive from (no record is read), so they keep the
stamp of the table they come from: minutes at 10^6 pages where a reindex takes an hour.
"""

from __future__ import annotations

from sqlalchemy import Connection, and_, select

from summitry.store.schema import builds, entity_refs, meetings, people, person_meetings, statements

__all__ = ["REF_COLUMNS", "fill_person_meetings", "fill_ref_columns"]

REF_COLUMNS = frozenset({"name", "role", "act"})  # entity_refs' columns fill_ref_columns fills


def fill_ref_columns(conn: Connection) -> None:
    """entity_refs' name, role and act from the people and statements rows the refs stand
    for, in two UPDATEs."""
    e, p, s = entity_refs.c, people.c, statements.c
    of_person = and_(e.source == "people", e.document_id == p.document_id, e.idx == p.idx)
    conn.execute(entity_refs.update().where(of_person).values(name=p.name, role=p.role))
    said = and_(e.source == "statements", e.document_id == s.document_id, e.idx == s.idx)
    conn.execute(entity_refs.update().where(said).values(name=s.speaker, act=s.act))


def fill_person_meetings(conn: Connection) -> None:
    """person_meetings from the people refs and main meetings rows of every page, in one
    INSERT; stamped as entity_refs is."""
    e, m = entity_refs.c, meetings.c
    found = select(e.entity_id, m.document_id, m.idx, m.meeting_key, m.start).distinct()
    found = found.join_from(entity_refs, meetings, m.document_id == e.document_id)
    found = found.where(e.source == "people", m.role == "main")
    columns = ["entity_id", "document_id", "idx", "meeting_key", "start"]
    conn.execute(person_meetings.insert().from_select(columns, found))
    b = builds.c
    stamp = conn.execute(select(b.kb, b.resolve, b.built_at).where(b.name == "entity_refs")).one()
    conn.execute(builds.update().where(b.name == person_meetings.name).values(**stamp._asdict()))
