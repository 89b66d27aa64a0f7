"""Later mentions of a page's people: one word after a title ('Secretary Blinken') and a
first or last name alone ('Son proposed'), each joined to the one full name that holds it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from summitry.extract.names import NameSpan
from summitry.extract.patterns import (
    CASE_ODD,
    WordsThen,
    matches_from,
    word_starts_with,
    words_then,
)
from summitry.extract.person import PersonMention
from summitry.kb import KnowledgeBase
from summitry.kb.people_words import name_words

__all__ = ["Short", "bare_mentions", "resolve_shorts"]


# never changed once made; not frozen, which sets each field through object.__setattr__
@dataclass(slots=True, unsafe_hash=True)
class Short:
    """One word after a title ('Secretary Blinken'): a later mention of a full name, or the
    only name the page gives the person."""

    name: NameSpan
    title: str
    head: str
    country: str | None
    explicit: bool


def resolve_shorts(
    text: str, shorts: list[Short], people: dict[str, PersonMention], kb: KnowledgeBase
) -> list[Short]:
    """Shorts join the one person whose name holds the word; the shorts returned, whose word
    no full name holds, name a person of their own ('U.S. Secretary of State Blinken', 'Queen
    Maxima of the Netherlands')."""
    alone: list[Short] = []
    by_word: dict[str, list[PersonMention]] = {}
    for p in people.values():
        for word in dict.fromkeys(t.casefold() for t in p.tokens):
            by_word.setdefault(word, []).append(p)
    quoted = [p for p in people.values() if _QUOTE_MARK.search(text, *p.spans[0])]
    for short in shorts:
        name = short.name
        matches = by_word.get(name.name.casefold(), [])
        if not matches:  # 'President Jokowi' after 'President Joko “Jokowi” Widodo'
            matches = [p for p in quoted if _in_first_mention(text, p, name.name)]
        if len(matches) == 1 and (name.start, name.end) not in matches[0].spans:
            matches[0].spans.append((name.start, name.end))
            _title_from_short(matches[0], short)
        elif not matches:
            alone.append(short)
    return [
        short
        for short in alone
        if len(short.name.name) >= 3
        and not kb.find(short.name.name)
        and _WORD_ALONE.match(text, short.name.end)
    ]


_QUOTE_MARK = re.compile(r"[“\"]")


def _in_first_mention(text: str, person: PersonMention, word: str) -> bool:
    start, end = person.spans[0]
    return re.search(rf"[“\"]{re.escape(word)}[”\"]", text[start:end]) is not None


def _title_from_short(person: PersonMention, short: Short) -> None:
    """'Vladimir Putin held talks ... President Putin noted': a person first named with no
    title holds the one a later short mention gives."""
    if person.title is None:
        person.title, person.title_head = short.title, short.head
        if short.explicit and not person.explicit_country:
            person.country, person.explicit_country = short.country, True


# a lone word is a name when a clause or a verb follows it, not another capitalised word
_WORD_ALONE = re.compile(r"\s*(?:[,.;:)]|\s(?!(?:for|to|in|at|on|and)\b)[a-z]|$)")
_NAME_WORD_BEFORE = re.compile(r"[A-Z][\w’'-]*\s$")


def _is_address(word: str, kb: KnowledgeBase) -> bool:
    """'Gen', 'Dr', 'Mr': a rank or form of address, not part of a name."""
    return word.rstrip(".").casefold() in _address_words(kb)


@cache
def _address_words(kb: KnowledgeBase) -> frozenset[str]:
    return frozenset(f.rstrip(".").casefold() for f in (*kb.honorifics, *name_words().ranks))


_WORD_CHARS = re.compile(r"\w+")


def _capitalised_matches(
    pattern: re.Pattern[str] | WordsThen, text: str, words: list[str]
) -> list[re.Match[str]]:
    """The matches of pattern.finditer(text) (the words, in any case) that may begin with a
    capital, without the case-blind pattern tried at every position: it is tried only where
    a word begins with a capital of a word's first letter, a letter outside ASCII that
    re.IGNORECASE matches to an ASCII one, or the small first letter of a word with a hyphen
    or apostrophe ('seong-ho').

    A match of a word made of word characters only holds no word start but its own, so the
    matches left out (those of such words that begin with a small ASCII letter) hide none of
    the others.
    """
    if not all(w[0].isascii() for w in words):
        return list(pattern.finditer(text))
    small = {w[0] for w in words if not _WORD_CHARS.fullmatch(w)}
    firsts = "".join({w[0].upper() for w in words} | small)
    return matches_from(pattern, text, word_starts_with(text, firsts + CASE_ODD))


_FOLLOWED_BY_VERB = r"(?=\s+(?:and\s+[A-Z][\w’'-]*\s+)?[a-z]|['’]s\s+[a-z])"  # "Kang's proposal"


def bare_mentions(text: str, people: dict[str, PersonMention], kb: KnowledgeBase) -> None:
    """'Son proposed ...', 'Wang and I agreed': a first or last name word alone, naming the one
    person of the page whose name holds it, as the subject of a clause."""
    owners: dict[str, list[PersonMention]] = {}
    for person in people.values():
        tokens = person.tokens
        if len(tokens) < 2:
            continue
        for word in {tokens[0], tokens[-1]}:
            if len(word) >= 3 and word[0].isupper() and not word.endswith("."):
                owners.setdefault(word.casefold(), []).append(person)
    unique = {w: ps[0] for w, ps in owners.items() if len(ps) == 1}
    if not unique:
        return
    words = sorted(unique, key=len, reverse=True)
    pattern = words_then(words, _FOLLOWED_BY_VERB, re.IGNORECASE)
    for m in _capitalised_matches(pattern, text, list(unique)):
        word = m.group(0)
        person = unique[word.casefold()]
        span = (m.start(), m.end())
        if not word[0].isupper() or any(s <= span[0] < e for s, e in person.spans):
            continue
        before = _NAME_WORD_BEFORE.search(text, max(0, span[0] - 40), span[0])
        if before and not _is_address(before.group(0).strip(), kb):
            continue  # 'Bui Thanh Son': part of a longer name, but 'Gen Prayut' is Prayut
        if any(mt.start == 0 for mt in kb.find(word)):
            continue  # 'Korea', 'Lima': a place or body, not the person
        person.spans.append(span)
