"""Full-text search over stored documents: safe FTS5 queries on SQLite, LIKE elsewhere.

Any user string is turned into quoted terms joined by AND, so FTS5 operators, quotes and
SQL fragments in it are only ever words to look for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Select, and_, case, literal, or_, select, text
from sqlalchemy.exc import OperationalError

from summitry.store.schema import documents

__all__ = [
    "SearchHit",
    "fts_query",
    "query_terms",
    "search_fts",
    "search_like",
    "like_statement",
    "make_snippet",
]

MAX_TERMS = 32
MIN_PREFIX = 2  # 'a*' would merge every term starting with a; the index covers 2 and 3
SNIPPET_WORDS = 12
MARK_OPEN, MARK_CLOSE, ELLIPSIS = "«", "»", "…"
TITLE_WEIGHT, BODY_WEIGHT = 5.0, 1.0


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One ranked search result; `snippet` marks the matched words with « »."""

    id: str
    title: str | None
    published: str | None
    publisher: str | None
    snippet: str
    score: float


@dataclass(frozen=True, slots=True)
class Term:
    """A word (or hyphenated phrase) from the query; prefix when it ended in '*' (2+ chars)."""

    text: str
    prefix: bool = False


def query_terms(query: str) -> list[Term]:
    """Whitespace-separated chunks that hold a letter or digit, punctuation trimmed."""
    terms: list[Term] = []
    for chunk in query.split():
        core = chunk.strip("\"'`*()[]{}<>«»“”‘’.,;:!?^+-=|&%$#@~\\/\x00")
        if not any(ch.isalnum() for ch in core):
            continue
        core = core.replace("\x00", "")
        terms.append(Term(core, prefix=chunk.endswith("*") and len(core) >= MIN_PREFIX))
        if len(terms) == MAX_TERMS:
            break
    return terms


def fts_query(terms: list[Term]) -> str:
    """FTS5 MATCH text: every term a quoted string ("FTAAP"), AND between them."""
    quoted = ['"' + t.text.replace('"', '""') + '"' + ("*" if t.prefix else "") for t in terms]
    return " AND ".join(quoted)


# Rank first, then build snippets for the rows kept only: snippet() is the costly part.
_FTS_SQL = text(
    f"""
    WITH top AS (
        SELECT rowid AS seq, bm25(documents_fts, {TITLE_WEIGHT}, {BODY_WEIGHT}) AS rank
        FROM documents_fts WHERE documents_fts MATCH :q
        ORDER BY rank LIMIT :limit
    )
    SELECT d.id, d.title, d.published, d.publisher,
           snippet(documents_fts, -1, '{MARK_OPEN}', '{MARK_CLOSE}', '{ELLIPSIS}',
                   {SNIPPET_WORDS}) AS snippet,
           top.rank AS rank
    FROM top
    JOIN documents_fts ON documents_fts.rowid = top.seq
    JOIN documents AS d ON d.seq = top.seq
    WHERE documents_fts MATCH :q
    ORDER BY top.rank, d.seq
    """
)


def search_fts(conn: Connection, terms: list[Term], limit: int) -> list[SearchHit]:
    """BM25-ranked hits (title weighs more than body); an FTS5 complaint means no hits."""
    try:
        rows = conn.execute(_FTS_SQL, {"q": fts_query(terms), "limit": limit}).all()
    except OperationalError as exc:
        if "fts5" in str(exc.orig).lower():
            return []
        raise
    return [SearchHit(r.id, r.title, r.published, r.publisher, r.snippet, -r.rank) for r in rows]


def _like(term: Term) -> str:
    escaped = term.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def like_statement(terms: list[Term], limit: int) -> Select[Any]:
    """Documents holding every term in title or body, case-insensitively; title hits first."""
    title, body = documents.c.title, documents.c.body
    matches = [
        or_(title.ilike(_like(t), escape="\\"), body.ilike(_like(t), escape="\\")) for t in terms
    ]
    in_title = [case((title.ilike(_like(t), escape="\\"), TITLE_WEIGHT), else_=0.0) for t in terms]
    score = sum(in_title, literal(BODY_WEIGHT * len(terms))).label("score")
    return (
        select(documents.c.id, title, documents.c.published, documents.c.publisher, body, score)
        .where(and_(*matches))
        .order_by(score.desc(), documents.c.published.desc().nulls_last(), documents.c.seq)
        .limit(limit)
    )


def search_like(conn: Connection, terms: list[Term], limit: int) -> list[SearchHit]:
    """The same API without FTS5 (PostgreSQL for now), snippets cut in Python."""
    rows = conn.execute(like_statement(terms, limit)).all()
    return [
        SearchHit(r.id, r.title, r.published, r.publisher, make_snippet(r.body, terms), r.score)
        for r in rows
    ]


def make_snippet(body: str, terms: list[Term], words: int = SNIPPET_WORDS) -> str:
    """About `words` words of the body around the first match, matched words marked « »."""
    pattern = re.compile("|".join(re.escape(t.text) for t in terms), re.IGNORECASE)
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", body)]
    if not spans:
        return ""
    first = next((i for i, (a, b) in enumerate(spans) if pattern.search(body, a, b)), 0)
    start = max(0, min(first - words // 3, len(spans) - words))
    window = spans[start : start + words]
    marked = [_mark(body[a:b], pattern) for a, b in window]
    lead = ELLIPSIS if start > 0 else ""
    tail = ELLIPSIS if start + words < len(spans) else ""
    return lead + " ".join(marked) + tail


def _mark(word: str, pattern: re.Pattern[str]) -> str:
    return pattern.sub(lambda m: MARK_OPEN + m.group(0) + MARK_CLOSE, word)
