"""A search query tree (search_syntax.Query) as each backend reads it: FTS5 MATCH text,
a PostgreSQL tsquery of bound values, and LIKE conditions; phrases checked on SQLite.

The SQLite index keeps no token positions (detail=column), so FTS5 finds a phrase's words
anywhere on the page and a function (`summitry_phrase`, registered per connection) then
checks that they follow one another; PostgreSQL's tsvector has positions (phraseto_tsquery).
"""

from __future__ import annotations

import functools
import re
from typing import Any

from sqlalchemy import (
    ColumnClause,
    ColumnElement,
    Connection,
    Integer,
    column,
    false,
    func,
    literal_column,
    not_,
    or_,
    select,
    table,
)

from summitry.store.schema import texts
from summitry.store.search_syntax import (
    Either,
    Leaf,
    Phrase,
    Query,
    Term,
    Without,
    phrase_pattern,
)

__all__ = [
    "FTS",
    "FTS_TABLE",
    "STOP_WORDS",
    "fts_query",
    "fts_tokens",
    "like_conditions",
    "phrase_checks",
    "register_phrase_function",
    "tag_match",
    "tsquery_expr",
]

STOP_WORDS = frozenset(
    "a an and are as at be by for from has have in is it its of on or s that the their this "
    "to was were will with".split()
)
_TOKEN = re.compile(r"[^\W_]+")  # what FTS5's unicode61 tokenizer keeps: letters and digits
FTS: ColumnClause[Any] = literal_column("documents_fts")
FTS_TABLE = table("documents_fts", column("rowid", Integer))
_ENGLISH: ColumnClause[Any] = literal_column("'english'")
_SEPARATOR = "\x00"  # between title and body, so a phrase never spans the two


def _as_query(terms: list[Term] | Query) -> Query:
    return terms if isinstance(terms, Query) else Query(tuple(terms))


def _leaf_tokens(leaf: Leaf) -> list[tuple[str, bool]]:
    """(token, prefix) of a word or phrase, split where the index's tokenizer splits."""
    if isinstance(leaf, Phrase):
        return [(t, False) for t in leaf.tokens]
    parts = _TOKEN.findall(leaf.text)
    return [(part, leaf.prefix and i == len(parts) - 1) for i, part in enumerate(parts)]


def fts_tokens(terms: list[Term] | list[Leaf]) -> list[tuple[str, bool]]:
    """(token, prefix) pairs an FTS5 query looks for: each term split where the index's
    tokenizer splits it (at anything but a letter or digit), the prefix mark on a term's
    last token, stop words left out while other tokens remain."""
    tokens = [pair for leaf in terms for pair in _leaf_tokens(leaf)]
    kept = [(text, prefix) for text, prefix in tokens if prefix or text.lower() not in STOP_WORDS]
    return kept or tokens


def _quoted(tokens: list[tuple[str, bool]]) -> list[str]:
    return ['"' + text + '"' + ("*" if prefix else "") for text, prefix in tokens]


def _leaf_match(leaf: Leaf) -> str:
    """One leaf as FTS5 text: a token, or its tokens ANDed in parentheses."""
    quoted = _quoted(fts_tokens([leaf]))
    return quoted[0] if len(quoted) == 1 else "(" + " AND ".join(quoted) + ")"


def fts_query(
    terms: list[Term] | Query, tags: list[str] | None = None, where: str | None = None
) -> str:
    """FTS5 MATCH text: every token a quoted string ("FTAAP"), AND between the words, OR
    groups in parentheses, excluded words after NOT, looked for in every column or the
    `where` columns, and each facet token in the tags column. The tokens ('zzforumapec')
    are no words, so words need no column filter, which would double the cost of ranking.

    A word of several tokens ('ASEAN-ROK', 'Korea's') is their AND, and so is a phrase (its
    order is checked apart, see phrase_checks): the index keeps no positions
    (detail=column), which halves what a query reads. Stop words are left out when other
    words remain ('Partnership for Growth'): nearly every page has them, and their long
    lists make a query slow, not narrower. The tsvector search drops them too."""
    query = _as_query(terms)
    direct = [p for p in query.positive if not isinstance(p, Either)]
    groups = [p for p in query.positive if isinstance(p, Either)]
    parts = _quoted(fts_tokens(direct)) if direct else []
    parts += ["(" + " OR ".join(_leaf_match(o) for o in g.options) + ")" for g in groups]
    words = " AND ".join(parts)
    if where is not None:
        words = f"{{{where}}} : ({words})"
    excluded = [_leaf_match(leaf) for leaf in query.excluded if isinstance(leaf, Term)]
    if excluded:
        words = "(" + words + ")" + "".join(f" NOT {e}" for e in excluded)
        words = f"({words})" if tags else words
    return " AND ".join([words, *(tag_match(t) for t in tags or ())])


def tag_match(tag: str) -> str:
    """FTS5 MATCH text for one facet: its token, or its tokens joined by OR where several
    values of the facet were given (space-separated: a token is letters and digits)."""
    tokens = tag.split()
    if len(tokens) == 1:
        return f'tags : "{tokens[0]}"'
    return "tags : (" + " OR ".join(f'"{t}"' for t in tokens) + ")"


def _ts_leaf(leaf: Leaf) -> ColumnElement[Any]:
    """One word or phrase as a tsquery; a prefix term keeps only its letters and digits,
    so to_tsquery never sees an operator."""
    if isinstance(leaf, Phrase):
        return func.phraseto_tsquery(_ENGLISH, leaf.text)
    if leaf.prefix:
        words = _TOKEN.findall(leaf.text)
        return func.to_tsquery(_ENGLISH, " & ".join(w + ":*" for w in words))
    return func.plainto_tsquery(_ENGLISH, leaf.text)


def tsquery_expr(terms: list[Term] | Query) -> ColumnElement[Any]:
    """PostgreSQL tsquery of bound values: && between parts, || within an OR group, !!
    before an excluded one (websearch_to_tsquery's meaning, with prefixes kept)."""
    query = _as_query(terms)
    parts: list[ColumnElement[Any]] = []
    for part in query.positive:
        if isinstance(part, Either):
            options = [_ts_leaf(o) for o in part.options]
            either = options[0]
            for option in options[1:]:
                either = either.op("||")(option)
            parts.append(either)
        else:
            parts.append(_ts_leaf(part))
    parts += [func.tsquery_not(_ts_leaf(leaf)) for leaf in query.excluded]
    combined: ColumnElement[Any] = parts[0]
    for nxt in parts[1:]:
        combined = combined.op("&&")(nxt)
    return combined


def _doc_text(seq: ColumnElement[int]) -> ColumnElement[str]:
    """Title and body of the document at `seq` as one text (a scalar subquery by seq, or the
    row's own columns where `seq` is texts.seq)."""
    text = func.coalesce(texts.c.title, "") + _SEPARATOR + texts.c.body
    if seq is texts.c.seq:
        return text
    return select(text).where(texts.c.seq == seq).scalar_subquery()


def _phrase_holds(phrase: Phrase, seq: ColumnElement[int]) -> ColumnElement[bool]:
    return func.summitry_phrase(_doc_text(seq), phrase_pattern(phrase)) == 1


def _fts_has(term: Term, seq: ColumnElement[int]) -> ColumnElement[bool]:
    """The document at seq holds the word (the index's own answer, for an OR group)."""
    found = select(FTS_TABLE.c.rowid).where(FTS.op("MATCH")(fts_query(Query((term,)))))
    return seq.in_(found)


def phrase_checks(query: Query, seq: ColumnElement[int]) -> list[ColumnElement[bool]]:
    """SQLite: the conditions FTS5 cannot check without positions. A phrase's words must
    follow one another; an excluded phrase is left to this check alone (FTS5 would leave
    out every page holding its words anywhere); an OR group with a phrase checks each
    option, its words by the index."""
    checks: list[ColumnElement[bool]] = []
    for part in query.parts:
        if isinstance(part, Phrase):
            checks.append(_phrase_holds(part, seq))
        elif isinstance(part, Without) and isinstance(part.leaf, Phrase):
            checks.append(not_(_phrase_holds(part.leaf, seq)))
        elif isinstance(part, Either) and any(isinstance(o, Phrase) for o in part.options):
            checks.append(
                or_(
                    *(
                        _phrase_holds(o, seq) if isinstance(o, Phrase) else _fts_has(o, seq)
                        for o in part.options
                    )
                )
            )
    return checks


def holds(column_: Any, term: Term) -> ColumnElement[bool]:
    """LIKE, case-insensitive: the column holds the term, its % and _ taken literally."""
    return func.coalesce(column_, "").icontains(term.text, autoescape=True)


def _like_leaf(leaf: Leaf) -> ColumnElement[bool]:
    if isinstance(leaf, Phrase):
        return _phrase_holds(leaf, texts.c.seq)
    return or_(holds(texts.c.title, leaf), holds(texts.c.body, leaf))


def like_conditions(query: Query) -> list[ColumnElement[bool]]:
    """Every part of the query as LIKE conditions over title and body (no index)."""
    conditions: list[ColumnElement[bool]] = []
    for part in query.parts:
        if isinstance(part, Without):
            conditions.append(not_(_like_leaf(part.leaf)))
        elif isinstance(part, Either):
            conditions.append(or_(false(), *(_like_leaf(o) for o in part.options)))
        else:
            conditions.append(_like_leaf(part))
    return conditions


@functools.lru_cache(maxsize=256)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _phrase_in(text: str | None, pattern: str | None) -> int:
    return int(bool(text and pattern and _compiled(pattern).search(text)))


def register_phrase_function(conn: Connection) -> None:
    """Make summitry_phrase(text, pattern) callable on this SQLite connection."""
    raw = conn.connection.driver_connection
    if raw is not None and conn.dialect.name == "sqlite":
        raw.create_function("summitry_phrase", 2, _phrase_in, deterministic=True)
