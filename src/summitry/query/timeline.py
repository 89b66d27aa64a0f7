"""Dated mentions of a term across pages, and the commitments stated on them."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Connection, and_, or_, select

from summitry.kb.load import load_kb
from summitry.query.common import DocInfo, any_contains, by_date, doc_infos, has_word, norm
from summitry.query.meetings import QueryError
from summitry.query.terms import Term, expand_term
from summitry.store.schema import documents, mentions, people, statements

__all__ = ["STATUSES", "commitments", "timeline"]

STATUSES = ("open", "done")
_BULLET = re.compile(r"^[o•*\-]\s+")


def timeline(store: Any, term: str) -> list[dict[str, Any]]:
    """Statements, people and mentions matching term, each dated, oldest first (undated last)."""
    if not term.strip():
        raise QueryError("give a term to follow, e.g. FTAAP or 'Kang Kyung-wha'")
    with store.engine.connect() as conn:
        t = expand_term(conn, term)
        items = _statement_items(conn, t) + _person_items(conn, t) + _mention_items(conn, t)
        infos = doc_infos(conn, {i["document"] for i in items})
    for item in items:
        _date(item, infos[item["document"]])
    items.sort(key=lambda i: (*by_date(i), i["document"], i["evidence"][0] or 0))
    return items


def _date(item: dict[str, Any], info: DocInfo) -> None:
    """Add the document's date, its main meeting and its title to an item."""
    item.update(
        date=info.date,
        date_source=info.date_source,
        meeting=info.meeting,
        meeting_id=info.meeting_id,
        title=info.title,
    )


def _item(kind: str, row: Any, speaker: str | None, act: str | None, text: str) -> dict:
    evidence = [getattr(row, "evidence_start", None), getattr(row, "evidence_end", None)]
    return {
        "kind": kind,
        "speaker": speaker,
        "act": act,
        "text": text,
        "document": row.document_id,
        "evidence": evidence,
    }


def _statement_items(conn: Connection, t: Term) -> list[dict[str, Any]]:
    """Statements whose text or speaker holds the term (or whose speaker is its code)."""
    stmt = select(statements).where(
        or_(
            any_contains(statements.c.text, t.needles),
            any_contains(statements.c.speaker, t.needles),
            statements.c.speaker.in_(sorted(t.codes)),
        )
    )
    found = []
    for row in conn.execute(stmt):
        by_speaker = row.speaker in t.codes or any(n in norm(row.speaker) for n in t.needles)
        if by_speaker or any(has_word(row.text, n) for n in t.needles):
            found.append(_item("statement", row, row.speaker, row.act, row.text))
    return found


def _person_items(conn: Connection, t: Term) -> list[dict[str, Any]]:
    """People rows whose name holds the term: 'Name, Title (role)'."""
    stmt = select(people).where(any_contains(people.c.name, t.needles))
    found = []
    for row in conn.execute(stmt):
        text = ", ".join(p for p in (row.name, row.title) if p) + f" ({row.role})"
        found.append(_item("person", row, row.name, None, text))
    return found


def _mention_items(conn: Connection, t: Term) -> list[dict[str, Any]]:
    """Country, organisation and initiative mentions that mean the term, with their sentence."""
    exact = sorted(t.codes | t.values)
    stmt = select(mentions, documents.c.body).join(
        documents, documents.c.id == mentions.c.document_id
    )
    stmt = stmt.where(
        or_(
            mentions.c.value.in_(exact),
            and_(mentions.c.kind != "country", any_contains(mentions.c.value, t.needles)),
        )
    )
    found = []
    for row in conn.execute(stmt):
        words = sorted(t.needles, key=len, reverse=True)
        start, end, sentence = _sentence(row.body, words + [row.value] * (row.kind != "country"))
        item = _item(row.kind, row, None, None, sentence or row.value)
        item["value"] = row.value
        item["evidence"] = [start, end]
        found.append(item)
    return found


def _sentence(body: str, needles: list[str]) -> tuple[int | None, int | None, str | None]:
    """Offsets of the first needle found in body (case-insensitive) and its sentence."""
    low = body.lower()
    for needle in needles:
        at = low.find(needle.lower())
        if at >= 0 and len(needle) > 2:
            left = max(body.rfind(". ", 0, at), body.rfind("\n", 0, at)) + 1
            right = min(_find(body, ". ", at), _find(body, "\n", at))
            return at, at + len(needle), _BULLET.sub("", body[left:right].strip())[:400]
    return None, None, None


def _find(text: str, sub: str, start: int) -> int:
    at = text.find(sub, start)
    return len(text) if at < 0 else at + 1


def commitments(
    store: Any, actor: str | None = None, status: str | None = None
) -> list[dict[str, Any]]:
    """Statements of act 'commit' as commitments (actor, what, when, source), oldest first.

    Every commitment is 'open': linking a later report of it being done is not built yet.
    """
    if status is not None and status not in STATUSES:
        raise QueryError(f"status {status!r}: choose one of {', '.join(STATUSES)}")
    if status == "done":
        return []
    with store.engine.connect() as conn:
        rows = list(conn.execute(select(statements).where(statements.c.act == "commit")))
        countries = _speaker_countries(conn, {r.document_id for r in rows})
        infos = doc_infos(conn, {r.document_id for r in rows})
    found = []
    for row in rows:
        country = countries.get((row.document_id, norm(row.speaker)), _as_code(row.speaker))
        if actor and not _actor_matches(actor, row.speaker, country):
            continue
        found.append(_commitment(row, country, infos[row.document_id]))
    found.sort(key=lambda c: (c["when"] is None, c["when"] or "", c["document"]))
    return found


def _commitment(row: Any, country: str | None, info: DocInfo) -> dict[str, Any]:
    return {
        "actor": row.speaker,
        "actor_country": country,
        "what": row.text,
        "when": info.date,
        "date_source": info.date_source,
        "meeting": info.meeting,
        "meeting_id": info.meeting_id,
        "document": row.document_id,
        "title": info.title,
        "status": "open",
        "evidence": [row.evidence_start, row.evidence_end],
    }


def _speaker_countries(conn: Connection, doc_ids: set[str]) -> dict[tuple[str, str], str]:
    """(document, person name) -> the country that person serves, from the people rows."""
    stmt = select(people.c.document_id, people.c.name, people.c.country).where(
        people.c.document_id.in_(sorted(doc_ids)), people.c.country.is_not(None)
    )
    return {(r.document_id, norm(r.name)): r.country for r in conn.execute(stmt)}


def _as_code(speaker: str) -> str | None:
    """A speaker that is itself a country or organisation code ('KOR', 'APEC')."""
    kb = load_kb()
    return speaker if speaker in kb.countries or speaker in kb.organizations else None


def _actor_matches(actor: str, speaker: str, country: str | None) -> bool:
    """The actor asked for: a code (KOR) or country name (Korea), or part of a speaker's name."""
    kb = load_kb()
    code = actor.upper() if actor.upper() in kb.countries else kb.country_code(actor)
    codes = {c for c in (code, kb.organization_key(actor)) if c}
    return speaker in codes or country in codes or norm(actor) in norm(speaker)
