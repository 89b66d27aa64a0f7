"""One meeting as the analyst sees it: merged fields, disagreements, inferences, people,
statements by speaker, outcomes and sources."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from sqlalchemy import Connection, select

from summitry.query.common import meeting_label, norm
from summitry.query.provenance import provenance, record_corrections
from summitry.query.sentences import whole_statements
from summitry.resolve.corrections import Corrections, apply_fields
from summitry.resolve.infer import infer_host, infer_year
from summitry.resolve.keys import person_id
from summitry.store.meeting_dates import known_years
from summitry.store.schema import people, records, statements

__all__ = ["FIELDS", "REPORTS_READ", "merge_fields", "meeting_view", "summary"]

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
REPORTS_READ = 25  # reporting pages a meeting's people and statements are read from


def merge_fields(rows: list[Any]) -> tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]:
    """Each field's most common value, reported rows first; and where the sources disagree:
    {field: [{"value": v, "sources": [document ids]}, ...]} (oldest source first)."""
    columns = rows[0]._fields
    at = [columns.index(name) for name in FIELDS]
    role, doc = columns.index("role"), columns.index("document_id")
    main = [r for r in rows if r[role] == "main"]
    merged: dict[str, Any] = {}
    disagreements: dict[str, list[dict[str, Any]]] = {}
    for name, i in zip(FIELDS, at, strict=True):
        pool = [r[i] for r in main if r[i] is not None]
        pool = pool or [r[i] for r in rows if r[i] is not None and r[role] != "main"]
        merged[name] = Counter(pool).most_common(1)[0][0] if pool else None
        by_value: dict[Any, dict[str, Any]] = {}
        for r in rows:
            value = r[i]
            if value is None:
                continue
            entry = by_value.setdefault(
                norm(value) if name == "name" else value, {"value": value, "sources": []}
            )
            if r[doc] not in entry["sources"]:
                entry["sources"].append(r[doc])
        if len(by_value) > 1:
            disagreements[name] = list(by_value.values())
    return merged, disagreements


def _inferred(conn: Connection, merged: dict[str, Any], rows: list[Any]) -> dict[str, str]:
    """Fill a missing year (and host country) in merged; return {field: why} for each."""
    why: dict[str, str] = {}
    merged["year"] = int(merged["start"][:4]) if merged.get("start") else None
    if merged["year"] is None:
        reported = sorted(r.published for r in rows if r.role == "main" and r.published)
        ordinal = merged.get("ordinal")
        known = known_years(conn, rows[0].series, ordinal) if ordinal is not None else []
        found = infer_year(
            rows[0].series,
            ordinal,
            known,
            reported[0] if reported else None,
            merged.get("forum"),
            merged.get("country"),
        )
        if found is not None:
            merged["year"], why["year"] = found
    if merged.get("country") is None and merged.get("format") != "virtual":
        host = infer_host(merged.get("forum"), merged["year"])
        if host is not None:
            merged["country"], why["country"] = host
    return why


def summary(
    conn: Connection,
    key: str,
    rows: list[Any],
    corrections: Corrections | None = None,
    merged: dict[str, Any] | None = None,
    disagreements: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A meeting in brief: id, label, merged fields, year, role, number of sources, inferred,
    and `provenance` ({field: inferred|corrected|disputed}).

    merged, disagreements: merge_fields(rows) where the caller has it already."""
    if merged is None:
        merged, disagreements = merge_fields(rows)
    merged = dict(merged)
    inferred = _inferred(conn, merged, rows)
    role = "main" if any(r.role == "main" for r in rows) else "mentioned"
    view = {
        "id": key,
        "label": meeting_label(merged["name"], merged["ordinal"]),
        "series": f"series:{rows[0].series}",
        **merged,
        "role": role,
        "sources": len({r.document_id for r in rows}),
        "inferred": inferred,
    }
    view = apply_fields(key, view, corrections)
    view["provenance"] = provenance(view | {"disagreements": disagreements})
    for field in record_corrections(conn, rows):
        view["provenance"][field] = "corrected"  # on a page's record, not the meeting
    return view


def meeting_view(
    conn: Connection, key: str, rows: list[Any], corrections: Corrections | None = None
) -> dict[str, Any]:
    """The full meeting: summary fields plus chairs, people, statements, outcomes, sources.

    People, statements and outcomes come from the first REPORTS_READ pages that report the
    meeting, earliest published first (`reports_read` of `reports`); `sources` lists every
    page that names it."""
    merged, disagreements = merge_fields(rows)
    view = summary(conn, key, rows, corrections, merged, disagreements)
    view["disagreements"] = disagreements
    reporting = {r.document_id: r.published for r in rows if r.role == "main"}
    earliest = sorted(reporting, key=lambda d: (reporting[d] is None, reporting[d] or "", d))
    reported = sorted(earliest[:REPORTS_READ])
    view["reports"], view["reports_read"] = len(reporting), len(reported)
    view["people"] = _people(conn, reported)
    view["chairs"] = [p for p in view["people"] if p["role"] in ("chair", "co_chair")]
    view["statements"] = _statements_by_speaker(conn, reported)
    view["outcomes"] = _outcomes(conn, reported)
    view["sources"] = _sources(rows)
    return view


def _people(conn: Connection, doc_ids: list[str]) -> list[dict[str, Any]]:
    """Chairs and attendees named on the pages that report the meeting, once per person."""
    stmt = (
        select(people)
        .where(people.c.document_id.in_(doc_ids), people.c.role != "mentioned")
        .order_by(people.c.document_id, people.c.idx)
    )
    found: dict[str, dict[str, Any]] = {}
    for row in conn.execute(stmt):
        pid = person_id(row.name) or norm(row.name)
        entry = found.setdefault(pid, {"id": pid, "name": row.name, "documents": []})
        for field in ("title", "country", "role"):
            entry[field] = entry.get(field) or getattr(row, field)
        entry["documents"].append(row.document_id)
    return list(found.values())


def _statements_by_speaker(conn: Connection, doc_ids: list[str]) -> dict[str, list[dict]]:
    """{speaker: [{act, text, document, evidence}]} in page order, each text its whole
    sentence (`said`: the words extracted, where they stop short of it)."""
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
    whole_statements(conn, [s for said in grouped.values() for s in said])
    return grouped


def _outcomes(conn: Connection, doc_ids: list[str]) -> list[dict[str, Any]]:
    """The outcomes the pages' stored records list, in page order."""
    stmt = select(records.c.document_id, records.c.record).where(records.c.document_id.in_(doc_ids))
    return [
        {"document": o["document"], "action": o["action"], "source": doc_id}
        for doc_id, raw in conn.execute(stmt.order_by(records.c.document_id))
        for o in json.loads(raw).get("outcomes") or ()
    ]


def _sources(rows: list[Any]) -> list[dict[str, Any]]:
    """Each page naming the meeting: id, title, publisher, published, and main or mentioned."""
    by_doc: dict[str, dict[str, Any]] = {}
    for r in rows:
        entry = by_doc.setdefault(
            r.document_id,
            {
                "id": r.document_id,
                "title": r.title,
                "publisher": r.publisher,
                "published": r.published,
                "role": r.role,
            },
        )
        if r.role == "main":
            entry["role"] = "main"
    return sorted(by_doc.values(), key=lambda s: (s["published"] is None, s["published"] or ""))
