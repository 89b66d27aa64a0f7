"""One person across pages: every spelling of the name, short mentions ('Minister Kang') that
resolve to them, titles over time, meetings attended and statements made."""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import Connection, and_, select

from summitry.query.common import (
    DocInfo,
    by_date,
    chunks,
    doc_infos,
    ref_of,
    with_stored_corrections,
)
from summitry.query.meeting_find import QueryError
from summitry.resolve.corrections import Corrections, aliases_of, apply_fields, keeps
from summitry.resolve.people import PersonRef, resolve_person, resolve_short
from summitry.resolve.people import short_candidates as _candidates
from summitry.store.schema import entity_refs, meeting_refs, meetings, people, statements

__all__ = ["person", "person_refs"]


@with_stored_corrections
def person(store: Any, name: str, corrections: Corrections | None = None) -> dict | None:
    """The person a name, id or 'Title Family-name' means; None when no one; QueryError
    when a short name fits several people."""
    if not name.strip():
        raise QueryError("give a person's name or id, e.g. 'Kang Kyung-wha'")
    with store.engine.connect() as conn:
        found = resolve_person(conn, name, corrections)
        if found.id is None:
            if found.candidates:
                listed = ", ".join(found.candidates)
                raise QueryError(f"{name!r} may be {listed}: give the full name or an id")
            return None
        rows, said, short = person_refs(conn, found.id, corrections)
        if not rows and not said:
            return None
        docs = {r.document_id for r in rows} | {s.document_id for s in said}
        infos = doc_infos(conn, docs | {m.document_id for m, _ in short})
        view = {
            "id": found.id,
            "name": Counter(r.name for r in rows).most_common(1)[0][0] if rows else said[0].speaker,
            "names": sorted({r.name for r in rows} | {s.speaker for s in said}),
            "countries": sorted({r.country for r in rows if r.country}),
            "titles": _titles(rows, infos),
            "meetings": _meetings(conn, rows, short, infos),
            "statements": sorted(
                (_statement(s, infos[s.document_id]) for s in said),
                key=lambda s: (*by_date(s), s["document"], s["evidence"][0] or 0),
            ),
            "short_mentions": [_short(m, infos[m.document_id], why) for m, why in short],
        }
    return apply_fields(found.id, view, corrections)


def _refs(conn: Connection, ids: list[str], source: str, table: Any) -> list[Any]:
    """Rows of `table` whose entity_refs (from `source`) carry one of ids."""
    stmt = (
        select(table)
        .join(entity_refs, ref_of(table, source))
        .where(entity_refs.c.entity_id.in_(ids))
        .order_by(table.c.document_id, table.c.idx)
    )
    return list(conn.execute(stmt))


def person_refs(
    conn: Connection, pid: str, corrections: Corrections | None = None
) -> tuple[list[Any], list[Any], list[tuple[Any, str]]]:
    """(people rows, statements rows, (short-mention ref, why it resolved here)) of one id."""
    ids = aliases_of(pid, corrections)
    rows = [r for r in _refs(conn, ids, "people", people) if keeps(pid, r.document_id, corrections)]
    said = [
        s
        for s in _refs(conn, ids, "statements", statements)
        if keeps(pid, s.document_id, corrections)
    ]
    surnames = {w for r in rows for w in _ends(r.name)}
    short = []
    for surname in sorted(surnames):
        stmt = select(entity_refs).where(
            entity_refs.c.kind == "person_short", entity_refs.c.first_word == surname
        )
        mentions = list(conn.execute(stmt))
        if not mentions:
            continue
        candidates = _candidates(conn, surname)
        for m in mentions:
            ref = PersonRef(m.title or "", surname=surname, title=m.title, country=m.country)
            found = resolve_short(candidates, ref, corrections)
            if found.id == pid and keeps(pid, m.document_id, corrections):
                short.append((m, found.why))
    return rows, said, short


def _ends(name: str) -> list[str]:
    from summitry.resolve.keys import name_tokens

    tokens = name_tokens(name)
    return [tokens[0], tokens[-1]] if len(tokens) > 1 else []


def _titles(rows: list[Any], infos: dict[str, DocInfo]) -> list[dict[str, Any]]:
    """Each title held, with the first and last date a page gives it, oldest first."""
    titles: dict[tuple[str | None, str | None], dict[str, Any]] = {}
    for row in sorted(rows, key=lambda r: by_date({"date": infos[r.document_id].date})):
        date = infos[row.document_id].date
        entry = titles.setdefault(
            (row.title, row.country),
            {"title": row.title, "country": row.country, "first": date, "documents": []},
        )
        entry["last"] = date or entry.get("last")
        entry["documents"].append(row.document_id)
    return list(titles.values())


def _meetings(
    conn: Connection, rows: list[Any], short: list[Any], infos: dict[str, DocInfo]
) -> list[dict[str, Any]]:
    """The main meetings of the pages naming the person, with the person's role there."""
    role_by_doc = {m.document_id: "mentioned" for m, _ in short}
    role_by_doc.update({r.document_id: r.role for r in rows})
    found: dict[str, dict[str, Any]] = {}
    for part in chunks(sorted(role_by_doc)):
        stmt = (
            select(meetings, meeting_refs.c.meeting_key)
            .join(
                meeting_refs,
                and_(
                    meeting_refs.c.document_id == meetings.c.document_id,
                    meeting_refs.c.idx == meetings.c.idx,
                ),
            )
            .where(meetings.c.document_id.in_(part), meetings.c.role == "main")
            .order_by(meetings.c.document_id, meetings.c.idx)
        )
        for m in conn.execute(stmt):
            entry = found.setdefault(
                m.meeting_key,
                {
                    "id": m.meeting_key,
                    "meeting": infos[m.document_id].meeting,
                    "forum": m.forum,
                    "start": m.start or infos[m.document_id].date,
                    "role": role_by_doc[m.document_id],
                    "documents": [],
                },
            )
            entry["documents"].append(m.document_id)
    return sorted(found.values(), key=lambda m: by_date({"date": m["start"]}))


def _statement(row: Any, info: DocInfo) -> dict[str, Any]:
    return {
        "date": info.date,
        "act": row.act,
        "text": row.text,
        "meeting": info.meeting,
        "meeting_id": info.meeting_id,
        "document": row.document_id,
        "evidence": [row.evidence_start, row.evidence_end],
    }


def _short(ref: Any, info: DocInfo, why: str) -> dict[str, Any]:
    return {
        "text": f"{ref.title} {ref.first_word.capitalize()}",
        "date": info.date,
        "meeting": info.meeting,
        "document": ref.document_id,
        "evidence": [ref.evidence_start, ref.evidence_end],
        "resolved": why,
    }
