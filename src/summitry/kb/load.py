"""Load the knowledge base from the package's YAML files and search texts with it.

find() returns one Match per span: a surface that is both an organisation and a forum
("APEC", "ASEAN", "ARF", "WTO") comes back as "organization" (kb.forum_key(m.key) gives
the forum); generic meeting words ("Summit", "SOM") only as "series_alias", when asked.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Container
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import ahocorasick

from summitry.kb import data, surfaces
from summitry.kb.data import ActTable
from summitry.kb.lookup import NameIndex, SeriesIndex, country_index, forum_index
from summitry.kb.lookup import organization_index as _organization_index
from summitry.kb.matcher import Matcher
from summitry.kb.model import PHRASE, Country, Forum, Match, Organization, Series
from summitry.user_cache import cached, digest, file_stamp

__all__ = ["KnowledgeBase", "Match", "load_kb"]


@dataclass(eq=False)
class KnowledgeBase:
    """Domain data (countries, organisations, forums, series, titles, acts...) and its matcher."""

    countries: dict[str, Country]
    organizations: dict[str, Organization]
    forums: dict[str, Forum]
    series: list[Series]
    cities: dict[str, str]
    acts: dict[str, str]
    non_acts: frozenset[str]
    title_heads: tuple[str, ...]
    honorifics: tuple[str, ...]
    rotations: dict[str, dict[int, str]]
    currencies: dict[str, str]
    act_forms: dict[str, str] = field(default_factory=dict)
    title_full_forms: tuple[str, ...] = ()
    title_short_forms: dict[str, str] = field(default_factory=dict)
    title_abbreviations: dict[str, str] = field(default_factory=dict)  # 'PM' -> 'Prime Minister'
    title_complements: tuple[str, ...] = ()
    initiatives: dict[str, tuple[str, ...]] = field(default_factory=dict)
    places: dict[str, str | None] = field(default_factory=dict)
    place_aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    phrases: tuple[str, ...] = ()
    series_blockers: tuple[str, ...] = ()
    act_table: ActTable = field(default_factory=ActTable, repr=False)
    ambiguous_currencies: dict[str, tuple[str, ...]] = field(default_factory=dict)
    matcher: Matcher | None = field(default=None, repr=False)

    @functools.cached_property
    def _countries(self) -> NameIndex:
        """Country names, aliases, demonyms and cities -> alpha-3 (built on first use, or
        with the kb)."""
        return country_index(self.countries, self.cities)

    @functools.cached_property
    def _organizations(self) -> NameIndex:
        """Organisation keys, names and aliases -> key (built on first use, or with the kb)."""
        return _organization_index(self.organizations)

    @functools.cached_property
    def _forums(self) -> NameIndex:
        """Forum names and aliases -> canonical forum (built on first use, or with the kb)."""
        return forum_index(self.forums)

    @functools.cached_property
    def _series(self) -> SeriesIndex:
        """Meeting names and aliases -> Series (built on first use, or with the kb)."""
        return SeriesIndex(self.series, self.forums)

    def find(self, text: str, kinds: Container[str] | None = None) -> list[Match]:
        """Every kb entry named in text: word-bounded, leftmost-longest, sorted by start.

        kinds=None returns every kind but "series_alias"; pass a set to choose (overlaps are
        then resolved among the kinds asked for, plus places and blocking phrases).
        """
        if self.matcher is None:
            self.matcher = build_matcher(self)
        return self.matcher.find(text, kinds)

    def whole(self, text: str, kinds: Container[str] | None = None) -> Match | None:
        """The entry text names as a whole ('APEC', 'Peru'), as find() would give it; not acts."""
        if self.matcher is None:
            self.matcher = build_matcher(self)
        return self.matcher.whole(text, kinds)

    def country_code(self, name: str) -> str | None:
        """Alpha-3 for a country name, alias, demonym or city (acronyms only as written)."""
        return self._countries.get(name)

    def organization_key(self, name: str) -> str | None:
        """Canonical key (acronym) for an organisation's key, name or alias."""
        return self._organizations.get(name)

    def forum_key(self, name: str) -> str | None:
        """Canonical forum name for a forum's name or alias ('ASEAN-Korea' -> 'ASEAN-ROK')."""
        return self._forums.get(name)

    def series_for(self, name: str, forum: str | None = None) -> Series | None:
        """The series a meeting name means ('35th APEC Ministerial Meeting', 'SOM' + 'ASEAN')."""
        if forum is not None:
            forum = self.forum_key(forum) or forum
        return self._series.get(name, forum)

    def series_by_alias(self, alias: str) -> list[Series]:
        """Every series a forum-less alias or acronym may mean ('SOM' -> APEC SOM, ASEAN SOM...)."""
        return self._series.by_alias(alias)


def build_matcher(kb: KnowledgeBase) -> Matcher:
    """One automaton over every surface of every kind in the knowledge base."""
    pairs = itertools.chain(
        surfaces.country_pairs(kb.countries, kb.cities),
        surfaces.organization_pairs(kb.organizations),
        surfaces.forum_pairs(kb.forums),
        surfaces.series_pairs(kb.series, kb.forums),
        surfaces.series_alias_pairs(kb.series),
        surfaces.blocker_pairs(kb.forums, kb.series_blockers),
        surfaces.named_pairs("initiative", kb.initiatives),
        surfaces.named_pairs("place", kb.place_aliases),
        surfaces.named_pairs(PHRASE, {p: () for p in kb.phrases}),
        surfaces.named_pairs(
            "title",
            {t: () for t in (*kb.title_heads, *kb.title_full_forms, *kb.title_abbreviations)},
        ),
        surfaces.named_pairs("honorific", {h: () for h in kb.honorifics}),
        surfaces.simple_pairs("currency", kb.currencies),
        surfaces.act_pairs(kb.act_table),
    )
    return Matcher(pairs, kb.act_table.objects, kb.act_table.modifiers)


@functools.cache
def load_kb() -> KnowledgeBase:
    """The knowledge base of the package, loaded and compiled once per process, or read
    back from the user's cache when an earlier process built it from the same files."""
    return cached("kb", _source_key(), _build_kb)


def _source_key() -> str:
    """A hash of what the knowledge base is built from: its data files, the code here and
    the build of the automaton's library."""
    folder = resources.files("summitry.kb")
    names = sorted(p.name for p in folder.iterdir() if p.name.endswith((".yaml", ".py")))
    parts: list[bytes | str] = [file_stamp(Path(ahocorasick.__file__ or ""))]
    for name in names:
        parts += [name, folder.joinpath(name).read_bytes()]
    return digest(parts)


def _build_kb() -> KnowledgeBase:
    """The knowledge base read from the package's YAML files, its matcher and look-up
    tables built."""
    countries, ambiguous_cities = data.parse_countries(data.read_yaml("countries"))
    forums_doc = data.read_yaml("forums")
    titles = data.read_yaml("titles")
    acts_doc = data.read_yaml("acts")
    acts = data.parse_acts(acts_doc)
    currencies, ambiguous = data.parse_currencies(data.read_yaml("currencies"))
    places_doc = data.read_yaml("places")
    kb = KnowledgeBase(
        countries=countries,
        organizations=data.parse_organizations(data.read_yaml("organizations")),
        forums=data.parse_forums(forums_doc),
        series=data.parse_series(forums_doc),
        cities=_cities(countries, ambiguous_cities),
        acts=acts.acts,
        non_acts=acts.non_acts,
        title_heads=tuple(titles["heads"]),
        honorifics=tuple(titles["honorifics"]),
        rotations=data.parse_rotations(data.read_yaml("rotations")),
        currencies=currencies,
        act_forms=acts.forms,
        act_table=acts,
        title_full_forms=tuple(titles.get("full_forms", ())),
        title_short_forms=dict(titles.get("short_forms", {})),
        title_abbreviations={
            str(k): str(v) for k, v in acts_doc.get("title_abbreviations", {}).items()
        },
        title_complements=tuple(titles.get("complements", ())),
        initiatives=data.parse_named(data.read_yaml("initiatives"), "initiatives"),
        places={str(p["name"]): p.get("country") for p in places_doc["places"]},
        place_aliases=data.parse_named(places_doc, "places"),
        phrases=tuple(places_doc.get("phrases", ())),
        series_blockers=tuple(forums_doc.get("series_blockers", ())),
        ambiguous_currencies=ambiguous,
    )
    kb.matcher = build_matcher(kb)
    for index in _INDEXES:  # built with it, so each process reads them back from the cache
        getattr(kb, index)
    return kb


# the look-up tables KnowledgeBase builds on first use; _build_kb builds them so that the
# cache entry holds them
_INDEXES = ("_countries", "_organizations", "_forums", "_series")


def _cities(countries: dict[str, Country], ambiguous: frozenset[str]) -> dict[str, str]:
    """City name -> alpha-3 for capitals and listed cities, less the ambiguous names."""
    table: dict[str, str] = {}
    for c in countries.values():
        for city in (c.capital, *c.cities):
            if city and city not in ambiguous:
                table.setdefault(city, c.code)
    return table
