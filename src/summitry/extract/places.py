"""Where a meeting took place: city, country and venue from nearby words.

"in Lima, Peru" -> Lima, PER; "at Queen Sirikit National Convention Center (QSNCC), Bangkok"
-> venue, Bangkok, THA; "at the Kremlin" -> venue, Moscow, RUS (extract.venues). And where
the main meeting met when its own sentence does not say: a place before its name, a
dateline's city, the lead's place; the week's other meetings meet there too.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass

from summitry.extract.context import Context, Sentence
from summitry.extract.lookups import first_match
from summitry.extract.meeting_parts import MeetingMention
from summitry.extract.patterns import POSSESSIVE, Needs
from summitry.extract.place_words import (
    AFTER_DATE,
    CAPITAL,
    CITY_BEFORE_STATE,
    LOCATIVE,
    LOOKBACK,
    VENUE,
    VENUE_AT,
    capital_named,
    unlisted_city,
)
from summitry.extract.venues import (
    VenueSpan,
    home_within,
    known_venue,
    room_of_known,
    venue_home,
)
from summitry.kb import KnowledgeBase, Match
from summitry.kb.cues import meeting_cues
from summitry.kb.vocab import KnownVenue

__all__ = [
    "Place",
    "dateline_city",
    "lead_place",
    "listed_under",
    "may_place",
    "place_before_name",
    "place_near",
    "same_week",
]

# "held the Forum -- the first since ... in the ROK -- in Bishkek": an aside between dashes
_ASIDE = re.compile(r"\s(?:--|—|–)\s[^—–\n]{1,150}?\s(?:--|—|–)\s")


# never changed once made; not frozen, which sets each field through object.__setattr__
@dataclass(slots=True, unsafe_hash=True)
class Place:
    city: str | None = None
    country: str | None = None
    venue: str | None = None


_NEEDS = {VENUE: Needs(VENUE)}  # to skip stretches without its words


def place_near(
    text: str, start: int, end: int, kb: KnowledgeBase, found: Iterable[Match] | None = None
) -> Place:
    """The first place named after a locative ('in', 'at') between start and end.

    found: the knowledge-base matches of text[start:end] where the caller has them (from
    the page's one scan); else that window is scanned here.
    """
    window = text[start:end]
    first = _first_venue(text, start, end)
    span, home = first if first else (None, None)
    venue = span.name if span else None
    venue_end = span.end - start if span else None
    inside = range(span.start - start, span.end - start) if span and home else range(0)
    city = country = None
    asides = _Asides(window)
    for mt in kb.find(window) if found is None else found:
        if mt.kind not in ("city", "country", "demonym") or asides.hold(mt.start):
            continue
        if mt.start in inside:
            continue  # "Hyderabad House" is in New Delhi
        before = window[max(0, mt.start - LOOKBACK) : mt.start]
        if mt.kind == "demonym":
            if city is None and capital_named(kb, window, mt) and LOCATIVE.search(before):
                city, country = kb.countries[mt.key].capital, mt.key
            continue
        after_venue = venue_end is not None and 0 <= mt.start - venue_end <= 4
        if city is None and mt.kind == "country" and (unlisted := unlisted_city(window, mt)):
            city, country = unlisted, mt.key
            continue
        located = LOCATIVE.search(before) or AFTER_DATE.search(
            window, max(0, mt.start - 50), mt.start
        )
        if not (located or after_venue or (city and mt.kind == "country")):
            continue
        if mt.kind == "city" and city is None:
            city, country = mt.surface, mt.key
        elif mt.kind == "country" and city is None and city_state(kb, mt):
            city, country = mt.surface, mt.key  # "in Singapore", "in Macao"
        elif mt.kind == "country" and (city is None or country == mt.key):
            country = country or mt.key
            if city is None and not window.startswith(POSSESSIVE, mt.end):
                break  # "in China's Chongqing": the city may follow
        else:
            break
    if home is not None and city is None and country in (None, home.country):
        city, country = home.city, home.country
    return Place(city, country, venue)


class _Asides:
    """The spans of _ASIDE.finditer(window), found only as far as the places asked about: a
    search for the next one reads no further than the longest aside past the place."""

    def __init__(self, window: str) -> None:
        self._window = window
        self._spans: list[tuple[int, int]] = []
        self._from = 0  # no aside begins in [last span's end, _from)

    def hold(self, at: int) -> bool:
        """Whether an aside holds offset at."""
        while self._from <= at:
            # an aside that begins by at ends by at + _ASIDE_LONGEST: there the cut changes
            # no match of this search
            m = _ASIDE.search(self._window, self._from, at + _ASIDE_LONGEST)
            if m is None or m.start() > at:
                self._from = at + 1
            else:
                self._spans.append(m.span())
                self._from = m.end()
        return any(a <= at < b for a, b in self._spans)


_ASIDE_LONGEST = 158  # a space, a dash of two, a space, 150 characters, and again


def lead_place(
    ctx: Context, name_starts: list[int], kb: KnowledgeBase, country: str | None = None
) -> Place:
    """'Foreign Minister Lavrov will attend the annual ASEAN events in Vientiane (Laos)': where
    a lead that names no meeting says the page's meetings meet; else where an opening
    sentence says a session of them was held, or names the declaration they adopted after
    its city. Place() if none does, or if the place is in another state than the meeting's
    known country."""
    lead = ctx.sentences[0] if ctx.sentences else None
    if lead is None:
        return Place()
    place = Place()
    if not any(lead.start <= s < lead.end for s in name_starts):
        place = place_near(ctx.text, lead.start, lead.end, kb)
    if place == Place():
        place = _session_place(ctx, name_starts, kb)
    if place == Place():
        place = _outcome_place(ctx, name_starts, kb)
    return place if country is None or place.country in (None, country) else Place()


# "The plenary session on ... was held at ...": a part of the meeting the page reports
_SESSION_HELD = re.compile(
    r"(?:The|An?)\s+(?:[\w’'-]+\s+){0,3}(?:session|sessions|ceremony|plenary|meeting|talks)\b"
    r"[^.;]{0,80}?\s(?:was|were)\s+held\s+(?=(?:at|in)\s)"
)
_SESSION_SENTENCES = 3  # the opening sentences that may say so


def _session_place(ctx: Context, name_starts: list[int], kb: KnowledgeBase) -> Place:
    """Where an opening sentence that names no meeting before its verb says a session was
    held."""
    for sentence in ctx.sentences[:_SESSION_SENTENCES]:
        m = _SESSION_HELD.match(ctx.text, sentence.start, sentence.end)
        if m is None or any(sentence.start <= s < m.end() for s in name_starts):
            continue
        place = place_near(ctx.text, m.end(), sentence.end, kb)
        if place.city or place.venue:
            return place
    return Place()


# "closed with the passage of the Macao Declaration": a declaration named after the city
# where the meeting that adopts it meets
_ADOPTING = re.compile(
    r"\b(?:adopt(?:ed|ing)|passage\s+of|issu(?:ed|ing)|endors(?:ed|ing))\s+the\s+$"
)
_NAMED_OUTCOME = re.compile(r"\s+(?:Declaration|Joint\s+Statement|Statement|Vision|Consensus)\b")


def _outcome_place(ctx: Context, name_starts: list[int], kb: KnowledgeBase) -> Place:
    """The city an opening sentence's meeting adopts a declaration named after."""
    for sentence in ctx.sentences[:_SESSION_SENTENCES]:
        for mt in ctx.iter_matches_in(sentence.start, sentence.end):
            at, end = sentence.start + mt.start, sentence.start + mt.end
            city = mt.kind == "city" or (mt.kind == "country" and city_state(kb, mt))
            if (
                city
                and _ADOPTING.search(ctx.text, max(sentence.start, at - 30), at)
                and _NAMED_OUTCOME.match(ctx.text, end)
                and any(sentence.start <= s < at for s in name_starts)
            ):
                return Place(mt.surface, mt.key)
    return Place()


_SAME_WEEK = re.compile(rf"\b(?:{meeting_cues().same_week})\b", re.IGNORECASE)


def same_week(ctx: Context, spans: list[tuple[int, int]]) -> bool:
    """'... for the AMM and the AELM later in the week': a meeting named in a sentence that
    says it meets later the same week (where the main meeting meets)."""
    for start, _ in spans:
        sentence = ctx.sentence_at(start)
        if sentence is not None and ctx.per_sentence("same_week", sentence, _says_same_week):
            return True
    return False


def _says_same_week(sentence: Sentence) -> bool:
    return _SAME_WEEK.search(sentence.text) is not None


_GATHERED = re.compile(r"\b(?:met|gathered|convened|were held|was held|took place)\s+(?=in\b)")


def place_before_name(ctx: Context, main: MeetingMention, kb: KnowledgeBase) -> None:
    """'Ministers met in Arequipa on 17 May for the Meeting of ...': the place comes first."""
    if main.city is not None or main.venue is not None or not main.spans:
        return
    start = min(s for s, _ in main.spans)
    sentence = ctx.sentence_at(start)
    if sentence is None:
        return
    cue = _GATHERED.search(ctx.text, sentence.start, start)
    place = place_near(ctx.text, cue.end() if cue else sentence.start, start, kb)
    main.city, main.venue = place.city, place.venue
    main.country = place.country or main.country
    if main.format is None and (main.city or main.venue):
        main.format = "in_person"


_DATELINE_DASH = re.compile(r"[^.\n]{0,60}?(?:\s[-–—]{1,2}\s|[–—]|\s--)")


def dateline_city(ctx: Context, main: MeetingMention, kb: KnowledgeBase) -> None:
    """'GYEONGJU, North Gyeongsang Province — Ministers met ...': the city that opens the
    release is where its meeting met, unless that met by video."""
    if main.city or main.venue or main.format == "virtual" or not ctx.matches:
        return
    first = ctx.matches[0]
    if first.kind != "city" or ctx.text[: first.start].strip():
        return
    if not _DATELINE_DASH.match(ctx.text, first.end):
        return
    names = {name.casefold(): name for name in kb.cities}
    main.city = names.get(first.surface.casefold(), first.surface)
    main.country = main.country or first.key
    main.format = main.format or "in_person"


_PART_OF = re.compile(rf"(?:,\s*|\s+)(?:{meeting_cues().part_of})\s+(?:the\s+)?$", re.I)


def listed_under(
    text: str, mention: MeetingMention, mentions: list[MeetingMention]
) -> MeetingMention | None:
    """'the ASEAN-related Foreign Ministers' Meetings (..., Singapore), including the ARF': the
    placed meeting whose name the mention is listed under."""
    for start, _ in mention.spans:
        m = _PART_OF.search(text, max(0, start - 30), start)
        if m is None:
            continue
        for other in mentions:
            placed = other is not mention and (other.city or other.venue)
            if placed and any(0 <= m.start() - end <= 1 for _, end in other.spans):
                return other
    return None


def _first_venue(text: str, start: int, end: int) -> tuple[VenueSpan, KnownVenue | None] | None:
    """The first venue in text[start:end] (page offsets) and where the kb knows it to be: one
    known by name, or one shaped like a venue (VENUE), the longer where both start there;
    a shaped one holding a known name ('the Kremlin's St Andrew Hall') is where that is, and
    a room of a known venue ('Hall 1-2 of the QSNCC') gives that venue."""
    shaped = _shaped_venue(text, start, end)
    known = known_venue(text, start, end)
    if known is not None and (
        shaped is None
        or known.start < shaped.start
        or (known.start == shaped.start and len(known.name) >= len(shaped.name))
    ):
        return known, venue_home(known.name)
    if shaped is None:
        return None
    if known is None or known.start > shaped.start + len(shaped.name):
        room = room_of_known(text, shaped.end, end)
        if room is not None:
            return room, venue_home(room.name)
    return shaped, venue_home(shaped.name) or home_within(shaped.name)


def _shaped_venue(text: str, start: int, end: int) -> VenueSpan | None:
    """VENUE.search(text[start:end]): a venue at start is tried alone, a later one found by
    first_match (kept per page)."""
    if _NEEDS[VENUE].absent(text, start, end):
        return None
    m = VENUE_AT.match(text, start, end) if start < end else None
    if m is None:
        found = first_match(VENUE, text, start + 1, end)
        m = VENUE.match(text, found, end) if found is not None else None
    return VenueSpan(m.group("venue").strip(), m.start("venue"), m.end()) if m else None


def city_state(kb: KnowledgeBase, mt: Match) -> bool:
    """A state named as its own capital: Singapore, Macao, Luxembourg."""
    state = kb.countries.get(mt.key)
    return state is not None and state.capital == mt.surface


# Where place_near can be shown to find nothing, without reading the whole window: the
# checks of its loop, on the page's own matches. A match at least _NEAR characters into the
# window is judged as in any window; one nearer its start is judged in this window.
_NEAR = 61


def may_place(ctx: Context, start: int, end: int) -> bool:
    """False only when place_near(ctx.text, start, end, ...) gives Place(): no venue in the
    window and no city or country in it that a locative, a bracketed date or a state name
    before it makes a place. True: call place_near."""
    text = ctx.text
    places, judged = ctx.per_sentence("places", _PAGE, lambda _: _placed_matches(ctx))
    i = bisect.bisect_left(places, start, key=lambda mt: mt.start)
    while i < len(places) and places[i].start < min(end, start + _NEAR):
        if _placed(text, start, places[i]):
            return True
        i += 1
    j = bisect.bisect_left(judged, start + _NEAR)
    if j < len(judged) and judged[j] < end:
        return True
    if known_venue(text, start, end) is not None:
        return True
    if _NEEDS[VENUE].absent(text, start, end):
        return False
    if start < end and VENUE_AT.match(text, start, end):
        return True
    return first_match(VENUE, text, start + 1, end) is not None


_PAGE = Sentence(-1, -1, "")  # the key of what is kept for the whole page


def _placed_matches(ctx: Context) -> tuple[list[Match], list[int]]:
    """The page's city and country matches, by start; and the starts of those that make a
    place in any window that starts _NEAR or more characters before them."""
    places = sorted(
        (
            mt
            for mt in ctx.matches
            if mt.kind in ("city", "country")
            or (mt.kind == "demonym" and CAPITAL.match(ctx.text, mt.end))
        ),
        key=_start,
    )
    return places, [mt.start for mt in places if _placed(ctx.text, 0, mt)]


def _start(mt: Match) -> int:
    return mt.start


def _placed(text: str, start: int, mt: Match) -> bool:
    """Whether place_near's loop stops at mt (page offsets) in a window from start, with no
    city found yet and no venue: a state after an unlisted city, or a place after 'in', 'at'
    or a bracketed date."""
    if mt.kind == "country":
        lo = mt.start - 60
        unlisted = (
            CITY_BEFORE_STATE.search(text, lo, mt.start)
            if lo > start
            else CITY_BEFORE_STATE.search(text[start : mt.start])
        )
        if unlisted:
            return True
    before = text[max(start, mt.start - LOOKBACK) : mt.start]
    return bool(
        LOCATIVE.search(before) or AFTER_DATE.search(text, max(start, mt.start - 50), mt.start)
    )
