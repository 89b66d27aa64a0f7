"""The words that mark a place in a sentence: a venue's shape ('at the Lima Convention
Center'), a locative before a city or state ('in', 'hosted by', 'in the southern city of'),
a bracketed date before one, a city the kb does not list named before its state, a capital
named by its state's demonym ('the Lao capital')."""

from __future__ import annotations

import re

from summitry.extract.patterns import word_start
from summitry.kb import KnowledgeBase, Match
from summitry.kb.vocab import venue_words

__all__ = [
    "AFTER_DATE",
    "CAPITAL",
    "CAPITAL_AFTER",
    "CITY_BEFORE_STATE",
    "LOCATIVE",
    "LOOKBACK",
    "VENUE",
    "VENUE_AT",
    "capital_named",
    "unlisted_city",
]

_VENUE_REST = (
    r"\s+(?:the\s+)?(?P<venue>(?:[A-Z][\w’'.&-]*\s+){0,7}?"
    rf"(?:{'|'.join(venue_words().kinds)})?\s*(?:{'|'.join(venue_words().heads)})"
    r"(?:\s+(?:of|for)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?)(?:\s*\((?P<acr>[A-Z]{2,8})\))?"
)
# r"\b(?:at|in)" + _VENUE_REST, opening with its letters so that `re` skips to each 'a' and
# 'i' (a pattern that opens with \b is tried at every position)
VENUE = re.compile(f"(?:{word_start('at', 'in')})" + _VENUE_REST)
VENUE_AT = re.compile("(?:at|in)" + _VENUE_REST)  # less the \b: at a window's start
# "in Lima", "hosted by Peru", "in the Cambodian capital of Phnom Penh", "in the city of X",
# "in the northern Thai city of Chiang Mai", "on the resort island of Langkawi", "in
# southwest China's Chongqing"
LOCATIVE = re.compile(
    r"\b(?:(?:in|at|to|visiting|host(?:ed)? by)\s+(?:the\s+)?"
    r"(?:(?:[A-Za-z][\w’'-]+\s+){0,2}(?:capital|city|town|island)(?:\s+of|,)?\s+)?"
    r"|on\s+the\s+(?:[A-Za-z][\w’'-]+\s+){0,2}island\s+of\s+"
    r"|in\s+(?:[a-z][\w-]*\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?['’]s\s+)$"  # in east China's
)
# "in the Lao capital": a state's capital, named by the demonym alone
CAPITAL_AFTER = re.compile(r"\s+capital\b(?!\s*(?:of\s+|,\s*)?[A-Z])")
CAPITAL = re.compile(r"\s+capital\b")  # what CAPITAL_AFTER matches, whatever follows
LOOKBACK = 45  # characters before a place where LOCATIVE is looked for
# "(July 31-August 4, Singapore)": in brackets, a date, then the place
AFTER_DATE = re.compile(r"\([^()]{0,40}\d,\s*$")
# "in Pontianak, Kalimantan, Indonesia": a place the kb does not list, named before its state.
CITY_BEFORE_STATE = re.compile(
    r"\b(?:in|at)\s+(?P<city>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)(?:,\s*[A-Z][\w’'-]+){0,2},\s*$"
)


def capital_named(kb: KnowledgeBase, text: str, demonym: Match) -> bool:
    """Whether the demonym names its state's capital ('the Thai capital'), and the kb knows
    that capital."""
    state = kb.countries.get(demonym.key)
    return bool(state and state.capital) and CAPITAL_AFTER.match(text, demonym.end) is not None


def unlisted_city(window: str, state: Match) -> str | None:
    """The capitalised name right before the state's name, after 'in' or 'at'."""
    m = CITY_BEFORE_STATE.search(window, max(0, state.start - 60), state.start)
    return m.group("city") if m else None
