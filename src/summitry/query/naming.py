"""The pages that name an entity, newest first by the entity index, and what pages call an
initiative: shared by the country and initiative views, which must stay bounded however
many pages name what they show."""

from __future__ import annotations

import functools

from sqlalchemy import ColumnElement, Connection, Subquery, and_, func, select

from summitry.kb.load import load_kb
from summitry.query.common import unsplit
from summitry.query.entity_results import PageMeeting
from summitry.resolve.corrections import Corrections
from summitry.resolve.keys import canonical_initiative, initiative_id
from summitry.store.schema import entity_refs, meetings, mentions

__all__ = [
    "NAME_SAMPLE",
    "WINDOW",
    "initiative_names",
    "meetings_of_pages",
    "naming",
    "newest_pages",
    "pages_naming",
]

# The newest pages naming an entity that a view reads its lists from (statements, meetings,
# initiatives raised), so a view's cost is bounded on any store (docs/benchmarks.md).
WINDOW = 2_000
NAME_SAMPLE = 200  # newest mentions read to name an initiative the kb does not know


def naming(ids: list[str], corrections: Corrections | None) -> ColumnElement[bool]:
    """entity_refs rows of the given ids, less the pages a split took out of one."""
    c = entity_refs.c
    return and_(c.entity_id.in_(ids), unsplit(c.entity_id, c.document_id, ids, corrections))


def pages_naming(conn: Connection, named: ColumnElement[bool]) -> int:
    """How many pages have a ref that `named` selects."""
    count = select(func.count(entity_refs.c.document_id.distinct())).where(named)
    return conn.execute(count).scalar_one()


def newest_pages(named: ColumnElement[bool]) -> Subquery:
    """(document_id, date) of the newest WINDOW pages with refs `named` selects."""
    c = entity_refs.c
    newest = (
        select(c.document_id, func.max(c.date).label("date"))
        .where(named)
        .group_by(c.document_id)
        .order_by(func.max(c.date).desc().nulls_last(), c.document_id)
        .limit(WINDOW)
    )
    return newest.subquery("docs")


def meetings_of_pages(
    conn: Connection, pages: Subquery, limit: int | None
) -> tuple[list[PageMeeting], dict[str, str], int]:
    """The newest `limit` main meetings the pages (document_id, date) report (not labelled
    yet), the first of its pages for each meeting id (to label it by), and how many there
    are."""
    m = meetings.c
    start = func.max(func.coalesce(m.start, pages.c.date))
    stmt = (
        select(
            m.meeting_key,
            func.max(m.forum).label("forum"),
            start.label("start"),
            func.min(pages.c.document_id).label("first"),
            func.aggregate_strings(pages.c.document_id, " ").label("documents"),
            func.count().over().label("total"),
        )
        .select_from(pages)
        .join(meetings, m.document_id == pages.c.document_id)
        # the role checked on the pages' rows: by the role index SQLite would read every
        # main meeting of the store
        .where(func.coalesce(m.role, "") == "main")
        .group_by(m.meeting_key)
        .order_by(start.desc().nulls_last(), m.meeting_key)
        .limit(limit)
    )
    rows = conn.execute(stmt).all()
    listed = [
        PageMeeting(row.meeting_key, None, row.forum, row.start, sorted(set(row.documents.split())))
        for row in rows
    ]
    firsts = {row.meeting_key: row.first for row in rows}
    return listed, firsts, rows[0].total if rows else 0


@functools.cache
def _kb_initiatives() -> dict[str, str]:
    """Initiative id -> its kb name, for every initiative the kb knows."""
    return {initiative_id(name): name for name in load_kb().initiatives}


def initiative_names(conn: Connection, ids: list[str]) -> dict[str, str]:
    """Initiative id -> the kb name, else the name its newest NAME_SAMPLE mentions use most
    (the entity index bounds the read however often pages name it)."""
    known = _kb_initiatives()
    found = {i: known[i] for i in ids if i in known}
    r, v = entity_refs.c, mentions.c
    for eid in (i for i in ids if i not in known):
        newest = (
            select(r.document_id, r.idx)
            .where(r.entity_id == eid, r.source == "mentions.initiative")
            .order_by(r.date.desc().nulls_last(), r.document_id.desc())
            .limit(NAME_SAMPLE)
            .subquery("newest")
        )
        used = func.count().label("used")
        stmt = (
            select(v.value, used)
            .join(newest, and_(v.document_id == newest.c.document_id, v.idx == newest.c.idx))
            .where(v.kind == "initiative")
            .group_by(v.value)
            .order_by(used.desc(), v.value)
            .limit(1)
        )
        top = conn.execute(stmt).first()
        if top is not None:
            kb_name = canonical_initiative(top.value)
            found[eid] = kb_name if kb_name in load_kb().initiatives else top.value
    return found
