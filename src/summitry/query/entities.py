"""Country and initiative pages: meetings, statements and what they raised, across pages."""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import Connection, and_, select

from summitry.kb.load import load_kb
from summitry.query.common import by_date, chunks, doc_infos, norm, ref_of, with_stored_corrections
from summitry.query.meeting_find import QueryError
from summitry.query.timeline import timeline
from summitry.resolve.corrections import Corrections, aliases_of, apply_fields, keeps
from summitry.resolve.keys import acronym_of, canonical_initiative, country_id, initiative_id
from summitry.store.schema import entity_refs, meeting_refs, meetings, mentions, people, statements

__all__ = ["country", "country_code_of", "initiative"]

ATTENDING = ("attendee", "chair", "co_chair")


def country_code_of(text: str) -> str:
    """'KOR', 'country:KOR', 'Korea', 'Republic of Korea' -> 'KOR'; QueryError otherwise."""
    kb = load_kb()
    raw = text.strip().removeprefix("country:")
    code = raw.upper() if raw.upper() in kb.countries else kb.country_code(raw)
    if not code:
        raise QueryError(f"{text!r}: not a country the knowledge base knows; give ISO3, e.g. KOR")
    return code


def _docs_of(conn: Connection, ids: list[str], corrections: Corrections | None) -> set[str]:
    stmt = select(entity_refs.c.entity_id, entity_refs.c.document_id).where(
        entity_refs.c.entity_id.in_(ids)
    )
    return {d for e, d in conn.execute(stmt.distinct()) if keeps(e, d, corrections)}


@with_stored_corrections
def country(store: Any, code: str, corrections: Corrections | None = None) -> dict | None:
    """{id, code, name, meetings: [attended], statements: {act: [...]}, initiatives: [...]}."""
    iso = country_code_of(code)
    cid = country_id(iso)
    with store.engine.connect() as conn:
        docs = _docs_of(conn, aliases_of(cid, corrections), corrections)
        if not docs:
            return None
        said = _country_statements(conn, iso, cid, docs)
        attended_docs = _attending_docs(conn, iso, docs) | {s.document_id for s in said}
        infos = doc_infos(conn, docs)
        by_act: dict[str, list[dict[str, Any]]] = {}
        for s in said:
            info = infos[s.document_id]
            by_act.setdefault(s.act, []).append(
                {"speaker": s.speaker, "text": s.text, "date": info.date,
                 "meeting": info.meeting, "document": s.document_id,
                 "evidence": [s.evidence_start, s.evidence_end]}
            )  # fmt: skip
        for items in by_act.values():
            items.sort(key=lambda i: (*by_date(i), i["document"]))
        view = {
            "id": cid,
            "code": iso,
            "name": load_kb().countries[iso].name,
            "meetings": _main_meetings(conn, sorted(attended_docs), infos),
            "statements": by_act,
            "initiatives": _raised(conn, said),
            "documents": len(docs),
        }
    return apply_fields(cid, view, corrections)


def _country_statements(conn: Connection, iso: str, cid: str, docs: set[str]) -> list[Any]:
    """Statements spoken by the country, or by a person the page says serves it."""
    stmt = (
        select(statements)
        .join(entity_refs, ref_of(statements, "statements"))
        .where(entity_refs.c.entity_id == cid, entity_refs.c.kind == "speaker")
    )
    found = {(r.document_id, r.idx): r for r in conn.execute(stmt)}
    for part in chunks(sorted(docs)):
        names = select(people.c.document_id, people.c.name).where(
            people.c.document_id.in_(part), people.c.country == iso
        )
        serving = {(d, norm(n)) for d, n in conn.execute(names)}
        if not serving:
            continue
        for r in conn.execute(select(statements).where(statements.c.document_id.in_(part))):
            if (r.document_id, norm(r.speaker)) in serving:
                found[(r.document_id, r.idx)] = r
    return sorted(found.values(), key=lambda r: (r.document_id, r.idx))


def _attending_docs(conn: Connection, iso: str, docs: set[str]) -> set[str]:
    found: set[str] = set()
    for part in chunks(sorted(docs)):
        stmt = select(people.c.document_id).where(
            people.c.document_id.in_(part), people.c.country == iso, people.c.role.in_(ATTENDING)
        )
        found |= set(conn.execute(stmt).scalars())
    return found


def _main_meetings(conn: Connection, docs: list[str], infos: dict) -> list[dict[str, Any]]:
    """The meetings the given pages report, once each, oldest first."""
    found: dict[str, dict[str, Any]] = {}
    for part in chunks(docs):
        stmt = (
            select(
                meetings.c.document_id,
                meetings.c.forum,
                meetings.c.start,
                meeting_refs.c.meeting_key,
            )
            .join(
                meeting_refs,
                and_(
                    meeting_refs.c.document_id == meetings.c.document_id,
                    meeting_refs.c.idx == meetings.c.idx,
                ),
            )  # fmt: skip
            .where(meetings.c.document_id.in_(part), meetings.c.role == "main")
        )
        for m in conn.execute(stmt):
            info = infos.get(m.document_id)
            entry = found.setdefault(
                m.meeting_key,
                {"id": m.meeting_key, "meeting": info.meeting if info else None,
                 "forum": m.forum, "start": m.start or (info.date if info else None),
                 "documents": []},
            )  # fmt: skip
            entry["documents"].append(m.document_id)
    return sorted(found.values(), key=lambda m: by_date({"date": m["start"]}))


def _raised(conn: Connection, said: list[Any]) -> list[dict[str, Any]]:
    """Initiatives the statements name, most often first: {id, name, statements}."""
    counts: Counter[str] = Counter()
    keys = {(s.document_id, s.idx) for s in said}
    for part in chunks(sorted({d for d, _ in keys})):
        stmt = select(entity_refs.c.document_id, entity_refs.c.idx, entity_refs.c.entity_id).where(
            entity_refs.c.document_id.in_(part),
            entity_refs.c.source == "statements",
            entity_refs.c.kind == "topic",
            entity_refs.c.entity_id.like("initiative:%"),
        )
        counts.update(e for d, i, e in conn.execute(stmt) if (d, i) in keys)
    names = _initiative_names(conn, list(counts))
    return [{"id": e, "name": names.get(e), "statements": n} for e, n in counts.most_common()]


def _initiative_names(conn: Connection, ids: list[str]) -> dict[str, str]:
    """Initiative id -> the kb name, else the name pages use most."""
    found: dict[str, Counter[str]] = {}
    for part in chunks(ids):
        stmt = (
            select(entity_refs.c.entity_id, mentions.c.value)
            .join(
                mentions,
                and_(
                    mentions.c.document_id == entity_refs.c.document_id,
                    mentions.c.idx == entity_refs.c.idx,
                    mentions.c.kind == "initiative",
                ),
            )  # fmt: skip
            .where(entity_refs.c.entity_id.in_(part), entity_refs.c.source == "mentions.initiative")
        )
        for eid, value in conn.execute(stmt):
            found.setdefault(eid, Counter())[value] += 1
    kb = load_kb()
    out = {}
    for eid, values in found.items():
        top = values.most_common(1)[0][0]
        canonical = canonical_initiative(top)
        out[eid] = canonical if canonical in kb.initiatives else top
    return out


@with_stored_corrections
def initiative(
    store: Any, name: str, corrections: Corrections | None = None, limit: int | None = None
) -> dict | None:
    """{id, name, acronym, names, meetings, statements, timeline} of one initiative; limit
    keeps the first items of its timeline (and the statements among them)."""
    text = name.strip()
    if not text:
        raise QueryError("give an initiative's name, acronym or id, e.g. FTAAP")
    iid = text if text.startswith("initiative:") else initiative_id(text)
    with store.engine.connect() as conn:
        names = _initiative_names(conn, aliases_of(iid, corrections))
        if not names:
            return None
        docs = _docs_of(conn, aliases_of(iid, corrections), corrections)
        infos = doc_infos(conn, docs)
        attended = _main_meetings(conn, sorted(docs), infos)
    items = timeline(store, iid, corrections=corrections, limit=limit)
    title = names.get(iid) or next(iter(names.values()))
    kb = load_kb()
    acronyms = [a for a in kb.initiatives.get(title, ()) if a.isupper() and " " not in a]
    view = {
        "id": iid,
        "name": title,
        "acronym": acronyms[0] if acronyms else acronym_of(title),
        "names": sorted(set(names.values())),
        "meetings": attended,
        "statements": [i for i in items if i["kind"] == "statement"],
        "timeline": items,
    }
    return apply_fields(iid, view, corrections)
