"""Full-text search over stored documents, with facet filters and counts.

Three ways to match, one result shape: FTS5 on SQLite, a tsvector with GIN on PostgreSQL,
and LIKE where neither exists. A user string is parsed into a query tree (search_syntax:
words, OR, -word, "phrases") whose every token is quoted or bound, so backend operators,
quotes and SQL fragments in it are only ever words to look for.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import (
    ColumnClause,
    ColumnElement,
    Connection,
    Float,
    Select,
    case,
    func,
    literal,
    literal_column,
    select,
)
from sqlalchemy.exc import OperationalError

from summitry.store.facets import chosen_values, facet_counts, facet_filters, facet_tag
from summitry.store.schema import documents, texts
from summitry.store.search_render import FTS as _FTS
from summitry.store.search_render import FTS_TABLE as _FTS_TABLE
from summitry.store.search_render import (
    STOP_WORDS,
    fts_query,
    fts_tokens,
    holds,
    like_conditions,
    phrase_checks,
    register_phrase_function,
    tag_match,
    tsquery_expr,
)
from summitry.store.search_syntax import (
    MAX_TERMS,
    MIN_PREFIX,
    Query,
    Term,
    parse_query,
)

__all__ = [
    "SORTS",
    "STOP_WORDS",
    "Mode",
    "SearchHit",
    "SearchResult",
    "Term",
    "fts_query",
    "fts_tokens",
    "hits_for",
    "like_statement",
    "make_snippet",
    "matching",
    "query_terms",
    "match_of",
    "parse_query",
    "run_search",
    "search_like",
    "tag_match",
    "tsquery_expr",
]

Mode = Literal["fts5", "tsvector", "like"]
SORTS = ("relevance", "date", "-date")  # best first; oldest published first; newest first
SNIPPET_WORDS = 12
MARK_OPEN, MARK_CLOSE, ELLIPSIS = "«", "»", "…"
TITLE_WEIGHT, BODY_WEIGHT = 5.0, 1.0
RANK_WINDOW = 1000  # matches ranked and counted for facets, most recently stored first
BM25_MATCHES = 100  # FTS5 ranks by bm25 up to this many matches; more: title first, newest
BM25_POSTINGS = 100_000  # and when its word statistics read at most this many index entries
TITLE_WINDOW = 200  # otherwise the newest matches with the words in their title come first
_TSV: ColumnClause[Any] = literal_column("texts.tsv")
_ENGLISH: ColumnClause[Any] = literal_column("'english'")
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
    """Hits best first, how many documents match, and facet counts over the ranked matches.

    When more than RANK_WINDOW documents match, the RANK_WINDOW most recently stored are
    ranked and counted (`ranked`, `total`) and `total_exact` is False: counting further,
    through the matches of a filter's tokens, read more of the index than all the rest.
    On FTS5 bm25 ranks the matches when at most BM25_MATCHES match and its statistics are
    cheap (the words and facet values on at most BM25_POSTINGS pages together); otherwise
    the hits are the newest matches in the window with the words in their title, then the
    newest others (score 1 and 0): bm25 over hundreds of pages, or of words on most pages,
    costs more than it tells (title matches among the TITLE_WINDOW newest).
    """

    hits: list[SearchHit] = field(default_factory=list)
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    total: int = 0
    total_exact: bool = True
    ranked: int = 0


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


def facet_tags_of(chosen: dict[str, Any]) -> list[str]:
    """One tag per facet given: its values' tokens, space-separated."""
    grouped: dict[str, list[str]] = {}
    for name, value in chosen_values(chosen):
        grouped.setdefault(name, []).append(facet_tag(name, value))
    return [" ".join(sorted(set(tokens))) for tokens in grouped.values()]


@dataclass(frozen=True, slots=True)
class Match:
    """How one search mode matches: the document seq, its rank (higher better), conditions;
    `checks` are what the FTS5 index cannot tell (a phrase's word order)."""

    seq: ColumnElement[int]
    rank: ColumnElement[float]
    where: list[ColumnElement[bool]]
    checks: list[ColumnElement[bool]] = field(default_factory=list)


Narrow = Callable[[ColumnElement[int]], list[ColumnElement[bool]]]


def _query_of(terms: list[Term] | Query) -> Query:
    return terms if isinstance(terms, Query) else Query(tuple(terms))


def match_of(mode: Mode, terms: list[Term] | Query, tags: list[str] | None = None) -> Match:
    """The Match of the FTS5 index, the tsvector column, or LIKE over title and body.

    tags (facet tokens, for an index with a tags column) are matched by the index too."""
    query = _query_of(terms)
    if mode == "fts5":
        weights = (TITLE_WEIGHT, BODY_WEIGHT) + ((0.0,) if tags is not None else ())
        bm25 = func.bm25(_FTS, *weights, type_=Float)
        match: list[ColumnElement[bool]] = [_FTS.op("MATCH")(fts_query(query, tags))]
        return Match(_FTS_TABLE.c.rowid, -bm25, match, phrase_checks(query, _FTS_TABLE.c.rowid))
    if mode == "tsvector":
        tsquery = tsquery_expr(query)
        ts_rank = func.ts_rank(_TSV, tsquery, type_=Float)
        return Match(texts.c.seq, ts_rank, [_TSV.op("@@")(tsquery)])
    words = [p for p in query.positive if isinstance(p, Term)]
    rank: ColumnElement[float] = literal(BODY_WEIGHT * len(query.positive))
    for t in words:
        rank = rank + case((holds(texts.c.title, t), TITLE_WEIGHT), else_=0.0)
    return Match(texts.c.seq, rank, like_conditions(query))


def like_statement(terms: list[Term] | Query, limit: int) -> Select[Any]:
    """Documents holding every term in title or body; title hits first, then newest."""
    m = match_of("like", terms)
    score = m.rank.label("score")
    return (
        select(documents.c.id, documents.c.title, documents.c.published, documents.c.publisher)
        .add_columns(texts.c.body, score)
        .join_from(documents, texts, texts.c.seq == documents.c.seq)
        .where(*m.where)
        .order_by(score.desc(), documents.c.published.desc().nulls_last(), documents.c.seq)
        .limit(limit)
    )


def run_search(
    conn: Connection,
    mode: Mode,
    terms: list[Term] | Query,
    limit: int,
    chosen: dict[str, Any],
    with_facets: bool = True,
    with_snippets: bool = True,
    narrow: Narrow | None = None,
    sort: str = "relevance",
) -> SearchResult:
    """Hits, total and facet counts of the documents matching the query and every facet
    value (and the conditions `narrow` gives on a document's seq), best first, or by
    published date with sort 'date' (oldest first) or '-date' (newest first).

    Matches are read most recently stored first and the first RANK_WINDOW are ranked and
    counted, for `total` and the facets, so a word found in most documents costs no more
    than a rare one (on FTS5 bm25 ranks only few matches of rare words, see SearchResult).
    On FTS5 the index matches the facet values too (their tokens in its tags column), so
    there a value matches whatever its case and punctuation ('asean' finds ASEAN).
    """
    query = _query_of(terms)
    if not query.searchable():
        return SearchResult()
    m, tags, extra, where = matching(conn, mode, query, chosen, narrow)
    newest = select(m.seq.label("seq")).where(*where, *extra).order_by(m.seq.desc())
    try:
        window = list(conn.execute(newest.limit(RANK_WINDOW + 1)).scalars())
        total, exact = min(len(window), RANK_WINDOW), len(window) <= RANK_WINDOW
        window = window[:RANK_WINDOW]
        if sort in ("date", "-date"):
            best: list[Any] = _by_date(conn, window, sort == "-date")[: max(0, limit)]
        elif mode != "fts5" or _bm25_affordable(conn, query, tags, total):
            scored = newest.add_columns(m.rank.label("rank")).limit(RANK_WINDOW)
            rows = conn.execute(scored)
            best = sorted(rows, key=lambda r: (-r.rank, r.seq))[: max(0, limit)]
        else:
            best = _title_first(conn, query, tags, window, max(0, limit), extra)
        hits = hits_for(conn, mode, query, best, with_snippets)
        counts = facet_counts(conn, window) if with_facets else {}
    except OperationalError as exc:
        if "fts5" in str(exc.orig).lower():
            return SearchResult()
        raise
    return SearchResult(hits, counts, total, exact, len(window))


def matching(
    conn: Connection, mode: Mode, query: Query, chosen: dict[str, Any], narrow: Narrow | None
) -> tuple[Match, list[str], list[ColumnElement[bool]], list[ColumnElement[bool]]]:
    """How the query and facet values match: the Match, the facet tags, the conditions the
    index cannot check (`extra`) and those it can (`where`)."""
    if mode != "tsvector" and query.has_phrase():
        register_phrase_function(conn)
    tags = facet_tags_of(chosen)
    m = match_of(mode, query, tags)
    extra = [*m.checks, *(narrow(m.seq) if narrow else [])]
    # FTS5 matches the facet tokens itself; the others probe the facets table per match
    where = m.where if mode == "fts5" else [*m.where, *facet_filters(chosen, m.seq)]
    return m, tags, extra, where


def _by_date(conn: Connection, window: list[int], newest: bool) -> list[_Scored]:
    """The window's documents by published date (undated last), score 0."""
    dated: list[tuple[str, int]] = []
    undated: list[int] = []
    for part in range(0, len(window), 500):
        stmt = select(documents.c.seq, documents.c.published)
        stmt = stmt.where(documents.c.seq.in_(window[part : part + 500]))
        for seq, published in conn.execute(stmt):
            (dated.append((published, seq)) if published else undated.append(seq))
    dated.sort(reverse=newest)
    return [_Scored(seq, 0.0) for _, seq in dated] + [_Scored(seq, 0.0) for seq in undated]


def _bm25_affordable(conn: Connection, query: Query, tags: list[str], matches: int) -> bool:
    """Whether FTS5's bm25 is worth its cost: at most BM25_MATCHES matches, and its word
    statistics read at most BM25_POSTINGS index entries. bm25 counts every document that
    holds each word and facet token, once per query: for a word on half the pages of a
    million that alone takes tens of milliseconds, and tells little."""
    if matches > BM25_MATCHES:
        return False
    tokens = fts_tokens(query.leaves())
    words = [fts_query([Term(text, prefix)]) for text, prefix in tokens]
    queries = words + [tag_match(t) for t in tags]
    left = BM25_POSTINGS
    for one in queries:
        postings = select(_FTS_TABLE.c.rowid).where(_FTS.op("MATCH")(one)).limit(left + 1)
        left -= conn.execute(select(func.count()).select_from(postings.subquery())).scalar_one()
        if left < 0:
            return False
    return True


@dataclass(frozen=True, slots=True)
class _Scored:
    seq: int
    rank: float


def _title_first(
    conn: Connection,
    query: Query,
    tags: list[str],
    window: list[int],
    limit: int,
    extra: list[ColumnElement[bool]],
) -> list[_Scored]:
    """Hits when bm25 costs more than it tells: the newest TITLE_WINDOW matches with every
    word in their title (rank 1), then the newest others (0). The title-only query reads
    the postings the window's query has just read (in cache), and only from the oldest of
    those matches on: checking the titles themselves would read a page per match."""
    in_title = _FTS.op("MATCH")(fts_query(query, tags, where="title"))
    since = min(window[:TITLE_WINDOW], default=0)
    stmt = select(_FTS_TABLE.c.rowid).where(in_title, _FTS_TABLE.c.rowid >= since, *extra)
    # ascending, the index seeks to `since`; descending, it loads whole position lists
    titled = list(conn.execute(stmt.order_by(_FTS_TABLE.c.rowid)).scalars())[::-1][:limit]
    seen = set(titled)
    rest = [seq for seq in window if seq not in seen][: max(0, limit - len(titled))]
    return [_Scored(seq, 1.0) for seq in titled] + [_Scored(seq, 0.0) for seq in rest]


def hits_for(
    conn: Connection, mode: Mode, query: Query, best: list[Any], with_snippets: bool
) -> list[SearchHit]:
    """SearchHits for the (seq, rank) rows kept, in their order, with snippets if asked."""
    if not best:
        return []
    seqs = [r.seq for r in best]
    cols = (documents.c.seq, documents.c.id, documents.c.title, documents.c.published)
    stmt = select(*cols, documents.c.publisher).where(documents.c.seq.in_(seqs))
    heads = {r.seq: r for r in conn.execute(stmt)}
    snippets = _snippets(conn, mode, query, seqs) if with_snippets else {}
    return [
        SearchHit(h.id, h.title, h.published, h.publisher, snippets.get(r.seq, ""), r.rank)
        for r in best
        if (h := heads.get(r.seq)) is not None
    ]


def _snippets(conn: Connection, mode: Mode, query: Query, seqs: list[int]) -> dict[int, str]:
    """seq -> snippet, built for the kept hits only: snippets are the costly part."""
    if mode == "fts5":
        m = match_of(mode, query)
        snippet = func.snippet(_FTS, -1, MARK_OPEN, MARK_CLOSE, ELLIPSIS, SNIPPET_WORDS)
        # FTS5 narrows its lists to a rowid range but not to an IN list (with one it reads
        # every match of the words), so the range is given and `+ 0` makes the list a filter
        in_range = m.seq.between(min(seqs), max(seqs))
        stmt = select(m.seq.label("seq"), snippet.label("snippet"))
        stmt = stmt.where(*m.where, in_range, (m.seq + 0).in_(seqs))
    elif mode == "tsvector":
        headline = func.ts_headline(_ENGLISH, texts.c.body, tsquery_expr(query), _HEADLINE)
        stmt = select(texts.c.seq, headline.label("snippet"))
        stmt = stmt.where(texts.c.seq.in_(seqs))
    else:
        rows = conn.execute(select(texts.c.seq, texts.c.body).where(texts.c.seq.in_(seqs)))
        looked_for = [Term(leaf.text) for leaf in query.leaves()]
        return {r.seq: make_snippet(r.body, looked_for) for r in rows}
    return {r.seq: r.snippet for r in conn.execute(stmt)}


def search_like(conn: Connection, terms: list[Term] | Query, limit: int) -> list[SearchHit]:
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
