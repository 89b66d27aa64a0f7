"""Venues the knowledge base knows by name ('held at the Kremlin', 'in the Great Hall of the
People'), and the city and state such a venue is in, for a text that names no city."""

from __future__ import annotations

import re
from dataclasses import dataclass

from summitry.extract.lookups import first_match
from summitry.extract.patterns import word_start
from summitry.kb.cues import NOTHING
from summitry.kb.vocab import KnownVenue, venue_words

__all__ = ["VenueSpan", "home_within", "known_venue", "room_of_known", "venue_home"]


def _names() -> str:
    names = {n for v in venue_words().known for n in (v.name, *v.aliases)}
    return "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n))) or NOTHING


_BY_NAME: dict[str, KnownVenue] = {
    n.casefold(): v for v in venue_words().known for n in (v.name, *v.aliases)
}
# the name, not the start of a longer one: no capitalised word but a weekday after it
_LONGER = r"(?!\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z]\w)"
_NAME = (
    rf"(?:the\s+)?(?P<known>{_names()})(?![\w’'-]){_LONGER}"
    r"(?:\s*\((?P<acr>[A-Z]{2,8})\))?"
)
# "at the Kremlin", "in the Great Hall of the People", opening with its letters (see _VENUE)
_KNOWN = re.compile(rf"(?:{word_start('at', 'in')})\s+{_NAME}")
_KNOWN_AT = re.compile(rf"(?:at|in)\s+{_NAME}")  # less the \b: at a window's start
# a known name inside a venue's: "the Kremlin's St Andrew Hall", "the Grand Kremlin Palace"
_WITHIN = re.compile(rf"(?<![\w-])(?:{_names()})(?![\w-])")
# "Ballroom Hall 1-2 of the Queen Sirikit National Convention Centre": a room of the venue
_ROOM_OF = re.compile(rf"[\s\d–-]*+,?\s*of\s+{_NAME}")


@dataclass(frozen=True, slots=True)
class VenueSpan:
    """A venue's name as written, where it starts and where its match ends (page offsets)."""

    name: str
    start: int
    end: int


def _span(m: re.Match[str]) -> VenueSpan:
    return VenueSpan(m.group("known"), m.start("known"), m.end())


def known_venue(text: str, start: int, end: int) -> VenueSpan | None:
    """The first known venue named after 'at' or 'in' in text[start:end]."""
    m = _KNOWN_AT.match(text, start, end) if start < end else None
    if m is None:
        found = first_match(_KNOWN, text, start + 1, end)
        m = _KNOWN.match(text, found, end) if found is not None else None
    return _span(m) if m else None


def room_of_known(text: str, at: int, end: int) -> VenueSpan | None:
    """The known venue whose room or hall ends at offset at ('... Hall 1-2 of the QSNCC')."""
    m = _ROOM_OF.match(text, at, end)
    return _span(m) if m else None


def venue_home(venue: str | None) -> KnownVenue | None:
    """The known venue of that name, with its city and state, or None."""
    return _BY_NAME.get(venue.casefold()) if venue else None


def home_within(venue: str) -> KnownVenue | None:
    """Where the known venue named inside a venue's name is ('the Kremlin's St Andrew Hall')."""
    m = _WITHIN.search(venue)
    return _BY_NAME.get(m.group().casefold()) if m else None
