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
    ColumnClause,
    ColumnElement,
    Connection,
    Float,
    Integer,
    Select,
    case,
    column,
    func,
    literal,
    literal_column,
    or_,
    select,
    table,
)
from sqlalchemy.exc import OperationalError

from summitry.store.facets import chosen_values, facet_counts, facet_filters, facet_tag
from summitry.store.schema import documents, texts

__all__ = [
    "Mode",
    "SearchHit",
    "SearchResult",
    "fts_query",
    "fts_tokens",
    "like_statement",
    "make_snippet",
    "query_terms",
    "match_of",
    "run_search",
    "search_like",
    "tsquery_expr",
]

Mode = Literal["fts5", "tsvector", "like"]
MAX_TERMS = 32
MIN_PREFIX = 2  # 'a*' would merge every term starting with a; the index covers 2 to 6
SNIPPET_WORDS = 12
MARK_OPEN, MARK_CLOSE, ELLIPSIS = "«", "»", "…"
TITLE_WEIGHT, BODY_WEIGHT = 5.0, 1.0
RANK_WINDOW = 1000  # matches ranked and counted for facets, most recently stored first
BM25_MATCHES = 100  # FTS5 ranks by bm25 up to this many matches; more: title first, newest
BM25_POSTINGS = 100_000  # and when its word statistics read at most this many index entries
TITLE_WINDOW = 200  # otherwise the newest matches with the words in their title come first
STOP_WORDS = frozenset(
    "a an and are as at be by for from has have in is it its of on or s that the their this "
    "to was were will with".split()
)
_TOKEN = re.compile(r"[^\W_]+")  # what FTS5's unicode61 tokenizer keeps: letters and digits
_FTS: ColumnClause[Any] = literal_column("documents_fts")
_FTS_TABLE = table("documents_fts", column("rowid", Integer))
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


def fts_query(terms: list[Term], tags: list[str] | None = None, where: str | None = None) -> str:
    """FTS5 MATCH text: every token of every term a quoted string ("FTAAP"), AND between
    them, looked for in every column or the `where` columns, and each facet token in the
    tags column. The tokens ('zzforumapec') are no words, so words need no column filter,
    which would double the cost of ranking.

    A term of several tokens ('ASEAN-ROK', 'Korea's') is their AND: the index keeps no
    positions (detail=column), which halves what a query reads. Stop words are left out
    when other words remain ('Partnership for Growth'): nearly every page has them, and
    their long lists make a query slow, not narrower. The tsvector search drops them too."""
    quoted = ['"' + text + '"' + ("*" if prefix else "") for text, prefix in fts_tokens(terms)]
    words = " AND ".join(quoted)
    if where is not None:
        words = f"{{{where}}} : ({words})"
    return " AND ".join([words, *(tag_match(t) for t in tags or ())])


def tag_match(tag: str) -> str:
    """FTS5 MATCH text for one facet: its token, or its tokens joined by OR where several
    values of the facet were given (space-separated: a token is letters and digits)."""
    tokens = tag.split()
    if len(tokens) == 1:
        return f'tags : "{tokens[0]}"'
    return "tags : (" + " OR ".join(f'"{t}"' for t in tokens) + ")"


def facet_tags_of(chosen: dict[str, Any]) -> list[str]:
    """One tag per facet given: its values' tokens, space-separated."""
    grouped: dict[str, list[str]] = {}
    for name, value in chosen_values(chosen):
        grouped.setdefault(name, []).append(facet_tag(name, value))
    return [" ".join(sorted(set(tokens))) for tokens in grouped.values()]


def fts_tokens(terms: list[Term]) -> list[tuple[str, bool]]:
    """(token, prefix) pairs an FTS5 query looks for: each term split where the index's
    tokenizer splits it (at anything but a letter or digit), the prefix mark on a term's
    last token, stop words left out while other tokens remain."""
    tokens = []
    for term in terms:
        parts = _TOKEN.findall(term.text)
        tokens += [(part, term.prefix and i == len(parts) - 1) for i, part in enumerate(parts)]
    kept = [(text, prefix) for text, prefix in tokens if prefix or text.lower() not in STOP_WORDS]
    return kept or tokens


def tsquery_expr(terms: list[Term]) -> ColumnElement[Any]:
    """PostgreSQL tsquery: plainto_tsquery per word, && between them; values are bound.

    A prefix term keeps only its letters and digits, so to_tsquery never sees an operator.
    """
    parts: list[ColumnElement[Any]] = []
    for term in terms:
        if term.prefix:
            words = re.findall(r"[^\W_]+", term.text)
            parts.append(func.to_tsquery(_ENGLISH, " & ".join(w + ":*" for w in words)))
        else:
            parts.append(func.plainto_tsquery(_ENGLISH, term.text))
    query = parts[0]
    for part in parts[1:]:
        query = query.op("&&")(part)
    return query


@dataclass(frozen=True, slots=True)
class Match:
    """How one search mode matches: the document seq, its rank (higher better), conditions."""

    seq: ColumnElement[int]
    rank: ColumnElement[float]
    where: list[ColumnElement[bool]]


def match_of(mode: Mode, terms: list[Term], tags: list[str] | None = None) -> Match:
    """The Match of the FTS5 index, the tsvector column, or LIKE over title and body.

    tags (facet tokens, for an index with a tags column) are matched by the index too."""
    if mode == "fts5":
        weights = (TITLE_WEIGHT, BODY_WEIGHT) + ((0.0,) if tags is not None else ())
        bm25 = func.bm25(_FTS, *weights, type_=Float)
        return Match(_FTS_TABLE.c.rowid, -bm25, [_FTS.op("MATCH")(fts_query(terms, tags))])
    if mode == "tsvector":
        query = tsquery_expr(terms)
        rank = func.ts_rank(_TSV, query, type_=Float)
        return Match(texts.c.seq, rank, [_TSV.op("@@")(query)])
    title, body = texts.c.title, texts.c.body
    matches = [or_(_holds(title, t), _holds(body, t)) for t in terms]
    in_title = [case((_holds(title, t), TITLE_WEIGHT), else_=0.0) for t in terms]
    return Match(texts.c.seq, sum(in_title, literal(BODY_WEIGHT * len(terms))), matches)


def _holds(column: Any, term: Term) -> ColumnElement[bool]:
    """LIKE, case-insensitive: the column holds the term, its % and _ taken literally."""
    return column.icontains(term.text, autoescape=True)


def like_statement(terms: list[Term], limit: int) -> Select[Any]:
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
    terms: list[Term],
    limit: int,
    chosen: dict[str, Any],
    with_facets: bool = True,
    with_snippets: bool = True,
) -> SearchResult:
    """Hits, total and facet counts of the documents matching every term and facet value.

    Matches are read most recently stored first and the first RANK_WINDOW are ranked and
    counted, for `total` and the facets, so a word found in most documents costs no more
    than a rare one (on FTS5 bm25 ranks only few matches of rare words, see SearchResult).
    On FTS5 the index matches the facet values too (their tokens in its tags column), so
    there a value matches whatever its case and punctuation ('asean' finds ASEAN).
    """
    tags = facet_tags_of(chosen)
    m = match_of(mode, terms, tags)
    # FTS5 matches the facet tokens itself; the others probe the facets table per match
    where = m.where if mode == "fts5" else [*m.where, *facet_filters(chosen, m.seq)]
    newest = select(m.seq.label("seq")).where(*where).order_by(m.seq.desc())
    try:
        window = list(conn.execute(newest.limit(RANK_WINDOW + 1)).scalars())
        total, exact = min(len(window), RANK_WINDOW), len(window) <= RANK_WINDOW
        window = window[:RANK_WINDOW]
        if mode != "fts5" or _bm25_affordable(conn, terms, tags, total):
            scored = newest.add_columns(m.rank.label("rank")).limit(RANK_WINDOW)
            rows = conn.execute(scored)
            best: list[Any] = sorted(rows, key=lambda r: (-r.rank, r.seq))[: max(0, limit)]
        else:
            best = _title_first(conn, terms, tags, window, max(0, limit))
        hits = _hits(conn, mode, terms, best, with_snippets)
        counts = facet_counts(conn, window) if with_facets else {}
    except OperationalError as exc:
        if "fts5" in str(exc.orig).lower():
            return SearchResult()
        raise
    return SearchResult(hits, counts, total, exact, len(window))


def _bm25_affordable(conn: Connection, terms: list[Term], tags: list[str], matches: int) -> bool:
    """Whether FTS5's bm25 is worth its cost: at most BM25_MATCHES matches, and its word
    statistics read at most BM25_POSTINGS index entries. bm25 counts every document that
    holds each word and facet token, once per query: for a word on half the pages of a
    million that alone takes tens of milliseconds, and tells little."""
    if matches > BM25_MATCHES:
        return False
    words = [fts_query([Term(text, prefix)]) for text, prefix in fts_tokens(terms)]
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
    conn: Connection, terms: list[Term], tags: list[str], window: list[int], limit: int
) -> list[_Scored]:
    """Hits when bm25 costs more than it tells: the newest TITLE_WINDOW matches with every
    word in their title (rank 1), then the newest others (0). The title-only query reads
    the postings the window's query has just read (in cache), and only from the oldest of
    those matches on: checking the titles themselves would read a page per match."""
    in_title = _FTS.op("MATCH")(fts_query(terms, tags, where="title"))
    since = min(window[:TITLE_WINDOW], default=0)
    stmt = select(_FTS_TABLE.c.rowid).where(in_title, _FTS_TABLE.c.rowid >= since)
    # ascending, the index seeks to `since`; descending, it loads whole position lists
    titled = list(conn.execute(stmt.order_by(_FTS_TABLE.c.rowid)).scalars())[::-1][:limit]
    seen = set(titled)
    rest = [seq for seq in window if seq not in seen][: max(0, limit - len(titled))]
    return [_Scored(seq, 1.0) for seq in titled] + [_Scored(seq, 0.0) for seq in rest]


def _hits(
    conn: Connection, mode: Mode, terms: list[Term], best: list[Any], with_snippets: bool
) -> list[SearchHit]:
    """SearchHits for the (seq, rank) rows kept, in their order, with snippets if asked."""
    if not best:
        return []
    seqs = [r.seq for r in best]
    cols = (documents.c.seq, documents.c.id, documents.c.title, documents.c.published)
    stmt = select(*cols, documents.c.publisher).where(documents.c.seq.in_(seqs))
    heads = {r.seq: r for r in conn.execute(stmt)}
    snippets = _snippets(conn, mode, terms, seqs) if with_snippets else {}
    return [
        SearchHit(h.id, h.title, h.published, h.publisher, snippets.get(r.seq, ""), r.rank)
        for r in best
        if (h := heads.get(r.seq)) is not None
    ]


def _snippets(conn: Connection, mode: Mode, terms: list[Term], seqs: list[int]) -> dict[int, str]:
    """seq -> snippet, built for the kept hits only: snippets are the costly part."""
    if mode == "fts5":
        m = match_of(mode, terms)
        snippet = func.snippet(_FTS, -1, MARK_OPEN, MARK_CLOSE, ELLIPSIS, SNIPPET_WORDS)
        stmt = select(m.seq.label("seq"), snippet.label("snippet"))
        stmt = stmt.where(*m.where, m.seq.in_(seqs))
    elif mode == "tsvector":
        headline = func.ts_headline(_ENGLISH, texts.c.body, tsquery_expr(terms), _HEADLINE)
        stmt = select(texts.c.seq, headline.label("snippet"))
        stmt = stmt.where(texts.c.seq.in_(seqs))
    else:
        rows = conn.execute(select(texts.c.seq, texts.c.body).where(texts.c.seq.in_(seqs)))
        return {r.seq: make_snippet(r.body, terms) for r in rows}
    return {r.seq: r.snippet for r in conn.execute(stmt)}


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
