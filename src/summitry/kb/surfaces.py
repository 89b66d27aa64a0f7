"""Turn the parsed knowledge base into (surface, Entry) pairs for the automaton."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from summitry.kb.data import ActTable
from summitry.kb.model import PHRASE, Country, Entry, Forum, Organization, Series

Pair = tuple[str, Entry]


def country_pairs(countries: Mapping[str, Country], cities: Mapping[str, str]) -> Iterator[Pair]:
    """Names and aliases (country), demonyms, and the cities kept in `cities` (-> its code)."""
    for c in countries.values():
        for name in (c.name, *c.aliases):
            yield name, Entry("country", c.code)
        for demonym in c.demonyms:
            yield demonym, Entry("demonym", c.code)
        for city in (c.capital, *c.cities):
            if city and city in cities:
                yield city, Entry("city", c.code)


def organization_pairs(organizations: Mapping[str, Organization]) -> Iterator[Pair]:
    """Key, long name and aliases of every organisation."""
    for org in organizations.values():
        for name in (org.key, org.name, *org.aliases):
            yield name, Entry("organization", org.key)


def forum_pairs(forums: Mapping[str, Forum]) -> Iterator[Pair]:
    """Canonical names and aliases of forums (the bilateral pseudo-forum has none)."""
    for forum in forums.values():
        if forum.combine:
            for name in (forum.name, *forum.aliases):
                yield name, Entry("forum", forum.name)


def forum_surfaces(forum: Forum) -> tuple[str, ...]:
    """Ways a text may write a forum's name before a meeting name."""
    return (forum.name, *forum.aliases) if forum.combine else ()


def series_pairs(series: Iterable[Series], forums: Mapping[str, Forum]) -> Iterator[Pair]:
    """Full series names and '<forum> <alias>' / '<forum> <acronym>' combinations."""
    for s in series:
        entry = Entry("series", s.name)
        forum = forums.get(s.forum)
        prefixes = forum_surfaces(forum) if forum else ()
        if prefixes:  # bilateral series have generic names, found only as aliases
            yield s.name, entry
        for prefix in prefixes:
            for alias in s.aliases:
                yield f"{prefix} {alias}", entry
                yield f"{prefix} {alias.lower()}", entry
            for acronym in s.acronyms:
                if acronym.startswith(f"{prefix} "):  # "EAS SOM" names its forum already
                    yield acronym, entry
                else:
                    yield f"{prefix} {acronym}", entry


def series_alias_pairs(series: Iterable[Series]) -> Iterator[Pair]:
    """Forum-less aliases and acronyms: generic, returned only when asked for.

    Spellings that differ only in quotes, hyphens or case share one key, the fullest one.
    """
    aliases = {a for s in series for a in (*s.aliases, *s.acronyms)}
    canonical: dict[str, str] = {}
    for alias in sorted(aliases, key=lambda a: ("'" not in a, "-" not in a, -len(a), a)):
        canonical.setdefault(_fold(alias), alias)
    for alias in aliases:
        yield alias, Entry("series_alias", canonical[_fold(alias)])


def _fold(name: str) -> str:
    """Comparison form that ignores case, apostrophes and hyphens."""
    return " ".join(name.casefold().replace("'", "").replace("-", " ").split())


def blocker_pairs(forums: Mapping[str, Forum], suffixes: Iterable[str]) -> Iterator[Pair]:
    """'<forum> Dialogue Relations' and the like: not meetings, only blocking."""
    suffixes = tuple(suffixes)
    for forum in forums.values():
        for prefix in forum_surfaces(forum):
            for suffix in suffixes:
                yield f"{prefix} {suffix}", Entry(PHRASE, f"{forum.name} {suffix}")


def named_pairs(kind: str, names: Mapping[str, Iterable[str]]) -> Iterator[Pair]:
    """Canonical name -> aliases tables (initiatives, places): every form keyed by the name."""
    for name, aliases in names.items():
        for surface in (name, *aliases):
            yield surface, Entry(kind, name)


def simple_pairs(kind: str, table: Mapping[str, str]) -> Iterator[Pair]:
    """surface -> key tables (currencies)."""
    for surface, key in table.items():
        yield surface, Entry(kind, key)


def act_pairs(table: ActTable) -> Iterator[Pair]:
    """Act phrases with their class and form; verbs that need an object get key ''."""
    for phrase in table.literal:
        yield phrase, Entry("act", table.acts[phrase], table.forms[phrase])
    for verb in table.objects:
        yield verb, Entry("act", table.acts.get(verb, ""), table.forms[verb])
