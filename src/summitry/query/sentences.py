"""Statements shown whole: a statement's text as extracted may stop mid-clause ('The Leaders
adopted the ASEAN Concord IV, which'); the views show the whole sentence of its page."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, select

from summitry.query.common import chunks
from summitry.store.schema import documents, texts

__all__ = ["looks_cut", "whole_sentence", "whole_statements"]

_ENDS = ".!?\u201d\"'\u2019)"
_STOP = re.compile(r"(?<=[.!?])[\u201d\"'\u2019)]*\s+(?=[A-Z\u201c\"(\d])|\n")
_BULLET = re.compile(r"^[o\u2022\u00b0\u00b7*\-]\s+")
MAX_SENTENCE = 2_000  # characters looked through on each side of a statement


def looks_cut(text: str | None) -> bool:
    """Whether a statement's text starts or ends short of its sentence ('the Leaders
    adopted ...', '... which')."""
    if not text or not text.strip():
        return False
    words = text.strip()
    return words[0].islower() or not words.endswith(tuple(_ENDS))


def whole_sentence(body: str, start: int, end: int) -> tuple[int, int, str] | None:
    """(start, end, text) of the sentence of body holding body[start:end]; None when the
    offsets fall outside the body."""
    if not (0 <= start < end <= len(body)):
        return None
    lo = max(0, start - MAX_SENTENCE)
    left = lo
    for m in _STOP.finditer(body, lo, start + 1):
        if m.end() <= start:
            left = m.end()
    found = _STOP.search(body, end, min(len(body), end + MAX_SENTENCE))
    right = found.start() if found else min(len(body), end + MAX_SENTENCE)
    if found and not found.group().startswith("\n"):
        right = found.start() + len(found.group().rstrip())
    text = _BULLET.sub("", body[left:right].strip())
    return left, right, text


def whole_statements(conn: Connection, items: Iterable[dict[str, Any]]) -> None:
    """Give each statement item ({text, document, evidence}) that looks cut its whole
    sentence: `text` becomes the sentence, `said` keeps the words extracted."""
    cut = [i for i in items if looks_cut(i.get("text")) and _offsets(i) is not None]
    docs = sorted({i["document"] for i in cut})
    for part in chunks(docs, 50):
        stmt = select(documents.c.id, texts.c.body).join(texts, texts.c.seq == documents.c.seq)
        stmt = stmt.where(documents.c.id.in_(part))
        bodies = {r.id: r.body or "" for r in conn.execute(stmt)}
        for item in (i for i in cut if i["document"] in bodies):
            start, end = _offsets(item)  # type: ignore[misc]
            found = whole_sentence(bodies[item["document"]], start, end)
            if found is not None and len(found[2]) > len(item["text"]):
                item["said"], item["text"] = item["text"], found[2]


def _offsets(item: dict[str, Any]) -> tuple[int, int] | None:
    evidence = item.get("evidence") or (None, None)
    start, end = (evidence + [None, None])[:2] if isinstance(evidence, list) else evidence
    return (start, end) if isinstance(start, int) and isinstance(end, int) else None
