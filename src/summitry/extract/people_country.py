"""Whom a person serves: 'X of Peru', 'Japanese Foreign Minister', 'ASEAN Secretary-General',
'Russia was represented by ...', or a country shared with the next person of a list."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from summitry.extract.context import Context
from summitry.extract.patterns import POSSESSIVE
from summitry.extract.people_titles import OF_COUNTRY, before_address, portfolio
from summitry.extract.person import PersonMention
from summitry.kb import KnowledgeBase, load_kb
from summitry.kb.cues import meeting_cues
from summitry.kb.people_words import one_government_titles

_BARE_GAP = re.compile(r",?[ \t]+")
_OF_AT = re.compile(r"\b(?:of|at)\s+(?:the\s+)?")
_AND_MORE = re.compile(r"\s+and\s+[^.;]{0,80}")

__all__ = [
    "country_for",
    "home_country",
    "is_courtesy_call",
    "one_government",
    "share_trailing_country",
]

_SERVED = ("country", "demonym", "organization")
_REPRESENTED = re.compile(r"\s+(?:was|were)\s+represented\s+by\s+(?:the\s+)?")


def country_for(
    text: str, title_start: int, name_end: int, kb: KnowledgeBase, title: str, apposed: bool = False
) -> tuple[str | None, bool]:
    """Whom a person serves; (None, False) when the text does not say. `apposed`: the title
    follows the name, so a body right after it may close the apposition."""
    if found := _served_after(text, name_end, kb, apposed):
        return found, True
    if served := _served_in_title(title, kb):
        return served, True
    window = text[max(0, title_start - 60) : title_start]
    before = [mt for mt in kb.find(window) if mt.kind in (*_SERVED, "forum")]
    if before:
        between = window[before[-1].end :]
        bracketed = (
            window[before[-1].start - 1 : before[-1].start] == "(" and between.strip() == ")"
        )
        if not between.strip(" ’'s") or bracketed or _REPRESENTED.fullmatch(between):
            return _served_key(before[-1].key), True
    if own := one_government(title, kb):
        return own, True  # "Secretary of State": only the United States has one
    return None, False


def one_government(title: str, kb: KnowledgeBase) -> str | None:
    """The state of an office only one government gives, among the offices held together
    ('State Councilor and Minister of Foreign Affairs'), forms of address after it left out."""
    own = one_government_titles()
    stated = before_address(title, kb).strip(" ,")
    if found := own.get(stated):
        return found
    return next(filter(None, (own.get(p) for p in _HELD_TOGETHER.split(stated))), None)


_HELD_TOGETHER = re.compile(r"\s+(?:and|cum)\s+|\s*/\s*")


def _served_after(text: str, pos: int, kb: KnowledgeBase, apposed: bool) -> str | None:
    """'X of Peru', 'X of the Ministry of Foreign Affairs of the Republic of the Philippines',
    'Minister for Economic Affairs, Republic of Indonesia,', 'Vice-President ..., Asian
    Development Bank': the body named right after a title or a name."""
    ministry = _ministry_of().match(text, pos)
    if ministry:
        pos = ministry.end()
    after = OF_COUNTRY.match(text, pos)
    if after and (found := _entity_at(text, after.end(), kb)):
        return found
    bare = _BARE_GAP.match(text[pos : pos + 3])
    if bare and apposed and not ministry:
        first = [mt for mt in kb.find(text[pos + bare.end() : pos + 80]) if mt.start == 0]
        body = first[0] if first and first[0].kind in ("country", "organization") else None
        if body and _BODY_END.match(text, pos + bare.end() + body.end):
            return body.key
    return None


_BODY_END = re.compile(r"\s*(?:[,.;)]|\s[a-z]|$)")


@cache
def _ministry_of() -> re.Pattern[str]:
    return re.compile(
        rf"\s+(?:at|of)\s+the\s+(?:Ministry|Department|Office)\s+of\s+(?:the\s+)?{portfolio()}"
    )


def _served_in_title(title: str, kb: KnowledgeBase) -> str | None:
    """'Secretary-General of ASEAN', 'Minister of Trade of Peru': the body named after 'of'."""
    for of in reversed(list(_OF_AT.finditer(title))):
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


def share_trailing_country(text: str, people: list[PersonMention]) -> None:
    """'A and Minister of X B of Peru': A serves Peru too (people in order of first mention);
    not 'A and Japanese Foreign Minister B', where the state qualifies B's title alone, nor
    'President A and President B of Indonesia', two holders of one office."""
    kb = None
    for first, second in zip(people, people[1:], strict=False):
        gap = text[first.spans[0][1] : second.spans[0][0]]
        if (
            first.title_head == second.title_head
            and first.title != second.title  # one state has one President: two states
            and not first.explicit_country
            and second.explicit_country
            and _AND_MORE.fullmatch(gap)
        ):
            kb = kb or load_kb()
            if any(mt.key == second.country for mt in kb.find(gap, kinds=_SERVED)):
                continue
            first.country, first.explicit_country = second.country, True


def home_country(ctx: Context, people: list[PersonMention]) -> None:
    """People the text ties to no government serve the publisher's; when the page does not
    say who published it, the country it names most (a possessive counts twice)."""
    home = ctx.document.publisher_country or _most_named(ctx, people)
    for person in people:
        if person.country is None:
            person.country = _delegation_of(ctx, person) or _visited(ctx, person, people) or home
            if person.country in _states_met(ctx, person, people):
                person.country = None  # 'X met with Indian Prime Minister Y': X is not Indian
    if home is None:
        _share_leading_country(ctx.text, [p for p in people if p.spans])


def _visited(ctx: Context, person: PersonMention, people: list[PersonMention]) -> str | None:
    """The state of a visit the person hosts or is called on in; none for a person named only
    in the headline."""
    if not person.spans:
        return None
    return _host_of(ctx.text, person) or _called_on(ctx, person, people)


def _host_of(text: str, person: PersonMention) -> str | None:
    """'paid an official visit to Japan at the invitation of Prime Minister X': whoever
    invites a visitor serves the state visited."""
    start = min(s for s, _ in person.spans)
    invited = _INVITED.search(text, max(0, start - 200), start)
    if invited is None:
        return None
    states = load_kb().find(invited.group("where"), {"country"})
    return states[0].key if states and states[0].start == 0 else None


_VISIT_WORDS = meeting_cues().visit_words
_INVITED = re.compile(
    rf"\b(?:{_VISIT_WORDS})\s+(?:to\s+)?(?:the\s+)?"
    r"(?P<where>[A-Z][^,.;()]{1,40}?),?\s+at\s+the\s+invitation\s+of\s+[^.;]{0,60}$"
)


def _called_on(ctx: Context, person: PersonMention, people: list[PersonMention]) -> str | None:
    """'EAM also called on Senior Minister X', 'paid a courtesy call on X': whom a visitor
    calls on serves the state visited: the one a visit 'to' goes to in the headline or the
    text, else the one other state the page ties its people to."""
    if not is_courtesy_call(ctx.text, min(s for s, _ in person.spans)):
        return None
    home = ctx.document.publisher_country
    for source in (ctx.document.title or "", ctx.text):
        visit = _VISIT_TO.search(source)
        states = load_kb().find(visit.group("where"), {"country"}) if visit else []
        if states and states[0].start == 0 and states[0].key != home:
            return states[0].key
    others = {p.country for p in people if p.explicit_country and p.country not in (None, home)}
    return others.pop() if len(others) == 1 else None


def is_courtesy_call(text: str, at: int, end: int | None = None) -> bool:
    """Whether the person or office named at `at` is called on ('called on Senior Minister
    X'), a visit: no 'to' of what they are asked to do before the sentence ends (at end, where
    given), as in 'called on President X to act'."""
    if _CALLED_ON.search(text, max(0, at - 80), at) is None:
        return False
    return _NO_ASK.match(text, at, len(text) if end is None else end) is not None


_CALLED_ON = re.compile(
    r"\b[Cc]all(?:s|ed|ing)?\s+on\s+(?:H\.E\.\s+)?(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,6}\Z"
)
_NO_ASK = re.compile(r"(?:(?!\bto\s)[^.;])*(?:[.;]|\Z)")


def _capitalised(alternation: str) -> str:
    """'visit|trip' -> 'Visit|Trip': the words as they open a sentence or a headline."""
    return "|".join(word[:1].upper() + word[1:] for word in alternation.split("|"))


_VISIT_TO = re.compile(
    rf"\b(?:{_VISIT_WORDS}|{_capitalised(_VISIT_WORDS)})\b[^.;\n]{{0,60}}?\bto\s+(?:the\s+)?"
    r"(?P<where>[A-Z][^,.;()\n]{1,40})"
)


def _states_met(ctx: Context, person, people: list) -> set[str]:
    """The states of those the sentence says the person met, when it ties them to one."""
    out = set()
    for other in people:
        if other is person or not other.explicit_country or not other.spans:
            continue
        start = other.spans[0][0]
        ends = [end for _, end in person.spans if end <= start]
        if (
            ends
            and _MET_GAP.fullmatch(ctx.text, max(ends), start)
            and ctx.sentence_at(max(ends) - 1) is ctx.sentence_at(start)
        ):
            out.add(other.country)
    return out


# from one name to the next: 'held talks with Indian Prime Minister ', 'met with Mr. '
_MET_GAP = re.compile(rf"[^.;]{{0,60}}?\b(?:{meeting_cues().met_with})\s+[^;]{{0,80}}")


def _share_leading_country(text: str, people: list[PersonMention]) -> None:
    """'New Zealand Minister of Foreign Affairs A and Minister for Trade B': on a page with no
    home government, B serves A's (people in order of first mention), unless B holds the
    same office as A."""
    for first, second in zip(people, people[1:], strict=False):
        gap = text[first.spans[0][1] : second.spans[0][0]]
        if (
            second.country is None
            and first.explicit_country
            and first.title != second.title
            and _AND_TITLE.fullmatch(gap)
        ):
            second.country = first.country


_AND_TITLE = re.compile(r"\s+and\s+(?:(?:[A-Z][\w’'-]*|for|of|and|the)\s+)*")


def _delegation_of(ctx: Context, person: PersonMention) -> str | None:
    """'X led the Vietnamese delegation', 'X led a delegation of Lao officials': the country
    whose delegation the person leads, named within the clause after the name."""
    for start, end in sorted(person.spans):
        before = max(0, start - 80)
        has_noun = ctx.text.find("delegation", before, start) >= 0  # what _HEADED_BY needs
        headed = _HEADED_BY.search(ctx.text, before, start) if has_noun else None
        if headed is not None:  # 'The North Korean delegation was headed by X'
            near = ctx.matches_in(headed.start(), headed.start("noun"))
            if found := [mt.key for mt in near if mt.kind in ("country", "demonym")]:
                return found[-1]
        clause = _DELEGATION.match(ctx.text, end)
        if clause is None or _named_between(ctx, person, end, clause.start("near")):
            continue  # 'X met with Y, who led the Indian delegation': Y leads it
        near = ctx.matches_in(clause.start("near"), clause.end() + 40)
        for mt in near:
            if mt.kind in ("country", "demonym"):
                return mt.key
    return None


def _named_between(ctx: Context, person: PersonMention, start: int, end: int) -> bool:
    """Whether another person of the page is named between start and end."""
    return any(
        start <= s < end for other in ctx.people if other is not person for s, _ in other.spans
    )


_HEADED_BY = re.compile(
    r"[^.;]{0,40}?\b(?P<noun>delegations?)\s+(?:(?:was|were|is|are|will be)\s+)?"
    r"(?:led|headed)\s+by\s+(?:\w+\s+){0,3}$"
)


# the name, a few words, then '... delegation' or 'delegation of / from ...'
_DELEGATION = re.compile(
    r"[^.;]{0,60}?\b(?:led|leads|leading|headed|heads|heading|head of)\b(?P<near>[^.;]{0,60}?)"
    r"\bdelegations?\b"
)


def _most_named(ctx: Context, people: list[PersonMention]) -> str | None:
    """The country the page names clearly most, less the mentions that name whom another
    person serves ('Indonesian Foreign Minister Retno Marsudi')."""
    counts: Counter[str | None] = Counter()
    for person in people:
        if person.explicit_country:
            counts[person.country] -= 1
    for mt in ctx.matches:
        if mt.kind in ("country", "demonym"):
            possessive = ctx.text.startswith(POSSESSIVE, mt.end)
            counts[mt.key] += 2 if possessive else 1
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) == 2 and ranked[0][1] < 1.5 * ranked[1][1]):
        return None
    return ranked[0][0]
