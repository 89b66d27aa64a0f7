"""Whom a person serves: 'X of Peru', 'Japanese Foreign Minister', 'ASEAN Secretary-General',
'Russia was represented by ...', or a country shared with the next person of a list."""

from __future__ import annotations

import re

from summitry.extract.people_titles import OF_COUNTRY
from summitry.kb import KnowledgeBase

__all__ = ["country_for", "share_trailing_country"]

_SERVED = ("country", "demonym", "organization")
_REPRESENTED = re.compile(r"\s+(?:was|were)\s+represented\s+by\s+(?:the\s+)?")


def country_for(
    text: str, title_start: int, name_end: int, kb: KnowledgeBase, title: str
) -> tuple[str | None, bool]:
    """Whom a person serves; (None, False) when the text does not say."""
    after = OF_COUNTRY.match(text, name_end)
    if after and (found := _entity_at(text, after.end(), kb)):
        return found, True
    if served := _served_in_title(title, kb):
        return served, True
    window = text[max(0, title_start - 60) : title_start]
    before = [mt for mt in kb.find(window) if mt.kind in (*_SERVED, "forum")]
    if before:
        between = window[before[-1].end :]
        if not between.strip(" ’'s") or _REPRESENTED.fullmatch(between):
            return _served_key(before[-1].key), True
    return None, False


def _served_in_title(title: str, kb: KnowledgeBase) -> str | None:
    """'Secretary-General of ASEAN', 'Minister of Trade of Peru': the body named after 'of'."""
    for of in reversed(list(re.finditer(r"\bof\s+(?:the\s+)?", title))):
        found = [
            mt
            for mt in kb.find(title[of.end() :])
            if mt.start == 0 and mt.kind in (*_SERVED, "forum")
        ]
        if found:
            return _served_key(found[0].key)
    return None


def _served_key(key: str) -> str:
    """'APEC Secretariat' staff serve APEC."""
    return key.removesuffix(" Secretariat")


def _entity_at(text: str, pos: int, kb: KnowledgeBase) -> str | None:
    for mt in kb.find(text[pos : pos + 60]):
        if mt.start == 0 and mt.kind in ("country", "organization", "forum"):
            return mt.key
    return None


def share_trailing_country(text: str, people: list) -> None:
    """'A and Minister of X B of Peru': A serves Peru too (people in order of first mention)."""
    for first, second in zip(people, people[1:], strict=False):
        gap = text[first.spans[0][1] : second.spans[0][0]]
        if (
            first.title_head == second.title_head
            and not first.explicit_country
            and second.explicit_country
            and re.fullmatch(r"\s+and\s+[^.;]{0,80}", gap)
        ):
            first.country, first.explicit_country = second.country, True
