"""Typed records of the knowledge base: what the YAML files describe, and what find() returns."""

from __future__ import annotations

from dataclasses import dataclass

LEVELS = ("leaders", "ministerial", "senior_officials", "working_level", "bilateral", "other")
ACT_CLASSES = ("state", "propose", "request", "urge", "agree", "support", "commit", "criticize")

# Kinds find() can return. When two kinds share one surface ("APEC" is an organisation
# and a forum), the earlier kind in this order wins among the kinds asked for.
KINDS = (
    "series",
    "organization",
    "forum",
    "initiative",
    "country",
    "city",
    "demonym",
    "place",
    "title",
    "honorific",
    "currency",
    "act",
    "series_alias",
)
# Returned by find() when kinds is None: everything but generic meeting words.
DEFAULT_KINDS = frozenset(KINDS) - {"series_alias"}
# Internal kind for word groups that only block shorter matches inside them.
PHRASE = "_phrase"
# Kinds that always take part in overlap resolution, whatever kinds were asked for.
BLOCKING_KINDS = frozenset({"place", PHRASE})


@dataclass(slots=True, unsafe_hash=True)
class Match:
    """One knowledge-base hit in a text: offsets, what it is and its canonical key.

    Never changed once made; not frozen because a frozen dataclass sets each field through
    object.__setattr__, twice as slow, and a page makes hundreds of matches. Hashed by value."""

    start: int  # char offset in the text searched
    end: int  # exclusive
    kind: str  # one of KINDS
    key: str  # canonical key (alpha-3, acronym, forum or series name, act class, ISO code...)
    surface: str  # text[start:end]


@dataclass(frozen=True, slots=True)
class Country:
    """A state or economy with the names texts use for it."""

    code: str
    name: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capital: str | None = None
    cities: tuple[str, ...] = ()
    apec: bool = False
    asean: bool = False
    apec_since: int | None = None
    asean_since: int | None = None


@dataclass(frozen=True, slots=True)
class Organization:
    """An international or national body; forum=True where it also holds meetings."""

    key: str
    name: str
    aliases: tuple[str, ...] = ()
    forum: bool = False


@dataclass(frozen=True, slots=True)
class Forum:
    """A grouping that holds meetings; partners are the states a two-party framework joins."""

    name: str
    aliases: tuple[str, ...] = ()
    parent: str | None = None
    partners: tuple[str, ...] = ()
    combine: bool = True
    meets_as: str | None = None  # the series a bare "31st ASEAN Regional Forum" is a meeting of
    # its name with the members in the other order, which its meetings' names keep where the
    # page writes it so ("Mekong-Lancang Cooperation")
    reordered: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Series:
    """A meeting series: forum-first name, level, acronyms and forum-less aliases."""

    name: str
    forum: str
    level: str
    acronyms: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    cadence: str | None = None


@dataclass(frozen=True, slots=True)
class Entry:
    """What one automaton surface stands for (a surface may stand for several)."""

    kind: str
    key: str
    form: str | None = None  # act surfaces: base, present, past, ing or fixed
