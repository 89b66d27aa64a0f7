"""Several people after one plural title: 'Foreign Ministers Wang Yi of China, Retno Marsudi of
Indonesia and Penny Wong of Australia' -> three people, each a 'Foreign Minister'."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import ahocorasick

from summitry.extract.names import NameSpan, name_after
from summitry.extract.patterns import word_start
from summitry.extract.people_country import country_for
from summitry.extract.people_titles import after_honorific, portfolio
from summitry.kb import KnowledgeBase, load_kb

__all__ = ["ListedPerson", "listed_people"]


@dataclass(frozen=True, slots=True)
class ListedPerson:
    """One name of a list under a plural title, with the title in the singular."""

    name: NameSpan
    title: str
    head: str
    country: str | None
    explicit: bool


def _plural(head: str) -> str:
    return head[:-1] + "ies" if head.endswith("y") else head + "s"


@cache
def _plural_titles() -> re.Pattern[str]:
    """'Foreign Ministers', 'Deputy Ministers for Economic Affairs', 'Ambassadors'."""
    heads = sorted(load_kb().title_heads, key=len, reverse=True)
    plural = word_start(*(re.escape(_plural(h)).replace(r"\-", "[-‐ ]") for h in heads))
    complement = rf"(?:\s+(?:for|of)\s+(?:the\s+)?{portfolio()})?"
    return re.compile(rf"(?P<head>{plural}){complement}(?=\s+[A-Z])")


@cache
def _plural_last_words() -> tuple[str, ...]:
    """The last word of each plural title ('Ministers' of 'Foreign Ministers'): every match
    of _plural_titles() holds one, so a page with none skips the long pattern."""
    heads = load_kb().title_heads
    return tuple(sorted({re.split(r"[-‐ ]", _plural(h))[-1] for h in heads}))


@cache
def _last_word_finder() -> ahocorasick.Automaton:
    """Every occurrence of a plural title's last word, in one pass."""
    automaton = ahocorasick.Automaton()
    for word in _plural_last_words():
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


_MORE = re.compile(r"\s+[A-Zfo]")


def _may_list(text: str) -> bool:
    """Whether some plural title's last word is followed by whitespace and a capital, 'for'
    or 'of', as in every _plural_titles() match; the long pattern runs only then."""
    return any(_MORE.match(text, last + 1) for last, _ in _last_word_finder().iter(text))


_SEPARATOR = re.compile(r"\s*(?:,\s*and\s+|,\s*|\s+and\s+)")


def listed_people(text: str, kb: KnowledgeBase) -> Iterator[ListedPerson]:
    """Every name of every list that follows a plural title, each with its own country."""
    if not _may_list(text):
        return
    for m in _plural_titles().finditer(text):
        singular = _singular(m, kb)
        head = singular.split(" for ")[0].split(" of ")[0]
        pos = m.end()
        found: list[ListedPerson] = []
        while len(found) < 12:
            name = name_after(text, after_honorific(text, pos, kb))
            if name is None or len(name.name.split()) < 2:
                break
            country, explicit = country_for(text, m.start(), name.end, kb, singular)
            found.append(ListedPerson(name, singular, head, country, explicit))
            after = _next_item(text, name.end, kb)
            if after is None:
                break
            pos = after
        if len(found) >= 2:  # one name after a plural title is no list
            yield from found


def _singular(m: re.Match[str], kb: KnowledgeBase) -> str:
    heads = {_plural(h).casefold(): h for h in kb.title_heads}
    head = heads.get(m.group("head").casefold(), m.group("head"))
    return re.sub(r"\s+", " ", head + m.group(0)[len(m.group("head")) :])


_OF_PLACE = re.compile(r"\s+of\s+(?:the\s+)?")


def _next_item(text: str, end: int, kb: KnowledgeBase) -> int | None:
    """Past 'of China' and the separator to the next name, or None at the end of the list."""
    of = _OF_PLACE.match(text, end)
    if of:
        body = [mt for mt in kb.find(text[of.end() : of.end() + 60]) if mt.start == 0]
        if body:
            end = of.end() + body[0].end
    sep = _SEPARATOR.match(text, end)
    return sep.end() - 1 if sep else None
