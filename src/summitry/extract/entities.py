"""Gazetteer entities: one scan of the knowledge base's automaton over the body.

Countries come from country names, aliases and demonyms ("Peruvian"), also inside a meeting's
or a two-party forum's name ("ASEAN-Australia Summit" -> AUS).

Organisations come from names and acronyms, also where a longer match holds them: a forum
named on its own is also an organisation ("the East Asia Summit", "the UN General Assembly"),
though not when it only opens a meeting's name ("the ASEAN Plus Three Summit"); a title names
its body ("Secretary-General of ASEAN" -> ASEAN), a two-party forum its grouping ("ASEAN-ROK"
-> ASEAN). A body the kb does not know counts where the text spells it out before its acronym.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from summitry.extract.context import Context
from summitry.extract.initiative_shapes import long_form
from summitry.kb import KnowledgeBase, load_kb
from summitry.kb.model import Match
from summitry.kb.vocab import OrganizationWords, organization_words

__all__ = ["gazetteer_entities"]

# Longer matches that may hold an organisation's name (an initiative only by its acronym).
_HOLDERS = frozenset({"forum", "title"})
_COUNTRY_KINDS = frozenset({"country", "demonym"})
_ORGANIZATION_KIND = frozenset({"organization"})

# kb.find over a match's surface with the kinds asked for; pages name the same forums and
# meetings many times, so each surface is scanned once per kinds (the last 4,096 kept).
InnerFind = Callable[[str, frozenset[str]], tuple[Match, ...]]
_PAIR = re.compile(r"\((?P<acr>[A-Z][A-Za-z]{0,12}[A-Z])\)")
_PAIR_REACH = 150  # characters before '(' searched for the long form
_ORDINAL_BEFORE = re.compile(r"\b\d+(?i:st|nd|rd|th)[ \u00a0]+\Z")
_SECRETARIAT = re.compile(r"[ \u00a0]Secretariat\b")


def gazetteer_entities(ctx: Context) -> None:
    """Fill ctx.matches and the record's countries and organizations, once each, in order."""
    kb = load_kb()
    ctx.matches = kb.find(ctx.text)
    inner = _inner_find
    countries = [key for mt in ctx.matches for key in _countries_in(mt, inner)]
    organizations = [
        key for mt in ctx.matches for key in _organizations_in(mt, kb, ctx.text, inner)
    ]
    organizations += _organizations_by_shape(ctx.text, kb)
    ctx.record.countries = list(dict.fromkeys(countries))
    ctx.record.organizations = list(dict.fromkeys(organizations))


@functools.lru_cache(maxsize=4096)
def _inner_find(surface: str, kinds: frozenset[str]) -> tuple[Match, ...]:
    return tuple(load_kb().find(surface, kinds))


def _organizations_by_shape(text: str, kb: KnowledgeBase) -> list[str]:
    """Acronyms of bodies the kb does not know, spelled out before them with a body's last
    word: 'Centre for IMT-GT Subregional Cooperation (CIMT)' -> CIMT."""
    words = organization_words()
    out = []
    for m in _PAIR.finditer(text):
        acronym = m.group("acr")
        name = long_form(text[max(0, m.start() - _PAIR_REACH) : m.start()], acronym)
        if not name or kb.whole(acronym) or kb.whole(name):
            continue
        if _is_body(name.split(), words):
            out.append(acronym)
    return out


def _is_body(name: list[str], words: OrganizationWords) -> bool:
    """Whether a name ends in a body's word ('... Forum'), or has one before 'of', 'for' or
    'on' ('Centre for Biodiversity'); not a venue ('Convention Centre')."""
    for i, word in enumerate(name):
        if word not in words.shape_heads or (i and name[i - 1] in words.not_before):
            continue
        if i == len(name) - 1 or name[i + 1] in ("of", "for", "on"):
            return True
    return False


def _organizations_in(mt: Match, kb: KnowledgeBase, text: str, inner: InnerFind) -> list[str]:
    """The organisation a match is (and its secretariat: 'IORA Secretariat'), or those named
    inside a forum, title or initiative."""
    if mt.kind == "organization":
        if _ORDINAL_BEFORE.search(text, max(0, mt.start - 12), mt.start):
            return []  # 'the 24th ASEAN Regional Forum' is a meeting
        secretariat = _SECRETARIAT.match(text, mt.end)
        return [mt.key, f"{mt.key} Secretariat"] if secretariat else [mt.key]
    if mt.kind == "series":  # 'East Asia Summit' is a meeting series and a body
        key = kb.organization_key(mt.surface)
        return [key] if key else []
    if mt.kind in _HOLDERS:
        return [m.key for m in inner(mt.surface, _ORGANIZATION_KIND)]
    if mt.kind == "initiative":  # 'ASEAN Economic Community', not 'United Nations Convention'
        return [m.key for m in inner(mt.surface, _ORGANIZATION_KIND) if m.surface.isupper()]
    return []


def _countries_in(mt: Match, inner: InnerFind) -> list[str]:
    """The country a match names, or those named inside a meeting's or a two-party forum's
    name ("ASEAN-New Zealand Commemorative Summit" -> NZL, "ASEAN and China" -> CHN)."""
    if mt.kind in ("country", "demonym"):
        return [mt.key]
    if mt.kind in ("series", "forum"):
        return [m.key for m in inner(mt.surface, _COUNTRY_KINDS)]
    return []
