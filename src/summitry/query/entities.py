"""Initiative pages: names, meetings and dated mentions across pages (countries: query.country)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import Connection, and_, select

from summitry.kb.load import load_kb
from summitry.query.common import by_date, chunks, doc_infos, with_stored_corrections
from summitry.query.country import country, country_code_of
from summitry.query.meeting_find import QueryError
from summitry.query.timeline import timeline
from summitry.resolve.corrections import Corrections, aliases_of, apply_fields, keeps
from summitry.resolve.keys import acronym_of, canonical_initiative, initiative_id
from summitry.store.schema import entity_refs, meeting_refs, meetings, mentions

__all__ = ["country", "country_code_of", "initiative"]


def _docs_of(conn: Connection, ids: list[str], corrections: Corrections | None) -> set[str]:
    stmt = select(entity_refs.c.entity_id, entity_refs.c.document_id).where(
        entity_refs.c.entity_id.in_(ids)
    )
    return {d for e, d in conn.execute(stmt.distinct()) if keeps(e, d, corrections)}


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
