"""A country across pages, bounded for large stores: totals are counted in SQL over indexes,
and each list keeps only its newest (or most frequent) `limit` items."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import ColumnElement, Connection, Subquery, and_, func, select, union

from summitry.kb.load import load_kb
from summitry.query.common import doc_infos, with_stored_corrections
from summitry.query.entity_results import (
    CountryInfo,
    CountryStatement,
    PageMeeting,
    RaisedInitiative,
)
from summitry.query.meeting_find import QueryError
from summitry.query.naming import (
    WINDOW,
    initiative_names,
    meetings_of_pages,
    naming,
    newest_pages,
    pages_naming,
)
from summitry.query.results import with_fields
from summitry.query.sentences import whole_statements
from summitry.resolve.corrections import Corrections, aliases_of, apply_fields
from summitry.resolve.keys import country_id
from summitry.store.schema import entity_refs, people, statements

__all__ = ["COUNTRY_LIMIT", "WINDOW", "country", "country_code_of"]

ATTENDING = ("attendee", "chair", "co_chair")
COUNTRY_LIMIT = 50
# Statements, meetings and initiatives are read from the country's newest WINDOW pages: who
# serves the country is in people.country, which no index holds, so each page costs a probe
# of its people and statements.


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
) -> CountryInfo | None:
    """The country across its pages (CountryInfo); None when no page names it.

    `documents` counts every page naming it. Statements (spoken by the country, or by a
    person the page says serves it), the meetings it attended and the initiatives its
    statements raise are read from its newest `window` pages (at most WINDOW): lists are
    newest first, initiatives most raised first, `limit` items each (None: all).
    """
    iso = country_code_of(code)
    cid = country_id(iso)
    ids = aliases_of(cid, corrections)
    named = naming(ids, corrections)
    with store.engine.connect() as conn:
        documents = pages_naming(conn, named)
        if not documents:
            return None
        docs = newest_pages(named)
        said = _said(iso, ids, docs)
        listed, firsts, meetings_total = _attended(conn, iso, docs, said, limit)
        by_act, counts = _statements_by_act(conn, said, limit)
        infos = doc_infos(conn, set(firsts.values()) | _documents_of(by_act))
        raised, raised_total = _raised(conn, said, limit)

    def label(doc_id: str) -> str | None:
        info = infos.get(doc_id)
        return info.meeting if info else None

    view = CountryInfo(
        id=cid,
        code=iso,
        name=load_kb().countries[iso].name,
        meetings=[replace(m, meeting=label(firsts[m.id])) for m in listed],
        meetings_total=meetings_total,
        statements={
            act: [replace(i, meeting=label(i.document)) for i in items]
            for act, items in by_act.items()
        },
        statement_counts=counts,
        initiatives=raised,
        initiatives_total=raised_total,
        documents=documents,
        window=min(documents, WINDOW),
    )
    return with_fields(view, apply_fields(cid, {}, corrections))


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
) -> tuple[dict[str, list[CountryStatement]], dict[str, int]]:
    """The newest `limit` statements of each act and each act's count, in one query; each
    whole (query.sentences), its meeting not set yet."""
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
    whole_statements(conn, [i for items in by_act.values() for i in items])
    typed = {act: [CountryStatement(**i) for i in items] for act, items in by_act.items()}
    return typed, counts


def _documents_of(by_act: dict[str, list[CountryStatement]]) -> set[str]:
    return {i.document for items in by_act.values() for i in items}


def _attended(
    conn: Connection, iso: str, docs: Subquery, said: Subquery, limit: int | None
) -> tuple[list[PageMeeting], dict[str, str], int]:
    """The newest `limit` main meetings of the pages where the country attends (a person
    serving it attends, chairs or co-chairs) or speaks, and how many there are in all."""
    p = people.c
    present = (
        select(docs.c.document_id, docs.c.date)
        .join(people, p.document_id == docs.c.document_id)
        .where(p.country == iso, p.role.in_(ATTENDING))
    )
    there = union(present, select(said.c.document_id, said.c.date)).subquery("there")
    return meetings_of_pages(conn, there, limit)


def _raised(
    conn: Connection, said: Subquery, limit: int | None
) -> tuple[list[RaisedInitiative], int]:
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
    names = initiative_names(conn, [row.entity_id for row in rows])
    found = [RaisedInitiative(row.entity_id, names.get(row.entity_id), row.n) for row in rows]
    return found, rows[0].total if rows else 0
