"""Gazetteer entities: one scan of the knowledge base's automaton over the body.

Countries come from country names, aliases and demonyms ("Peruvian"); organisations from
names and acronyms, except groupings that exist only as meeting forums ("ASEAN Plus Three").
"""

from __future__ import annotations

from summitry.extract.context import Context
from summitry.kb import load_kb

__all__ = ["gazetteer_entities"]


def gazetteer_entities(ctx: Context) -> None:
    """Fill ctx.matches and the record's countries and organizations, once each, in order."""
    kb = load_kb()
    ctx.matches = kb.find(ctx.text)
    countries: list[str] = []
    organizations: list[str] = []
    for mt in ctx.matches:
        if mt.kind in ("country", "demonym") and mt.key not in countries:
            countries.append(mt.key)
        elif mt.kind == "organization" and mt.key not in organizations:
            organizations.append(mt.key)
    ctx.record.countries = countries
    ctx.record.organizations = organizations
