"""People: title + name patterns, appositions, later short mentions resolved to full names.

"Minister of Foreign Affairs Cho Tae-yul" -> Cho Tae-yul, Minister of Foreign Affairs, KOR.
"Foreign Minister Cho", "Minister Kang" -> the person already named whose name has that word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from summitry.extract.context import Context, Sentence
from summitry.extract.lookups import may_occur, occurrences
from summitry.extract.names import NameSpan, name_after, name_before
from summitry.extract.patterns import word_start
from summitry.kb import KnowledgeBase, load_kb

__all__ = ["PersonMention", "people_in_text", "title_pattern"]


PORTFOLIO_WORDS = frozenset(
    """Foreign Affairs Trade Tourism Economic Economy Political Politics Finance Industry
    Commerce Investment Energy Defence Defense National Home Interior Justice Health Education
    Labour Labor Environment Agriculture Fisheries Transport Transportation Land Infrastructure
    Science Technology ICT Digital Information Communications Communication Culture Sports Women
    Family Planning Development Cooperation International Multilateral Bilateral Relations
    Unification SMEs Startups Small Medium Enterprises Public Administration Security Strategy
    Policy Budget Treasury Negotiations ASEAN APEC Global Issues Korean Peninsula Peace Climate
    Change Resources Mines Minerals Oceans Maritime Emergency Disaster Management Social Welfare
    Employment Human Rights Legal Consular Protocol Economics Multilateralism Strategic Affairs
    Cabinet Overseas Koreans Asia Pacific Asian European Americas African Middle Eastern Policy
    Planning Coordination Public Diplomacy Cultural Industrial Commercial Trade Negotiator
    Food Rural Water Forestry Marine Health Labour Manpower Communications Multimedia Southeast
    South East North West Northeast Central Pacific Community Socio-Cultural Political-Security
    Connectivity Sustainable Regional Integration""".split()
)


@dataclass(slots=True)
class PersonMention:
    """One person of the page with every span that names them (full or short)."""

    name: str
    title: str | None
    country: str | None
    spans: list[tuple[int, int]] = field(default_factory=list)
    title_head: str | None = None
    explicit_country: bool = False
    role: str = "mentioned"

    @property
    def tokens(self) -> list[str]:
        return self.name.replace(",", " ").split()


@cache
def title_pattern() -> re.Pattern[str]:
    """A title of office with its portfolio: 'Deputy Minister for Economic Affairs'."""
    kb = load_kb()
    heads = sorted(kb.title_heads, key=len, reverse=True)
    head = "|".join(re.escape(h).replace(r"\-", "[-‐ ]") for h in heads)
    words = "|".join(sorted((re.escape(w) for w in PORTFOLIO_WORDS), key=len, reverse=True))
    portfolio = rf"(?:{words})(?:(?:\s*,\s*|\s+and\s+|\s+&\s+|\s+)(?:{words}))*"
    complement = rf"(?:\s+(?:for|of|in charge of)\s+(?:the\s+)?{portfolio}){{0,2}}"
    return re.compile(rf"\b(?P<head>{head}){complement}(?![\w-])")


_OF_COUNTRY = re.compile(r"\.?\s*(?:,\s*)?\bof\s+(?:the\s+)?")
_CHAIR = re.compile(
    r"\b(?:chaired by|co-chaired by|presided over by|under the chairmanship of)\b"
    r"|\bin (?:his|her|their) capacity as (?:the )?(?P<co>co-?)?chair",
    re.IGNORECASE,
)
# 'A and B of Thailand, the ASEAN Chair for 2019, co-chaired the Summit': the subject chairs.
_CHAIR_AFTER = re.compile(r"^(?:[^.;]{0,120}?\s)?(?P<co>co-)?chaired\b(?!\s+by)", re.IGNORECASE)
_ATTEND = re.compile(
    r"\b(?:attended|attends|participated|took part|led (?:the|a|his|her) .{0,40}delegation"
    r"|headed|had (?:a )?(?:series of )?(?:bilateral )?(?:talks|meetings?|video conferences?"
    r"|conversations?|calls?)|held (?:talks|a meeting|bilateral)|met with|joined|delivered"
    r"|visited)\b",
    re.IGNORECASE,
)


def people_in_text(ctx: Context) -> None:
    """Fill ctx.people with every named person, then resolve short mentions to them."""
    kb = load_kb()
    text = ctx.text
    people: dict[str, PersonMention] = {}
    shorts: list[tuple[NameSpan, str]] = []
    titles = _titles(ctx)
    for m in titles:
        title = _clean_title(m.group(0))
        served = _OF_SERVED.match(text, m.end())
        name = (
            name_after(text, _after_honorific(text, m.end(), kb))
            or _name_after_comma(text, served.end() if served else m.end(), kb)
            or _name_after_served(text, m.end(), kb)
        )
        if name is None:
            continue
        if len(name.name.split()) == 1:
            shorts.append((name, m.group("head")))
            continue
        stated = text[m.start() : name.start]  # the office and whom it serves
        country, explicit = _country_for(text, m.start(), name.end, kb, stated)
        _add(people, name, title, m.group("head"), country, explicit)
    _appositions(text, kb, people, titles)
    _share_trailing_country(text, people, kb)
    for person in people.values():
        if person.country is None:
            person.country = ctx.document.publisher_country
    _resolve_shorts(shorts, people)
    _bare_mentions(text, people, kb)
    for person in people.values():
        person.role = _role(ctx, person)
    ctx.people = sorted(people.values(), key=lambda p: p.spans[0][0])


def _titles(ctx: Context) -> list[re.Match[str]]:
    """Titles of office with their portfolios, tried only where the gazetteer saw a title."""
    pattern, out, end = title_pattern(), [], 0
    for mt in ctx.matches:
        if mt.kind != "title" or mt.start < end:
            continue
        m = pattern.search(ctx.text, mt.start, mt.end + 200)  # the head inside a longer title
        if m and m.start() < mt.end:
            out.append(m)
            end = m.end()
    return out


# 'Prime Minister of Australia, Anthony Albanese': whom the office serves, before the comma
_OF_SERVED = re.compile(
    r"\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of|the|[A-Z][\w’'-]*)){0,10}(?=,)"
)
_NAME_CLOSE = re.compile(r"\s*(?:[,.;:)]|\(|\s(?:and|who|said|says)\b|$)")


def _name_after_comma(text: str, pos: int, kb: KnowledgeBase) -> NameSpan | None:
    """'Peru's Minister of Foreign Trade and Tourism, Elizabeth Galdo,': the title comes first."""
    comma = re.match(r",[ \t]*", text[pos : pos + 3])
    if comma is None:
        return None
    name = name_after(text, _after_honorific(text, pos + comma.end() - 1, kb))
    if (
        name is None
        or len(name.name.split()) < 2
        or not _NAME_CLOSE.match(text, name.end)
        or any(mt.start == 0 and mt.kind != "honorific" for mt in kb.find(name.name))
    ):
        return None
    return name


def _after_honorific(text: str, pos: int, kb: KnowledgeBase) -> int:
    """Skip 'Dr', 'H.E.', 'Mr.' between a title and a name."""
    m = _honorifics(kb).match(text, pos)
    return m.end() if m else pos


@cache
def _honorifics(kb: KnowledgeBase) -> re.Pattern[str]:
    forms = sorted((re.escape(h.rstrip(".")) for h in kb.honorifics), key=len, reverse=True)
    return re.compile(rf"(?:\s+(?:{'|'.join(forms)})\.?)+(?=\s+[A-Z])")


def _clean_title(title: str) -> str:
    title = re.sub(r"\s+", " ", title).strip(" ,")
    return title[0].upper() + title[1:] if title else title


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
    if (name.start, name.end) not in person.spans:
        person.spans.append((name.start, name.end))
    return person


def _country_for(
    text: str, title_start: int, name_end: int, kb: KnowledgeBase, title: str
) -> tuple[str | None, bool]:
    """Whom a person serves: 'X of Peru', 'Japanese Foreign Minister', 'ASEAN Secretary-General',
    'Russia was represented by ...'; (None, False) when the text does not say."""
    after = _OF_COUNTRY.match(text, name_end)
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


_SERVED = ("country", "demonym", "organization")


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


_REPRESENTED = re.compile(r"\s+(?:was|were)\s+represented\s+by\s+(?:the\s+)?")


def _served_key(key: str) -> str:
    """'APEC Secretariat' staff serve APEC."""
    return key.removesuffix(" Secretariat")


def _name_after_served(text: str, pos: int, kb: KnowledgeBase) -> NameSpan | None:
    """'Secretary-General of the United Nations António Guterres': the body, then the name."""
    of = _OF_COUNTRY.match(text, pos)
    if of is None or "of" not in text[pos : of.end()]:
        return None
    for mt in kb.find(text[of.end() : of.end() + 60]):
        if mt.start == 0 and mt.kind in ("country", "organization", "forum"):
            name = name_after(text, _after_honorific(text, of.end() + mt.end, kb))
            return name if name and len(name.name.split()) >= 2 else None
    return None


def _entity_at(text: str, pos: int, kb: KnowledgeBase) -> str | None:
    for mt in kb.find(text[pos : pos + 60]):
        if mt.start == 0 and mt.kind in ("country", "organization", "forum"):
            return mt.key
    return None


def _appositions(
    text: str, kb: KnowledgeBase, people: dict[str, PersonMention], titles: list[re.Match[str]]
) -> None:
    """'Penny Wong, Australia's Minister for Foreign Affairs' / 'X, Foreign Minister of Japan'."""
    for m in titles:
        lead = re.search(
            r",\s*(?:the\s+|[\w.’' ]{2,30}?(?:’s|'s)\s+|[A-Z]\w+\s+)?$",
            text[max(0, m.start() - 45) : m.start()],
        )
        if not lead:
            continue
        comma = m.start() - len(lead.group(0))
        name = name_before(text, comma)
        if name is None or len(name.name.split()) < 2 or name_after(text, m.end()):
            continue  # 'Korean Peninsula, Minister Kang': the title belongs to what follows
        if any(mt.start == 0 and mt.kind != "honorific" for mt in kb.find(name.name)):
            continue  # a place, country or body, not a person
        country, explicit = _country_for(text, m.start(), m.end(), kb, text[comma : m.end()])
        _add(people, name, _clean_title(m.group(0)), m.group("head"), country, explicit)


def _share_trailing_country(text: str, people: dict[str, PersonMention], kb: KnowledgeBase) -> None:
    """'A and Minister of X B of Peru': A serves Peru too."""
    ordered = sorted(people.values(), key=lambda p: p.spans[0][0])
    for first, second in zip(ordered, ordered[1:], strict=False):
        gap = text[first.spans[0][1] : second.spans[0][0]]
        if (
            first.title_head == second.title_head
            and not first.explicit_country
            and second.explicit_country
            and re.fullmatch(r"\s+and\s+[^.;]{0,80}", gap)
        ):
            first.country, first.explicit_country = second.country, True


def _resolve_shorts(shorts: list[tuple[NameSpan, str]], people: dict[str, PersonMention]) -> None:
    by_token: dict[str, list[PersonMention]] = {}  # casefolded token -> people, in order
    for person in people.values():
        for token in dict.fromkeys(t.casefold() for t in person.tokens):
            by_token.setdefault(token, []).append(person)
    for name, _head in shorts:
        matches = by_token.get(name.name.casefold(), [])
        if len(matches) == 1 and (name.start, name.end) not in matches[0].spans:
            matches[0].spans.append((name.start, name.end))


_NAME_WORD_BEFORE = re.compile(r"[A-Z][\w’'-]*\s$")


def _bare_mentions(text: str, people: dict[str, PersonMention], kb: KnowledgeBase) -> None:
    """'Son proposed ...', 'Wang and I agreed': a first or last name word alone, naming the one
    person of the page whose name holds it, as the subject of a clause."""
    owners: dict[str, list[PersonMention]] = {}
    for person in people.values():
        tokens = person.tokens
        if len(tokens) < 2:
            continue
        for word in {tokens[0], tokens[-1]}:
            if len(word) >= 3 and word[0].isupper() and not word.endswith("."):
                owners.setdefault(word.casefold(), []).append(person)
    unique = {w: ps[0] for w, ps in owners.items() if len(ps) == 1}
    if not unique:
        return
    words = word_start(*(re.escape(w) for w in sorted(unique, key=len, reverse=True)))
    pattern = re.compile(rf"(?:{words})(?=\s+(?:and\s+[A-Z][\w’'-]*\s+)?[a-z])", re.IGNORECASE)
    for m in pattern.finditer(text):
        word = m.group(0)
        person = unique[word.casefold()]
        span = (m.start(), m.end())
        if not word[0].isupper() or any(s <= span[0] < e for s, e in person.spans):
            continue
        if _NAME_WORD_BEFORE.search(text, max(0, span[0] - 40), span[0]):
            continue  # 'Bui Thanh Son': part of a longer name
        if any(mt.start == 0 for mt in kb.find(word)):
            continue  # 'Korea', 'Lima': a place or body, not the person
        person.spans.append(span)


def _role(ctx: Context, person: PersonMention) -> str:
    """chair / co_chair when a chair cue governs a span, attendee on an attend cue."""
    for start, end in sorted(person.spans):
        sentence = ctx.sentence_at(start)
        if sentence is None:
            continue
        capacity = _CHAIR.search(ctx.text, end, min(sentence.end, end + 80))
        if capacity and capacity.group("co") is not None:
            return "co_chair"
        if capacity and capacity.group(0).lower().startswith("in "):
            return "chair"
        if _may(ctx, sentence, "co-chair", start) and _CO_CHAIRED_WITH.search(
            ctx.text, sentence.start, start
        ):
            return "co_chair"
        chaired = _may(ctx, sentence, "chaired", min(sentence.end, end + 140), end) and (
            _CHAIR_AFTER.match(ctx.text[end : sentence.end])
        )
        if chaired and not re.search(
            r"\b(?:was|were|is|are|been|which|who|that|attended)\b", chaired.group(0)
        ):
            return "co_chair" if chaired.group("co") else "chair"
        cue = _may(ctx, sentence, "chair cue", start) and _last_chair_cue(
            ctx.text[sentence.start : start]
        )
        cue = cue if cue is not False else None
        if cue is not None:
            governed = ctx.text[sentence.start + cue : start]
            if not _CHAIR_BREAK.search(governed):
                others = [
                    p
                    for p in ctx.people
                    if p is not person
                    and any(
                        sentence.start + cue <= s < e <= _chair_scope_end(ctx, sentence, cue)
                        for s, e in p.spans
                    )
                ]
                co = others or _co_cue(ctx.text[sentence.start + cue - 16 : sentence.start + cue])
                return "co_chair" if co else "chair"
    for start, end in sorted(person.spans):
        sentence = ctx.sentence_at(start)
        if sentence and _ATTEND.search(ctx.text[end : min(sentence.end, end + 120)]):
            return "attendee"
        if (
            sentence
            and _may(ctx, sentence, "attended by", start)
            and _ATTENDED_BY.search(ctx.text[sentence.start : start])
        ):
            return "attendee"
    return "mentioned"


# Words without which those patterns cannot match (each pattern's every match holds one):
# where a sentence has none, the search over it is skipped. (literals, the shortest's length)
_NEEDED = {
    "co-chair": (re.compile(r"(?=co-chair)", re.IGNORECASE), 8),
    "chaired": (re.compile(r"(?=chaired)", re.IGNORECASE), 7),
    "chair cue": (
        re.compile(r"(?=chaired by|presided over by|under the chairmanship of|capacity as)", re.I),
        10,
    ),
    "attended by": (re.compile(r"(?=attended by|joined by|participation of| with)"), 5),
}


def _may(ctx: Context, sentence: Sentence, name: str, stop: int, start: int | None = None) -> bool:
    """Whether the words _NEEDED[name] occur within [start (the sentence's), stop)."""
    literals, shortest = _NEEDED[name]
    found = ctx.per_sentence(
        name, sentence, lambda s: occurrences(literals, ctx.text, s.start, s.end)
    )
    return may_occur(found, shortest, sentence.start if start is None else start, stop)


def _last_chair_cue(before: str) -> int | None:
    cues = [m for m in _CHAIR.finditer(before) if not m.group(0).lower().startswith("in ")]
    return cues[-1].end() if cues else None


def _co_cue(text: str) -> bool:
    return "co-chaired" in text.lower()


def _chair_scope_end(ctx: Context, sentence, cue: int) -> int:
    """The chair cue governs the names up to the next clause ('and was attended by ...')."""
    rest = ctx.text[sentence.start + cue : sentence.end]
    stop = _CHAIR_BREAK.search(rest)
    return sentence.start + cue + (stop.start() if stop else len(rest))


_CHAIR_BREAK = re.compile(
    r",\s+(?:and\s+)?(?:was|were|which|who|while)\b|\battended\b|\bjoined\b|together with|"
    r"[;:]|\bwith the participation\b"
)
# 'A co-chaired the meeting with B': B co-chairs too
_CO_CHAIRED_WITH = re.compile(r"\bco-chair(?:ed|s)?\b[^.;]{0,60}\bwith\s+[^.;]*$", re.IGNORECASE)
_ATTENDED_BY = re.compile(
    r"\b(?:attended by|joined by|participation of|(?:met|talks|meeting)(?: \w+)? with)\b[^;]*$"
)
