"""The search box's language: words (AND), `OR` between two of them, `-word` or `NOT word` to
leave pages out, "quoted phrases" and `prefix*`, parsed into a small tree.

The tree is rendered for each backend by summitry.store.search: FTS5 MATCH text with every
token quoted, a tsquery built from bound values, or LIKE conditions. Nothing the user types
reaches a backend's own query syntax.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "MAX_TERMS",
    "Either",
    "Phrase",
    "Query",
    "Term",
    "Without",
    "parse_query",
    "query_problem",
]

MAX_TERMS = 32
MIN_PREFIX = 2  # 'a*' would merge every term starting with a; the index covers 2 to 6
_TOKEN = re.compile(r"[^\W_]+")  # what FTS5's unicode61 tokenizer keeps: letters and digits
_STRIP = "\"'`*()[]{}<>«»“”‘’.,;:!?^+-=|&%$#@~\\/\x00"
_QUOTES = '"“”'
# -? then a quoted phrase (closing quote optional) or a run of non-space characters
_CHUNK = re.compile(r"(-?)(?:[\"“”]([^\"“”]*)[\"“”]?|(\S+))")


@dataclass(frozen=True, slots=True)
class Term:
    """A word (or hyphenated phrase) from the query; prefix when it ended in '*' (2+ chars)."""

    text: str
    prefix: bool = False


@dataclass(frozen=True, slots=True)
class Phrase:
    """Words that must follow one another: `tokens` as the index splits them."""

    text: str
    tokens: tuple[str, ...]


Leaf = Term | Phrase


@dataclass(frozen=True, slots=True)
class Either:
    """`a OR b OR "c d"`: a page holding any of the options."""

    options: tuple[Leaf, ...]


@dataclass(frozen=True, slots=True)
class Without:
    """`-word`, `-"a phrase"` or `NOT word`: pages holding it are left out."""

    leaf: Leaf


Part = Leaf | Either | Without


@dataclass(frozen=True, slots=True)
class Query:
    """Every part must hold (AND); a query needs at least one part that is not a Without."""

    parts: tuple[Part, ...] = ()

    @property
    def positive(self) -> list[Leaf | Either]:
        return [p for p in self.parts if not isinstance(p, Without)]

    @property
    def excluded(self) -> list[Leaf]:
        return [p.leaf for p in self.parts if isinstance(p, Without)]

    def leaves(self) -> list[Leaf]:
        """The words and phrases looked for (not those excluded), in query order."""
        found: list[Leaf] = []
        for part in self.positive:
            found += part.options if isinstance(part, Either) else [part]
        return found

    def has_phrase(self) -> bool:
        every = [*self.leaves(), *self.excluded]
        return any(isinstance(leaf, Phrase) for leaf in every)

    def searchable(self) -> bool:
        return bool(self.positive)


def _word(chunk: str) -> Term | None:
    """A chunk with punctuation trimmed, or None when no letter or digit is left."""
    core = chunk.strip(_STRIP)
    if not any(ch.isalnum() for ch in core):
        return None
    core = core.replace("\x00", "")
    return Term(core, prefix=chunk.endswith("*") and len(core) >= MIN_PREFIX)


def _phrase(text: str) -> Leaf | None:
    """A quoted phrase; one word in quotes is that word."""
    tokens = tuple(_TOKEN.findall(text))
    if not tokens:
        return None
    if len(tokens) == 1:
        return Term(tokens[0])
    return Phrase(" ".join(text.split()), tokens)


def _chunks(text: str) -> list[tuple[bool, Leaf | str]]:
    """(excluded, leaf) per chunk; the operators OR, NOT and AND as their own strings."""
    found: list[tuple[bool, Leaf | str]] = []
    for match in _CHUNK.finditer(text):
        minus, quoted, bare = match.group(1) == "-", match.group(2), match.group(3)
        if quoted is None and not minus and bare in ("OR", "NOT", "AND", "|"):
            found.append((False, "OR" if bare == "|" else bare))
            continue
        leaf = _phrase(quoted) if quoted is not None else _word(bare)
        if leaf is not None:
            found.append((minus, leaf))
    return found


def parse_query(text: str) -> Query:
    """The query tree of what a user typed; any string parses (unknown syntax is words).

    OR joins the words on either side ('FTAAP OR Putrajaya'), binding tighter than the
    implicit AND: 'APEC FTAAP OR Putrajaya' is APEC AND (FTAAP OR Putrajaya)."""
    parts: list[Part] = []
    pending_or = negate_next = False
    leaves = 0
    for minus, item in _chunks(text.replace("\x00", " ")):
        if isinstance(item, str):
            pending_or, negate_next = item == "OR", item == "NOT"
            continue
        if leaves == MAX_TERMS:
            break
        leaves += 1
        excluded = minus or negate_next
        last = parts[-1] if parts else None
        if pending_or and not excluded and last is not None and not isinstance(last, Without):
            options = last.options if isinstance(last, Either) else (last,)
            parts[-1] = Either((*options, item))
        else:
            parts.append(Without(item) if excluded else item)
        pending_or = negate_next = False
    return Query(tuple(parts))


def query_problem(text: str) -> str | None:
    """Why a search query finds nothing whatever is stored, in one line; None when it may."""
    query = parse_query(text)
    if query.searchable():
        return None
    if query.excluded:
        return f"{text.strip()!r} only leaves words out; add a word to look for"
    return f"{text.strip()[:80]!r} has no word to look for (letters or digits)"


def phrase_pattern(phrase: Phrase) -> str:
    """A regular expression for the phrase's tokens in a row, whatever lies between them
    (spaces, a hyphen, a line break), as whole words."""
    between = r"(?:[^\w\x00]|_)+"
    return r"(?<![^\W_])" + between.join(re.escape(t) for t in phrase.tokens) + r"(?![^\W_])"
