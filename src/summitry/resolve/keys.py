"""Stable ids of canonical entities: people, initiatives, organisations, countries, meetings.

An id is '<kind>:<key>'; the key is built from the name alone (plus the knowledge base), so
the same name gives the same id on every machine and after every re-ingest.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from summitry.kb.load import KnowledgeBase, load_kb
from summitry.kb.lookup import series_key as _series_text

__all__ = [
    "norm",
    "acronym_of",
    "country_id",
    "initiative_id",
    "meeting_key",
    "name_tokens",
    "org_id",
    "person_id",
    "series_id",
    "series_slug",
    "slug",
]

_STOP = {"of", "the", "and", "for", "in", "on", "to", "a", "an"}
_SPLIT = re.compile(r"[\s\-\u2013/]+")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_HONORIFIC = re.compile(r"^(?:h\.?\s?e\.?|mr|mrs|ms|dr|prof|his excellency|her excellency)\.?\s+")


def ascii_fold(text: str) -> str:
    """'Desilú León' -> 'Desilu Leon': accents dropped, curly quotes straightened."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def slug(text: str) -> str:
    """'ASEAN-ROK Foreign Ministers' Meeting' -> 'asean-rok-foreign-ministers-meeting'."""
    folded = ascii_fold(text).lower().replace("'", "")
    return _NON_WORD.sub("-", folded).strip("-")


def acronym_of(name: str) -> str:
    """'Free Trade Area of the Asia-Pacific' -> 'FTAAP' (initials of the significant words)."""
    words = [w for w in _SPLIT.split(name) if w and w.lower() not in _STOP]
    return "".join(w[0] for w in words if w[0].isalpha()).upper()


def name_tokens(name: str) -> list[str]:
    """A person's name as comparable tokens: 'KANG, Kyung-wha' -> ['kang', 'kyungwha'].

    Case, accents, honorifics, commas and the hyphen inside a given name do not count.
    """
    text = _HONORIFIC.sub("", ascii_fold(name).lower().strip())
    text = text.replace(",", " ").replace("-", "").replace("'", "").replace(".", " ")
    return [t for t in (_NON_WORD.sub("", w) for w in text.split()) if t]


def person_id(name: str) -> str | None:
    """'Kang Kyung-wha', 'Kang, Kyung-wha', 'KANG Kyung-wha' -> 'person:kang-kyungwha'.

    Tokens keep their order, except that a comma-inverted Western form has none to keep, so
    the key sorts them: 'Blinken, Antony' and 'Antony Blinken' are one person.
    """
    tokens = name_tokens(name)
    if not tokens:
        return None
    return "person:" + "-".join(sorted(tokens))


def country_id(code: str) -> str:
    """'KOR' -> 'country:KOR'."""
    return f"country:{code.upper()}"


def org_id(key: str) -> str:
    """'APEC' -> 'org:apec'."""
    return f"org:{slug(key)}"


@functools.cache
def _initiative_names() -> dict[str, str]:
    """Every kb initiative name and alias (and the acronym of each name) -> canonical name."""
    kb = load_kb()
    table: dict[str, str] = {}
    for name, aliases in kb.initiatives.items():
        for form in (name, *aliases):
            table.setdefault(_initiative_text(form), name)
    for name, aliases in kb.initiatives.items():
        for form in (name, *aliases):
            table.setdefault(_initiative_text(acronym_of(form)), name)
    return table


def _initiative_text(name: str) -> str:
    """Comparison form: no articles, case, quotes, hyphens or punctuation."""
    words = [w for w in _SPLIT.split(slug(name).replace("-", " ")) if w and w != "the"]
    return " ".join(words)


@functools.lru_cache(maxsize=4096)
def canonical_initiative(name: str) -> str:
    """The kb's canonical name for an initiative (by name, alias or acronym), else the name.

    'Free Trade Agreement Asia Pacific' has the initials of FTAAP, an alias of the Free Trade
    Area of the Asia-Pacific, so it is that initiative.
    """
    table = _initiative_names()
    found = table.get(_initiative_text(name))
    if found is None and len(name.split()) > 2:
        found = table.get(_initiative_text(acronym_of(name)))
    return found or name.strip()


@functools.lru_cache(maxsize=4096)
def initiative_id(name: str) -> str:
    """FTAAP or its long form -> initiative:free-trade-area-of-asia-pacific (kb name slug)."""
    return "initiative:" + _initiative_text(canonical_initiative(name)).replace(" ", "-")


def series_slug(name: str, forum: str | None, kb: KnowledgeBase | None = None) -> str:
    """The series a meeting name belongs to, as a slug: the kb's series name where it knows it."""
    kb = kb or load_kb()
    known = kb.series_for(name, forum)
    if known is not None:
        return slug(known.name)
    text = _series_text(name)
    if forum and forum.lower() not in text and forum.lower().replace("-", " ") not in text:
        text = f"{forum} {text}"
    return slug(text)


def series_id(name: str, forum: str | None) -> str:
    """'APEC Ministerial Meeting' -> 'series:apec-ministerial-meeting'."""
    return f"series:{series_slug(name, forum)}"


def meeting_key(series: str, ordinal: int | None, start: str | None, where: str) -> str:
    """'meeting:<series>-<ordinal>', else '-<start date>', else '-<where>' (one page's row)."""
    if ordinal is not None:
        return f"meeting:{series}-{ordinal}"
    if start:
        return f"meeting:{series}-{start}"
    return f"meeting:{series}-{where}"


def norm(text: str | None) -> str:
    """Lower case, curly quotes straightened and apostrophes dropped, spaces collapsed."""
    text = (text or "").replace("\u2019", "'").replace("'", "").lower()
    return " ".join(text.split())
