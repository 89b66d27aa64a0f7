"""Commitments (statements of act 'commit') and the later pages that report them done.

A later page reports a commitment done when one of its sentences has a completion verb
('launched', 'has implemented', 'was adopted'), names what was committed (an initiative the
commitment names, or most of its content words) and names the actor or comes from its
government.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, func, or_, select, true, tuple_

from summitry.kb.load import load_kb
from summitry.query.common import DocInfo, chunks, doc_infos, norm
from summitry.query.meeting_find import QueryError
from summitry.resolve.refs import has_word
from summitry.store.filters import Filters, commitment_conditions
from summitry.store.schema import documents, entity_refs, statements, texts

__all__ = [
    "COMPLETION",
    "STATUSES",
    "CommitmentPage",
    "commitment_page",
    "commitments",
    "commitments_on_pages",
    "reported_done",
]

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
REPORT_BATCH = 20  # candidate pages read at a time
LIST_BATCH = 200  # commitments read per query, in date order
STATUS_SCAN = 200  # commitments checked at most for one page filtered by status


@dataclass(frozen=True, slots=True)
class CommitmentPage:
    """One page of commitments, oldest first; `total` is exact unless `total_exact` is False
    (a status filter stopped after checking `checked` commitments: see commitment_page)."""

    items: list[dict[str, Any]]
    total: int
    total_exact: bool
    checked: int


def commitments(
    store: Any, actor: str | None = None, status: str | None = None
) -> list[dict[str, Any]]:
    """Every commitment oldest first: actor, what, when, source, status 'open' or
    'reported_done' (with the evidence of the later page: sentence, document, date)."""
    return commitment_page(store, actor, status, limit=None, scan=None).items


def commitment_page(
    store: Any,
    actor: str | None = None,
    status: str | None = None,
    limit: int | None = 50,
    offset: int = 0,
    scan: int | None = STATUS_SCAN,
    filters: Filters | None = None,
    sort: str = "date",
) -> CommitmentPage:
    """`limit` commitments from `offset` on, oldest first, read in date order from the index,
    narrowed by `filters` (actors, the page's forum, level, country and series, dates);
    only those listed are checked against later pages. With a status, commitments are
    checked in order until the page is full or `scan` were checked (None: no bound), and
    `total` counts the matches among those checked. sort '-date' lists the newest first."""
    newest = sort == "-date"
    if status is not None and status not in STATUSES:
        raise QueryError(f"status {status!r}: choose one of open, done")
    wanted = {None: None, "open": "open"}.get(status, "reported_done")
    end = None if limit is None else offset + max(0, limit)
    with store.engine.connect() as conn:
        where = _actor_filter(actor) + _filtered(filters)
        if wanted is None:
            listed = _in_order(conn, where, offset, limit or LIST_BATCH, newest)
            items = [_checked(conn, row, info) for row, info in islice(listed, limit)]
            return CommitmentPage(items, _count(conn, where), True, len(items))
        found: list[dict[str, Any]] = []
        checked, complete = 0, True
        for row, info in _in_order(conn, where, 0, newest=newest):
            if checked == scan or (end is not None and len(found) >= end):
                complete = False  # more commitments are left unchecked
                break
            item = _checked(conn, row, info)
            checked += 1
            if item["status"] == wanted:
                found.append(item)
    return CommitmentPage(found[offset:end], len(found), complete, checked)


def commitments_on_pages(store: Any, doc_ids: list[str], limit: int = 50) -> list[dict[str, Any]]:
    """The first `limit` commitments stated on the given pages, oldest first, each checked
    against later pages (status and `done` as in commitment_page)."""
    if not doc_ids:
        return []
    with store.engine.connect() as conn:
        where: list[ColumnElement[bool]] = [statements.c.document_id.in_(sorted(set(doc_ids)))]
        listed = _in_order(conn, where, 0, limit)
        return [_checked(conn, row, info) for row, info in islice(listed, limit)]


def _checked(conn: Connection, row: Any, info: DocInfo) -> dict[str, Any]:
    """The commitment of a row, with its status from the later pages."""
    item = _commitment(row, row.actor_country, info)
    done = reported_done(conn, row, item)
    if done is not None:
        item["status"], item["done"] = "reported_done", done
    return item


def _filtered(filters: Filters | None) -> list[ColumnElement[bool]]:
    """Conditions on statements for Filters: any of its actors, the page's facets and
    series, the date range."""
    if not filters:
        return []
    where = commitment_conditions(filters, statements.c)
    if filters.actors:
        where.append(or_(*(and_(true(), *_actor_filter(a)) for a in filters.actors)))
    return where


def _actor_filter(actor: str | None) -> list[ColumnElement[bool]]:
    """SQL conditions on statements for an actor: a country or organisation code, id or
    name matches the commitments of that code (the speaker's or the country it serves); a
    person id matches that speaker; anything else is part of a speaker's name."""
    if not actor:
        return []
    c = statements.c
    if actor.startswith("person:"):
        spoke = select(entity_refs.c.document_id).where(
            entity_refs.c.entity_id == actor,
            entity_refs.c.source == "statements",
            entity_refs.c.kind == "speaker",
            entity_refs.c.document_id == c.document_id,
            entity_refs.c.idx == c.idx,
        )
        return [spoke.exists()]
    kb = load_kb()
    bare = actor.removeprefix("country:").removeprefix("org:")
    code = bare.upper() if bare.upper() in kb.countries else kb.country_code(bare)
    codes = sorted({x for x in (code, kb.organization_key(bare)) if x})
    if codes:
        return [c.actor_country.in_(codes)]
    words = norm(actor).split() or [""]
    return [c.speaker.icontains(w, autoescape=True) for w in words]


def _in_order(
    conn: Connection,
    where: list[ColumnElement[bool]],
    offset: int,
    batch: int = LIST_BATCH,
    newest: bool = False,
) -> Iterator[tuple[Any, DocInfo]]:
    """(row, DocInfo) of the commitments matching `where` from `offset` on, dated ones in
    date order (newest first where `newest`) then undated ones, read `batch` at a time by
    key (never by OFFSET)."""
    c = statements.c
    cols = (c.document_id, c.idx, c.date, c.actor_country, c.speaker, c.text, c.evidence_start)
    base = select(*cols, c.evidence_end).where(c.act == "commit", *where)
    skip = offset
    for dated in (True, False):
        key = (c.date, c.document_id, c.idx) if dated else (c.document_id, c.idx)
        when = c.date.is_not(None) if dated else c.date.is_(None)
        if skip and (before := _count(conn, [*where, when])) <= skip:
            skip -= before  # the whole part lies before the offset
            continue
        part, last = base.where(when), None
        while True:
            stmt = part if last is None else part.where(_after(key, last, newest))
            order = [k.desc() for k in key] if newest else list(key)
            rows = conn.execute(stmt.order_by(*order).limit(max(1, batch))).all()
            if not rows:
                break
            last = tuple(getattr(rows[-1], k.name) for k in key)
            kept, skip = rows[skip:], max(0, skip - len(rows))
            infos = doc_infos(conn, {r.document_id for r in kept})
            for row in kept:
                yield row, infos[row.document_id]


def _after(key: tuple[Any, ...], last: tuple[Any, ...], newest: bool) -> ColumnElement[bool]:
    """Rows past `last` in the listing order."""
    return tuple_(*key) < tuple_(*last) if newest else tuple_(*key) > tuple_(*last)


def _count(conn: Connection, where: list[ColumnElement[bool]]) -> int:
    """How many commitments match `where`, counted from the index."""
    stmt = select(func.count()).where(statements.c.act == "commit", *where)
    return conn.execute(stmt).scalar_one()


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
    """The first later sentence reporting this commitment done, or None. Candidate pages are
    read REPORT_BATCH at a time, earliest first, until one reports it."""
    if not item["when"]:
        return None
    topics = _topics(conn, row)
    later = _candidate_pages(conn, row, item["when"])
    names = _actor_names(item["actor"], item["actor_country"])
    words = _content_words(row.text)
    stmt = select(documents.c.id, texts.c.body, documents.c.publisher_country)
    stmt = stmt.join(texts, texts.c.seq == documents.c.seq)
    for part in chunks(later, REPORT_BATCH):
        ids = [doc_id for doc_id, _ in part]
        pages = {r.id: r for r in conn.execute(stmt.where(documents.c.id.in_(ids)))}
        for doc_id, date in part:  # the first report
            page = pages.get(doc_id)
            if page is None or not COMPLETION.search(page.body or ""):
                continue
            by_country = page.publisher_country == item["actor_country"]
            found = _report_sentence(page.body, topics, words, names, by_country)
            if found is not None:
                title = doc_infos(conn, [doc_id])[doc_id].title
                return {
                    "sentence": found.group().strip(),
                    "document": doc_id,
                    "date": date,
                    "title": title,
                    "evidence": [found.start(), found.end()],
                }
    return None


def _report_sentence(
    body: str, topics: list[str], words: set[str], names: list[str], by_country: bool
) -> re.Match[str] | None:
    """The first sentence of `body` with a completion verb that names what was committed
    and, unless the page comes from the actor's country, names the actor."""
    for found in _SENTENCE.finditer(body):
        sentence = found.group().strip()
        if not COMPLETION.search(sentence):
            continue
        low = sentence.lower()
        about = any(has_word(low, t) for t in topics) or (
            len(words) >= 3 and len(words & _content_words(sentence)) >= 0.6 * len(words)
        )
        if about and (by_country or any(has_word(low, n) for n in names)):
            return found
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


def _candidate_pages(conn: Connection, row: Any, when: str) -> list[tuple[str, str]]:
    """(page, date) of other pages dated after `when` naming the same initiatives, earliest
    first, at most CANDIDATE_PAGES: each initiative's refs are read from the (entity, date)
    index in its order, so a later report is found however many pages name the initiative."""
    c = entity_refs.c
    ids = select(c.entity_id).where(
        c.document_id == row.document_id,
        c.source == "statements",
        c.idx == row.idx,
        c.kind == "topic",
        c.entity_id.like("initiative:%"),
    )
    dated: dict[str, str] = {}
    for entity in conn.execute(ids).scalars():
        stmt = (
            select(c.document_id, c.date)
            .where(c.entity_id == entity, c.date > when, c.document_id != row.document_id)
            .distinct()
            .order_by(c.date, c.document_id)
            .limit(CANDIDATE_PAGES)
        )
        for doc_id, date in conn.execute(stmt):
            dated[doc_id] = min(date, dated.get(doc_id, date))
    return sorted(dated.items(), key=lambda dd: (dd[1], dd[0]))[:CANDIDATE_PAGES]


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


def iter_commitments(store: Any, actor: str | None = None) -> Iterator[dict[str, Any]]:
    """Every commitment oldest first, each checked against later pages as it is yielded;
    read in batches from the index, so a million commitments stream in bounded memory."""
    with store.engine.connect() as conn:
        for row, info in _in_order(conn, _actor_filter(actor), 0):
            yield _checked(conn, row, info)
