"""One person across pages: every spelling of the name, short mentions ('Minister Kang') that
resolve to them, titles over time, meetings attended and statements made.

Counts come from SQL aggregates over the entity_refs index; only the newest `limit` meetings,
statements and short mentions are read in full, so a person named on thousands of pages
costs about what one named on a few does."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, and_, func, literal, or_, select

from summitry.query.common import DocInfo, doc_infos, meeting_label, ref_of, with_stored_corrections
from summitry.query.entity_results import (
    PersonMeeting,
    PersonStatement,
    PersonView,
    ShortMention,
    TitleSpan,
)
from summitry.query.meeting_find import QueryError
from summitry.query.person_ref import PersonRef, resolve_person, resolves_only_to
from summitry.query.results import with_fields
from summitry.resolve.corrections import Corrections, aliases_of, apply_fields, split_pages
from summitry.store.schema import entity_refs, meetings, people, statements

__all__ = ["PERSON_LIMIT", "person"]

PERSON_LIMIT = 50  # meetings, statements and short mentions listed by default; totals count all


@dataclass(frozen=True, slots=True)
class Scope:
    """The refs that count for one person: their ids (merges folded in), less split pages."""

    ids: list[str]
    dropped: list[str]

    def where(self, source: str) -> ColumnElement[bool]:
        c = entity_refs.c
        kept = c.document_id.not_in(self.dropped) if self.dropped else literal(True)
        return and_(c.entity_id.in_(self.ids), c.source == source, kept)


@with_stored_corrections
def person(
    store: Any,
    name: str,
    corrections: Corrections | None = None,
    limit: int | None = PERSON_LIMIT,
    act: str | None = None,
) -> PersonView | None:
    """The person a name, id or 'Title Family-name' means; None when no one; QueryError
    when a short name fits several people. The newest `limit` meetings, statements (of one
    act, if given) and short mentions are listed, with their totals; limit=None lists all."""
    if not name.strip():
        raise QueryError("give a person's name or id, e.g. 'Kang Kyung-wha'")
    with store.engine.connect() as conn:
        found = resolve_person(conn, name, corrections)
        if found.id is None:
            if found.candidates:
                listed = ", ".join(found.candidates)
                raise QueryError(f"{name!r} may be {listed}: give the full name or an id")
            return None
        view = _view(conn, found.id, corrections, None if limit is None else max(0, limit), act)
    if view is None:
        return None
    return with_fields(view, apply_fields(found.id, {}, corrections))


def _view(
    conn: Connection, pid: str, corrections: Corrections | None, limit: int | None, act: str | None
) -> PersonView | None:
    dropped = split_pages([pid], corrections).get(pid, [])
    scope = Scope(aliases_of(pid, corrections), dropped)
    titles = _titles(conn, scope)
    by_act = _counts(conn, _said(scope).with_only_columns(statements.c.act), statements.c.act)
    if not titles and not by_act:
        return None
    names = _counts(conn, _named(scope).with_only_columns(people.c.name), people.c.name)
    speakers = _counts(
        conn, _said(scope).with_only_columns(statements.c.speaker), statements.c.speaker
    )
    short, why = _short_where(conn, pid, scope, names, corrections)
    listed, meetings_total = _meetings(conn, scope, short, limit)
    said = _said(scope).where(statements.c.act == act) if act else _said(scope)
    said_rows = list(conn.execute(_newest(said, limit, statements.c.document_id, statements.c.idx)))
    mentions = select(entity_refs).where(short) if short is not None else None
    short_rows = (
        list(conn.execute(_newest(mentions, limit, entity_refs.c.document_id)))
        if mentions is not None
        else []
    )
    infos = doc_infos(conn, {r.document_id for r in said_rows + short_rows})
    return PersonView(
        id=pid,
        name=_most_common(names or speakers),
        names=sorted(set(names) | set(speakers)),
        countries=sorted({t.country for t in titles if t.country}),
        titles=titles,
        meetings=listed,
        meetings_total=meetings_total,
        statements=[_statement(s, infos[s.document_id]) for s in said_rows],
        statements_total=sum(by_act.values()) if not act else by_act.get(act, 0),
        statements_by_act=dict(sorted(by_act.items())),
        short_mentions=[_short(m, infos[m.document_id], why) for m in short_rows],
        short_mentions_total=_count(conn, short),
        limit=limit,
    )


def _named(scope: Scope) -> Select:
    """people rows of the person (joined to their refs)."""
    joined = entity_refs.join(people, ref_of(people, "people"))
    return select(people).select_from(joined).where(scope.where("people"))


def _said(scope: Scope) -> Select:
    """statements rows the person made (joined to their refs)."""
    joined = entity_refs.join(statements, ref_of(statements, "statements"))
    return (
        select(statements, entity_refs.c.date).select_from(joined).where(scope.where("statements"))
    )


def _counts(conn: Connection, stmt: Select, column: Any) -> dict[Any, int]:
    """value -> rows, one GROUP BY."""
    grouped = stmt.add_columns(func.count()).group_by(column)
    return {value: n for value, n in conn.execute(grouped)}


def _most_common(counts: dict[str, int]) -> str:
    return min(counts, key=lambda name: (-counts[name], name))


def _count(conn: Connection, where: ColumnElement[bool] | None) -> int:
    if where is None:
        return 0
    return conn.execute(select(func.count()).select_from(entity_refs).where(where)).scalar_one()


def _newest(stmt: Select, limit: int | None, *then: Any) -> Select:
    """stmt's rows by their page's date, newest first (undated last), at most limit."""
    ordered = stmt.order_by(entity_refs.c.date.desc().nulls_last(), *then, entity_refs.c.idx)
    return ordered.limit(limit) if limit is not None else ordered


def _titles(conn: Connection, scope: Scope) -> list[TitleSpan]:
    """Each title held, with the first and last date a page gives it and how many pages do,
    oldest first."""
    c = entity_refs.c
    stmt = (
        select(
            c.title,
            c.country,
            func.min(c.date),
            func.max(c.date),
            func.count(c.document_id.distinct()),
        )
        .where(scope.where("people"))
        .group_by(c.title, c.country)
    )
    found = [TitleSpan(*row) for row in conn.execute(stmt)]
    return sorted(found, key=lambda t: (t.first is None, t.first or "", t.title or ""))


def _short_where(
    conn: Connection,
    pid: str,
    scope: Scope,
    names: dict[str, int],
    corrections: Corrections | None,
) -> tuple[ColumnElement[bool] | None, dict[tuple[str, str | None, str | None], str]]:
    """SQL for the short mentions ('Minister Kang') that resolve to pid, and why each does.

    A mention resolves by its family name, title and country alone, so each distinct
    (title, country) of a family name is resolved once, not each mention."""
    c = entity_refs.c
    kept = c.document_id.not_in(scope.dropped) if scope.dropped else literal(True)
    parts, why = [], {}
    for surname in sorted({w for n in names for w in _ends(n)}):
        of_name = and_(c.entity_id == "person:~" + surname, c.kind == "person_short", kept)
        pairs = []
        for title, country in conn.execute(select(c.title, c.country).where(of_name).distinct()):
            ref = PersonRef(title or "", surname=surname, title=title, country=country)
            if (reason := resolves_only_to(conn, pid, ref, corrections)) is not None:
                pairs.append(and_(_is(c.title, title), _is(c.country, country)))
                why[(surname, title, country)] = reason
        if pairs:
            parts.append(and_(of_name, or_(*pairs)))
    return (or_(*parts) if parts else None), why


def _is(column: Any, value: str | None) -> ColumnElement[bool]:
    return column.is_(None) if value is None else column == value


def _ends(name: str) -> list[str]:
    from summitry.resolve.keys import name_tokens

    tokens = name_tokens(name)
    return [tokens[0], tokens[-1]] if len(tokens) > 1 else []


def _pages(scope: Scope, short: ColumnElement[bool] | None) -> Any:
    """(document_id, date, role) of each page naming the person; a short mention's role is
    'mentioned'."""
    c = entity_refs.c
    named = _named(scope).with_only_columns(c.document_id, c.date, people.c.role)
    if short is None:
        return named.subquery()
    shortly = select(c.document_id, c.date, literal("mentioned").label("role")).where(short)
    return named.union_all(shortly).subquery()


def _meetings(
    conn: Connection, scope: Scope, short: ColumnElement[bool] | None, limit: int | None
) -> tuple[list[PersonMeeting], int]:
    """The newest `limit` main meetings of the pages naming the person, with the person's role
    there, newest first; and how many there are."""
    pages, mr = _pages(scope, short), meetings.c
    joined = pages.join(meetings, mr.document_id == pages.c.document_id)
    main = _unindexed(mr.role) == "main"  # from the person's pages, not every main row
    total = select(func.count(mr.meeting_key.distinct())).select_from(joined).where(main)
    day = func.max(func.coalesce(mr.start, pages.c.date)).label("day")
    newest = (
        select(mr.meeting_key, day)
        .select_from(joined)
        .where(main)
        .group_by(mr.meeting_key)
        .order_by(day.desc().nulls_last(), mr.meeting_key)
    )
    keys = {k: d for k, d in conn.execute(newest.limit(limit) if limit is not None else newest)}
    found = _meeting_entries(conn, pages, list(keys)) if keys else {}
    for key, entry in found.items():
        entry["start"] = entry["start"] or keys[key]
    listed = sorted(found.values(), key=lambda m: (m["start"] or "", m["id"]), reverse=True)
    return [PersonMeeting(**m) for m in listed], conn.execute(total).scalar_one()


def _meeting_entries(conn: Connection, pages: Any, keys: list[str]) -> dict[str, dict[str, Any]]:
    """key -> {id, meeting, forum, start, role, documents} from the person's pages.

    SQLite is to read from the person's pages, not every row of the meetings (by the key or
    role index): a summit has far more pages than a person has."""
    stmt = (
        select(meetings, pages.c.role.label("person_role"))
        .select_from(pages.join(meetings, meetings.c.document_id == pages.c.document_id))
        .where(_unindexed(meetings.c.meeting_key).in_(keys))
        .where(_unindexed(meetings.c.role) == "main")
        .order_by(meetings.c.document_id, meetings.c.idx)
    )
    rows = list(conn.execute(stmt))
    roles: dict[str, str] = {}
    for r in rows:  # a role the page gives beats a short mention's 'mentioned'
        if roles.get(r.document_id, "mentioned") == "mentioned":
            roles[r.document_id] = r.person_role
    found: dict[str, dict[str, Any]] = {}
    for m in rows:
        entry = found.setdefault(
            m.meeting_key,
            {
                "id": m.meeting_key,
                "meeting": meeting_label(m.name, m.ordinal),
                "forum": m.forum,
                "start": m.start,
                "role": roles[m.document_id],
                "documents": [],
            },
        )
        if m.document_id not in entry["documents"]:
            entry["documents"].append(m.document_id)
    return found


def _unindexed(column: Any) -> Any:
    """The column as an expression no index serves, to keep SQLite from starting there."""
    return func.coalesce(column, "")


def _statement(row: Any, info: DocInfo) -> PersonStatement:
    evidence = [row.evidence_start, row.evidence_end]
    return PersonStatement(
        info.date, row.act, row.text, info.meeting, info.meeting_id, row.document_id, evidence
    )


def _short(
    ref: Any, info: DocInfo, why: dict[tuple[str, str | None, str | None], str]
) -> ShortMention:
    return ShortMention(
        text=f"{ref.title} {ref.first_word.capitalize()}",
        date=info.date,
        meeting=info.meeting,
        document=ref.document_id,
        evidence=[ref.evidence_start, ref.evidence_end],
        resolved=why[(ref.first_word, ref.title, ref.country)],
    )
