"""One person across pages: every spelling of the name, short mentions ('Minister Kang') that
resolve to them, titles over time, meetings attended and statements made.

Counts come from SQL aggregates over the person's range of the entity_refs index, which
carries each ref's spelling, title, country, role and act; only the newest `limit` meetings,
statements and short mentions are read in full, so a person named on thousands of pages
costs about what one named on a few does."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, and_, func, literal, or_, select

from summitry.query.common import (
    DocInfo,
    doc_infos,
    ref_of,
    with_stored_corrections,
)
from summitry.query.entity_results import (
    PersonStatement,
    PersonView,
    ShortMention,
    TitleSpan,
)
from summitry.query.meeting_find import QueryError
from summitry.query.person_meetings import Scope, person_meetings_list
from summitry.query.person_ref import (
    OwnNames,
    PersonRef,
    person_rows,
    resolve_each,
    resolve_person,
)
from summitry.query.results import with_fields
from summitry.resolve.corrections import (
    Corrections,
    aliases_of,
    apply_fields,
    canonical,
    split_pages,
)
from summitry.store.schema import entity_refs, statements

__all__ = ["PERSON_LIMIT", "person"]

PERSON_LIMIT = 50  # meetings, statements and short mentions listed by default; totals count all


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
    by_act, speakers = _said_counts(conn, scope)
    if not titles and not by_act:
        return None
    names = _counts(conn, select(entity_refs.c.name).where(scope.where("people")))
    short, why = _short_where(conn, pid, scope, names, corrections)
    listed, meetings_total = person_meetings_list(conn, scope, short, limit)
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


def _said(scope: Scope) -> Select:
    """statements rows the person made (joined to their refs)."""
    joined = entity_refs.join(statements, ref_of(statements, "statements"))
    return (
        select(statements, entity_refs.c.date).select_from(joined).where(scope.where("statements"))
    )


def _counts(conn: Connection, stmt: Select) -> dict[Any, int]:
    """value (stmt's one column) -> rows, one GROUP BY."""
    grouped = stmt.add_columns(func.count()).group_by(*stmt.selected_columns)
    return {value: n for value, n in conn.execute(grouped)}


def _said_counts(conn: Connection, scope: Scope) -> tuple[dict[str, int], dict[str, int]]:
    """The person's statements counted by act and by speaker's spelling, in one GROUP BY
    over their refs."""
    c = entity_refs.c
    stmt = select(c.act, c.name, func.count()).where(scope.where("statements"))
    stmt = stmt.group_by(c.act, c.name)
    by_act: dict[str, int] = {}
    speakers: dict[str, int] = {}
    for act, speaker, n in conn.execute(stmt):
        by_act[act] = by_act.get(act, 0) + n
        speakers[speaker] = speakers.get(speaker, 0) + n
    return by_act, speakers


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
    surnames = sorted({w for n in names for w in _ends(n)})
    own: OwnNames = {}
    if surnames:
        own = person_rows(conn, aliases_of(canonical(pid, corrections), corrections), surnames)
    for surname in surnames:
        of_name = and_(c.entity_id == "person:~" + surname, c.kind == "person_short", kept)
        found = conn.execute(select(c.title, c.country).where(of_name).distinct()).all()
        refs = [PersonRef(t or "", surname=surname, title=t, country=k) for t, k in found]
        pairs = []
        for (title, country), reason in zip(
            found, resolve_each(conn, pid, refs, corrections, own), strict=True
        ):
            if reason is not None:
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
