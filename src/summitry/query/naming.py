"""The pages that name an entity, newest first by the entity index, and what pages call an
initiative: shared by the country and initiative views, which must stay bounded however
many pages name what they show."""

from __future__ import annotations

import functools
from collections import Counter
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, func, select

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
    "Pages",
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
    """How many pages have a ref that `named` selects. A page's refs share its date, so
    grouping by (date, page) follows the entity index and counts without a sort."""
    c = entity_refs.c
    pages = select(c.document_id).where(named).group_by(c.date, c.document_id).subquery()
    return conn.execute(select(func.count()).select_from(pages)).scalar_one()


Pages = dict[str, str | None]  # page id -> its date, newest first


def newest_pages(conn: Connection, named: ColumnElement[bool]) -> Pages:
    """The newest WINDOW pages with refs `named` selects (undated last; a day's pages by
    id, last first), read in the entity index's order: a view reads its lists from them."""
    c = entity_refs.c
    newest = (
        select(c.document_id, c.date)
        .where(named)
        .group_by(c.date, c.document_id)
        .order_by(c.date.desc().nulls_last(), c.document_id.desc())
        .limit(WINDOW)
    )
    return {doc_id: date for doc_id, date in conn.execute(newest)}


def meetings_of_pages(
    conn: Connection, pages: Pages, limit: int | None
) -> tuple[list[PageMeeting], dict[str, str], int]:
    """The newest `limit` main meetings the pages report (not labelled yet), each dated by
    its latest start (else its latest page's date), the first of its pages for each meeting
    id (to label it by), and how many there are. One read of the pages' meetings rows."""
    m = meetings.c
    stmt = select(m.meeting_key, m.document_id, m.forum, m.start).where(
        m.document_id.in_(list(pages)),
        # the role checked on the pages' rows: by the role index SQLite would read every
        # main meeting of the store
        func.coalesce(m.role, "") == "main",
    )
    found: dict[str, list[Any]] = {}
    for row in conn.execute(stmt) if pages else ():
        found.setdefault(row.meeting_key, []).append(row)
    listed = [_page_meeting(key, rows, pages) for key, rows in found.items()]
    listed.sort(key=lambda item: item.id)
    listed.sort(key=lambda item: item.start or "", reverse=True)
    listed.sort(key=lambda item: item.start is None)
    shown = listed[:limit] if limit is not None else listed
    firsts = {item.id: item.documents[0] for item in shown}
    return shown, firsts, len(listed)


def _page_meeting(key: str, rows: list[Any], pages: Pages) -> PageMeeting:
    """One meeting from its rows on the pages: forum and start the greatest given."""
    forums = [r.forum for r in rows if r.forum is not None]
    starts = [pages[r.document_id] if r.start is None else r.start for r in rows]
    start = max((s for s in starts if s is not None), default=None)
    documents = sorted({r.document_id for r in rows})
    return PageMeeting(key, None, max(forums, default=None), start, documents)


@functools.cache
def _kb_initiatives() -> dict[str, str]:
    """Initiative id -> its kb name, for every initiative the kb knows."""
    return {initiative_id(name): name for name in load_kb().initiatives}


def initiative_names(conn: Connection, ids: list[str]) -> dict[str, str]:
    """Initiative id -> the kb name, else the name its newest NAME_SAMPLE mentions use most
    (the entity index bounds the read however often pages name it)."""
    known = _kb_initiatives()
    found = {i: known[i] for i in ids if i in known}
    r = entity_refs.c
    for eid in (i for i in ids if i not in known):
        newest = (
            select(r.document_id, r.idx)
            .where(r.entity_id == eid, r.source == "mentions.initiative")
            .order_by(r.date.desc().nulls_last(), r.document_id.desc())
            .limit(NAME_SAMPLE)
        )
        top = _most_used(conn, [(doc_id, idx) for doc_id, idx in conn.execute(newest)])
        if top is not None:
            kb_name = canonical_initiative(top)
            found[eid] = kb_name if kb_name in load_kb().initiatives else top
    return found


def _most_used(conn: Connection, refs: list[tuple[str, int]]) -> str | None:
    """The value the initiative mentions at `refs` (page, idx) give most, the least value
    of a tie. Half of them and one are read, the rest only when another value could still
    catch up: a name most pages spell alike costs half the reads."""
    v = mentions.c
    counted: Counter[str] = Counter()
    left = len(refs)
    half = left // 2 + 1
    for part in (refs[:half], refs[half:]):
        if part:
            wanted = set(part)
            pages = sorted({doc_id for doc_id, _ in part})
            stmt = select(v.document_id, v.idx, v.value)
            stmt = stmt.where(v.document_id.in_(pages), v.kind == "initiative")
            rows = conn.execute(stmt)
            counted.update(value for doc_id, idx, value in rows if (doc_id, idx) in wanted)
        left -= len(part)
        ranked = sorted(counted.items(), key=lambda item: (-item[1], item[0]))
        if ranked:
            lead = ranked[0][1] - (ranked[1][1] if len(ranked) > 1 else 0)
            if lead > left or not left:
                return ranked[0][0]
    return None
