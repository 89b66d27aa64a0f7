"""One person across pages: titles over time, meetings attended, statements made."""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import Connection, func, select

from summitry.query.common import (
    DocInfo,
    by_date,
    doc_infos,
    meeting_id,
    meeting_key,
    meeting_label,
    name_words,
    norm,
    words_match,
)
from summitry.query.meetings import QueryError
from summitry.store.schema import meetings, people, statements

__all__ = ["person"]


def person(store: Any, name: str) -> dict[str, Any] | None:
    """The person best matching name (the exact name, else the most named), or None."""
    words = name_words(name)
    if not words:
        raise QueryError("give a person's name, e.g. 'Kang Kyung-wha'")
    with store.engine.connect() as conn:
        rows = list(conn.execute(select(people).where(words_match(people.c.name, words))))
        if not rows:
            return None
        chosen = _chosen_name(rows, " ".join(words))
        rows = [r for r in rows if norm(r.name) == norm(chosen)]
        said = _statements(conn, chosen)
        infos = doc_infos(conn, {r.document_id for r in rows} | {s.document_id for s in said})
        attended = _meetings(conn, rows, infos)
    return {
        "name": chosen,
        "countries": sorted({r.country for r in rows if r.country}),
        "titles": _titles(rows, infos),
        "meetings": attended,
        "statements": sorted(
            (_statement(s, infos[s.document_id]) for s in said),
            key=lambda s: (*by_date(s), s["document"], s["evidence"][0] or 0),
        ),
    }


def _chosen_name(rows: list[Any], wanted: str) -> str:
    counts = Counter(r.name for r in rows)
    exact = [n for n in counts if norm(n) == wanted]
    return exact[0] if exact else counts.most_common(1)[0][0]


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


def _meetings(conn: Connection, rows: list[Any], infos: dict[str, DocInfo]) -> list[dict]:
    """The main meetings of the pages naming the person, with the person's role there."""
    role_by_doc = {r.document_id: r.role for r in rows}
    stmt = (
        select(meetings)
        .where(meetings.c.document_id.in_(sorted(role_by_doc)), meetings.c.role == "main")
        .order_by(meetings.c.document_id, meetings.c.idx)
    )
    found: dict[str, dict[str, Any]] = {}
    for m in conn.execute(stmt):
        mid = meeting_id(meeting_key(m.forum, m.name, m.ordinal, m.start))
        entry = found.setdefault(
            mid,
            {
                "id": mid,
                "meeting": meeting_label(m.name, m.ordinal),
                "forum": m.forum,
                "start": m.start or infos[m.document_id].date,
                "role": role_by_doc[m.document_id],
                "documents": [],
            },
        )
        entry["documents"].append(m.document_id)
    return sorted(found.values(), key=lambda m: by_date({"date": m["start"]}))


def _statements(conn: Connection, name: str) -> list[Any]:
    stmt = (
        select(statements)
        .where(func.lower(statements.c.speaker) == name.lower())
        .order_by(statements.c.document_id, statements.c.idx)
    )
    return list(conn.execute(stmt))


def _statement(row: Any, info: DocInfo) -> dict[str, Any]:
    return {
        "date": info.date,
        "act": row.act,
        "text": row.text,
        "meeting": info.meeting,
        "document": row.document_id,
        "evidence": [row.evidence_start, row.evidence_end],
    }
