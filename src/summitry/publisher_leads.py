"""Whose page a scraped page is when no line of it names its publisher: the country its
headline, lead and text are most about, and the publisher a lead about an official implies
(a foreign minister's ministry, an office that publishes its holder's work)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from summitry.kb import Match
from summitry.kb.people_words import one_government_titles
from summitry.kb.publishers import Publisher, foreign_ministry, publisher_named
from summitry.sources import lexicon

__all__ = ["lead_country", "main_country", "minister_lead", "office_lead"]


def office_lead(body: list[str]) -> Publisher | None:
    """'Singapore - United States Trade Representative Ron Kirk concluded his visit': a lead
    about the holder of an office, named with its state, that is itself a publisher ('Office
    of the United States Trade Representative')."""
    from summitry.kb import load_kb

    first = next((line for line in body if line), "")[:160]
    title = next((mt for mt in load_kb().find(first, kinds={"title"})), None)
    if title is None or title.start > 60 or not _NAME_NEXT.match(first, title.end):
        return None
    office = first[title.start : title.end]
    found = publisher_named(f"Office of the {office}") or publisher_named(office)
    # a title that names no state ('Spokesperson Wang Wenbin said') is every government's
    states = load_kb().find(office, kinds={"country", "demonym"})
    return found if found and any(mt.key == found.country for mt in states) else None


_NAME_NEXT = re.compile(r"\s+(?:[A-Z][\w.'’-]*\s+){1,3}[a-z]")


def minister_lead(head: list[str], body: list[str]) -> Publisher | None:
    """'Foreign Minister Kasit Piromya attended ...': a lead about a foreign minister, on a
    page that names no publisher, is that minister's ministry's. One the lead ties to a state
    after the title ('Minister for Foreign Affairs of Japan', in the opening lines) is the
    ministry's own only on a page most about that state."""
    opening = [line for line in body[:8] if line][:3]
    first = opening[0] if opening else ""
    lead = _lead_break().split(first, maxsplit=1)[0]
    m = lexicon().foreign_minister.search(lead, 0, 100)
    if m is None or _state_after(lead, m.end()):
        text = "\n".join(opening)  # '[Provisional Translation]', '1. Overview', then the lead
        m = _unmet(text, lexicon().foreign_minister.finditer(text, 0, 500))
        state = _state_after(text, m.end()) if m else None
        home = main_country("\n".join([*head, *body])) if state else None
        return foreign_ministry(home) if home and home == state else None
    if _qualified(lead[: m.end()]):
        return None
    if sole := _sole_state(lead, m):
        return foreign_ministry(sole)
    others = _others_ministers(lead)
    country = (None if others else lead_country(head, body)) or main_country(
        "\n".join([*head, *body]), besides=others | met_states(head, body)
    )
    return foreign_ministry(country) if country else None


def _sole_state(lead: str, m: re.Match[str]) -> str | None:
    """'External Affairs Minister', 'State Councilor and Minister of Foreign Affairs': the
    state of a minister's office, or of one held with it, that only one government gives."""
    own = one_government_titles()
    held = _HELD_BEFORE.search(lead, max(0, m.start() - 60), m.start())
    return own.get(m.group(0)) or (own.get(held.group("office")) if held else None)


# 'State Councilor and ' before the foreign minister's title: an office held with it
_HELD_BEFORE = re.compile(r"(?P<office>[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*){0,4})\s+and\s+$")


def _unmet(text: str, found: Iterator[re.Match[str]]) -> re.Match[str] | None:
    """The first match that does not name one the text says was met."""
    met = _met_spans(text)
    return next((m for m in found if not any(s <= m.start() < e for s, e in met)), None)


# 'Foreign Minister Fumio Kishida of Japan', 'Minister of State for External Affairs (MOS) of
# India': a minister's state named after the title (and the name)
_MINISTER_OF = re.compile(
    r"(?:\s+(?:[A-Z][\w.'’-]*|bin|binti|de|van)){0,4}\s*(?:\([^()]{1,30}\)\s*)?,?\s+of\s+"
)


def _state_after(text: str, end: int) -> str | None:
    """The state a minister's title at text[:end] is tied to by a following 'of'."""
    from summitry.kb import load_kb

    if (of := _MINISTER_OF.match(text, end)) is None:
        return None
    states = load_kb().find(text[of.end() : of.end() + 60], kinds={"country"})
    return states[0].key if states and states[0].start <= 4 else None


def _others_ministers(lead: str) -> frozenset[str]:
    """The states of the foreign ministers a lead ties to one after a first it does not tie
    to any: other governments' ministers."""
    found = (_state_after(lead, m.end()) for m in lexicon().foreign_minister.finditer(lead))
    return frozenset(filter(None, found))


def _qualified(text: str) -> bool:
    """'Peruvian Foreign Affairs Minister', "Thailand's ... Foreign Minister": a state named
    before the title, as a paper names another's minister, not a ministry its own."""
    from summitry.kb import load_kb

    return any(not _placed(text, mt) for mt in load_kb().find(text, kinds={"country", "demonym"}))


# a place after these is where something happened, not whose page it is
_WHERE = re.compile(r"(?:\b(?:in|at|to|from|for|near)\s+(?:the\s+)?|[,(]\s*)$", re.I)
_DATELINE_END = re.compile(r"\s*(?:[-–—:,]|\()")  # 'Singapore - ...', 'JAKARTA, 3 May ...'
_MONEY = re.compile(r"\$")  # 'US$2 million' names a currency


@cache
def _lead_break() -> re.Pattern[str]:
    """A sentence's end, not a month's abbreviation ('On Aug. 24, 2016, Foreign Minister')."""
    from summitry.clean.dates import MONTH_ABBREVIATIONS  # clean imports this module

    months = "|".join(MONTH_ABBREVIATIONS)
    return re.compile(rf"(?<=[a-z)”\"])(?<!\b(?:{months}))(?<!\bSept)[.!?](?:\s|$)")


def lead_country(head: list[str], body: list[str]) -> str | None:
    """The one country the headline and the lead sentence name other than as a place:
    'Sultan ... of Brunei Darussalam joined ...', 'Singapore - United States Trade
    Representative ... concluded his visit'. A national release names its own officials
    with their state; where they went is a place after 'in', 'at' or a dateline."""
    from summitry.kb import load_kb

    found: set[str] = set()
    kinds = {"country", "demonym", "city", "initiative", "forum", "series", "organization"}
    for text in _head_and_lead(head, body):
        met = _met_spans(text)
        for mt in load_kb().find(text, kinds=kinds):
            if any(start <= mt.start < end for start, end in met):
                continue  # 'met with Indian Prime Minister X': the state of the one met
            if mt.kind == "demonym" or (mt.kind == "country" and not _placed(text, mt)):
                found.add(mt.key)
    return found.pop() if len(found) == 1 else None


def met_states(head: list[str], body: list[str]) -> frozenset[str]:
    """The states of the officials the headline and the lead say were met ('met with Indian
    Prime Minister X', 'held talks with President of the People's Republic of China X'): a
    national release names its own officials bare and those of the others with their state."""
    from summitry.kb import load_kb

    out: set[str] = set()
    for text in _head_and_lead(head, body):
        for start, end in _met_spans(text):
            found = load_kb().find(text[start:end], kinds={"country", "demonym"})
            out.update(mt.key for mt in found)
    return frozenset(out)


def _head_and_lead(head: list[str], body: list[str]) -> tuple[str, str]:
    """The headline (unshouted when it is all capitals) and the lead's first sentence."""
    from summitry.clean.typography import unshout  # clean imports this module

    first = next((line for line in body if line), "")
    lead = _lead_break().split(first, maxsplit=1)[0]
    title = next((line for line in reversed(head) if line), "")
    return unshout(title), lead


def _met_spans(text: str) -> list[tuple[int, int]]:
    """Where the text names the one met, from the meeting verb to the next place, time or
    sentence end."""
    return [m.span("met") for m in _MET.finditer(text)]


# 'met with', 'held talks with', 'received', 'together with': then the one met (not a place
# or time: 'met in Jakarta'), up to ' on ', ' in ', a clause or a sentence's end (a full stop
# after a word, not after 'Mr' or 'H.E')
_MET = re.compile(
    r"\b(?i:(?:(?:met|meets?|meeting|talks?|talked|spoke|call|conversation|together)\s+with)"
    r"|met|meets|received|receives)\s+(?!(?:on|in|at|during|ahead|to|for)\b)(?=\S)"
    r"(?P<met>(?:(?!\s(?:on|in|at|during|ahead|to|for|who|which)\s|(?<=[a-z]{3})\.)"
    r"[^;:!?\n]){1,150})"
)


def _placed(text: str, mt: Match) -> bool:
    """A state's name that is a place (after 'in', a comma, at a dateline's start) or part
    of a currency ('US$2 million'); a demonym ('the Indonesian Ministry') is neither."""
    if _MONEY.match(text, mt.end) or _WHERE.search(text[max(0, mt.start - 30) : mt.start]):
        return True
    return not text[: mt.start].strip(" \t\"“‘'") and bool(_DATELINE_END.match(text, mt.end))


def main_country(
    text: str, *, by_demonym: bool = False, besides: frozenset[str] = frozenset()
) -> str | None:
    """The government a page that names no publisher is most about: the country it names
    most often (by name or people), the first on ties. National releases speak of their own
    government far more than of any other; their cities are mostly where a meeting abroad
    met, so they count only on a page that names no country. by_demonym: only the countries
    the page also names by demonym ('the Philippine delegation') count, as for a ministry that
    names no country: it speaks of its own people and offices so. besides: states known not
    to be the publisher's (other governments' ministers the lead names)."""
    from summitry.kb import load_kb

    counts: dict[str, int] = {}
    cities: dict[str, int] = {}
    demonyms: set[str] = set()
    named_besides = False
    # a place inside a plan or a grouping's name is no place ('Putrajaya Vision', 'the
    # ASEAN-United States Summit')
    kinds = {"country", "demonym", "city", "initiative", "forum", "series"}
    for found in load_kb().find(text[:6000], kinds=kinds):
        if found.kind in ("country", "demonym", "city") and found.key not in besides:
            tally = cities if found.kind == "city" else counts
            tally[found.key] = tally.get(found.key, 0) + 1
        if found.kind == "demonym":
            demonyms.add(found.key)
        if found.kind in ("country", "demonym") and found.key in besides:
            named_besides = True  # it names states, so its cities are where others met
    counts = counts or ({} if named_besides else cities)
    if by_demonym:
        counts = {k: n for k, n in counts.items() if k in demonyms}
    return max(counts, key=lambda k: counts[k]) if counts else None
