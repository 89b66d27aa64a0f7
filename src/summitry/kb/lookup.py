"""Name -> key indexes behind country_code(), organization_key(), forum_key() and series_for()."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping

from summitry.kb.matcher import normalise
from summitry.kb.model import Country, Forum, Organization, Series
from summitry.kb.surfaces import forum_surfaces

_LEADING = re.compile(r"^(?:the\s+)?(?:(?:\d+(?:st|nd|rd|th)|\d{4})\s+)*", re.IGNORECASE)
_TRAILING_PARENS = re.compile(r"\s*\([^()]*\)\s*$")
_THE = re.compile(r"^the\s+", re.IGNORECASE)
_NAMES_KEPT = 4096  # names whose cleaned and series forms are kept


@functools.lru_cache(maxsize=_NAMES_KEPT)
def clean(name: str) -> str:
    """Trimmed, single-spaced, ASCII-quoted name without a leading 'the' (kept for the names
    looked up most: a page asks for the same few names many times)."""
    text = " ".join(normalise(name).split())
    return _THE.sub("", text)


def is_acronym(name: str) -> bool:
    """Short all-capital forms (US, UN, ROK, WHO) are only safe as written."""
    letters = [c for c in name if c.isalpha()]
    return len(letters) <= 4 and all(c.isupper() for c in letters)


class NameIndex:
    """Exact lookups first, then case-insensitive ones for names that are not acronyms."""

    def __init__(self) -> None:
        self.exact: dict[str, str] = {}
        self.folded: dict[str, str] = {}

    def add(self, name: str, key: str) -> None:
        """Record name -> key; the first key given for a name wins."""
        name = clean(name)
        self.exact.setdefault(name, key)
        if not is_acronym(name):
            self.folded.setdefault(name.casefold(), key)

    def get(self, name: str) -> str | None:
        """The key for a name as written, else for its case-folded form."""
        name = clean(name)
        return self.exact.get(name) or self.folded.get(name.casefold())


def country_index(countries: Mapping[str, Country], cities: Mapping[str, str]) -> NameIndex:
    """Names and aliases first, then demonyms, then cities (a city maps to its country)."""
    index = NameIndex()
    for c in countries.values():
        for name in (c.code, c.name, *c.aliases):
            index.add(name, c.code)
    for c in countries.values():
        for demonym in c.demonyms:
            index.add(demonym, c.code)
    for city, code in cities.items():
        index.add(city, code)
    return index


def organization_index(organizations: Mapping[str, Organization]) -> NameIndex:
    """Key, long name and aliases of every organisation."""
    index = NameIndex()
    for org in organizations.values():
        for name in (org.key, org.name, *org.aliases):
            index.add(name, org.key)
    return index


def forum_index(forums: Mapping[str, Forum]) -> NameIndex:
    """Canonical names and aliases of every forum."""
    index = NameIndex()
    for forum in forums.values():
        for name in (forum.name, *forum.aliases):
            index.add(name, forum.name)
    return index


@functools.lru_cache(maxsize=_NAMES_KEPT)
def series_key(name: str) -> str:
    """Comparison form of a meeting name: no ordinal or year, quotes, hyphens or case."""
    text = _TRAILING_PARENS.sub("", clean(name))
    text = _LEADING.sub("", text).casefold().replace("'", "").replace("-", " ")
    return " ".join(text.split())


class SeriesIndex:
    """Full names, '<forum> <alias>' forms, and forum-less aliases -> Series."""

    def __init__(self, series: Iterable[Series], forums: Mapping[str, Forum]) -> None:
        self.full: dict[str, list[Series]] = {}
        self.in_forum: dict[tuple[str, str], Series] = {}
        self.alias: dict[str, list[Series]] = {}
        for s in series:
            self._add(self.full, s.name, s)
            forum = forums.get(s.forum)
            for short in (*s.aliases, *s.acronyms):
                self._add(self.alias, short, s)
                self.in_forum.setdefault((s.forum, series_key(short)), s)
                for prefix in forum_surfaces(forum) if forum else ():
                    self._add(self.full, f"{prefix} {short}", s)

    @staticmethod
    def _add(table: dict[str, list[Series]], name: str, s: Series) -> None:
        bucket = table.setdefault(series_key(name), [])
        if s not in bucket:
            bucket.append(s)

    def get(self, name: str, forum: str | None) -> Series | None:
        """The series a name means, in the given forum where one is given."""
        key = series_key(name)
        full = self.full.get(key, [])
        if forum is not None:
            hit = self.in_forum.get((forum, key))
            if hit is not None:
                return hit
            in_forum = [s for s in full if s.forum == forum]
            return in_forum[0] if in_forum else None
        if len(full) == 1:
            return full[0]
        aliases = self.alias.get(key, [])
        return aliases[0] if len(aliases) == 1 else None

    def by_alias(self, alias: str) -> list[Series]:
        """Every series a forum-less alias or acronym may mean."""
        return list(self.alias.get(series_key(alias), []))
