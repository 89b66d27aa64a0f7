"""Word lists that find initiatives and outcomes by their shape (initiatives.yaml,
outcomes.yaml), amounts (currencies.yaml), statements (acts.yaml) and venues (places.yaml)."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any

from summitry.kb.cues import alternation
from summitry.kb.data import read_yaml
from summitry.kb.model import ACT_CLASSES

__all__ = [
    "AmountWords",
    "OrganizationWords",
    "InitiativeWords",
    "KnownVenue",
    "OutcomeWords",
    "StatementWords",
    "VenueWords",
    "amount_words",
    "initiative_words",
    "organization_words",
    "outcome_words",
    "statement_words",
    "venue_words",
]


def _words(values: object) -> tuple[str, ...]:
    """A YAML list (or nothing) as a tuple of strings."""
    return tuple(str(v) for v in values or ())  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class InitiativeWords:
    """The shape of an initiative's name: its heads, and words that make it something else."""

    heads: tuple[str, ...] = ()
    lower_heads: tuple[str, ...] = ()
    quoted_heads: tuple[str, ...] = ()
    pair_heads: tuple[str, ...] = ()
    generic_words: frozenset[str] = frozenset()
    not_heads: tuple[str, ...] = ()
    verbs: frozenset[str] = frozenset()
    quote_cues: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class OutcomeWords:
    """Outcome actions, the nouns that name them, and what a document is called."""

    actions: tuple[str, ...] = ()
    verbs: dict[str, str] = field(default_factory=dict)  # verb as written -> action
    nouns: dict[str, str] = field(default_factory=dict)
    document_nouns: tuple[str, ...] = ()
    collective_nouns: tuple[str, ...] = ()
    not_texts: tuple[str, ...] = ()
    intent_cues: tuple[str, ...] = ()


@functools.cache
def initiative_words() -> InitiativeWords:
    """initiatives.yaml's shape vocabulary, read once per process."""
    doc = read_yaml("initiatives")
    return InitiativeWords(
        heads=_words(doc.get("heads")),
        lower_heads=_words(doc.get("lower_heads")),
        quoted_heads=_words(doc.get("quoted_heads")),
        pair_heads=_words(doc.get("pair_heads")),
        generic_words=frozenset(_words(doc.get("generic_words"))),
        not_heads=_words(doc.get("not_heads")),
        verbs=frozenset(_words(doc.get("verbs"))),
        quote_cues=_words(doc.get("quote_cues")),
    )


@functools.cache
def outcome_words() -> OutcomeWords:
    """outcomes.yaml, read once per process."""
    doc = read_yaml("outcomes")
    return OutcomeWords(
        actions=_words(doc.get("actions")),
        verbs={
            **{a: a for a in _words(doc.get("actions"))},
            **{str(k): str(v) for k, v in (doc.get("verbs") or {}).items()},
        },
        nouns={str(k): str(v) for k, v in (doc.get("nouns") or {}).items()},
        document_nouns=_words(doc.get("document_nouns")),
        collective_nouns=_words(doc.get("collective_nouns")),
        not_texts=_words(doc.get("not_texts")),
        intent_cues=_words(doc.get("intent_cues")),
    )


@dataclass(frozen=True, slots=True)
class AmountWords:
    """Numbers written as words, the economies whose bare "$" is their own dollar, currency
    forms by where they stand, multipliers, and the words of the names sums go to."""

    number_words: dict[str, float] = field(default_factory=dict)
    dollar_economies: dict[str, str] = field(default_factory=dict)
    forms: tuple[tuple[str, str, str], ...] = ()  # (as written, ISO 4217, pre/post/both)
    bare_dollars: frozenset[str] = frozenset()
    needing_a_sum: frozenset[str] = frozenset()
    multipliers: dict[str, float] = field(default_factory=dict)
    spelled_multipliers: tuple[str, ...] = ()
    fund_heads: frozenset[str] = frozenset()
    fund_heads_lower: tuple[str, ...] = ()
    name_openers: frozenset[str] = frozenset()
    venue_words: frozenset[str] = frozenset()


_POSITIONS = ("pre", "post", "both")


def _amount_forms(doc: dict[str, Any]) -> tuple[tuple[str, str, str], ...]:
    """currencies.yaml amount_forms and amount_codes as (as written, code, where) triples."""
    out = []
    for code, by_place in (doc.get("amount_forms") or {}).items():
        for where, forms in by_place.items():
            if where not in _POSITIONS:
                raise ValueError(f"currencies.yaml amount_forms {code}: no position {where!r}")
            out += [(str(form), str(code), str(where)) for form in forms]
    return (*out, *((code, code, "both") for code in _words(doc.get("amount_codes"))))


@functools.cache
def amount_words() -> AmountWords:
    """currencies.yaml's amount vocabulary, read once per process."""
    doc = read_yaml("currencies")
    return AmountWords(
        number_words={str(k): float(v) for k, v in (doc.get("number_words") or {}).items()},
        dollar_economies={str(k): str(v) for k, v in (doc.get("dollar_economies") or {}).items()},
        forms=_amount_forms(doc),
        bare_dollars=frozenset(_words(doc.get("bare_dollars"))),
        needing_a_sum=frozenset(_words(doc.get("words_needing_a_sum"))),
        multipliers={str(k): float(v) for k, v in (doc.get("multipliers") or {}).items()},
        spelled_multipliers=_words(doc.get("spelled_multipliers")),
        fund_heads=frozenset(_words(doc.get("fund_heads"))),
        fund_heads_lower=_words(doc.get("fund_heads_lower")),
        name_openers=frozenset(_words(doc.get("fund_name_openers"))),
        venue_words=frozenset(_words(doc.get("venue_words"))),
    )


@dataclass(frozen=True, slots=True)
class OrganizationWords:
    """Last words of a body's name, and the words before them that make it a venue."""

    shape_heads: frozenset[str] = frozenset()
    not_before: frozenset[str] = frozenset()


@functools.cache
def organization_words() -> OrganizationWords:
    """organizations.yaml's shape vocabulary, read once per process."""
    doc = read_yaml("organizations")
    return OrganizationWords(
        shape_heads=frozenset(_words(doc.get("shape_heads"))),
        not_before=frozenset(_words(doc.get("not_before"))),
    )


@dataclass(frozen=True, slots=True)
class StatementWords:
    """What opens a commitment, what 'expressed' is followed by, what makes a point of a
    list an agreement, and what announces remarks to come (acts.yaml)."""

    will: tuple[str, ...] = ()  # 'will', 'pledged to'
    expressed: dict[str, str] = field(default_factory=dict)  # 'concern' -> 'criticize'
    expressed_modifiers: tuple[str, ...] = ()  # 'their', 'deep'
    agreed: frozenset[str] = frozenset()  # 'agreed', 'decided'
    shared_nouns: str = ""  # alternation: 'shared prosperity' is no act of sharing
    remarks_verbs: str = ""  # alternation: 'made' (the following remarks), 'stated'
    remarks_nouns: str = ""  # alternation: (the following) 'remarks', 'points'


@functools.cache
def statement_words() -> StatementWords:
    """acts.yaml's statement vocabulary, read once per process."""
    doc = read_yaml("acts")
    expressed = {str(k): str(v) for k, v in (doc.get("expressed") or {}).items()}
    unknown = set(expressed.values()) - set(ACT_CLASSES)
    if unknown:
        raise ValueError(f"acts.yaml expressed: unknown act classes {sorted(unknown)}")
    return StatementWords(
        will=_words(doc.get("will_words")),
        expressed=expressed,
        expressed_modifiers=_words(doc.get("expressed_modifiers")),
        agreed=frozenset(_words(doc.get("agreed_done"))),
        shared_nouns=alternation(list(_words(doc.get("shared_nouns")))),
        remarks_verbs=alternation(list(_words(doc.get("remarks_verbs")))),
        remarks_nouns=alternation(list(_words(doc.get("remarks_nouns")))),
    )


@dataclass(frozen=True, slots=True)
class KnownVenue:
    """A well-known venue, the names it goes by, and the city and state it is in."""

    name: str
    aliases: tuple[str, ...]
    city: str
    country: str


@dataclass(frozen=True, slots=True)
class VenueWords:
    """What a venue's name ends in ('Center', 'Palace'), the words that may stand before
    that ('Convention'), and the venues known by name ('the Kremlin')."""

    kinds: tuple[str, ...] = ()
    heads: tuple[str, ...] = ()
    known: tuple[KnownVenue, ...] = ()


@functools.cache
def venue_words() -> VenueWords:
    """places.yaml's venue vocabulary, read once per process."""
    doc = read_yaml("places")
    known = tuple(
        KnownVenue(str(v["name"]), _words(v.get("aliases")), str(v["city"]), str(v["country"]))
        for v in doc.get("venues") or ()
    )
    return VenueWords(
        kinds=_words(doc.get("venue_kinds")), heads=_words(doc.get("venue_heads")), known=known
    )
