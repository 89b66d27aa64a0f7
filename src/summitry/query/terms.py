"""What a search term may be written as: kb aliases, country codes, acronyms of stored names."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import Connection, select

from summitry.kb.load import load_kb
from summitry.store.schema import mentions

__all__ = ["Term", "acronym_of", "expand_term"]

_STOP = {"of", "the", "and", "for", "in", "on", "to", "a", "an"}
_SPLIT = re.compile(r"[\s\-–/]+")


@dataclass(slots=True)
class Term:
    """needles: lower-case strings to find in text; codes: exact country/organisation codes."""

    text: str
    needles: set[str] = field(default_factory=set)
    codes: set[str] = field(default_factory=set)
    values: set[str] = field(default_factory=set)  # stored mention values known to mean it


def acronym_of(name: str) -> str:
    """'Free Trade Area of the Asia-Pacific' -> 'FTAAP' (initials of the significant words)."""
    words = [w for w in _SPLIT.split(name) if w and w.lower() not in _STOP]
    return "".join(w[0] for w in words if w[0].isalpha()).upper()


def expand_term(conn: Connection, text: str) -> Term:
    """The term, its knowledge-base aliases and code, and the stored names it abbreviates."""
    term = Term(text.strip())
    term.needles.add(term.text.lower())
    _add_kb_variants(term)
    if term.text.isalnum() and 2 <= len(term.text) <= 10:
        term.values |= _stored_with_acronym(conn, term.text.upper())
    term.needles |= {v.lower() for v in term.values}
    return term


def _add_kb_variants(term: Term) -> None:
    """Country name -> alpha-3; organisation alias -> key; initiative alias -> all its names."""
    kb = load_kb()
    text = term.text
    if text.upper() in kb.countries:
        term.codes.add(text.upper())
    elif text not in kb.cities and (code := kb.country_code(text)):
        term.codes.add(code)
    if org := kb.organization_key(text):
        term.codes.add(org)
        term.needles.add(org.lower())
    low = text.lower()
    for name, aliases in kb.initiatives.items():
        names = (name, *aliases)
        if any(n.lower() == low for n in names):
            term.needles |= {n.lower() for n in names}


def _stored_with_acronym(conn: Connection, acronym: str) -> set[str]:
    """Stored initiative and organisation names whose initials spell the acronym."""
    stmt = select(mentions.c.value).distinct().where(mentions.c.kind != "country")
    return {
        v
        for v in conn.execute(stmt).scalars()
        if len(v) > len(acronym) and acronym_of(v) == acronym
    }
