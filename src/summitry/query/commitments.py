"""Commitments (statements of act 'commit') and the later pages that report them done.

A later page reports a commitment done when one of its sentences has a completion verb
('launched', 'has implemented', 'was adopted': kb completions.yaml), names what was committed
(an initiative the commitment names, or most of its content words) and names the actor or
comes from its government. Those sentences are found at ingest (the completions table), so a
check is a few index probes and reads no page.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import islice
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    and_,
    bindparam,
    func,
    or_,
    select,
    true,
    tuple_,
)

from summitry.kb.completions import common_words
from summitry.kb.load import load_kb
from summitry.query.common import DocInfo, doc_infos, norm
from summitry.query.meeting_find import QueryError
from summitry.query.results import Commitment, Done
from summitry.resolve.refs import has_word
from summitry.store.filters import Filters, commitment_conditions
from summitry.store.schema import completions, entity_refs, mentions, statements

__all__ = [
    "STATUSES",
    "CommitmentPage",
    "commitment_page",
    "commitments",
    "commitments_on_pages",
    "reported_done",
]

STATUSES = ("open", "done", "reported_done")
_WORD = re.compile(r"[a-z][a-z\-]{3,}")
CANDIDATE_PAGES = 200  # later completion sentences checked at most per initiative
LIST_BATCH = 200  # commitments read per query, in date order
STATUS_SCAN = 200  # commitments checked at most for one page filtered by status


@dataclass(frozen=True, slots=True)
class CommitmentPage:
    """One page of commitments, oldest first; `total` is exact unless `total_exact` is False
    (a status filter stopped after checking `checked` commitments: see commitment_page)."""

    items: list[Commitment]
    total: int
    total_exact: bool
    checked: int


def commitments(
    store: Any, actor: str | None = None, status: str | None = None
) -> list[Commitment]:
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
        found: list[Commitment] = []
        checked, complete = 0, True
        for row, info in _in_order(conn, where, 0, newest=newest):
            if checked == scan or (end is not None and len(found) >= end):
                complete = False  # more commitments are left unchecked
                break
            item = _checked(conn, row, info)
            checked += 1
            if item.status == wanted:
                found.append(item)
    return CommitmentPage(found[offset:end], len(found), complete, checked)


def commitments_on_pages(store: Any, doc_ids: list[str], limit: int = 50) -> list[Commitment]:
    """The first `limit` commitments stated on the given pages, oldest first, each checked
    against later pages (status and `done` as in commitment_page)."""
    if not doc_ids:
        return []
    with store.engine.connect() as conn:
        where: list[ColumnElement[bool]] = [statements.c.document_id.in_(sorted(set(doc_ids)))]
        listed = _in_order(conn, where, 0, limit)
        return [_checked(conn, row, info) for row, info in islice(listed, limit)]


def _checked(conn: Connection, row: Any, info: DocInfo) -> Commitment:
    """The commitment of a row, with its status from the later pages."""
    item = _commitment(row, row.actor_country, info)
    done = reported_done(conn, row, item)
    return item if done is None else replace(item, status="reported_done", done=done)


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
    key; the rows before `offset` are stepped over in the index (OFFSET, once), not read."""
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
            stmt = stmt.order_by(*order).limit(max(1, batch))
            rows = conn.execute(stmt.offset(skip) if skip else stmt).all()
            if not rows:
                break
            last, skip = tuple(getattr(rows[-1], k.name) for k in key), 0
            infos = doc_infos(conn, {r.document_id for r in rows})
            for row in rows:
                yield row, infos[row.document_id]


def _after(key: tuple[Any, ...], last: tuple[Any, ...], newest: bool) -> ColumnElement[bool]:
    """Rows past `last` in the listing order."""
    return tuple_(*key) < tuple_(*last) if newest else tuple_(*key) > tuple_(*last)


def _count(conn: Connection, where: list[ColumnElement[bool]]) -> int:
    """How many commitments match `where`, counted from the index."""
    stmt = select(func.count()).where(statements.c.act == "commit", *where)
    return conn.execute(stmt).scalar_one()


def _commitment(row: Any, country: str | None, info: DocInfo) -> Commitment:
    return Commitment(
        actor=row.speaker,
        actor_country=country,
        what=row.text,
        when=info.date,
        date_source=info.date_source,
        meeting=info.meeting,
        meeting_id=info.meeting_id,
        document=row.document_id,
        title=info.title,
        status="open",
        done=None,
        evidence=[row.evidence_start, row.evidence_end],
    )


def _content_words(text: str) -> set[str]:
    common = common_words()
    return {w for w in _WORD.findall(text.lower()) if w not in common}


def reported_done(conn: Connection, row: Any, item: Commitment) -> Done | None:
    """The first later sentence reporting this commitment done, or None: of the completion
    sentences stored at ingest for the commitment's initiatives (the completions table, by
    initiative and date), the earliest that names what was committed and its actor."""
    initiatives = _initiatives(conn, row) if item.when else []
    if not initiatives or item.when is None:
        return None
    topics = _topics(conn, row)
    names = _actor_names(item.actor, item.actor_country)
    words = _content_words(row.text)
    by_actor = _by_actor(names, item.actor_country)
    first: Any = None
    for entity in initiatives:
        for found in _later_sentences(conn, entity, row.document_id, item.when, by_actor):
            if first is not None and _order(found) >= _order(first):
                break  # an earlier report is known
            by_country = found.publisher_country == item.actor_country
            if _reports(found.text, topics, words, names, by_country):
                first = found
                break
    if first is None:
        return None
    return Done(
        sentence=first.text,
        document=first.document_id,
        date=first.date,
        title=doc_infos(conn, [first.document_id])[first.document_id].title,
        evidence=[first.evidence_start, first.evidence_end],
    )


def _order(found: Any) -> tuple[str, str, int]:
    return found.date, found.document_id, found.idx


def _reports(
    sentence: str, topics: list[str], words: set[str], names: list[str], by_country: bool
) -> bool:
    """Whether a completion sentence names what was committed (an initiative of `topics`,
    or most of its content `words`) and, unless its page comes from the actor's country,
    names the actor."""
    low = sentence.lower()
    about = any(has_word(low, t) for t in topics) or (
        len(words) >= 3 and len(words & _content_words(sentence)) >= 0.6 * len(words)
    )
    return about and (by_country or any(has_word(low, n) for n in names))


_TOPICS = (
    select(mentions.c.value)
    .join(
        entity_refs,
        and_(
            entity_refs.c.document_id == mentions.c.document_id,
            entity_refs.c.source == "mentions." + mentions.c.kind,
            entity_refs.c.idx == mentions.c.idx,
        ),
    )
    .where(mentions.c.document_id == bindparam("doc"), mentions.c.kind == "initiative")
)


def _topics(conn: Connection, row: Any) -> list[str]:
    """Initiative and organisation names the commitment's text names (from its page)."""
    low = row.text.lower()
    values = conn.execute(_TOPICS, {"doc": row.document_id}).scalars()
    return [v.lower() for v in values if has_word(low, v.lower())]


_INITIATIVES = (
    select(entity_refs.c.entity_id)
    .where(
        entity_refs.c.document_id == bindparam("doc"),
        entity_refs.c.source == "statements",
        entity_refs.c.idx == bindparam("idx"),
        entity_refs.c.kind == "topic",
        entity_refs.c.entity_id.like("initiative:%"),
    )
    .order_by(entity_refs.c.entity_id)
)


def _initiatives(conn: Connection, row: Any) -> list[str]:
    """The ids of the initiatives the commitment's text names (its statement's topics)."""
    return list(conn.execute(_INITIATIVES, {"doc": row.document_id, "idx": row.idx}).scalars())


_LATER = (
    select(
        *(
            completions.c[name]
            for name in ("document_id", "idx", "date", "publisher_country", "text")
        ),
        completions.c.evidence_start,
        completions.c.evidence_end,
    )
    .where(
        completions.c.entity_id == bindparam("entity"),
        completions.c.date > bindparam("when"),
        completions.c.document_id != bindparam("doc"),
    )
    .order_by(completions.c.date, completions.c.document_id, completions.c.idx)
    .limit(bindparam("cap"))
    .subquery()
)


def _by_actor(names: list[str], country: str | None) -> ColumnElement[bool]:
    """SQL that keeps each completion sentence _reports could accept for this actor: from
    the actor's country's publisher, or holding one of its names (any case; ASCII names
    only, which SQL folds as Python does, else every sentence is kept); a name holding
    another ('korea' in 'south korea') adds nothing to a test of substrings."""
    mine = _LATER.c.publisher_country == country
    if not all(n.isascii() for n in names):
        return true()
    shortest = [n for n in names if not any(m != n and m in n for m in names)]
    return or_(mine, *(_LATER.c.text.icontains(n, autoescape=True) for n in sorted(set(shortest))))


def _later_sentences(
    conn: Connection, entity: str, doc_id: str, when: str, by_actor: ColumnElement[bool]
) -> Iterator[Any]:
    """Of the CANDIDATE_PAGES earliest completion sentences of other pages naming the
    initiative after `when` (the (initiative, date) index), those `by_actor` keeps, in
    order (date, page, order on the page)."""
    stmt = select(_LATER).where(by_actor).order_by(_LATER.c.date, _LATER.c.document_id)
    stmt = stmt.order_by(_LATER.c.idx)
    values = {"entity": entity, "when": when, "doc": doc_id, "cap": CANDIDATE_PAGES}
    yield from conn.execute(stmt, values)


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


def iter_commitments(store: Any, actor: str | None = None) -> Iterator[Commitment]:
    """Every commitment oldest first, each checked against later pages as it is yielded;
    read in batches from the index, so a million commitments stream in bounded memory."""
    with store.engine.connect() as conn:
        for row, info in _in_order(conn, _actor_filter(actor), 0):
            yield _checked(conn, row, info)
