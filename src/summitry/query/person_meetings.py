"""The meetings a person attended: the main meetings of the pages naming them, newest first,
from their range of person_meetings, with the pages that only mention them ('Minister
Kang') read by page."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, func, literal, or_, select

from summitry.query.common import chunks, meeting_label
from summitry.query.entity_results import PersonMeeting
from summitry.store.schema import entity_refs, meetings, person_meetings

__all__ = ["Scope", "person_meetings_list"]


@dataclass(frozen=True, slots=True)
class Scope:
    """The refs that count for one person: their ids (merges folded in), less split pages."""

    ids: list[str]
    dropped: list[str]

    def where(self, source: str) -> ColumnElement[bool]:
        c = entity_refs.c
        kept = c.document_id.not_in(self.dropped) if self.dropped else literal(True)
        return and_(c.entity_id.in_(self.ids), c.source == source, kept)


def person_meetings_list(
    conn: Connection, scope: Scope, short: ColumnElement[bool] | None, limit: int | None
) -> tuple[list[PersonMeeting], int]:
    """The newest `limit` main meetings of the pages naming the person, with the person's role
    there, newest first; and how many there are. Each meeting's newest day is a GROUP BY over
    the person's range of person_meetings; rows without a start, dated by their page, and the
    main meetings of pages that only mention the person are added in Python."""
    pm = person_meetings.c
    days: dict[str, str | None] = dict(
        conn.execute(
            select(pm.meeting_key, func.max(pm.start))
            .where(_own_meetings(scope))
            .group_by(pm.meeting_key)
        ).all()
    )
    extra = _undated_rows(conn, scope) + _short_only_rows(conn, scope, short)
    for m in extra:
        days[m.meeting_key] = max((d for d in (days.get(m.meeting_key), m.day) if d), default=None)
    newest = sorted(days, key=lambda key: key)
    newest.sort(key=lambda key: days[key] or "", reverse=True)
    newest.sort(key=lambda key: days[key] is None)
    keys = newest[:limit] if limit is not None else newest
    rows, named = _listed_rows(conn, scope, keys, extra)
    firsts = _first_rows(conn, rows, named)
    roles = _roles(conn, scope, [first.document_id for first in firsts.values()])
    found: dict[str, dict[str, Any]] = {}
    for m in rows:
        _add_entry(found, firsts[m.meeting_key], m.document_id, roles.get(m.document_id, ""))
    for key, entry in found.items():
        entry["start"] = entry["start"] or days[key]
    listed = sorted(found.values(), key=lambda m: (m["start"] or "", m["id"]), reverse=True)
    return [PersonMeeting(**m) for m in listed], len(days)


def _own_meetings(scope: Scope) -> ColumnElement[bool]:
    """The person's rows of person_meetings, less split pages."""
    pm = person_meetings.c
    kept = pm.document_id.not_in(scope.dropped) if scope.dropped else literal(True)
    return and_(pm.entity_id.in_(scope.ids), kept)


@dataclass(frozen=True, slots=True)
class _Row:
    """A main meetings row of a page that counts for the person, with the day it gives."""

    meeting_key: str
    document_id: str
    idx: int
    day: str | None


def _undated_rows(conn: Connection, scope: Scope) -> list[_Row]:
    """The person's person_meetings rows without a start, dated by their page."""
    pm, c = person_meetings.c, entity_refs.c
    stmt = select(pm.meeting_key, pm.document_id, pm.idx).where(_own_meetings(scope))
    rows = list(conn.execute(stmt.where(pm.start.is_(None)).distinct()))
    dates: dict[str, str | None] = {}
    for part in chunks(sorted({r.document_id for r in rows})):
        stmt = select(c.document_id, c.date).where(scope.where("people"))
        for row in conn.execute(stmt.where(c.document_id.in_(part))):
            dates[row.document_id] = row.date
    return [_Row(r.meeting_key, r.document_id, r.idx, dates.get(r.document_id)) for r in rows]


def _short_only_rows(
    conn: Connection, scope: Scope, short: ColumnElement[bool] | None
) -> list[_Row]:
    """The main meetings rows of the pages with a short mention of the person that do not name
    them, dated by their start, else the page (from the meetings page index alone)."""
    if short is None:
        return []
    c, m = entity_refs.c, meetings.c
    dates = dict(conn.execute(select(c.document_id, c.date).where(short)).all())
    for part in chunks(sorted(dates)):
        named = select(c.document_id).where(scope.where("people"), c.document_id.in_(part))
        for (doc,) in conn.execute(named):
            dates.pop(doc, None)
    found = []
    for part in chunks(sorted(dates)):
        stmt = select(m.meeting_key, m.document_id, m.idx, m.start)
        stmt = stmt.where(m.document_id.in_(part), _unindexed(m.role) == "main")
        found += [
            _Row(r.meeting_key, r.document_id, r.idx, r.start or dates[r.document_id])
            for r in conn.execute(stmt)
        ]
    return found


def _listed_rows(
    conn: Connection, scope: Scope, keys: list[str], extra: list[_Row]
) -> tuple[list[_Row], dict[tuple[str, str, int], Any]]:
    """Every row (meeting_key, document_id, idx) of the listed meetings, by page and index;
    and what names the meeting on each of the person's person_meetings rows among them, its
    meetings row, joined by key."""
    pm, m = person_meetings.c, meetings.c
    wanted = set(keys)
    rows = {(r.meeting_key, r.document_id, r.idx) for r in extra if r.meeting_key in wanted}
    on = and_(m.meeting_key == pm.meeting_key, m.document_id == pm.document_id, m.idx == pm.idx)
    named: dict[tuple[str, str, int], Any] = {}
    for part in chunks(keys):
        stmt = select(*_LABEL).select_from(person_meetings.join(meetings, on))
        for r in conn.execute(stmt.where(_own_meetings(scope), pm.meeting_key.in_(part))):
            named[(r.meeting_key, r.document_id, r.idx)] = r
    rows.update(named)
    return [_Row(*r, None) for r in sorted(rows, key=lambda r: (r[1], r[2]))], named


def _roles(conn: Connection, scope: Scope, doc_ids: list[str]) -> dict[str, str]:
    """The person's role on each page: the first its refs give other than 'mentioned', else
    'mentioned' (as on a page that only mentions them)."""
    c = entity_refs.c
    roles = dict.fromkeys(doc_ids, "mentioned")
    for part in chunks(sorted(set(doc_ids))):
        stmt = select(c.document_id, c.role).where(scope.where("people"))
        for doc, role in conn.execute(stmt.where(c.document_id.in_(part))):
            if roles[doc] == "mentioned":
                roles[doc] = role
    return roles


_LABEL = (
    meetings.c.meeting_key,
    meetings.c.document_id,
    meetings.c.idx,
    meetings.c.name,
    meetings.c.ordinal,
    meetings.c.forum,
    meetings.c.start,
)


def _first_rows(
    conn: Connection, rows: list[_Row], named: dict[tuple[str, str, int], Any]
) -> dict[str, Any]:
    """Meeting key -> the meetings row (_LABEL) of its first row among `rows` (in order): what
    names the meeting in the list; from `named`, else one key lookup each."""
    m = meetings.c
    firsts: dict[str, _Row] = {}
    for r in rows:
        firsts.setdefault(r.meeting_key, r)
    found = {
        key: named[(r.meeting_key, r.document_id, r.idx)]
        for key, r in firsts.items()
        if (r.meeting_key, r.document_id, r.idx) in named
    }
    wanted = [r for key, r in firsts.items() if key not in found]
    for part in chunks(wanted, 50):
        keys = [and_(m.meeting_key == r.meeting_key, m.document_id == r.document_id, m.idx == r.idx)
                for r in part]  # fmt: skip
        found.update(
            (row.meeting_key, row) for row in conn.execute(select(*_LABEL).where(or_(*keys)))
        )
    return found


def _add_entry(found: dict[str, dict[str, Any]], m: Any, document: str, role: str) -> None:
    """Add a page of a meeting to its entry {id, meeting, forum, start, role, documents}:
    `m`, the meeting's first row, names it; `role`, the person's on its page, is the entry's
    when the page is the first."""
    entry = found.setdefault(
        m.meeting_key,
        {
            "id": m.meeting_key,
            "meeting": meeting_label(m.name, m.ordinal),
            "forum": m.forum,
            "start": m.start,
            "role": role,
            "documents": [],
        },
    )
    if document not in entry["documents"]:
        entry["documents"].append(document)


def _unindexed(column: Any) -> Any:
    """The column as an expression no index serves, to keep SQLite from starting there."""
    return func.coalesce(column, "")
