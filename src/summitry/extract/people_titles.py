"""Titles of office and the names they stand before: 'Minister of Foreign Affairs Cho Tae-yul',
'Peru's Minister of Foreign Trade and Tourism, Elizabeth Galdo', 'Secretary-General of the
United Nations António Guterres'."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from summitry.extract.context import Context
from summitry.extract.names import NameSpan, name_after
from summitry.extract.patterns import Needs, word_start
from summitry.kb import KnowledgeBase, load_kb
from summitry.kb.people_words import (
    name_words,
    office_words,
    portfolio_words,
    relation_words,
)

_YEAR_AFTER = re.compile(r"\s+(?:19|20)\d\d\b")
_COMMA_GAP = re.compile(r",[ \t]*")
_SPACES = re.compile(r"\s+")

__all__ = [
    "TitleMatch",
    "after_honorific",
    "before_address",
    "clean_title",
    "name_for_title",
    "portfolio",
    "title_pattern",
    "titles",
    "without_address",
]


@cache
def portfolio() -> str:
    """A portfolio as a regex: 'Foreign Affairs and Trade', 'Commerce & Economic Development'."""
    words = "|".join(sorted((re.escape(w) for w in portfolio_words()), key=len, reverse=True))
    return rf"(?:{words})(?:(?:\s*,\s*|\s+and\s+(?:the\s+)?|\s+&\s+|\s+)(?:{words}))*"


@cache
def title_pattern() -> re.Pattern[str]:
    """A title of office with its portfolio: 'Deputy Minister for Economic Affairs'."""
    kb = load_kb()
    heads = sorted(
        (*kb.title_heads, *kb.title_abbreviations, *relation_words()), key=len, reverse=True
    )
    head = word_start(*(re.escape(h).replace(r"\-", "[-‐ ]") for h in heads))
    offices = "|".join(re.escape(o).replace("'", "['’]") for o in office_words())
    complement = (
        rf"(?:\s+(?:for|of|to|in charge of)\s+(?:the\s+)?{portfolio()}"
        rf"|\s+in\s+(?:the\s+)?(?:{offices or '(?!)'})){{0,2}}"  # "in the PM's Department"
        rf"(?:\s+\({portfolio()}\))?"  # 'Deputy Minister of Finance and Economy (Economy)'
        r"(?:\s+I{2,3}\b)?"  # 'Minister of Foreign Affairs II': the second of two such offices
    )
    # '... of the Ministry of Foreign Affairs', '... at the Indonesian Ministry of Trade'
    ministry = (
        rf"(?P<ministry>\s+(?:of|at)\s+the\s+(?:[A-Z][\w-]+\s+)?(?:Ministry|Department)"
        rf"\s+of\s+(?:the\s+)?{portfolio()})?"
    )
    return re.compile(rf"(?P<head>{head}){complement}{ministry}(?![\w-])")


# never changed once made; not frozen, which sets each field through object.__setattr__
@dataclass(slots=True, unsafe_hash=True)
class TitleMatch:
    """A title of office in the text: offsets, the words as written and the head."""

    start: int
    end: int
    text: str
    head: str


def titles(ctx: Context) -> list[TitleMatch]:
    """Titles of office with their portfolios, tried only where the gazetteer saw a title (or a
    relation word such as 'counterpart')."""
    pattern, out, end = title_pattern(), [], 0
    seen = [(mt.start, mt.end) for mt in ctx.matches if mt.kind == "title"]
    if not _relation_needs().absent(ctx.text, 0, len(ctx.text)):  # a page with none skips the scan
        seen += [r.span() for r in _relations().finditer(ctx.text)]
    for start, stop in sorted(seen):
        if start < end:
            continue
        m = pattern.search(ctx.text, start, stop + 200)  # the head inside a longer title
        if m and m.start() < stop:
            last = _body_in_complement(ctx, m) if m.group("ministry") is None else _of(ctx, m)
            last = _before_next_office(ctx.text, m.start(), last)
            out.append(TitleMatch(m.start(), last, ctx.text[m.start() : last], m.group("head")))
            end = m.end()
    return out


def _before_next_office(text: str, start: int, end: int) -> int:
    """'Permanent Secretary for Foreign Affairs and APEC 2022 SOM Chair': a last 'and ...' that
    runs into a year begins a second office, not the portfolio."""
    if not _YEAR_AFTER.match(text[end : end + 6]):
        return end
    conjunct = text.rfind(" and ", start, end)
    return conjunct if conjunct > start else end


@cache
def _relations() -> re.Pattern[str]:
    return re.compile(rf"(?:{word_start(*map(re.escape, relation_words()))})\b")


@cache
def _relation_needs() -> Needs:
    return Needs(_relations())


def _body_in_complement(ctx: Context, m: re.Match[str]) -> int:
    """Where a title ends: before 'of the African Union Commission' when the portfolio words
    only began the name of a body that runs on past them."""
    for mt in ctx.matches_in(m.end("head"), m.end() + 60):
        body = m.end("head") + mt.start
        if mt.kind in _BODIES and body < m.end() < m.end("head") + mt.end:
            of = _OF_BEFORE.search(ctx.text, m.end("head"), body)
            if of:
                return of.start()
    return m.end()


_BODIES = ("organization", "country", "forum")


def _of(ctx: Context, m: re.Match[str]) -> int:
    """'SOM Leader of the Ministry of Foreign Affairs of the Republic of the Philippines': the
    country a ministry belongs to is part of the title as stated."""
    of = OF_COUNTRY.match(ctx.text, m.end())
    if of and "of" in of.group(0):
        country = [mt for mt in ctx.matches_in(of.end(), of.end() + 60) if mt.start == 0]
        if country and country[0].kind == "country":
            return of.end() + country[0].end
    return m.end()


_OF_BEFORE = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?$|,\s*$")


def name_for_title(text: str, m: TitleMatch, kb: KnowledgeBase) -> NameSpan | None:
    """The name a title stands before, directly, after a comma or after whom it serves; an
    acronym of the title between them is passed over ('Minister of State (MOS) of India')."""
    acronym = _ACRONYM.match(text, m.end)
    end = acronym.end() if acronym else m.end
    served = _OF_SERVED.match(text, end)
    in_apposition = _APPOSED.search(text, max(0, m.start - 40), m.start)
    return (
        name_after(text, after_honorific(text, end, kb))
        or (None if in_apposition else _name_after_comma(text, served.end() if served else end, kb))
        or _name_after_served(text, end, kb)
    )


# 'A, the Deputy Chairperson of the AUC, B, the Foreign Minister': the title after a name and a
# comma is that name's, not the next one's
_APPOSED = re.compile(r"[a-z][\w’'-]*,\s*(?:the\s+)?$")


# 'Prime Minister of Australia, Anthony Albanese': whom the office serves, before the comma
_OF_SERVED = re.compile(
    r"\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of|the|[A-Z][\w’'-]*)){0,10}"
    r"(?:\s+\([A-Z][A-Za-z.]{1,9}\))?(?=,)"  # '... of the World Trade Organization (WTO),'
)
_ACRONYM = re.compile(r"\s+\([A-Z][A-Za-z.]{1,9}\)")
_NAME_CLOSE = re.compile(
    r"\s*(?:[,.;:)]|\(|\s(?:and|who|said|says)\b|\s(?!(?:of|for|to|in|at|on|the)\b)[a-z]|$)"
)
# ' of the', ', of', ', Jr. of the': whom a title or a name serves, after a name's suffix
OF_COUNTRY = re.compile(r"\.?\s*(?:,\s*(?:Jr|Sr)\.?\s*)?(?:,\s*)?\bof\s+(?:the\s+)?")


def _name_after_comma(text: str, pos: int, kb: KnowledgeBase) -> NameSpan | None:
    """'Peru's Minister of Foreign Trade and Tourism, Elizabeth Galdo,': the title comes first."""
    comma = _COMMA_GAP.match(text[pos : pos + 3])
    if comma is None:
        return None
    name = name_after(text, after_honorific(text, pos + comma.end() - 1, kb))
    if (
        name is None
        or len(name.name.split()) < 2
        or not _NAME_CLOSE.match(text, name.end)
        or any(mt.start == 0 and mt.kind != "honorific" for mt in kb.find(name.name))
    ):
        return None
    return name


def _name_after_served(text: str, pos: int, kb: KnowledgeBase) -> NameSpan | None:
    """'Secretary-General of the United Nations António Guterres': the body, then the name;
    'Minister of State (MOS) of India Shri V. Muraleedharan': the title's acronym first."""
    if short := _ACRONYM.match(text, pos):
        pos = short.end()
    of = OF_COUNTRY.match(text, pos)
    if of is None or "of" not in text[pos : of.end()]:
        return None
    for mt in kb.find(text[of.end() : of.end() + 60]):
        if mt.start == 0 and mt.kind in ("country", "organization", "forum"):
            body_end = of.end() + mt.end
            acronym = _ACRONYM.match(text, body_end)  # 'of the United States (US) Joe Biden'
            name = name_after(
                text, after_honorific(text, acronym.end() if acronym else body_end, kb)
            )
            if name and len(name.name.split()) >= 2:
                return name
            break  # 'of the China National Tourism Administration': the body runs on
    body = _body_then_address(kb).match(text, of.end())  # a body the kb does not know
    if body is None:
        return None
    name = name_after(text, after_honorific(text, body.end(), kb))
    return name if name and len(name.name.split()) >= 2 else None


@cache
def _body_then_address(kb: KnowledgeBase) -> re.Pattern[str]:
    """'of the China National Tourism Administration (CNTA) Mr Shao Qiwei': capitalised words
    of a body, then a form of address, which ends the body."""
    word = r"[A-Z][\w’'-]*"
    return re.compile(
        rf"{word}(?:[ \t]+(?:(?:of|and|for)[ \t]+)?{word}){{0,7}}?"
        rf"(?:[ \t]+\([A-Z][A-Za-z.]{{1,9}}\))?(?=[ \t]+(?:{_address_forms(kb)})\.?[ \t]+[A-Z])"
    )


def after_honorific(text: str, pos: int, kb: KnowledgeBase) -> int:
    """Skip 'Dr', 'H.E.', 'Mr.' between a title and a name, but not a form that is the name's
    first word ('Prime Minister Sheikh Hasina')."""
    m = _honorifics(kb).match(text, pos)
    if m is None:
        return pos
    last = _LAST_WORD.search(text, pos, m.end())
    if last and last.group(0) in name_words().name_forms:
        name = name_after(text, m.end())
        if name and len(name.name.split()) == 1:
            return last.start()
    return m.end()


_LAST_WORD = re.compile(r"\S+$")


@cache
def _address_forms(kb: KnowledgeBase) -> str:
    """Forms of address and ranks as one alternation ('Dato’ Sri' as 'Dato' Sri')."""
    forms = {h.rstrip(".") for h in (*kb.honorifics, *name_words().ranks)}
    escaped = (re.escape(f).replace("'", "['’]") for f in sorted(forms, key=len, reverse=True))
    return "|".join(escaped)


def holds_address(text: str, kb: KnowledgeBase) -> bool:
    """Whether a form of address or a rank stands in the text ('by His Excellency General')."""
    return _any_address(kb).search(text) is not None


def address_before(text: str, pos: int, kb: KnowledgeBase) -> bool:
    """Whether a form of address or a rank ends right before pos ('H.E. General |Prayut')."""
    return _address_end(kb).search(text, max(0, pos - 40), pos) is not None


def before_address(text: str, kb: KnowledgeBase) -> str:
    """The text without the forms of address and ranks it ends with ('External Affairs
    Minister Dr. ' -> 'External Affairs Minister')."""
    while (m := _address_end(kb).search(text if text.endswith(" ") else f"{text} ")) is not None:
        text = text[: m.start()].rstrip()
    return text


@cache
def _address_end(kb: KnowledgeBase) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w.])(?:{_address_forms(kb)})\.?\s+$")


@cache
def _any_address(kb: KnowledgeBase) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w.])(?:{_address_forms(kb)})(?![\w’'])")


@cache
def _honorifics(kb: KnowledgeBase) -> re.Pattern[str]:
    return re.compile(rf"(?:\s+(?:{_address_forms(kb)})\.?)+(?=\s+[A-Z])")


@cache
def _leading_address(kb: KnowledgeBase) -> re.Pattern[str]:
    return re.compile(rf"(?:(?:{_address_forms(kb)})\.?\s+)+(?=[A-Z])", re.IGNORECASE)


def without_address(
    name: NameSpan | None, kb: KnowledgeBase, text: str | None = None
) -> NameSpan | None:
    """'The Honourable Chrystia Freeland' -> 'Chrystia Freeland': forms of address that a
    name read backwards took in are no part of it, unless the last is the name's first word;
    with the text, also the end of a chain of forms that began before the name."""
    if name is None:
        return None
    if text is not None:
        name = _past_cut_chain(text, name, kb)
    lead = _leading_address(kb).match(name.name)
    if lead is None:
        return name
    rest = name.name[lead.end() :]
    form = lead.group(0).split()[-1]
    if len(rest.split()) == 1 and form in name_words().name_forms:
        rest = f"{form} {rest}"  # 'Sheikh Hasina': the form is the name's first word
    return NameSpan(name.end - len(rest), name.end, rest) if rest else None


def _past_cut_chain(text: str, name: NameSpan, kb: KnowledgeBase) -> NameSpan:
    """'Yang Berhormat Dato Erywan Pehin Yusof' read backwards five words at most: 'Berhormat
    Dato' ends a chain of forms that began before the name, and is no part of it."""
    for m in _address_chain(kb).finditer(text, max(0, name.start - 40), name.end):
        if m.start() < name.start < m.end():
            words = name.name.split()
            cut = len(_SPACED.findall(text, name.start, m.end()))
            if cut == len(words) - 1 and words[cut - 1] in name_words().name_forms:
                cut -= 1  # 'H.E. Sheikh Hasina': the form is the name's first word
            rest = " ".join(words[cut:])
            return NameSpan(name.end - len(rest), name.end, rest) if cut < len(words) else name
    return name


_SPACED = re.compile(r"\S+")


@cache
def _address_chain(kb: KnowledgeBase) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w.’'])(?:(?:{_address_forms(kb)})\.?\s+)+")


def clean_title(title: str) -> str:
    """The title as the record writes it: one space between words, a capital first; an
    abbreviation ('PM', 'EAM') spelled out."""
    title = _SPACES.sub(" ", title).strip(" ,")
    title = load_kb().title_abbreviations.get(title, title)
    return title[0].upper() + title[1:] if title else title
