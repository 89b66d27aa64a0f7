"""Commitments (statements of act 'commit') and the later pages that report them done.

A later page reports a commitment done when one of its sentences has a completion verb
('launched', 'has implemented', 'was adopted'), names what was committed (an initiative the
commitment names, or most of its content words) and names the actor or comes from its
government.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Connection, and_, func, select

from summitry.kb.load import load_kb
from summitry.query.common import DocInfo, chunks, doc_infos, norm
from summitry.query.meeting_find import QueryError
from summitry.resolve.keys import person_id
from summitry.resolve.refs import has_word
from summitry.store.schema import documents, entity_refs, people, statements

__all__ = ["COMPLETION", "STATUSES", "commitments", "reported_done"]

STATUSES = ("open", "done", "reported_done")
COMPLETION = re.compile(
    r"\b(?:launched|completed|delivered|fulfilled|inaugurated|disbursed|"
    r"(?:has|have|had) (?:been )?(?:implemented|established|achieved|realized|realised)|"
    r"(?:was|were) (?:officially )?(?:adopted|implemented|established|signed|opened|realized)|"
    r"(?:entered|came) into force)\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.\n]+(?:\.|$)")
_STOP = set("that this with will their from have been into which also more other were such".split())
CANDIDATE_PAGES = 200


def commitments(
    store: Any, actor: str | None = None, status: str | None = None
) -> list[dict[str, Any]]:
    """Commitments oldest first: actor, what, when, source, status 'open' or 'reported_done'
    (with the evidence of the later page: sentence, document, date)."""
    if status is not None and status not in STATUSES:
        raise QueryError(f"status {status!r}: choose one of open, done")
    with store.engine.connect() as conn:
        rows = list(conn.execute(select(statements).where(statements.c.act == "commit")))
        countries = _speaker_countries(conn, {r.document_id for r in rows})
        infos = doc_infos(conn, {r.document_id for r in rows})
        found = []
        for row in rows:
            country = countries.get((row.document_id, norm(row.speaker)), _as_code(row.speaker))
            if actor and not _actor_matches(actor, row.speaker, country):
                continue
            item = _commitment(row, country, infos[row.document_id])
            done = reported_done(conn, row, item)
            if done is not None:
                item["status"], item["done"] = "reported_done", done
            found.append(item)
    if status is not None:
        wanted = "open" if status == "open" else "reported_done"
        found = [c for c in found if c["status"] == wanted]
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
        "done": None,
        "evidence": [row.evidence_start, row.evidence_end],
    }


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z][a-z\-]{3,}", text.lower()) if w not in _STOP}


def reported_done(conn: Connection, row: Any, item: dict[str, Any]) -> dict[str, Any] | None:
    """The first later sentence reporting this commitment done, or None."""
    if not item["when"]:
        return None
    topics = _topics(conn, row)
    docs = _candidate_pages(conn, row, item["when"])
    later = {d: i for d, i in doc_infos(conn, docs).items() if i.date and i.date > item["when"]}
    if not later:
        return None
    names = _actor_names(item["actor"], item["actor_country"])
    words = _content_words(row.text)
    stmt = select(documents.c.id, documents.c.body, documents.c.publisher_country)
    pages = {r.id: r for r in conn.execute(stmt.where(documents.c.id.in_(sorted(later))))}
    for doc_id in sorted(pages, key=lambda d: (later[d].date, d)):  # the first report
        _, body, publisher = pages[doc_id]
        for found in _SENTENCE.finditer(body or ""):
            sentence = found.group().strip()
            low = sentence.lower()
            if not COMPLETION.search(sentence):
                continue
            about = any(has_word(low, t) for t in topics) or (
                len(words) >= 3 and len(words & _content_words(sentence)) >= 0.6 * len(words)
            )
            by_actor = publisher == item["actor_country"] or any(has_word(low, n) for n in names)
            if about and by_actor:
                info = later[doc_id]
                return {
                    "sentence": sentence,
                    "document": doc_id,
                    "date": info.date,
                    "title": info.title,
                    "evidence": [found.start(), found.end()],
                }
    return None


def _topics(conn: Connection, row: Any) -> list[str]:
    """Initiative and organisation names the commitment's text names (from its page)."""
    from summitry.store.schema import mentions

    stmt = (
        select(mentions.c.value)
        .join(
            entity_refs,
            and_(
                entity_refs.c.document_id == mentions.c.document_id,
                entity_refs.c.source == "mentions." + mentions.c.kind,
                entity_refs.c.idx == mentions.c.idx,
            ),
        )
        .where(mentions.c.document_id == row.document_id, mentions.c.kind == "initiative")
    )
    low = row.text.lower()
    return [v.lower() for v in conn.execute(stmt).scalars() if has_word(low, v.lower())]


def _candidate_pages(conn: Connection, row: Any, when: str) -> list[str]:
    """Other pages dated after `when` naming the same initiatives, earliest first, at most
    CANDIDATE_PAGES: the (entity, date) index reads only later pages, so a later report is
    found however many earlier pages name the initiative."""
    c = entity_refs.c
    ids = select(c.entity_id).where(
        c.document_id == row.document_id,
        c.source == "statements",
        c.idx == row.idx,
        c.kind == "topic",
        c.entity_id.like("initiative:%"),
    )
    first = func.min(c.date)
    stmt = (
        select(c.document_id)
        .where(c.entity_id.in_(ids), c.date > when, c.document_id != row.document_id)
        .group_by(c.document_id)
        .order_by(first, c.document_id)
        .limit(CANDIDATE_PAGES)
    )
    return list(conn.execute(stmt).scalars())


def _actor_names(actor: str, country: str | None) -> list[str]:
    """Lower-case forms a sentence names the actor by: the person's family name, the country."""
    kb = load_kb()
    names = [actor.lower()]
    words = actor.split()
    if len(words) > 1:
        names.append(words[0].lower())
    if country in kb.countries:
        c = kb.countries[country]
        names += [n.lower() for n in (c.name, *c.aliases, *c.demonyms) if len(n) > 2]
    return names


def _speaker_countries(conn: Connection, doc_ids: set[str]) -> dict[tuple[str, str], str]:
    """(document, person name) -> the country that person serves, from the people rows."""
    found: dict[tuple[str, str], str] = {}
    for part in chunks(sorted(doc_ids)):
        stmt = select(people.c.document_id, people.c.name, people.c.country).where(
            people.c.document_id.in_(part), people.c.country.is_not(None)
        )
        found.update({(r.document_id, norm(r.name)): r.country for r in conn.execute(stmt)})
    return found


def _as_code(speaker: str) -> str | None:
    """A speaker that is itself a country or organisation code ('KOR', 'APEC')."""
    kb = load_kb()
    return speaker if speaker in kb.countries or speaker in kb.organizations else None


def _actor_matches(actor: str, speaker: str, country: str | None) -> bool:
    """The actor asked for: a code (KOR), an id (country:KOR, person:...), a country name
    (Korea), or part of a speaker's name."""
    kb = load_kb()
    if actor.startswith("person:"):
        return person_id(speaker) == actor
    actor = actor.removeprefix("country:").removeprefix("org:")
    code = actor.upper() if actor.upper() in kb.countries else kb.country_code(actor)
    codes = {c for c in (code, kb.organization_key(actor)) if c}
    return speaker in codes or country in codes or norm(actor) in norm(speaker)
