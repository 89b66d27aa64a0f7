"""One meeting as the analyst sees it: merged fields, disagreements, inferences, people,
statements by speaker, outcomes and sources."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace
from typing import Any

from sqlalchemy import Connection, select

from summitry.query.common import meeting_label, norm
from summitry.query.provenance import provenance, record_corrections
from summitry.query.results import (
    Disagreement,
    MeetingSummary,
    MeetingView,
    Outcome,
    Participant,
    Source,
    StatementItem,
    with_fields,
)
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


def merge_fields(rows: list[Any]) -> tuple[dict[str, Any], dict[str, list[Disagreement]]]:
    """Each field's most common value, reported rows first; and where the sources disagree:
    {field: [Disagreement(value, [document ids]), ...]} (oldest source first)."""
    columns = rows[0]._fields
    at = [columns.index(name) for name in FIELDS]
    role, doc = columns.index("role"), columns.index("document_id")
    main = [r for r in rows if r[role] == "main"]
    merged: dict[str, Any] = {}
    disagreements: dict[str, list[Disagreement]] = {}
    for name, i in zip(FIELDS, at, strict=True):
        pool = [r[i] for r in main if r[i] is not None]
        pool = pool or [r[i] for r in rows if r[i] is not None and r[role] != "main"]
        merged[name] = Counter(pool).most_common(1)[0][0] if pool else None
        by_value: dict[Any, Disagreement] = {}
        for r in rows:
            value = r[i]
            if value is None:
                continue
            entry = by_value.setdefault(
                norm(value) if name == "name" else value, Disagreement(value, [])
            )
            if r[doc] not in entry.sources:
                entry.sources.append(r[doc])
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
    disagreements: dict[str, list[Disagreement]] | None = None,
) -> MeetingSummary:
    """A meeting in brief: id, label, merged fields, year, role, number of sources, inferred,
    fields a person corrected, and `provenance` ({field: inferred|corrected|disputed}).

    merged, disagreements: merge_fields(rows) where the caller has it already."""
    if merged is None or disagreements is None:
        merged, disagreements = merge_fields(rows)
    merged = dict(merged)
    inferred = _inferred(conn, merged, rows)
    found = MeetingSummary(
        id=key,
        label=meeting_label(merged["name"], merged["ordinal"]),
        series=f"series:{rows[0].series}",
        **{name: merged[name] for name in (*FIELDS, "year")},
        role="main" if any(r.role == "main" for r in rows) else "mentioned",
        sources=len({r.document_id for r in rows}),
        inferred=inferred,
    )
    found = _corrected(found, corrections)
    marks = provenance(disagreements, inferred, found.corrected)
    for name in record_corrections(conn, rows):
        marks[name] = "corrected"  # on a page's record, not the meeting
    return replace(found, provenance=marks)


_NUMBERS = ("ordinal", "year", "sources")


def _corrected(found: MeetingSummary, corrections: Corrections | None) -> MeetingSummary:
    """The summary with the fields a person set (an ordinal, year or count read as a whole
    number; a field a meeting has no place for in `extra`)."""
    return with_fields(found, apply_fields(found.id, {}, corrections), _NUMBERS)


def meeting_view(
    conn: Connection, key: str, rows: list[Any], corrections: Corrections | None = None
) -> MeetingView:
    """The full meeting: summary fields plus chairs, people, statements, outcomes, sources.

    People, statements and outcomes come from the first REPORTS_READ pages that report the
    meeting, earliest published first (`reports_read` of `reports`); `sources` lists every
    page that names it."""
    merged, disagreements = merge_fields(rows)
    found = summary(conn, key, rows, corrections, merged, disagreements)
    reporting = {r.document_id: r.published for r in rows if r.role == "main"}
    earliest = sorted(reporting, key=lambda d: (reporting[d] is None, reporting[d] or "", d))
    reported = sorted(earliest[:REPORTS_READ])
    people = _people(conn, reported)
    return MeetingView(
        summary=found,
        disagreements=disagreements,
        reports=len(reporting),
        reports_read=len(reported),
        people=people,
        chairs=[p for p in people if p.role in ("chair", "co_chair")],
        statements=_statements_by_speaker(conn, reported),
        outcomes=_outcomes(conn, reported),
        sources=_sources(rows),
    )


def _people(conn: Connection, doc_ids: list[str]) -> list[Participant]:
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
    return [Participant(**entry) for entry in found.values()]


def _statements_by_speaker(conn: Connection, doc_ids: list[str]) -> dict[str, list[StatementItem]]:
    """{speaker: [StatementItem]} in page order, each text its whole sentence (`said`: the
    words extracted, where they stop short of it)."""
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
    return {speaker: [StatementItem(**s) for s in said] for speaker, said in grouped.items()}


def _outcomes(conn: Connection, doc_ids: list[str]) -> list[Outcome]:
    """The outcomes the pages' stored records list, in page order."""
    stmt = select(records.c.document_id, records.c.record).where(records.c.document_id.in_(doc_ids))
    return [
        Outcome(o["document"], o["action"], doc_id)
        for doc_id, raw in conn.execute(stmt.order_by(records.c.document_id))
        for o in json.loads(raw).get("outcomes") or ()
    ]


def _sources(rows: list[Any]) -> list[Source]:
    """Each page naming the meeting: id, title, publisher, published, and main or mentioned."""
    by_doc: dict[str, Source] = {}
    for r in rows:
        entry = by_doc.get(r.document_id)
        if entry is None:
            by_doc[r.document_id] = Source(r.document_id, r.title, r.publisher, r.published, r.role)
        elif r.role == "main":
            by_doc[r.document_id] = replace(entry, role="main")
    return sorted(by_doc.values(), key=lambda s: (s.published is None, s.published or ""))
