"""Evidence for the record's countries, organisations and initiatives: the record keeps them
as plain strings (shared/spec/record.md), so their offsets are found here, at ingest, as
the first place the page's body names each one."""

from __future__ import annotations

import re

from summitry.kb.load import load_kb
from summitry.record import Evidence, Record

__all__ = ["MENTION_KINDS", "mention_offsets"]

# (mention kind, record attribute, kb kinds whose key is the record's value)
MENTION_KINDS = (
    ("country", "countries", frozenset({"country", "demonym"})),
    ("organization", "organizations", frozenset({"organization"})),
    ("initiative", "initiatives", frozenset({"initiative"})),
)
_KB_KINDS = frozenset({"country", "demonym", "organization", "initiative"})
# The only characters beyond ASCII that re.IGNORECASE matches to ASCII ones ('İ', 'ı', 'ſ',
# the Kelvin sign): in a text without them, an ASCII value matches only where its lower
# case occurs in the text's lower case.
_FOLD_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")


def mention_offsets(record: Record) -> dict[tuple[str, int], Evidence]:
    """(kind, index in its list) -> (start, end) of the first words of the body naming it:
    the knowledge base's first match with its key, else the value itself as whole words."""
    text = record.document.text or ""
    if not text or not (record.countries or record.organizations or record.initiatives):
        return {}
    first: dict[tuple[str, str], Evidence] = {}
    for m in load_kb().find(text, _KB_KINDS):
        first.setdefault((m.kind, m.key), (m.start, m.end))
    found: dict[tuple[str, int], Evidence] = {}
    lower = None if any(c in text for c in _FOLD_TO_ASCII) else text.lower()
    for kind, attr, kb_kinds in MENTION_KINDS:
        for idx, value in enumerate(getattr(record, attr)):
            hits = [first[(k, value)] for k in kb_kinds if (k, value) in first]
            at = min(hits) if hits else _words_at(text, value, lower)
            if at is not None:
                found[(kind, idx)] = at
    return found


def _words_at(text: str, value: str, lower: str | None = None) -> Evidence | None:
    """The first whole-word occurrence of value in text, exact case first, then any case
    (`lower`: text.lower(), given when text holds none of _FOLD_TO_ASCII)."""
    if not value or len(value) < 2:
        return None
    pattern = rf"(?<!\w){re.escape(value)}(?!\w)"
    found = _first_words(re.compile(pattern), text, text, value)
    if found is not None:
        return found
    if lower is not None and value.isascii():  # lower is text.lower(), index for index
        return _first_words(re.compile(pattern, re.IGNORECASE), text, lower, value.lower())
    m = re.search(pattern, text, re.IGNORECASE)
    return (m.start(), m.end()) if m else None


def _first_words(pattern: re.Pattern[str], text: str, hay: str, needle: str) -> Evidence | None:
    """pattern.search(text) for a pattern that is needle between word boundaries, tried only
    where needle occurs in hay (text or its lower case), since a look-behind at its start
    would make a plain search try every place of the text."""
    at = hay.find(needle)
    while at >= 0:
        m = pattern.match(text, at)
        if m:
            return m.start(), m.end()
        at = hay.find(needle, at + 1)
    return None
