"""Statements and mentions shown whole: a statement's text as extracted may stop mid-clause
('The Leaders adopted the ASEAN Concord IV, which') and a mention is a name; the views show
the sentence of the page they are in. Ingest finds that sentence, split as the extractor
splits them, and stores its span (sentence_start/end of statements and mentions); the
text is read here by that span with SQL substr of the stored body."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Table, func, select, tuple_

from summitry.extract.sentences import sentences_of
from summitry.query.common import chunks
from summitry.store.rows import sentence_span
from summitry.store.schema import documents, mentions, statements, texts

__all__ = ["looks_cut", "mention_sentences", "whole_sentence", "whole_statements"]

_ENDS = ".!?\u201d\"'\u2019)"
_PAGES = 50  # pages whose sentences are read in one query


def looks_cut(text: str | None) -> bool:
    """Whether a statement's text starts or ends short of its sentence ('the Leaders
    adopted ...', '... which')."""
    if not text or not text.strip():
        return False
    words = text.strip()
    return words[0].islower() or not words.endswith(tuple(_ENDS))


def whole_sentence(body: str, start: int, end: int) -> tuple[int, int, str] | None:
    """(start, end, text) of the sentence of a body at hand holding body[start:end], split
    as the extractor splits them; None when the offsets fall in no sentence."""
    if not (0 <= start < end <= len(body)):
        return None
    span = sentence_span(body, sentences_of(body), start, end)
    return (span[0], span[1], body[span[0] : span[1]]) if span else None


def whole_statements(conn: Connection, items: Iterable[dict[str, Any]]) -> None:
    """Give each statement item ({text, document, evidence}) that looks cut its whole
    sentence: `text` becomes the sentence, `said` keeps the words extracted."""
    cut = [(i, at) for i in items if looks_cut(i.get("text")) and (at := _offsets(i))]
    s = statements.c
    keys = (s.document_id, s.evidence_start, s.evidence_end)
    found = _stored(conn, statements, keys, {(i["document"], *at) for i, at in cut})
    for item, at in cut:
        sentence = found.get((item["document"], *at))
        if sentence is not None and len(sentence) > len(item["text"]):
            item["said"], item["text"] = item["text"], sentence


def mention_sentences(
    conn: Connection, wanted: Iterable[tuple[str, str, int]]
) -> dict[tuple[str, str, int], str]:
    """{(document, kind, idx): sentence} of the mentions rows named, for those whose first
    words on their page lie in a sentence."""
    m = mentions.c
    return _stored(conn, mentions, (m.document_id, m.kind, m.idx), set(wanted))


def _stored(
    conn: Connection, table: Table, keys: tuple[Any, ...], wanted: set[tuple[Any, ...]]
) -> dict[Any, str]:
    """{key: sentence} of the table's rows whose `keys` columns (the page's id first) are
    one of `wanted` and that have a sentence span, each cut from its page's body in SQL."""
    c = table.c
    sentence = func.substr(texts.c.body, c.sentence_start + 1, c.sentence_end - c.sentence_start)
    stmt = (
        select(*keys, sentence)
        .join_from(table, documents, documents.c.id == c.document_id)
        .join(texts, texts.c.seq == documents.c.seq)
        .where(c.sentence_start.is_not(None))
    )
    found: dict[Any, str] = {}
    for part in chunks(sorted({key[0] for key in wanted}), _PAGES):
        inside = set(part)
        rows = sorted(key for key in wanted if key[0] in inside)
        chosen = stmt.where(c.document_id.in_(part), tuple_(*keys).in_(rows))
        for *key, text in conn.execute(chosen):
            found[tuple(key)] = text
    return found


def _offsets(item: dict[str, Any]) -> tuple[int, int] | None:
    evidence = item.get("evidence") or (None, None)
    start, end = (evidence + [None, None])[:2] if isinstance(evidence, list) else evidence
    return (start, end) if isinstance(start, int) and isinstance(end, int) else None
