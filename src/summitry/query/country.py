"""A country across pages, bounded for large stores: totals are counted in SQL over indexes,
and each list keeps only its newest (or most frequent) `limit` items."""

from __future__ import annotations

import functools
from typing import Any

from sqlalchemy import ColumnElement, Connection, Subquery, and_, func, not_, select, union

from summitry.kb.load import load_kb
from summitry.query.common import doc_infos, with_stored_corrections
from summitry.query.meeting_find import QueryError
from summitry.resolve.corrections import Corrections, aliases_of, apply_fields, canonical
from summitry.resolve.keys import canonical_initiative, country_id, initiative_id
from summitry.store.schema import entity_refs, meeting_refs, meetings, mentions, people, statements

__all__ = ["COUNTRY_LIMIT", "WINDOW", "country", "country_code_of"]

ATTENDING = ("attendee", "chair", "co_chair")
COUNTRY_LIMIT = 50
# The newest pages naming a country that its statements, meetings and initiatives are read
# from. Who serves the country is in people.country, which no index holds: each page costs a
# probe of its people and statements (2,000 pages: about 0.3 s on a store of a million).
WINDOW = 2_000
NAME_SAMPLE = 200  # newest mentions read to name an initiative the kb does not know


def country_code_of(text: str) -> str:
    """'KOR', 'country:KOR', 'Korea', 'Republic of Korea' -> 'KOR'; QueryError otherwise."""
    kb = load_kb()
    raw = text.strip().removeprefix("country:")
    code = raw.upper() if raw.upper() in kb.countries else kb.country_code(raw)
    if not code:
        raise QueryError(f"{text!r}: not a country the knowledge base knows; give ISO3, e.g. KOR")
    return code


@with_stored_corrections
def country(
    store: Any, code: str, corrections: Corrections | None = None, limit: int | None = COUNTRY_LIMIT
) -> dict | None:
    """{id, code, name, documents, meetings, meetings_total, statements: {act: [...]},
    statement_counts: {act: n}, initiatives, initiatives_total, window}; None when no page
    names the country.

    `documents` counts every page naming it. Statements (spoken by the country, or by a
    person the page says serves it), the meetings it attended and the initiatives its
    statements raise are read from its newest `window` pages (at most WINDOW): lists are
    newest first, initiatives most raised first, `limit` items each (None: all).
    """
    iso = country_code_of(code)
    cid = country_id(iso)
    ids = aliases_of(cid, corrections)
    named = _naming(ids, corrections)
    with store.engine.connect() as conn:
        total = conn.execute(select(func.count(entity_refs.c.document_id.distinct())).where(named))
        documents = total.scalar_one()
        if not documents:
            return None
        docs = _newest_docs(named)
        said = _said(iso, ids, docs)
        listed, meetings_total = _attended(conn, iso, docs, said, limit)
        by_act, counts = _statements_by_act(conn, said, limit)
        infos = doc_infos(conn, {m["_first"] for m in listed} | _documents_of(by_act))
        raised, raised_total = _raised(conn, said, limit)
    for m in listed:
        info = infos.get(m.pop("_first"))
        m["meeting"] = info.meeting if info else None
    for items in by_act.values():
        for item in items:
            info = infos.get(item["document"])
            item["meeting"] = info.meeting if info else None
    view = {
        "id": cid,
        "code": iso,
        "name": load_kb().countries[iso].name,
        "meetings": listed,
        "meetings_total": meetings_total,
        "statements": by_act,
        "statement_counts": counts,
        "initiatives": raised,
        "initiatives_total": raised_total,
        "documents": documents,
        "window": min(documents, WINDOW),
    }
    return apply_fields(cid, view, corrections)


def _naming(ids: list[str], corrections: Corrections | None) -> ColumnElement[bool]:
    """entity_refs rows of the country's ids, less the pages a split took out of one."""
    c = entity_refs.c
    found: list[ColumnElement[bool]] = [c.entity_id.in_(ids)]
    for eid in ids:
        wanted = {eid, canonical(eid, corrections)}
        gone = sorted({d for e, d in (corrections.splits if corrections else ()) if e in wanted})
        if gone:
            found.append(not_(and_(c.entity_id == eid, c.document_id.in_(gone))))
    return and_(*found)


def _newest_docs(named: ColumnElement[bool]) -> Subquery:
    """(document_id, date) of the newest WINDOW pages naming the country, by the entity index."""
    c = entity_refs.c
    newest = (
        select(c.document_id, func.max(c.date).label("date"))
        .where(named)
        .group_by(c.document_id)
        .order_by(func.max(c.date).desc().nulls_last(), c.document_id)
        .limit(WINDOW)
    )
    return newest.subquery("docs")


def _plain(column: Any) -> ColumnElement[str]:
    """SQL for query.common.norm on names: lower case, apostrophes dropped."""
    return func.replace(func.replace(func.lower(column), "'", ""), "\u2019", "")


def _said(iso: str, ids: list[str], docs: Subquery) -> Subquery:
    """(document_id, idx, act, date) of the pages' statements whose speaker is the country
    (its entity_refs) or a person the same page says serves it (people.country)."""
    s, r, p = statements.c, entity_refs.c, people.c
    spoken = (
        select(s.document_id, s.idx, s.act, docs.c.date)
        .select_from(docs)
        .join(entity_refs, and_(r.document_id == docs.c.document_id, r.source == "statements"))
        .join(statements, and_(s.document_id == r.document_id, s.idx == r.idx))
        # `|| ''` keeps the planner on the pages' keys: by the entity index it would read
        # every ref of the country, however few pages the window holds.
        .where(r.entity_id.concat("").in_(ids), r.kind == "speaker")
    )
    serving = (
        select(s.document_id, s.idx, s.act, docs.c.date)
        .select_from(docs)
        .join(people, and_(p.document_id == docs.c.document_id, p.country == iso))
        .join(
            statements,
            and_(s.document_id == docs.c.document_id, _plain(s.speaker) == _plain(p.name)),
        )
    )
    return union(spoken, serving).subquery("said")


def _statements_by_act(
    conn: Connection, said: Subquery, limit: int | None
) -> tuple[dict[str, list[dict[str, Any]]], dict[str, int]]:
    """The newest `limit` statements of each act and each act's count, in one query."""
    c = said.c
    newest = (c.date.desc().nulls_last(), c.document_id.desc(), c.idx)
    ranked = select(
        c.document_id,
        c.idx,
        c.act,
        c.date,
        func.row_number().over(partition_by=c.act, order_by=newest).label("rank"),
        func.count().over(partition_by=c.act).label("total"),
    ).subquery("ranked")
    k, s = ranked.c, statements.c
    stmt = (
        select(k.act, k.total, k.date, s.document_id, s.speaker, s.text)
        .add_columns(s.evidence_start, s.evidence_end)
        .join(statements, and_(s.document_id == k.document_id, s.idx == k.idx))
        .order_by(k.total.desc(), k.act, k.rank)
    )
    if limit is not None:
        stmt = stmt.where(k.rank <= limit)
    by_act: dict[str, list[dict[str, Any]]] = {}
    counts: dict[str, int] = {}
    for row in conn.execute(stmt):
        counts[row.act] = row.total
        by_act.setdefault(row.act, []).append(
            {"speaker": row.speaker, "text": row.text, "date": row.date,
             "document": row.document_id, "evidence": [row.evidence_start, row.evidence_end]}
        )  # fmt: skip
    return by_act, counts


def _documents_of(by_act: dict[str, list[dict[str, Any]]]) -> set[str]:
    return {i["document"] for items in by_act.values() for i in items}


def _attended(
    conn: Connection, iso: str, docs: Subquery, said: Subquery, limit: int | None
) -> tuple[list[dict[str, Any]], int]:
    """The newest `limit` main meetings of the pages where the country attends (a person
    serving it attends, chairs or co-chairs) or speaks, and how many there are in all."""
    p, m, r = people.c, meetings.c, meeting_refs.c
    present = (
        select(docs.c.document_id, docs.c.date)
        .join(people, p.document_id == docs.c.document_id)
        .where(p.country == iso, p.role.in_(ATTENDING))
    )
    there = union(present, select(said.c.document_id, said.c.date)).subquery("there")
    start = func.max(func.coalesce(m.start, there.c.date))
    stmt = (
        select(
            r.meeting_key,
            func.max(m.forum).label("forum"),
            start.label("start"),
            func.min(there.c.document_id).label("first"),
            func.aggregate_strings(there.c.document_id, " ").label("documents"),
            func.count().over().label("total"),
        )
        .select_from(there)
        .join(meeting_refs, r.document_id == there.c.document_id)
        .join(meetings, and_(m.document_id == r.document_id, m.idx == r.idx))
        .where(m.role == "main")
        .group_by(r.meeting_key)
        .order_by(start.desc().nulls_last(), r.meeting_key)
        .limit(limit)
    )
    rows = conn.execute(stmt).all()
    listed = [
        {"id": row.meeting_key, "meeting": None, "forum": row.forum, "start": row.start,
         "documents": sorted(row.documents.split()), "_first": row.first}
        for row in rows
    ]  # fmt: skip
    return listed, rows[0].total if rows else 0


def _raised(conn: Connection, said: Subquery, limit: int | None) -> tuple[list[dict], int]:
    """The initiatives the statements name, most often first, and how many there are."""
    r = entity_refs.c
    n = func.count().label("n")
    stmt = (
        select(r.entity_id, n, func.count().over().label("total"))
        .join(said, and_(r.document_id == said.c.document_id, r.idx == said.c.idx))
        .where(r.source == "statements", r.kind == "topic", r.entity_id.like("initiative:%"))
        .group_by(r.entity_id)
        .order_by(n.desc(), r.entity_id)
        .limit(limit)
    )
    rows = conn.execute(stmt).all()
    names = _initiative_names(conn, [row.entity_id for row in rows])
    found = [
        {"id": row.entity_id, "name": names.get(row.entity_id), "statements": row.n} for row in rows
    ]
    return found, rows[0].total if rows else 0


@functools.cache
def _kb_initiatives() -> dict[str, str]:
    """Initiative id -> its kb name, for every initiative the kb knows."""
    return {initiative_id(name): name for name in load_kb().initiatives}


def _initiative_names(conn: Connection, ids: list[str]) -> dict[str, str]:
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
