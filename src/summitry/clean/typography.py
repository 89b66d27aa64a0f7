"""One spelling for the characters publishers set differently: space characters, invisible
marks, full-width and ligature forms, hyphens, the modifier-letter apostrophe, the dash that
joins a compound ('ASEAN–Japan', 'ASEAN—Japan': a hyphen) and a sentence dash (' - ', ' -- ',
' — ', a close em dash: a spaced en dash).

Extraction reads each of these once here, so no pattern spells their variants. Quotes and
apostrophes keep their form: a name is spelled as the text spells it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache

from summitry.sources import lexicon

__all__ = ["WORD", "dashes_spaced", "headline_as_read", "normalise_typography", "unshout"]


def _table() -> dict[int, str | None]:
    """str.translate's table: each character mapped to its one spelling, or removed."""
    table: dict[int, str | None] = {}
    # spaces of every width (no-break, thin, narrow, ideographic) are a space
    for cp in (0x00A0, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000):
        table[cp] = " "
    # full-width ASCII ('１', '，') and the Latin ligatures ('ﬁ') as their letters
    for cp in (*range(0xFF01, 0xFF5F), *range(0xFB00, 0xFB07)):
        table[cp] = unicodedata.normalize("NFKC", chr(cp))
    # marks that show nothing between Latin letters: zero-width space, joiners, word joiner,
    # byte-order mark, soft hyphen, direction marks
    for cp in (0x00AD, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF):
        table[cp] = None
    table[0x2010] = table[0x2011] = "-"  # the hyphen and the no-break hyphen
    table[0x02BC] = "\u2019"  # the modifier letter apostrophe, drawn as the apostrophe
    return table


_TABLE = _table()
_CHANGED = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_TABLE)) + "]")
# an en dash set close between two words joins a compound ('ASEAN–Japan')
_COMPOUND_DASH = re.compile(r"(?<=[^\W\d_])\u2013(?=[^\W\d_])")
# an em dash set close between two words: a compound's ('ASEAN—Japan') or a sentence dash;
# the left word is taken from its start only (each word is then read once)
_CLOSE_EM_DASH = re.compile(r"(?<![\w.])([^\W\d_][\w.]*)\u2014(?=([^\W\d_][\w.]*))")
_NAME_KINDS = frozenset({"country", "organization", "forum"})
# a sentence dash, a dateline's or a range's: a hyphen, two, an en or an em dash between
# spaces ('Manila - Global Affairs Canada', '2018 — 2022'), or an em dash set close
# ('the ministers—who met in Lima—agreed'); all are read as a spaced en dash
_SENTENCE_DASH = re.compile(r"(?<=\S)(?:[ \t]+(?:--|[-\u2013\u2014])[ \t]+|\u2014)(?=\S)")
# whether a line has one: a hyphen, two or an em dash between spaces, or an em dash set close
# (written from the dash, so that the engine skips to each one)
_DASH_TO_SPACE = re.compile(
    r"[-\u2014](?:(?<=\s-)-?(?=\s)|(?<=\s\u2014)(?=\s)|(?<=\S\u2014)(?=\S))"
)


def normalise_typography(line: str) -> str:
    """The line with the characters above in their one spelling (NFC first)."""
    line = unicodedata.normalize("NFC", line)
    if _CHANGED.search(line):
        line = line.translate(_TABLE)
    if "\u2013" in line:
        line = _COMPOUND_DASH.sub("-", line)
    if "\u2014" in line:
        line = _CLOSE_EM_DASH.sub(_compound_or_sentence, line)
    return dashes_spaced(line)


def _compound_or_sentence(m: re.Match[str]) -> str:
    """'ASEAN—Japan', 'ASEAN—New Zealand', 'New Zealand—China', 'Mekong—Lancang' joined by a
    hyphen: the knowledge base knows the two words joined as one name, or a state or grouping
    on each side (names of several words read whole); 'Manila—The', 'Philippines—Global
    Affairs Canada' keep the em dash, a sentence dash."""
    from summitry.kb import load_kb

    kb = load_kb()
    left, right = m.group(1), m.group(2)
    if kb.whole(f"{left}-{right}") is not None:
        return left + "-"
    before = m.string[max(0, m.end(1) - 40) : m.end(1)]
    after = kb.find(m.string[m.end() : m.end() + 40])
    compound = (
        any(b.end == len(before) and b.kind in _NAME_KINDS for b in kb.find(before))
        and bool(after)
        and after[0].start == 0
        and after[0].kind in _NAME_KINDS
    )
    return left + ("-" if compound else "\u2014")


def dashes_spaced(line: str) -> str:
    """The line with its sentence dashes as a spaced en dash (ASCII lines too: ' - ')."""
    if ("-" in line or "\u2014" in line) and _DASH_TO_SPACE.search(line):
        line = _SENTENCE_DASH.sub(" \u2013 ", line)
    return line


# a word: a letter, then letters, digits, apostrophes or hyphens
WORD = re.compile(r"[^\W\d_][\w'’-]*")


def headline_as_read(title: str | None, body: str) -> str | None:
    """The headline as extraction reads it (the record keeps it as written): an ALL-CAPS one
    with each word in its most common spelling within the body's sentences ('ASEAN',
    'meeting'), else capitalised; in it and in a Title Case one, the small words after the
    first ('At', 'Of') in lower case, as English writes them in a sentence, unless they open
    a name ('in The Hague', 'General Secretary To Lam')."""
    if not title:
        return title
    caps = _all_caps(title)
    if not (caps or _title_case(title)):
        return title
    if caps:
        counts: dict[str, Counter[str]] = {}
        for m in WORD.finditer(body):
            if not _SENTENCE_START.search(body, max(0, m.start() - 3), m.start()):
                counts.setdefault(m.group().casefold(), Counter())[m.group()] += 1
        spellings = {
            key: max(seen, key=lambda w: (seen[w], _capitals(w))) for key, seen in counts.items()
        }
        title = WORD.sub(
            lambda m: spellings.get(m.group().casefold(), m.group().capitalize()), title
        )
    return _small_word().sub(
        lambda m: m.group() if _opens_name(m, body) else m.group().lower(), title
    )


def unshout(line: str) -> str:
    """'REPUBLIC OF SINGAPORE' -> 'Republic of Singapore': a line in capitals with each word
    capitalised and the small words after the first in lower case; any other line as it is."""
    if not line.isupper():
        return line
    return _small_word().sub(lambda m: m.group().lower(), line.title())


def _opens_name(m: re.Match[str], body: str) -> bool:
    """The small word opens a place or a state the knowledge base knows ('The Hague', 'The
    Gambia'), or is a family word before a name word that the body writes so ('To Lam', 'An
    Giang')."""
    from summitry.kb import load_kb
    from summitry.kb.people_words import name_words

    text = m.string
    found = load_kb().find(text[m.start() : m.start() + 40], kinds=_PLACE_KINDS)
    if found and found[0].start == 0 and found[0].end > m.end() - m.start():
        return True
    nxt = WORD.match(text, m.end() + 1)
    if m.group() not in name_words().family_words or nxt is None or not nxt.group()[0].isupper():
        return False
    phrase = re.compile(rf"{re.escape(text[m.start() : nxt.end()])}\b")
    return any(
        not _SENTENCE_START.search(body, max(0, w.start() - 3), w.start())
        for w in phrase.finditer(body)
    )


_SENTENCE_START = re.compile(r"(?:^|[.!?:\n][\"“”’)]?\s*)$")


@cache
def _small_word() -> re.Pattern[str]:
    """A capitalised small word of the lexicon ('Of', 'The') inside a headline, after a word."""
    words = "|".join(sorted((w.capitalize() for w in lexicon().small_words), key=len, reverse=True))
    return re.compile(rf"(?<=[\w,)’'] )(?:{words})\b(?!['’-])")


_PLACE_KINDS = frozenset({"country", "city", "place"})
_WHOLE_WORD = re.compile(r"(?<![\w'’-])[^\W\d_][\w'’-]*")  # not the 'rd' of '23rd'


def _title_case(text: str) -> bool:
    """Every word but the small ones ('of', 'the') begins with a capital."""
    words = [w for w in _WHOLE_WORD.findall(text) if w.casefold() not in lexicon().small_words]
    return bool(words) and all(w[0].isupper() for w in words)


def _all_caps(text: str) -> bool:
    """Nine in ten cased letters are capitals, over at least three words."""
    cased = [c for c in text if c.isupper() or c.islower()]
    upper = sum(c.isupper() for c in cased)
    return len(WORD.findall(text)) >= 3 and upper * 10 >= len(cased) * 9


def _capitals(word: str) -> int:
    return sum(c.isupper() for c in word)
