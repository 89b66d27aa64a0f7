"""Who took part in a meeting: the chairs and attendees its reporting pages name, and the
countries they serve (with the host), for exports such as FollowTheMoney's Event.involved."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import Connection, and_, select

from summitry.kb.load import load_kb
from summitry.query.common import norm
from summitry.query.results import Attendee, Participants
from summitry.resolve.keys import person_id
from summitry.store.schema import meetings, people

__all__ = ["PAGES_READ", "participants"]

PAGES_READ = 25  # reporting pages a meeting's participants are read from


def participants(conn: Connection, meeting_id: str, host: str | None = None) -> Participants:
    """The people named as chair, co-chair or attendee on the pages reporting a meeting, and
    the countries (alpha-3) those people serve, then the host, once each in that order."""
    r, p = meetings.c, people.c
    pages = (
        select(r.document_id)
        .where(r.meeting_key == meeting_id, r.role == "main")
        .distinct()
        .order_by(r.document_id)
        .limit(PAGES_READ)
        .subquery()
    )
    stmt = (
        select(p.name, p.country, p.role)
        .join(pages, and_(pages.c.document_id == p.document_id))
        .where(p.role != "mentioned")
        .order_by(p.document_id, p.idx)
    )
    found: dict[str, Attendee] = {}
    for row in conn.execute(stmt):
        pid = person_id(row.name) or f"person:{norm(row.name)}"
        seen = found.setdefault(pid, Attendee(pid, row.name, None, row.role))
        if not seen.country:
            found[pid] = replace(seen, country=seen.country or row.country)
    known = load_kb().countries
    codes = [p.country for p in found.values() if p.country in known]
    codes += [host] if host in known else []
    return Participants(list(found.values()), list(dict.fromkeys(codes)))
