"""Words the way the SQLite full-text index sees them: unicode61 tokens, case and
diacritics folded, reduced by the Porter stemmer.

Search uses this to check short texts (titles) in Python that it would otherwise ask the
index about again: within a window of matches that is one lookup per title, not another
pass over every posting of every word.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

__all__ = ["Phrase", "fold", "phrase", "stem", "text_holds", "tokens"]

_TOKEN = re.compile(r"[^\W_]+")
_MARKS = re.compile(r"[\u0300-\u036f]+")
_PORTER = snowballstemmer.stemmer("porter")  # the algorithm FTS5's 'porter' tokenizer runs


def fold(text: str) -> str:
    """`text` in lower case without diacritics."""
    return _MARKS.sub("", unicodedata.normalize("NFKD", text.lower()))


def tokens(text: str) -> list[str]:
    """Lower-case words of `text` without diacritics, split as unicode61 splits them."""
    return _TOKEN.findall(fold(text))


@lru_cache(maxsize=65_536)
def stem(word: str) -> str:
    """The Porter stem of one folded word ('ministers' -> 'minist')."""
    return str(_PORTER.stemWord(word))


@dataclass(frozen=True, slots=True)
class Phrase:
    """A search term as folded words in a row and their stems; `prefix` when its last word
    is a prefix. `lead` is text every match holds: a word's stem, but for its last letter
    (the stemmer may turn a final 'y' into 'i'), starts the word."""

    words: tuple[str, ...]
    stems: tuple[str, ...]
    prefix: bool
    lead: str


def phrase(text: str, prefix: bool = False) -> Phrase:
    """The Phrase of a search term's text ('Indo-Pacific' -> ('indo', 'pacific'))."""
    words = tuple(tokens(text))
    stems = tuple(stem(w) for w in words)
    if not words:
        return Phrase(words, stems, prefix, "")
    lead = words[0] if prefix and len(words) == 1 else stems[0][:-1] or stems[0]
    return Phrase(words, stems, prefix, lead)


def text_holds(text: str, phrases: list[Phrase]) -> bool:
    """Whether `text` holds every phrase, word by word: same stem, or for a prefix the
    same start. Texts without every phrase's `lead` are passed over unstemmed."""
    folded = fold(text)
    if not all(p.words and p.lead in folded for p in phrases):
        return False
    words = _TOKEN.findall(folded)
    firsts = {w[:1] for p in phrases for w in p.words}
    stems = [stem(w) if w[:1] in firsts else "" for w in words]
    return all(_holds(words, stems, p) for p in phrases)


def _holds(words: list[str], stems: list[str], p: Phrase) -> bool:
    wanted, last = p.stems, len(p.words) - 1
    for at in range(len(words) - last):
        if all(
            words[at + i].startswith(p.words[i]) if p.prefix and i == last else stems[at + i] == s
            for i, s in enumerate(wanted)
        ):
            return True
    return False
