"""A country across pages, bounded for large stores: totals are counted in SQL over indexes,
and each list keeps only its newest (or most frequent) `limit` items."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, func, select

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
    Pages,
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
# Statements, meetings and initiatives are read from the country's newest WINDOW pages, found
# once in the entity index's date order. Who serves the country on them is read from the
# (country, page) index of people, what it says itself from the entity index, so only the
# few pages where it speaks or attends are read row by row; the lists are made from those.
Said = tuple[str, int, str, str | None]  # a statement's (document_id, idx, act, page date)


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
        docs = newest_pages(conn, named)
        roles = _roles(conn, iso, docs)
        said = _said(conn, iso, ids, docs, {doc_id for doc_id, _ in roles})
        listed, firsts, meetings_total = _attended(conn, docs, roles, said, limit)
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


def _roles(conn: Connection, iso: str, docs: Pages) -> list[tuple[str, str]]:
    """(document_id, role) of the people the pages say serve the country, from the
    (country, page) index alone."""
    p = people.c
    stmt = select(p.document_id, p.role).where(p.country == iso, p.document_id.in_(list(docs)))
    return [(doc_id, role) for doc_id, role in conn.execute(stmt)]


def _said(conn: Connection, iso: str, ids: list[str], docs: Pages, served: set[str]) -> list[Said]:
    """(document_id, idx, act, date) of the pages' statements whose speaker is the country
    (its entity_refs) or a person the same page says serves it (people.country, on the
    `served` pages): the country's refs over the pages' dates from the entity index, then
    the statements of the few pages where it speaks."""
    r, p, s = entity_refs.c, people.c, statements.c
    spoken = select(r.document_id, r.idx).where(
        r.entity_id.in_(ids), r.source == "statements", r.kind == "speaker"
    )
    dates = list(docs.values())
    if dates and None not in dates:
        spoken = spoken.where(r.date >= min(d for d in dates if d is not None))
    said = {(doc_id, idx) for doc_id, idx in conn.execute(spoken) if doc_id in docs}
    if served:
        named = (
            select(s.document_id, s.idx)
            .join(people, and_(p.document_id == s.document_id, p.country == iso))
            .where(s.document_id.in_(sorted(served)), _plain(s.speaker) == _plain(p.name))
        )
        said |= {(doc_id, idx) for doc_id, idx in conn.execute(named)}
    acts = _acts(conn, sorted(said))
    return [(doc_id, idx, acts[(doc_id, idx)], docs[doc_id]) for doc_id, idx in said]


def _acts(conn: Connection, keys: list[tuple[str, int]]) -> dict[tuple[str, int], str]:
    """(document_id, idx) -> the statement's act."""
    if not keys:
        return {}
    s = statements.c
    stmt = select(s.document_id, s.idx, s.act).where(s.document_id.in_(_pages_of(keys)))
    wanted = set(keys)
    return {(d, i): act for d, i, act in conn.execute(stmt) if (d, i) in wanted}


def _pages_of(keys: list[tuple[str, int]]) -> list[str]:
    """The pages of (document_id, idx) keys: rows are read by page (the tables' key) and
    kept by idx here, as a row-value IN list is not read by the key."""
    return sorted({doc_id for doc_id, _ in keys})


def _newest_first(items: list[Said]) -> list[Said]:
    """Statements by page date, newest first (undated last), a page's by id, last first,
    then in page order."""
    ordered = sorted(items, key=lambda i: i[1])
    ordered.sort(key=lambda i: i[0], reverse=True)
    ordered.sort(key=lambda i: i[3] is None)
    ordered.sort(key=lambda i: i[3] or "", reverse=True)
    return ordered


def _statements_by_act(
    conn: Connection, said: list[Said], limit: int | None
) -> tuple[dict[str, list[CountryStatement]], dict[str, int]]:
    """The newest `limit` statements of each act and each act's count, acts most said
    first; each whole (query.sentences), its meeting not set yet."""
    grouped: dict[str, list[Said]] = {}
    for item in _newest_first(said):
        grouped.setdefault(item[2], []).append(item)
    counts = {act: len(items) for act, items in grouped.items()}
    acts = sorted(grouped, key=lambda act: (-counts[act], act))
    shown = {act: grouped[act][:limit] if limit is not None else grouped[act] for act in acts}
    keys = [(i[0], i[1]) for items in shown.values() for i in items]
    rows = _statement_rows(conn, keys)
    by_act: dict[str, list[dict[str, Any]]] = {}
    for act, items in shown.items():
        for doc_id, idx, _act, date in items:
            row = rows[(doc_id, idx)]
            by_act.setdefault(act, []).append(
                {"speaker": row.speaker, "text": row.text, "date": date, "document": doc_id,
                 "evidence": [row.evidence_start, row.evidence_end]}
            )  # fmt: skip
    whole_statements(conn, [i for items in by_act.values() for i in items])
    typed = {act: [CountryStatement(**i) for i in items] for act, items in by_act.items()}
    return typed, {act: counts[act] for act in acts}


def _statement_rows(conn: Connection, keys: list[tuple[str, int]]) -> dict[tuple[str, int], Any]:
    """(document_id, idx) -> the statements row (speaker, text, evidence), in one read."""
    if not keys:
        return {}
    s = statements.c
    stmt = select(s.document_id, s.idx, s.speaker, s.text, s.evidence_start, s.evidence_end)
    stmt = stmt.where(s.document_id.in_(_pages_of(keys)))
    wanted = set(keys)
    rows = conn.execute(stmt)
    return {(row.document_id, row.idx): row for row in rows if (row.document_id, row.idx) in wanted}


def _documents_of(by_act: dict[str, list[CountryStatement]]) -> set[str]:
    return {i.document for items in by_act.values() for i in items}


def _attended(
    conn: Connection,
    docs: Pages,
    roles: list[tuple[str, str]],
    said: list[Said],
    limit: int | None,
) -> tuple[list[PageMeeting], dict[str, str], int]:
    """The newest `limit` main meetings of the pages where the country attends (a person
    serving it attends, chairs or co-chairs: `roles`) or speaks, and how many there are."""
    there = {doc_id for doc_id, role in roles if role in ATTENDING} | {i[0] for i in said}
    return meetings_of_pages(conn, {doc_id: docs[doc_id] for doc_id in sorted(there)}, limit)


def _raised(
    conn: Connection, said: list[Said], limit: int | None
) -> tuple[list[RaisedInitiative], int]:
    """The initiatives the statements name, most often first, and how many there are."""
    keys = sorted({(i[0], i[1]) for i in said})
    if not keys:
        return [], 0
    r = entity_refs.c
    stmt = select(r.document_id, r.idx, r.entity_id).where(
        r.document_id.in_(_pages_of(keys)),
        r.source == "statements",
        r.kind == "topic",
        r.entity_id.like("initiative:%"),
    )
    wanted = set(keys)
    counted = Counter(eid for doc_id, idx, eid in conn.execute(stmt) if (doc_id, idx) in wanted)
    top = sorted(counted, key=lambda eid: (-counted[eid], eid))
    top = top[:limit] if limit is not None else top
    names = initiative_names(conn, top)
    found = [RaisedInitiative(eid, names.get(eid), counted[eid]) for eid in top]
    return found, len(counted)
