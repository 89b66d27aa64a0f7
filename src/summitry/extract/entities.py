"""Gazetteer entities: one scan of the knowledge base's automaton over the body.

Countries come from country names, aliases and demonyms ("Peruvian"), also inside a meeting's
or a two-party forum's name ("ASEAN-Australia Summit" -> AUS); organisations from
names and acronyms, also where a longer match holds them: a forum named on its own is also an
organisation ("the East Asia Summit", "the UN General Assembly"), though not when it only
opens a meeting's name ("the ASEAN Plus Three Summit"); a title names its body ("Secretary-
General of ASEAN" -> ASEAN), and a two-party forum its grouping ("ASEAN-ROK" -> ASEAN).
"""

from __future__ import annotations

from summitry.extract.context import Context
from summitry.kb import KnowledgeBase, load_kb
from summitry.kb.model import Match

__all__ = ["gazetteer_entities"]

# Longer matches that may hold an organisation's name (an initiative only by its acronym).
_HOLDERS = frozenset({"forum", "title"})
_COUNTRY_KINDS = frozenset({"country", "demonym"})


def gazetteer_entities(ctx: Context) -> None:
    """Fill ctx.matches and the record's countries and organizations, once each, in order."""
    kb = load_kb()
    ctx.matches = kb.find(ctx.text)
    countries: list[str] = []
    organizations: list[str] = []
    for mt in ctx.matches:
        for key in _countries_in(mt, kb):
            if key not in countries:
                countries.append(key)
        for key in _organizations_in(mt, kb):
            if key not in organizations:
                organizations.append(key)
    ctx.record.countries = countries
    ctx.record.organizations = organizations


def _organizations_in(mt: Match, kb: KnowledgeBase) -> list[str]:
    """The organisation a match is, or those named inside a forum, title or initiative."""
    if mt.kind == "organization":
        return [mt.key]
    if mt.kind == "series":  # 'East Asia Summit' is a meeting series and a body
        key = kb.organization_key(mt.surface)
        return [key] if key else []
    if mt.kind in _HOLDERS:
        return [inner.key for inner in kb.find(mt.surface, {"organization"})]
    if mt.kind == "initiative":  # 'ASEAN Economic Community', not 'United Nations Convention'
        return [m.key for m in kb.find(mt.surface, {"organization"}) if m.surface.isupper()]
    return []


def _countries_in(mt: Match, kb: KnowledgeBase) -> list[str]:
    """The country a match names, or those named inside a meeting's or a two-party forum's
    name ("ASEAN-New Zealand Commemorative Summit" -> NZL, "ASEAN and China" -> CHN)."""
    if mt.kind in ("country", "demonym"):
        return [mt.key]
    if mt.kind in ("series", "forum"):
        return [inner.key for inner in kb.find(mt.surface, _COUNTRY_KINDS)]
    return []
