"""Full-text search over stored documents, with facet filters and counts.

Three ways to match, one result shape: FTS5 on SQLite, a tsvector with GIN on PostgreSQL,
and LIKE where neither exists. Any user string becomes quoted terms joined by AND, so query
operators, quotes and SQL fragments in it are only ever words to look for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import (
    Connection,
    Float,
    Integer,
    Select,
    Subquery,
    and_,
    bindparam,
    case,
    func,
    literal,
    or_,
    select,
    text,
)
from sqlalchemy.exc import OperationalError

from summitry.store.facets import facet_counts, facet_filters
from summitry.store.schema import documents

__all__ = [
    "Mode",
    "SearchHit",
    "SearchResult",
    "fts_query",
    "like_statement",
    "make_snippet",
    "query_terms",
    "run_search",
    "search_like",
    "tsquery_sql",
]

Mode = Literal["fts5", "tsvector", "like"]
MAX_TERMS = 32
MIN_PREFIX = 2  # 'a*' would merge every term starting with a; the index covers 2 and 3
SNIPPET_WORDS = 12
MARK_OPEN, MARK_CLOSE, ELLIPSIS = "«", "»", "…"
TITLE_WEIGHT, BODY_WEIGHT = 5.0, 1.0
_HEADLINE = (
    f"StartSel={MARK_OPEN}, StopSel={MARK_CLOSE}, MaxWords={SNIPPET_WORDS}, MinWords=6, "
    f"ShortWord=2, MaxFragments=1, FragmentDelimiter={ELLIPSIS}"
)


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
class SearchResult:
    """Hits best first, how many documents match in all, and facet counts over them."""

    hits: list[SearchHit] = field(default_factory=list)
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    total: int = 0


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


def tsquery_sql(terms: list[Term]) -> tuple[str, dict[str, str]]:
    """PostgreSQL tsquery SQL and its parameters: plainto_tsquery per word, && between them.

    A prefix term keeps only its letters and digits, so to_tsquery never sees an operator.
    """
    parts, params = [], {}
    for n, term in enumerate(terms):
        if term.prefix:
            words = re.findall(r"[^\W_]+", term.text)
            params[f"t{n}"] = " & ".join(w + ":*" for w in words)
            parts.append(f"to_tsquery('english', :t{n})")
        else:
            params[f"t{n}"] = term.text
            parts.append(f"plainto_tsquery('english', :t{n})")
    return " && ".join(parts), params


def _matches(mode: Mode, terms: list[Term]) -> tuple[Subquery, dict[str, Any]]:
    """(seq, rank) of every matching document, higher rank better, and the bound values."""
    if mode == "fts5":
        sql = text(
            f"SELECT rowid AS seq, -bm25(documents_fts, {TITLE_WEIGHT}, {BODY_WEIGHT}) AS rank "
            "FROM documents_fts WHERE documents_fts MATCH :q"
        )
        return sql.columns(seq=Integer, rank=Float).subquery("m"), {"q": fts_query(terms)}
    if mode == "tsvector":
        query, params = tsquery_sql(terms)
        sql = text(
            "SELECT d.seq AS seq, ts_rank(d.tsv, q.q) AS rank "
            f"FROM documents AS d, (SELECT {query} AS q) AS q WHERE d.tsv @@ q.q"
        )
        return sql.columns(seq=Integer, rank=Float).subquery("m"), params
    return _like_matches(terms).subquery("m"), {}


def _like(term: Term) -> str:
    escaped = term.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _like_matches(terms: list[Term]) -> Select[Any]:
    """seq and score of documents holding every term in title or body, case-insensitively."""
    title, body = documents.c.title, documents.c.body
    matches = [
        or_(title.ilike(_like(t), escape="\\"), body.ilike(_like(t), escape="\\")) for t in terms
    ]
    in_title = [case((title.ilike(_like(t), escape="\\"), TITLE_WEIGHT), else_=0.0) for t in terms]
    score = sum(in_title, literal(BODY_WEIGHT * len(terms))).label("rank")
    return select(documents.c.seq, score).where(and_(*matches))


def like_statement(terms: list[Term], limit: int) -> Select[Any]:
    """Documents holding every term in title or body; title hits first, then newest."""
    m = _like_matches(terms).subquery("m")
    return (
        select(documents.c.id, documents.c.title, documents.c.published, documents.c.publisher)
        .add_columns(documents.c.body, m.c.rank.label("score"))
        .join(m, m.c.seq == documents.c.seq)
        .order_by(m.c.rank.desc(), documents.c.published.desc().nulls_last(), documents.c.seq)
        .limit(limit)
    )


def run_search(
    conn: Connection,
    mode: Mode,
    terms: list[Term],
    limit: int,
    chosen: dict[str, str | int | None],
    with_facets: bool = True,
) -> SearchResult:
    """Hits, total and facet counts of documents matching every term and every facet value."""
    m, params = _matches(mode, terms)
    where = facet_filters(chosen)
    joined = documents.join(m, m.c.seq == documents.c.seq)
    top = (
        select(documents.c.seq, documents.c.id, documents.c.title, documents.c.published)
        .add_columns(documents.c.publisher, m.c.rank)
        .select_from(joined)
        .where(*where)
        .order_by(m.c.rank.desc(), documents.c.published.desc().nulls_last(), documents.c.seq)
        .limit(limit)
    )
    try:
        rows = conn.execute(top, params).all() if limit > 0 else []
        snippets = _snippets(conn, mode, terms, [r.seq for r in rows], params)
        total = conn.execute(
            select(func.count()).select_from(joined).where(*where), params
        ).scalar_one()
        ids = select(documents.c.id).select_from(joined).where(*where)
        counts = facet_counts(conn, ids, params, total) if with_facets else {}
    except OperationalError as exc:
        if "fts5" in str(exc.orig).lower():
            return SearchResult()
        raise
    hits = [
        SearchHit(r.id, r.title, r.published, r.publisher, snippets.get(r.seq, ""), r.rank)
        for r in rows
    ]
    return SearchResult(hits, counts, total)


def _snippets(
    conn: Connection, mode: Mode, terms: list[Term], seqs: list[int], params: dict[str, Any]
) -> dict[int, str]:
    """seq -> snippet, built for the kept hits only: snippets are the costly part."""
    if not seqs:
        return {}
    wanted = bindparam("seqs", expanding=True)
    if mode == "fts5":
        sql = text(
            f"SELECT rowid AS seq, snippet(documents_fts, -1, '{MARK_OPEN}', '{MARK_CLOSE}', "
            f"'{ELLIPSIS}', {SNIPPET_WORDS}) AS snippet FROM documents_fts "
            "WHERE documents_fts MATCH :q AND rowid IN :seqs"
        ).bindparams(wanted)
        return {r.seq: r.snippet for r in conn.execute(sql, {**params, "seqs": seqs})}
    if mode == "tsvector":
        query, _ = tsquery_sql(terms)
        sql = text(
            f"SELECT d.seq, ts_headline('english', d.body, q.q, '{_HEADLINE}') AS snippet "
            f"FROM documents AS d, (SELECT {query} AS q) AS q WHERE d.seq IN :seqs"
        ).bindparams(wanted)
        return {r.seq: r.snippet for r in conn.execute(sql, {**params, "seqs": seqs})}
    rows = conn.execute(select(documents.c.seq, documents.c.body).where(documents.c.seq.in_(seqs)))
    return {r.seq: make_snippet(r.body, terms) for r in rows}


def search_like(conn: Connection, terms: list[Term], limit: int) -> list[SearchHit]:
    """Hits by LIKE alone, the way a store without a full-text index searches."""
    return run_search(conn, "like", terms, limit, {}, with_facets=False).hits


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
