"""Dated mentions of a term across pages: statements by or about it, people, mentions.

A term that names an entity is looked up by its id in entity_refs (an index); any other
phrase goes through full-text search first, then the matching pages' items.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Connection, and_, exists, func, select

from summitry.query.common import (
    DocInfo,
    chunks,
    doc_infos,
    has_word,
    may_hold,
    norm,
    with_stored_corrections,
)
from summitry.query.meeting_find import QueryError
from summitry.query.results import TimelineCounts, TimelineItem
from summitry.query.sentences import mention_sentences, whole_statements
from summitry.query.terms import Term, expand_term
from summitry.resolve.corrections import Corrections, canonical, keeps
from summitry.store.filters import Filters, actor_codes, ref_conditions
from summitry.store.schema import entity_refs, mentions, people, statements

__all__ = ["timeline", "timeline_counts"]

_MONTH = re.compile(r"^\d{4}-\d{2}$")
SEARCH_PAGES = 500  # pages a free phrase is looked for in (full-text search, best first)


@with_stored_corrections
def timeline(
    store: Any,
    term: str,
    corrections: Corrections | None = None,
    limit: int | None = None,
    offset: int = 0,
    filters: Filters | None = None,
) -> list[TimelineItem]:
    """Statements, people and mentions meaning term, each dated, oldest first (undated last).

    limit/offset page through the items in that order; for an entity the page is chosen by
    index (entity_refs by id and date), so a long timeline costs no more than a short one.
    `filters` keep the items of pages of those forums, levels, countries and series, dated
    within its range, and (with actors) only statements those actors made.
    """
    if not term.strip():
        raise QueryError("give a term to follow, e.g. FTAAP or 'Kang Kyung-wha'")
    with store.engine.connect() as conn:
        t = expand_term(conn, term, corrections)
        where = ref_conditions(filters) if filters else []
        items = _entity_items(conn, t, corrections, limit, max(0, offset), where)
        phrase = not items and not _any_ref(conn, t)
        if phrase:
            items = _phrase_items(conn, t, _phrase_pages(store, term, filters))
        infos = doc_infos(conn, {i["document"] for i in items})
        for item in items:
            _date(item, infos[item["document"]])
        if phrase:
            items = _once_per_sentence(items, norm(t.text))
            items = [i for i in items if _kept(i, filters)] if filters else items
            items.sort(key=lambda i: _order(i["date"], i["document"], *i["_at"]))
            items = items[max(0, offset) :][:limit] if limit is not None else items
        _add_sentences(conn, [i for i in items if i["text"] is None])
        whole_statements(conn, [i for i in items if i["kind"] == "statement"])
    for item in items:
        del item["_at"]
    return [TimelineItem(**item) for item in items]


@with_stored_corrections
def timeline_counts(
    store: Any, term: str, corrections: Corrections | None = None, filters: Filters | None = None
) -> TimelineCounts:
    """How many items a term's timeline has (in all, undated, per month), for charts and
    page counts: an entity's items are counted by index, not read."""
    if not term.strip():
        raise QueryError("give a term to follow, e.g. FTAAP or 'Kang Kyung-wha'")
    with store.engine.connect() as conn:
        t = expand_term(conn, term, corrections)
        if _any_ref(conn, t):
            by_date = _ref_counts(conn, t, corrections, ref_conditions(filters) if filters else [])
        else:
            by_date = {}
            for item in timeline(store, term, corrections=corrections, filters=filters):
                by_date[item.date] = by_date.get(item.date, 0) + 1
    months: dict[str, int] = {}
    for date, n in by_date.items():
        if date and _MONTH.match(date[:7]):
            months[date[:7]] = months.get(date[:7], 0) + n
    undated = sum(n for date, n in by_date.items() if not date)
    return TimelineCounts(sum(by_date.values()), undated, dict(sorted(months.items())))


def _once_per_sentence(items: list[dict[str, Any]], needle: str) -> list[dict[str, Any]]:
    """A mention is left out where its first words lie inside a statement of its page that
    names the phrase: the statement stands for the sentence (as _said_on_page in SQL)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for i in items:
        start, end = i["evidence"]
        if i["kind"] == "statement" and start is not None and has_word(i["text"], needle):
            spans.setdefault(i["document"], []).append((start, end))
    return [i for i in items if not _inside(i, spans.get(i["document"], []))]


def _inside(item: dict[str, Any], spans: list[tuple[int, int]]) -> bool:
    at = item["evidence"][0]
    is_mention = item["_at"][0].startswith("mentions.")
    return is_mention and at is not None and any(s <= at < e for s, e in spans)


def _said_on_page(ids: list[str]) -> Any:
    """SQL: an entity_refs row of a mention whose first words on its page lie inside a
    statement naming one of ids (kind topic): the timeline shows the statement instead."""
    c, s, st = entity_refs.c, entity_refs.alias("said").c, statements.alias("said_st").c
    said = exists().where(
        s.document_id == c.document_id,
        s.source == "statements",
        s.entity_id.in_(ids),
        s.kind == "topic",
        st.document_id == s.document_id,
        st.idx == s.idx,
        st.evidence_start <= c.evidence_start,
        c.evidence_start < st.evidence_end,
    )
    return and_(c.source.like("mentions.%"), c.evidence_start.is_not(None), said)


def _said_counts(ids: list[str]) -> Any:
    """SQL: (date, n) of the mentions _said_on_page leaves out, found from the statements
    naming ids (far fewer than the ids' refs), each mention once."""
    said, named = entity_refs.alias("s"), entity_refs.alias("m")
    s, m, st = said.c, named.c, statements.c
    inside = (
        select(m.date, m.document_id, m.source, m.idx)
        .select_from(said)
        .join(named, m.document_id == s.document_id)
        .join(statements, and_(st.document_id == s.document_id, st.idx == s.idx))
        .where(
            s.entity_id.in_(ids),
            s.source == "statements",
            s.kind == "topic",
            m.entity_id.in_(ids),
            m.source.like("mentions.%"),
            st.evidence_start <= m.evidence_start,
            m.evidence_start < st.evidence_end,
        )
        .distinct()
        .subquery()
    )
    return select(inside.c.date, func.count()).group_by(inside.c.date)


def _ref_counts(
    conn: Connection, t: Term, corrections: Corrections | None, where: list[Any]
) -> dict[Any, int]:
    """Items per page date of the term's ids, less what splits took out; a mention on a page
    whose statements name the term is counted with the statement only. Unfiltered, one
    index-only GROUP BY less the mentions statements stand for; filtered, in one query."""
    c = entity_refs.c
    ids = _followed(t)
    wanted = (c.entity_id.in_(ids), ~_said_on_page(ids), *where)
    counted = wanted if where else wanted[:1]
    stmt = select(c.date, func.count()).where(*counted).group_by(c.date)
    counts = {date: n for date, n in conn.execute(stmt)}
    if not where:
        for date, n in conn.execute(_said_counts(ids)):
            counts[date] -= n
    split_docs = {
        doc
        for eid, doc in (corrections.splits if corrections else set())
        if eid in t.ids or canonical(eid, corrections) in t.ids
    }
    for doc in sorted(split_docs):
        stmt = select(c.entity_id, c.date).where(*wanted, c.document_id == doc)
        for eid, date in conn.execute(stmt):
            if not keeps(eid, doc, corrections):
                counts[date] -= 1
    return counts


def _order(date: str | None, doc: str, source: str, idx: int) -> tuple[bool, str, str, str, int]:
    """Oldest first, undated last; within a page by kind of row (mentions, people,
    statements), then in page order: the order the index gives."""
    return (date is None, date or "", doc, source, idx)


def _any_ref(conn: Connection, t: Term) -> bool:
    stmt = select(entity_refs.c.entity_id).where(entity_refs.c.entity_id.in_(_followed(t)))
    return conn.execute(stmt.limit(1)).first() is not None


def _date(item: dict[str, Any], info: DocInfo) -> None:
    """Add the document's date, its main meeting and its title to an item."""
    item.update(
        date=info.date,
        date_source=info.date_source,
        meeting=info.meeting,
        meeting_id=info.meeting_id,
        title=info.title,
    )


def _item(kind: str, row: Any, speaker: str | None, act: str | None, text: str | None) -> dict:
    evidence = [getattr(row, "evidence_start", None), getattr(row, "evidence_end", None)]
    return {
        "kind": kind,
        "speaker": speaker,
        "act": act,
        "text": text,
        "document": row.document_id,
        "evidence": evidence,
    }


def _entity_items(
    conn: Connection,
    t: Term,
    corrections: Corrections | None,
    limit: int | None,
    offset: int,
    where: list[Any],
) -> list[dict[str, Any]]:
    """Items whose entity_refs carry one of the term's ids (and meet `where`), each once, in
    timeline order.

    Each id's dated refs are read in index order (entity, date, document), only as many as
    the page needs: one query per id, since an IN list would sort every ref before the
    LIMIT. Undated ones follow.
    """
    keys: dict[tuple[str, str, int], tuple[Any, ...]] = {}
    wanted = None if limit is None else offset + limit
    for dated in (True, False):
        if wanted is not None and len(keys) >= wanted:
            break
        for entity in _followed(t):
            split = corrections is not None and any(
                e in (entity, canonical(entity, corrections)) for e, _ in corrections.splits
            )
            stmt = _refs_stmt(entity, dated, None if split else wanted, _followed(t), where)
            for doc, source, idx, date in conn.execute(stmt):
                if keeps(entity, doc, corrections):
                    keys.setdefault((doc, source, idx), (date, doc, source, idx))
    ordered = sorted(keys.values(), key=lambda k: _order(*k))
    ordered = ordered[offset:][:limit] if limit is not None else ordered[offset:]
    return _items_for(conn, ordered)


def _followed(t: Term) -> list[str]:
    """The term's ids a timeline follows: a family name alone ('person:~kang', the refs of
    kind person_short) is no entity of its own until resolved to a full name."""
    return sorted(i for i in t.ids if not i.startswith("person:~"))


def _refs_stmt(
    entity: str, dated: bool, limit: int | None, ids: list[str], where: list[Any]
) -> Any:
    """entity_refs of one id, dated or undated, in timeline order, at most limit rows (splits
    drop rows, so a split id is read whole); no mention a statement of its page stands for."""
    c = entity_refs.c
    stmt = select(c.document_id, c.source, c.idx, c.date).where(
        c.entity_id == entity,
        c.date.is_not(None) if dated else c.date.is_(None),
        ~_said_on_page(ids),
        *where,
    )
    stmt = stmt.order_by(c.date, c.document_id, c.source, c.idx)
    return stmt.limit(limit) if limit is not None else stmt


def _items_for(conn: Connection, keys: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    """The statement, person and mention rows the (date, document, source, idx) keys name;
    each table is read only for the pages that have a key in it."""
    wanted = {(doc, source, idx) for _, doc, source, idx in keys}
    tables = (
        (statements, "statements", None, _statement_item),
        (people, "people", None, _person_item),
        (mentions, "mentions.", mentions.c.kind, _mention_item),
    )
    items: dict[tuple[str, str, int], dict[str, Any]] = {}
    for table, source, kind, build in tables:
        docs = sorted({d for d, s, _ in wanted if s.startswith(source)})
        for part in chunks(docs):
            for row in conn.execute(select(table).where(table.c.document_id.in_(part))):
                key = (row.document_id, source + row.kind if kind is not None else source, row.idx)
                if key in wanted:
                    items[key] = build(row)
    return [items[(d, s, i)] for _, d, s, i in keys if (d, s, i) in items]


def _statement_item(row: Any) -> dict[str, Any]:
    item = _item("statement", row, row.speaker, row.act, row.text)
    item["_at"] = ("statements", row.idx)
    return item


def _person_item(row: Any) -> dict[str, Any]:
    text = ", ".join(p for p in (row.name, row.title) if p) + f" ({row.role})"
    item = _item("person", row, row.name, None, text)
    item["_at"] = ("people", row.idx)
    return item


def _mention_item(row: Any) -> dict[str, Any]:
    item = _item(row.kind, row, None, None, None)
    item["value"] = row.value
    item["_at"] = (f"mentions.{row.kind}", row.idx)
    return item


def _phrase_pages(store: Any, term: str, f: Filters | None) -> list[str]:
    """The pages a free phrase is looked for in: full-text hits, best first, of the pages of
    the forums, levels, countries and series filtered to (dates and actors: _kept)."""
    chosen = {"forum": f.forums, "level": f.levels, "country": f.countries} if f else {}
    series = f.series if f else None
    found = store.search(term, SEARCH_PAGES, facets=False, snippets=False, series=series, **chosen)
    return [h.id for h in found.hits]


def _kept(item: dict[str, Any], f: Filters) -> bool:
    """A dated phrase item within the date range and, with actors, a statement of one."""
    date = item.get("date") or ""
    if (f.since and date < f.since) or (f.until and (date or "\uffff") > f.until + "\uffff"):
        return False
    if not f.actors:
        return True
    if item["kind"] != "statement" or not item.get("speaker"):
        return False
    speaker = norm(item["speaker"])
    return any(has_word(speaker, name) for a in f.actors for name in _names(a))


def _names(actor: str) -> set[str]:
    """Lower-case names an actor goes by: its codes and the kb's names of them."""
    from summitry.kb.load import load_kb

    kb = load_kb()
    names = {actor.lower()}
    for code in actor_codes(actor):
        names.add(code.lower())
        if code in kb.countries:
            names.add(kb.countries[code].name.lower())
    return names


def _phrase_items(conn: Connection, t: Term, doc_ids: list[str]) -> list[dict[str, Any]]:
    """Items of the given pages whose text or name holds the phrase as whole words; the
    database reads only rows that may hold it (may_hold), Python decides."""
    needle = norm(t.text)
    tables = (
        (statements, (statements.c.text, statements.c.speaker), _statement_item),
        (people, (people.c.name,), _person_item),
        (mentions, (mentions.c.value,), _mention_item),
    )
    found = []
    for table, columns, build in tables:
        prefilter = may_hold(columns, needle)
        for part in chunks(doc_ids):
            stmt = select(table).where(table.c.document_id.in_(part))
            stmt = stmt.where(prefilter) if prefilter is not None else stmt
            if table is mentions:
                stmt = stmt.where(mentions.c.kind != "country")
            found += [build(r) for r in conn.execute(stmt) if _holds(r, columns, needle)]
    return found


def _holds(row: Any, columns: tuple[Any, ...], needle: str) -> bool:
    """A statement's text holds the phrase as whole words, or a name (normed) holds it."""
    if columns[0] is statements.c.text:
        return has_word(row.text, needle) or needle in norm(row.speaker)
    return needle in norm(getattr(row, columns[0].name))


def _add_sentences(conn: Connection, items: list[dict[str, Any]]) -> None:
    """A mention's text is the sentence of its page that names it first (found at ingest),
    else its value."""
    keys = [(i["document"], i["kind"], i["_at"][1]) for i in items]
    found = mention_sentences(conn, keys)
    for item, key in zip(items, keys, strict=True):
        item["text"] = found.get(key) or item["value"]
