"""What a search term means: entity ids (country, organisation, initiative, person) and the
words a sentence may name it by."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection, select

from summitry.kb.load import load_kb
from summitry.query.person_ref import resolve_person
from summitry.resolve.corrections import Corrections, aliases_of
from summitry.resolve.keys import (
    acronym_of,
    canonical_initiative,
    country_id,
    initiative_id,
    org_id,
)
from summitry.store.schema import entity_refs

__all__ = ["Term", "acronym_of", "expand_term"]

KINDS = ("person", "initiative", "meeting", "org", "country", "series")


@dataclass(slots=True)
class Term:
    """ids: entity ids the term means; needles: lower-case forms to find its sentence by."""

    text: str
    ids: set[str] = field(default_factory=set)
    needles: list[str] = field(default_factory=list)


def expand_term(conn: Connection, text: str, corrections: Corrections | None = None) -> Term:
    """The term's entity ids (kb country, organisation, initiative, stored acronym, person)."""
    term = Term(text.strip())
    kb = load_kb()
    forms = {term.text}
    if term.text.split(":", 1)[0] in KINDS and ":" in term.text:
        term.ids.add(term.text)
    else:
        code = term.text.upper() if term.text.upper() in kb.countries else None
        if code is None:
            code = _country_named(term.text)
        if code:
            term.ids.add(country_id(code))
            country = kb.countries[code]
            forms |= {n for n in (country.name, *country.aliases) if len(n) > 2}
        if org := kb.organization_key(term.text):
            term.ids.add(org_id(org))
            forms.add(org)
        name = canonical_initiative(term.text)
        term.ids.add(initiative_id(term.text))
        forms |= {name, *kb.initiatives.get(name, ())}
        if name not in kb.initiatives and term.text.isalnum() and 2 <= len(term.text) <= 10:
            term.ids |= _stored_with_acronym(conn, term.text.upper())
        who = resolve_person(conn, term.text, corrections)
        if who.id is not None and len(term.text.split()) > 1:
            term.ids.add(who.id)
    term.ids = {a for i in term.ids for a in aliases_of(i, corrections)}
    term.needles = sorted(
        {f.lower() for f in forms if f}, key=lambda f: (f != text.lower(), -len(f))
    )
    return term


def _country_named(text: str) -> str | None:
    """The country a name means; a city only where it is the country's own name (Singapore),
    not the country it lies in (Lima is no name of Peru)."""
    kb = load_kb()
    code = kb.country_code(text)
    if code is None or text not in kb.cities:
        return code
    country = kb.countries[code]
    return code if text.lower() in {n.lower() for n in (country.name, *country.aliases)} else None


def _stored_with_acronym(conn: Connection, acronym: str) -> set[str]:
    """Initiatives stored under a long name whose initials spell the acronym (an index lookup)."""
    stmt = select(entity_refs.c.entity_id).where(
        entity_refs.c.acronym == acronym, entity_refs.c.kind == "initiative"
    )
    return set(conn.execute(stmt.distinct()).scalars())
