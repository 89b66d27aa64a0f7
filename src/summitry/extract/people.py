"""People: title + name patterns, appositions, later short mentions resolved to full names.

"Minister of Foreign Affairs Cho Tae-yul" -> Cho Tae-yul, Minister of Foreign Affairs, KOR.
"Foreign Minister Cho", "Minister Kang" -> the person already named whose name has that word.
Titles and the names after them: people_titles; names under one plural title: people_lists;
later mentions by one word: people_mentions; whom they serve: people_country; what they did at
the meeting: people_roles. Vocabulary lives in kb/titles.yaml, kb/names.yaml and kb/roles.yaml.
"""

from __future__ import annotations

import re
from functools import cache

from summitry.extract.context import Context
from summitry.extract.names import NameSpan, name_after, name_before
from summitry.extract.people_country import (
    country_for,
    home_country,
    one_government,
    share_trailing_country,
)
from summitry.extract.people_headline import headline_only_people
from summitry.extract.people_lists import listed_people
from summitry.extract.people_mentions import Short, bare_mentions, resolve_shorts
from summitry.extract.people_roles import person_role
from summitry.extract.people_titles import (
    TitleMatch,
    address_before,
    clean_title,
    holds_address,
    name_for_title,
    title_pattern,
    titles,
    without_address,
)
from summitry.extract.people_untitled import (
    apposed_office,
    state_before,
    title_by_reference,
    untitled_names,
)
from summitry.extract.person import PersonMention
from summitry.kb import KnowledgeBase, load_kb
from summitry.kb.people_words import name_words

__all__ = ["PersonMention", "people_in_text", "title_pattern"]


def people_in_text(ctx: Context) -> None:
    """Fill ctx.people with every named person, then resolve short mentions to them."""
    kb = load_kb()
    text = ctx.text
    people: dict[str, PersonMention] = {}
    shorts: list[Short] = []
    found = titles(ctx)
    for i, m in enumerate(found):
        name = name_for_title(text, m, kb)
        if name is None:
            continue
        start = _chain_start(text, found, i)  # 'Deputy Prime Minister and Foreign Minister X'
        title = clean_title(text[start : m.end])
        stated = text[start : name.start]  # the office and whom it serves
        country, explicit = country_for(text, start, name.end, kb, stated)
        if len(name.name.split()) == 1:
            shorts.append(Short(name, title, m.head, country, explicit))
            continue
        _add(people, name, title, m.head, country, explicit)
    _appositions(text, kb, people, found)
    _addressed(text, kb, people, found)
    for p in listed_people(text, kb):
        _add(people, p.name, p.title, p.head, p.country, p.explicit)
    _merge_family_names(people)
    share_trailing_country(text, sorted(people.values(), key=lambda p: p.spans[0][0]))
    _untitled(text, kb, people, [short.name.name for short in shorts])
    for short in resolve_shorts(text, shorts, people, kb):
        _add(people, short.name, short.title, short.head, short.country, short.explicit)
    bare_mentions(text, people, kb)
    named = [p for p in people.values() if not all(_in_credit(text, s, kb) for s, _ in p.spans)]
    named.sort(key=lambda p: p.spans[0][0])
    ctx.people = headline_only_people(ctx, named, people_in_text) + named  # headline first
    home_country(ctx, ctx.people)
    title_by_reference(text, ctx.people, kb)
    for person in ctx.people:
        person.role = person_role(ctx, person)


def _untitled(
    text: str, kb: KnowledgeBase, people: dict[str, PersonMention], titled: list[str]
) -> None:
    """'Xi Jinping said ...': a person the page names with no title, unless already named (in
    full, as a longer name: 'Antony Blinken' after 'Antony J. Blinken', or with its words run
    together: 'Hun Sen' after 'Prime Minister Hunsen', one of the titled one-word names)."""
    known_names = [*titled, *(p.name for p in people.values())]
    squashed = {_SQUASH.sub("", n).casefold() for n in known_names}
    for name in untitled_names(text, kb):
        words = {w.casefold() for w in name.name.split()}
        known = any(words <= {t.casefold() for t in p.tokens} for p in people.values())
        known = known or _SQUASH.sub("", name.name).casefold() in squashed  # 'Hun Sen': 'Hunsen'
        if not known and _is_person_name(name, kb):
            office = apposed_office(text, name.end)  # 'X, director of the Office ..., said'
            # 'Chinese leader Xi Jinping said', or an office only one government gives
            own = state_before(text, name.start, kb) or (office and one_government(office, kb))
            country, explicit = (
                (own, True) if own else country_for(text, name.start, name.end, kb, "")
            )
            _add(people, name, office, None, country, explicit)


_SQUASH = re.compile(r"[\s-]+")


def _in_credit(text: str, start: int, kb: KnowledgeBase) -> bool:
    """A name in a byline or a photo credit: 'By ...', '(Photo: ...' opens its line or bracket.
    A form of address or rank before the name ('by His Excellency General X') marks an
    official's own statement, not a writer's credit."""
    line = max(text.rfind("\n", 0, start), text.rfind("(", max(0, start - 60), start)) + 1
    if _credit().match(text, line, start) is None:
        return False
    return not holds_address(text[line:start], kb)


@cache
def _credit() -> re.Pattern[str]:
    cues = "|".join(name_words().credits)
    return re.compile(rf"\s*(?i:{cues})\b(?:[\s:,/–-]|[A-Z][\w.’'-]*+){{0,12}}+$")


def _chain_start(text: str, found: list[TitleMatch], i: int) -> int:
    """Where the offices a person holds together begin: 'Deputy Prime Minister and Minister of
    Foreign Affairs' is one title when only 'and', 'cum' or a slash stands between the two."""
    start = found[i].start
    while i > 0 and _AND.fullmatch(text, found[i - 1].end, start):
        i -= 1
        start = found[i].start
    return start


_AND = re.compile(r"\s+(?:and|cum)\s+|\s*/\s*")  # 'High Representative ... / Vice-President ...'


def _add(
    people: dict[str, PersonMention],
    name: NameSpan,
    title: str | None,
    head: str | None,
    country: str | None,
    explicit: bool,
) -> PersonMention:
    key = name.name.casefold()
    person = people.get(key)
    if person is None:
        person = people[key] = PersonMention(name.name, title, country, [], head, explicit)
    elif explicit and not person.explicit_country:
        person.country, person.explicit_country = country, True
    if title and person.title in name_words().ranks:  # 'Senator the Hon X, Minister for ...'
        person.title, person.title_head = title, head
    if (name.start, name.end) not in person.spans:
        person.spans.append((name.start, name.end))
    return person


def _appositions(
    text: str, kb: KnowledgeBase, people: dict[str, PersonMention], titles: list[TitleMatch]
) -> None:
    """'Penny Wong, Australia's Minister for Foreign Affairs' / 'X, Foreign Minister of Japan'."""
    for i, m in enumerate(titles):
        lead = re.search(
            r",\s*(?:(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}|[\w.’' ]{2,30}?(?:’s|'s)\s+)$",
            text[max(0, m.start - 45) : m.start],
        ) or _MEMBER_AND.search(text, max(0, m.start - 110), m.start)
        if not lead:
            continue
        comma = m.start - len(lead.group(0))
        name = without_address(name_before(text, comma), kb, text)
        if name and text[max(0, name.start - 1) : name.start] in _QUOTES:
            continue  # '... Omar ‘Ali Saifuddien, Sultan': the end of a longer name
        end = _chain_end(text, titles, i)  # 'X, Deputy Prime Minister and Minister of ...'
        following = name_after(text, end)
        if name is None or len(name.name.split()) < 2 or _is_person_name(following, kb):
            continue  # 'Korean Peninsula, Minister Kang': the title belongs to what follows
        if not _is_person_name(name, kb):
            continue  # a place, country or body, not a person
        stated, title = text[comma:end], clean_title(text[m.start : end])
        country, explicit = country_for(text, m.start, end, kb, stated, apposed=True)
        if country is None and (own := one_government(title, kb)):
            country, explicit = own, True  # 'X, Member of ... and State Councilor,'
        _add(people, name, title, m.head, country, explicit)


# 'Wang Yi, member of the Political Bureau of the CPC Central Committee and Foreign Minister,':
# a membership before the office, both apposed to the name
_MEMBER_AND = re.compile(r",\s*(?:a\s+)?[Mm]ember\s+of\s+the\s+[^,;.()]{3,90}?\s+and\s+$")


def _addressed(
    text: str, kb: KnowledgeBase, people: dict[str, PersonMention], titles: list[TitleMatch]
) -> None:
    """'by His Excellency General Prayut Chan-o-cha (Ret.) Prime Minister of Thailand': a name
    after a form of address holds the title that follows it with no comma between."""
    for i, m in enumerate(titles):
        gap = _GAP_BEFORE_TITLE.search(text, max(0, m.start - 20), m.start)
        if gap is None:
            continue
        name = name_before(text, gap.start())
        if name is None or len(name.name.split()) < 2 or not address_before(text, name.start, kb):
            continue
        end = _chain_end(text, titles, i)
        if _is_person_name(name_after(text, end), kb) or not _is_person_name(name, kb):
            continue
        country, explicit = country_for(text, m.start, end, kb, text[gap.start() : end], True)
        _add(people, name, clean_title(text[m.start : end]), m.head, country, explicit)


# only spaces, or a short bracket ('(Ret.)'), between a name and the title after it
_GAP_BEFORE_TITLE = re.compile(r"(?<=\w)[ \t]+(?:\([^()\n]{1,10}\)[ \t]+)?$")


def _chain_end(text: str, found: list[TitleMatch], i: int) -> int:
    """Where the offices held together end, when only 'and' stands between them."""
    while i + 1 < len(found) and _AND.fullmatch(text, found[i].end, found[i + 1].start):
        i += 1
    return found[i].end


_QUOTES = frozenset("‘’'\"“”")


def _is_person_name(name: NameSpan | None, kb: KnowledgeBase) -> bool:
    """A name by its shape that the gazetteer does not know as a place, country or body."""
    return name is not None and not any(
        mt.start == 0 and mt.kind != "honorific" for mt in kb.find(name.name)
    )


def _merge_family_names(people: dict[str, PersonMention]) -> None:
    """'Ma. Hellen Barber-De La Vega' then 'Assistant Secretary Barber-De La Vega': a name that
    is the end of a longer one of the page names the same person."""
    by_end = _by_name_end(people)
    for key, person in list(people.items()):
        tokens = tuple(t.casefold() for t in person.tokens)
        longer = [p for k, p in by_end.get(tokens, ()) if people.get(k) is p]
        if len(longer) == 1:
            longer[0].spans.extend(s for s in person.spans if s not in longer[0].spans)
            longer[0].title = longer[0].title or person.title
            if person.explicit_country and not longer[0].explicit_country:
                longer[0].country, longer[0].explicit_country = person.country, True
            del people[key]


def _by_name_end(
    people: dict[str, PersonMention],
) -> dict[tuple[str, ...], list[tuple[str, PersonMention]]]:
    """Each end of a name (its last words, casefolded, fewer than all) -> the people whose
    name ends so, in the page's order: a person's longer names found without a page-wide scan."""
    by_end: dict[tuple[str, ...], list[tuple[str, PersonMention]]] = {}
    for key, person in people.items():
        tokens = tuple(t.casefold() for t in person.tokens)
        for i in range(1, len(tokens)):
            by_end.setdefault(tokens[i:], []).append((key, person))
    return by_end
