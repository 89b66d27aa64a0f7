"""References to speakers that the people scan leaves as they are: a name word after an
honorific ('Mr Crean'), a title after 'the' ('the Deputy Prime Minister'), a group right after
the meeting that opens its sentence."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from summitry.extract.context import Context
from summitry.extract.patterns import POSSESSIVE, WordStarts, words_then
from summitry.kb.cues import alternation
from summitry.kb.data import read_yaml
from summitry.kb.people_words import ref_title_words, state_office_words

__all__ = [
    "Candidate",
    "abbreviated_titles",
    "defined_abbreviations",
    "government_bodies",
    "honorifics_alone",
    "introduced_by",
    "kb_titles",
    "offices_of_people",
    "short_names",
    "spelled_apart",
    "state_holders",
    "top_diplomats",
    "we_apposed",
    "within",
]


@dataclass(slots=True, unsafe_hash=True)
class Candidate:
    """A possible subject: where it stands and the speakers it stands for. Never changed
    once made; not frozen, which would set each field through object.__setattr__ (a page
    makes dozens). Hashed by value."""

    start: int
    end: int
    speakers: tuple[str, ...]
    kind: str  # person, title, pronoun, country, group, body, meeting


def introduced_by(text: str, start: int, meeting_ends: dict) -> tuple[str, ...] | None:
    """'During the 7th EAS Foreign Ministers' Meeting, the Ministers ...': a group right after
    an opening phrase that names a meeting is that meeting's."""
    comma = _COMMA_BEFORE.search(text, max(0, start - 5), start)
    meeting = meeting_ends.get(comma.start()) if comma else None
    return meeting.speakers if meeting else None


_COMMA_BEFORE = re.compile(r",\s+\Z")


def kb_titles(ctx: Context, taken: set[int]) -> list[Candidate]:
    """'the Deputy Prime Minister', 'The Minister of Foreign Affairs': any title of the
    knowledge base after 'the', with no name after it; or opening its sentence right before a
    verb ('Prime Minister underlined ...')."""
    out = []
    for mt in ctx.matches:
        if mt.kind != "title" or mt.start - 4 in taken or _NAME_AFTER.match(ctx.text, mt.end):
            continue
        if ctx.text[max(0, mt.start - 4) : mt.start] in ("the ", "The "):
            out.append(Candidate(mt.start - 4, mt.end, (mt.surface,), "title"))
        elif _OPENS_SENTENCE.search(ctx.text, max(0, mt.start - 3), mt.start) and _VERB_AFTER.match(
            ctx.text, mt.end
        ):
            out.append(Candidate(mt.start, mt.end, (mt.surface,), "title"))
    return out


_OPENS_SENTENCE = re.compile(r"(?:^|[.!?]\s+|\n|,\s+)\Z")  # 'In his address, Prime Minister ...'


def abbreviated_titles(ctx: Context) -> list[Candidate]:
    """'PM highlighted ...', 'EAM also underlined ...': a short form of a title, right before
    a verb and with no name after it, stands for the person holding the title."""
    out = []
    for at in _ABBREVIATION_STARTS(ctx.text):
        m = _ABBREVIATIONS.match(ctx.text, at)
        if m and _VERB_AFTER.match(ctx.text, m.end()):
            out.append(Candidate(m.start(), m.end(), (_ABBREVIATED[m.group(0)],), "title"))
    return out


_ABBREVIATED = {str(k): str(v) for k, v in read_yaml("acts").get("title_abbreviations", {}).items()}
_ABBREVIATION_STARTS = WordStarts(list(_ABBREVIATED))
_ABBREVIATIONS = re.compile(rf"(?:{'|'.join(map(re.escape, _ABBREVIATED))})\b")
_VERB_AFTER = re.compile(r"\s+(?:also\s+)?[a-z]+(?:ed|s)\b")


def defined_abbreviations(ctx: Context) -> list[Candidate]:
    """'Minister of State for External Affairs (MOS) of India V. Muraleedharan ... MOS in his
    remarks appreciated ...': a short form the page gives in brackets after a person's title
    stands for that person wherever it stands alone."""
    titles = {p.title: p.name for p in ctx.people if p.title}
    defined: dict[str, str] = {}
    for m in _BRACKETED.finditer(ctx.text) if titles else ():
        before = ctx.text[max(0, m.start() - 120) : m.start()].rstrip()
        name = next((n for t, n in titles.items() if before.endswith(t)), None)
        if name is not None:
            defined.setdefault(m.group(1), name)
    if not defined:
        return []
    words = re.compile(rf"(?<![\w(])(?:{'|'.join(defined)})(?![\w)])")
    return [
        Candidate(m.start(), m.end(), (defined[m.group(0)],), "person")
        for m in words.finditer(ctx.text)
    ]


_BRACKETED = re.compile(r"\(([A-Z][a-z]?[A-Z][A-Za-z]{0,3})\)")  # (MOS), (MoS), (FM)


def top_diplomats(ctx: Context) -> list[Candidate]:
    """'The country's top diplomat also underscored ...': a word for a state's foreign
    minister, with no name after it, stands for the person of the page who holds that office."""
    holders = [p for p in ctx.people if p.title and _FOREIGN_OFFICE.search(p.title)]
    if not holders or not any(word in ctx.text for word in _DIPLOMAT_SAID):
        return []  # _TOP_DIPLOMAT ends in one of those words
    out = []
    for m in _TOP_DIPLOMAT.finditer(ctx.text):
        states = {mt.key for mt in ctx.matches_in(m.start(), m.end()) if mt.kind in _STATES}
        own = [p for p in holders if p.country in states] if states else holders
        if not own or _NAME_AFTER.match(ctx.text, m.end()):
            continue
        # "Indonesia's top diplomat": Indonesia's; "the country's": the one named last
        before = [(s, p.name) for p in own for s, _ in p.spans if s < m.start()]
        name = max(before)[1] if before else own[0].name
        out.append(Candidate(m.start(), m.end(), (name,), "person"))
    return out


_DIPLOMAT_WORDS = read_yaml("titles").get("foreign_minister_words") or {}
_DIPLOMAT_SAID = tuple(_DIPLOMAT_WORDS.get("said", ()))
_TOP_DIPLOMAT = re.compile(
    r"(?:\b[Tt]he\s+(?:(?:country|nation|kingdom|republic)[’']s\s+)?|\b[A-Z][\w-]*[’']s\s+)"
    rf"(?:{'|'.join(map(re.escape, _DIPLOMAT_SAID))})\b"
)
_FOREIGN_OFFICE = re.compile(rf"(?:{'|'.join(map(re.escape, _DIPLOMAT_WORDS.get('titles', ())))})")


def state_holders(ctx: Context) -> list[Candidate]:
    """'The Japanese leader noted ...', 'the Chinese Foreign Minister said', 'Korea's Foreign
    Minister welcomed': a state's word and an office, with no name after them, stand for that
    state's holder of the office on the page, else for the state."""
    titles = {mt.start: mt for mt in ctx.matches if mt.kind == "title"}
    out = []
    for mt in ctx.matches:
        if mt.kind == "demonym" and ctx.text[max(0, mt.start - 4) : mt.start] in ("the ", "The "):
            start, office = mt.start - 4, _office_after(ctx.text, titles, mt.end)
        elif mt.kind == "country" and ctx.text.startswith(POSSESSIVE, mt.end):
            start, office = mt.start, _office_after(ctx.text, titles, mt.end + 2)
        else:
            continue
        if office is None:
            continue
        end, head = office
        own = [p for p in ctx.people if p.country == mt.key]
        held = [p for p in own if head in _ANY_OFFICE or (p.title and head in p.title.lower())]
        if held:
            out.append(Candidate(start, end, (held[0].name,), "person"))
        elif not own:
            out.append(Candidate(start, end, (mt.key,), "country"))
    return out


def _office_after(text: str, titles: dict, pos: int) -> tuple[int, str] | None:
    """The end and head word of an office one space after pos ('Prime Minister' ->
    'minister', 'premier'), with no name after it; else None."""
    if text[pos : pos + 1] != " ":
        return None
    if office := titles.get(pos + 1):
        end, head = office.end, office.surface.split()[-1].lower()
    elif word := _OFFICE_WORD.match(text, pos + 1):
        end, head = word.end(), word.group(0)
    else:
        return None
    return None if _NAME_AFTER.match(text, end) else (end, head)


_OFFICE_WORD = re.compile(rf"(?:{'|'.join(map(re.escape, state_office_words()))})\b")
_ANY_OFFICE = frozenset(str(w) for w in read_yaml("titles").get("any_office_words") or ())


def honorifics_alone(ctx: Context) -> list[Candidate]:
    """'His Majesty highlighted ...': a form of address with no name after it stands for the
    person last named, as 'he' does."""
    return [
        Candidate(mt.start, mt.end, (), "honorific")
        for mt in ctx.matches
        if mt.kind == "honorific" and " " in mt.surface and not _NAME_AFTER.match(ctx.text, mt.end)
    ]


_NAME_AFTER = re.compile(r",?\s+(?:[A-Z][\w’'-]*|of\s+[A-Z])")


def within(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) lies inside one of the sorted spans."""
    at = bisect.bisect_right(spans, (start, end)) - 1
    return at >= 0 and spans[at][0] <= start and end <= spans[at][1]


def short_names(ctx: Context) -> list[Candidate]:
    """'Mr Crean said', 'PM Chinh stressed', 'Sugiono said': a name word of one person of
    the page alone (or the one word of a one-word name), or after an honorific, a title or an
    abbreviation, where the people scan left no span."""
    owners: dict[str, set[str]] = {}
    for person in ctx.people:
        tokens = person.tokens
        if tokens:
            for word in {tokens[0], tokens[-1]}:
                if len(word) >= 2 and word[0].isupper() and not word.endswith("."):
                    owners.setdefault(word, set()).add(person.name)
    unique = {w: next(iter(names)) for w, names in owners.items() if len(names) == 1}
    if not unique:
        return []
    taken = sorted(span for person in ctx.people for span in person.spans)
    lead_ends = {mt.end for mt in ctx.matches if mt.kind in ("title", "honorific")}
    words = words_then(sorted(unique, key=len, reverse=True), r"(?![\w’'-])(?!\s+[A-Z])")
    out = []
    for m in words.finditer(ctx.text):
        at = bisect.bisect_right(taken, (m.start(), len(ctx.text))) - 1
        if at >= 0 and taken[at][0] <= m.start() < taken[at][1]:
            continue
        name = unique[m.group(0)]
        whole = _whole_name(ctx.text, name, m.start())
        if whole is not None:  # 'Li Qiang said', which the people scan left unspanned
            out.append(Candidate(whole, m.end(), (name,), "person"))
            continue
        before = _WORD_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
        if (
            before
            and before.end(1) not in lead_ends
            and not _ABBREVIATION.fullmatch(before[1])
            and not _SENTENCE_END.search(before[1])
        ):
            continue  # 'Bui Thanh Son': part of a longer name; not '... in Lima. Xi noted'

        out.append(Candidate(m.start(), m.end(), (name,), "person"))
    return out


def _whole_name(text: str, name: str, at: int) -> int | None:
    """Where the person's whole name starts when the name's other words stand right before
    its last word ('Xi Jinping' before 'stressed'); else None."""
    rest = name.replace(",", " ").split()[:-1]
    if not rest:
        return None
    lead = re.compile(r"\s+".join(map(re.escape, rest)) + r"\s+\Z")
    found = lead.search(text, max(0, at - len(name) - 10), at)
    if found is None or (found.start() > 0 and text[found.start() - 1].isalnum()):
        return None
    return found.start()


def spelled_apart(ctx: Context) -> list[Candidate]:
    """'Hun Sen said' on a page that named 'Prime Minister Hunsen': a person's name written
    with its words run together or split, where the people scan left no span."""
    squashed: dict[str, str] = {}
    for person in ctx.people:
        squashed.setdefault(_SQUASH.sub("", person.name).casefold(), person.name)
    if not squashed:
        return []
    starts = {key[:n] for key in squashed for n in range(1, len(key) + 1)}
    taken = sorted(span for person in ctx.people for span in person.spans)
    words = list(_NAME_WORD.finditer(ctx.text))
    out = []
    for i, first in enumerate(words):
        if first.group(0).casefold() not in starts:
            continue  # most words: no name begins with them
        joined = ""  # the words so far, run together and case-folded
        for k, last in enumerate(words[i : i + 3]):
            if k and ctx.text[words[i + k - 1].end() : last.start()] not in (" ", "-"):
                break  # not next to the word before it, as in 'Hun Sen', 'Hun-Sen'
            joined += last.group(0).casefold()
            if joined not in starts:
                break  # no name begins so: nor with more words
            written = ctx.text[first.start() : last.end()]
            name = squashed.get(joined)
            if name and name != written and not within(taken, first.start(), last.end()):
                out.append(Candidate(first.start(), last.end(), (name,), "person"))
    return out


_SQUASH = re.compile(r"[\s-]+")
_NAME_WORD = re.compile(r"[A-Z](?<!\w[A-Z])[a-z]+\b")  # r"\b[A-Z][a-z]+\b", from its capital
_WORD_BEFORE = re.compile(r"([A-Z][\w’'.-]*)\s+\Z")
_SENTENCE_END = re.compile(r"[a-z]{3}[.!?]\Z")  # 'Lima.', 'Vientiane.'; not 'Mr.', 'U.S.'
_ABBREVIATION = re.compile(r"[A-Z]{2,4}\.?|[A-Z][a-z]{1,2}\.?")


def offices_of_people(ctx: Context, candidates: list[Candidate]) -> list[Candidate]:
    """'Yoon's office said', 'a spokesman for X said': who speaks for a person speaks for the
    person's state (kind 'office'), where the page gives that state."""
    states = {p.name: p.country for p in ctx.people if p.country}
    out, text = [], ctx.text
    for cand in candidates:
        state = states.get(cand.speakers[0]) if cand.kind == "person" else None
        if state is None:
            continue
        if after := _OFFICE_AFTER.match(text, cand.end):
            out.append(Candidate(cand.start, after.end(), (state,), "office"))
        elif before := _OFFICE_BEFORE.search(text, max(0, cand.start - 40), cand.start):
            out.append(Candidate(before.start(), cand.end, (state,), "office"))
    return out


_OFFICES = alternation(read_yaml("titles").get("speaking_offices") or [])
_OFFICE_AFTER = re.compile(rf"(?:’s|'s|’|')\s+(?:{_OFFICES})\b")
# 'a spokesman for X', 'the office of President X': the title words before the name too
_OFFICE_BEFORE = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he)\s+(?:{_OFFICES})\s+(?:for|of)\s+(?:[A-Z][\w.’'-]*\s+){{0,4}}\Z"
)


def government_bodies(ctx: Context, home: str | None) -> list[Candidate]:
    """'The Foreign Ministry intends to ...', 'the Ministry of Foreign Affairs of Viet Nam
    said': a government body acts for the state it names, else for the publisher's."""
    out, text = [], ctx.text
    for at in _BODY_STARTS(text):
        lead = _BODY_LEAD.search(text, max(0, at - 60), at)
        word = _BODY_WORD.match(text, at)
        if lead is None or word is None:
            continue
        tail = _BODY_OF.match(text, word.end())  # always matches: it may be empty
        end = tail.end() if tail else word.end()
        named = [mt for mt in ctx.matches_in(lead.start(), end) if mt.kind in _STATES]
        speaker = named[0].key if named else home
        if speaker:
            out.append(Candidate(lead.start(), end, (speaker,), "country"))
    return out


_STATES = ("country", "demonym")
_BODY_WORDS = ref_title_words().government_bodies
_BODY_STARTS = WordStarts(list(_BODY_WORDS))
_BODY_WORD = re.compile(rf"(?:{'|'.join(map(re.escape, _BODY_WORDS))})\b")
_NAME = r"[A-Z][\w’'.-]*"
# 'the', up to three capitalised words ('the Vietnamese Foreign'), then the body word
_BODY_LEAD = re.compile(rf"\b[Tt]he\s+(?:{_NAME}\s+){{0,3}}\Z")
# what the body is of: 'of Foreign Affairs of Viet Nam', 'of the Republic of Korea'
_BODY_OF = re.compile(rf"(?:\s+of\s+(?:the\s+)?{_NAME}(?:\s+(?:(?:and|of|the)\s+)*{_NAME})*)?")


def we_apposed(
    text: str, candidates: list[Candidate], starts: list[int], resolve: Callable
) -> tuple[str, ...] | None:
    """'We, the Leaders of the G20, ...': the group a declaration's 'We' names once is whom
    every 'We' of the page speaks for (candidates sorted by start, starts theirs)."""
    m = _WE_APPOSED.search(text)
    if m is None:
        return None
    at = bisect.bisect_left(starts, m.end())
    cand = candidates[at] if at < len(candidates) else None
    if cand is None or cand.start != m.end() or cand.kind not in ("group", "body"):
        return None
    return resolve(cand) or None


_WE_APPOSED = re.compile(r"We(?<!\wWe),\s+")  # r"\bWe,\s+" opening with its literal
