"""Meetings across pages: one meeting from every row that names it, and the series it belongs to."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Select, select

from summitry.errors import SummitryError
from summitry.query.common import (
    meeting_id,
    meeting_key,
    name_words,
    norm,
    words_match,
)
from summitry.store.schema import documents, meetings, outcomes, people, statements

__all__ = ["MeetingQuery", "find_meetings", "meeting", "parse_meeting_query", "series"]

FIELDS = (
    "name",
    "acronym",
    "forum",
    "level",
    "ordinal",
    "start",
    "end",
    "city",
    "country",
    "venue",
    "format",
    "theme",
)
_TRAILING_NUMBER = re.compile(r"^(?P<name>.*?)\s+(?P<n>\d{1,4})(?:st|nd|rd|th)?$", re.IGNORECASE)
_MEETING_ID = re.compile(r"[0-9a-f]{12}")
# Sources oldest first: ties between values go to the earliest page.
_SOURCE_ORDER = (documents.c.published.asc().nulls_last(), meetings.c.document_id, meetings.c.idx)


class QueryError(SummitryError):
    """A query that cannot be run as given (empty name, nothing to match)."""


@dataclass(frozen=True, slots=True)
class MeetingQuery:
    """'ASEAN-ROK Foreign Ministers 23' -> words of the name, ordinal 23 (or a year)."""

    words: tuple[str, ...]
    ordinal: int | None = None
    year: int | None = None


def parse_meeting_query(query: str) -> MeetingQuery:
    """A trailing number is the ordinal ('... 23', '23rd'); four digits from 1900 are a year."""
    text = query.strip()
    found = _TRAILING_NUMBER.match(text)
    ordinal = year = None
    if found and found["name"].strip():
        n = int(found["n"])
        text = found["name"]
        year, ordinal = (n, None) if n >= 1900 else (None, n)
    words = tuple(name_words(text))
    if not words:
        raise QueryError(f"{query!r}: give a meeting name, e.g. 'APEC Ministerial Meeting 35'")
    return MeetingQuery(words, ordinal, year)


def _rows_with_pages() -> Select:
    """Meetings rows with the title and date of their page."""
    return select(meetings, documents.c.title, documents.c.published).join(
        documents, documents.c.id == meetings.c.document_id
    )


def _meeting_rows(conn: Connection, q: MeetingQuery) -> list[Any]:
    """Every meetings row whose name holds all the words (and the ordinal or year asked for)."""
    stmt = _rows_with_pages().where(words_match(meetings.c.name, q.words))
    if q.ordinal is not None:
        stmt = stmt.where(meetings.c.ordinal == q.ordinal)
    if q.year is not None:
        stmt = stmt.where(meetings.c.start.like(f"{q.year}-%"))
    return list(conn.execute(stmt.order_by(*_SOURCE_ORDER)))


def _group(rows: list[Any]) -> dict[str, list[Any]]:
    """Rows by meeting id, in first-seen order."""
    groups: dict[str, list[Any]] = {}
    for row in rows:
        key = meeting_key(row.forum, row.name, row.ordinal, row.start)
        groups.setdefault(meeting_id(key), []).append(row)
    return groups


def _rank(q: MeetingQuery, rows: list[Any]) -> tuple[bool, bool, int, str]:
    """Best first: exact name, reported (main) before only mentioned, more sources, later."""
    exact = norm(rows[0].name) == " ".join(q.words)
    reported = any(r.role == "main" for r in rows)
    latest = max((r.start or "" for r in rows), default="")
    return (not exact, not reported, -len({r.document_id for r in rows}), _neg(latest))


def _neg(date: str) -> str:
    """A string that sorts later dates first."""
    return "".join(chr(0x10FFFF - ord(c)) for c in date)


def find_meetings(store: Any, query: str) -> list[dict[str, Any]]:
    """Every meeting whose name matches query, best first: id, name, forum, ordinal, start, role."""
    with store.engine.connect() as conn:
        groups = _matching_groups(conn, query)
    return [_summary(mid, rows) for mid, rows in groups]


def _matching_groups(conn: Connection, query: str) -> list[tuple[str, list[Any]]]:
    if _MEETING_ID.fullmatch(query.strip()):
        rows = list(conn.execute(_rows_with_pages().order_by(*_SOURCE_ORDER)))
        found = _group(rows).get(query.strip())
        if found:
            return [(query.strip(), found)]
    q = parse_meeting_query(query)
    groups = _group(_meeting_rows(conn, q))
    return sorted(groups.items(), key=lambda item: _rank(q, item[1]))


def _summary(mid: str, rows: list[Any]) -> dict[str, Any]:
    merged, _ = _merge_fields(rows)
    role = "main" if any(r.role == "main" for r in rows) else "mentioned"
    return {"id": mid, **merged, "role": role, "sources": len({r.document_id for r in rows})}


def _merge_fields(rows: list[Any]) -> tuple[dict[str, Any], dict[str, list[Any]]]:
    """Each field's most common value, reported rows first; fields whose sources disagree."""
    ordered = [r for r in rows if r.role == "main"] + [r for r in rows if r.role != "main"]
    merged: dict[str, Any] = {}
    disagreements: dict[str, list[Any]] = {}
    for name in FIELDS:
        values = [getattr(r, name) for r in ordered if getattr(r, name) is not None]
        main_values = [getattr(r, name) for r in ordered if r.role == "main"]
        pool = [v for v in main_values if v is not None] or values
        merged[name] = Counter(pool).most_common(1)[0][0] if pool else None
        distinct = list(dict.fromkeys(values))
        if name == "name":
            distinct = list({norm(v): v for v in values}.values())
        if len(distinct) > 1:
            disagreements[name] = distinct
    return merged, disagreements


def meeting(store: Any, query: str) -> dict[str, Any] | None:
    """The best meeting matching query (a name fragment, 'NAME ORDINAL', or an id), in full."""
    with store.engine.connect() as conn:
        groups = _matching_groups(conn, query)
        if not groups:
            return None
        mid, rows = groups[0]
        return _meeting_view(conn, mid, rows)


def _meeting_view(conn: Connection, mid: str, rows: list[Any]) -> dict[str, Any]:
    """Merged fields, people, statements by speaker, outcomes and sources of one meeting."""
    merged, disagreements = _merge_fields(rows)
    reported = sorted({r.document_id for r in rows if r.role == "main"})
    view: dict[str, Any] = {"id": mid, **merged}
    view["people"] = _people(conn, reported)
    view["statements"] = _statements_by_speaker(conn, reported)
    view["outcomes"] = _outcomes(conn, reported)
    view["sources"] = _sources(conn, rows)
    if disagreements:
        view["disagreements"] = disagreements
    return view


def _people(conn: Connection, doc_ids: list[str]) -> list[dict[str, Any]]:
    """Chairs and attendees named on the pages that report the meeting, once per name."""
    stmt = (
        select(people)
        .where(people.c.document_id.in_(doc_ids), people.c.role != "mentioned")
        .order_by(people.c.document_id, people.c.idx)
    )
    found: dict[str, dict[str, Any]] = {}
    for row in conn.execute(stmt):
        entry = found.setdefault(norm(row.name), {"name": row.name, "documents": []})
        for key in ("title", "country", "role"):
            entry[key] = entry.get(key) or getattr(row, key)
        entry["documents"].append(row.document_id)
    return list(found.values())


def _statements_by_speaker(conn: Connection, doc_ids: list[str]) -> dict[str, list[dict]]:
    """{speaker: [{act, text, document, evidence}]} in page order."""
    stmt = (
        select(statements)
        .where(statements.c.document_id.in_(doc_ids))
        .order_by(statements.c.document_id, statements.c.idx)
    )
    grouped: dict[str, list[dict[str, Any]]] = {}
    for row in conn.execute(stmt):
        grouped.setdefault(row.speaker, []).append(
            {
                "act": row.act,
                "text": row.text,
                "document": row.document_id,
                "evidence": [row.evidence_start, row.evidence_end],
            }
        )
    return grouped


def _outcomes(conn: Connection, doc_ids: list[str]) -> list[dict[str, Any]]:
    stmt = (
        select(outcomes)
        .where(outcomes.c.document_id.in_(doc_ids))
        .order_by(outcomes.c.document_id, outcomes.c.idx)
    )
    return [
        {"document": r.document, "action": r.action, "source": r.document_id}
        for r in conn.execute(stmt)
    ]


def _sources(conn: Connection, rows: list[Any]) -> list[dict[str, Any]]:
    """Each page naming the meeting: id, title, published, and whether it reports or mentions it."""
    by_doc: dict[str, dict[str, Any]] = {}
    for r in rows:
        entry = by_doc.setdefault(
            r.document_id,
            {"id": r.document_id, "title": r.title, "published": r.published, "role": r.role},
        )
        if r.role == "main":
            entry["role"] = "main"
    return sorted(by_doc.values(), key=lambda s: (s["published"] is None, s["published"] or ""))


def series(store: Any, name: str) -> dict[str, Any] | None:
    """The meetings of one series (same forum and name) in order, with the missing ordinals."""
    words = name_words(name)
    if not words:
        raise QueryError(f"{name!r}: give a series name, e.g. 'APEC Ministerial Meeting'")
    with store.engine.connect() as conn:
        rows = _meeting_rows(conn, MeetingQuery(tuple(words)))
        if not rows:
            return None
        forum, key = _best_series(rows, words)
        forum_match = meetings.c.forum.is_(None) if not forum else meetings.c.forum == forum
        stmt = _rows_with_pages().where(forum_match, words_match(meetings.c.name, key.split()))
        members = [r for r in conn.execute(stmt.order_by(*_SOURCE_ORDER)) if norm(r.name) == key]
    return _series_view(members)


def _best_series(rows: list[Any], words: list[str]) -> tuple[str, str]:
    """(forum, normalised name) of the series meant: the exact name, else the most named."""
    counts = Counter((r.forum or "", norm(r.name)) for r in rows)
    exact = [k for k in counts if k[1] == " ".join(words)]
    if exact:
        return max(exact, key=lambda k: counts[k])
    return counts.most_common(1)[0][0]


def _series_view(rows: list[Any]) -> dict[str, Any]:
    groups = [_summary(mid, rs) for mid, rs in _group(rows).items()]
    placed = [g for g in groups if g["ordinal"] is not None or g["start"] is not None]
    placed.sort(key=lambda g: (g["ordinal"] is None, g["ordinal"] or 0, g["start"] or ""))
    ordinals = sorted({g["ordinal"] for g in placed if g["ordinal"] is not None})
    gaps = sorted(set(range(ordinals[0], ordinals[-1] + 1)) - set(ordinals)) if ordinals else []
    name = Counter(r.name for r in rows).most_common(1)[0][0]
    return {
        "series": name,
        "forum": rows[0].forum,
        "meetings": placed,
        "gaps": gaps,
        "unplaced_mentions": len(groups) - len(placed),
    }
