"""People named with no title: 'Xi Jinping said ...', 'Narendra Modi and Anthony Albanese
agreed ...', '“...,” said Penny Wong.'. A name of two or more words is a person's only as the
subject of a verb of speaking or of diplomacy (kb/names.yaml `untitled_verbs`), and only when
the gazetteer knows none of its words (so 'South Africa said', 'Hong Kong welcomed' name no
one)."""

from __future__ import annotations

import re
from functools import cache
from typing import TypeGuard

from summitry.extract.names import NameSpan, name_after, name_before
from summitry.extract.people_titles import without_address
from summitry.extract.person import PersonMention
from summitry.kb import KnowledgeBase
from summitry.kb.people_words import apposed_office_words, name_words, state_office_words

__all__ = [
    "apposed_office",
    "office_holder",
    "state_before",
    "title_by_reference",
    "untitled_names",
]


def untitled_names(text: str, kb: KnowledgeBase) -> list[NameSpan]:
    """The names of people the text gives with no title, as subjects of a verb."""
    out: list[NameSpan] = []
    for verb in _verbs().finditer(text):
        end = verb.start() + 1
        if not text[end - 2 : end - 1].isalpha() and text[end - 2 : end - 1] not in ".’'":
            continue  # a name ends in a letter, or a dot ('Jr.'), before the verb
        if not text[text.rfind(" ", 0, end - 1) + 1].isupper():
            continue  # 'the minister said': no name ends before the verb
        subjects: list[NameSpan] = []
        while (name := _name_before(text, end, kb)) is not None:
            subjects.append(name)
            joined = _AND_BEFORE.search(text, max(0, name.start - 6), name.start)
            if joined is None:
                break
            end = joined.start()  # 'Narendra Modi and Anthony Albanese agreed'
        if subjects and _opens_clause(text, subjects[-1].start, kb):
            out.extend(subjects)
        elif len(subjects) > 1 and _titled(text, subjects[-1].start, kb):
            out.extend(subjects[:-1])  # 'Prime Minister X and Vladimir Putin said'
    out.extend(_after_quote(text, kb))
    out.extend(_after_state_office(text, kb))
    out.extend(_before_apposed_office(text, kb))
    return sorted(out, key=lambda n: n.start)


def title_by_reference(text: str, people: list[PersonMention], kb: KnowledgeBase) -> None:
    """'Vladimir Putin held talks ... The President of Russia noted': a person named with no
    title holds the office a later 'the <office> of <state>' gives, when they hold it."""
    if not any(p.title is None and p.country for p in people):
        return
    for m in _OFFICE_OF.finditer(text):
        office = kb.find(m.group("office"), {"title"})
        if not office or (office[0].start, office[0].end) != (0, len(m.group("office"))):
            continue
        states = kb.find(text[m.end() : m.end() + 60], {"country"})
        if not states or states[0].start != 0:
            continue
        holder = office_holder(people, m.group("office"), states[0].key)
        if holder is not None and holder.title is None:
            holder.title = m.group("office")


def office_holder(people: list[PersonMention], office: str, state: str) -> PersonMention | None:
    """Who 'the <office> of <state>' is: the one person of that state, if their title has the
    office's head word ('the Foreign Minister of Russia' is no 'President') or they have none."""
    own = [p for p in people if p.country == state]
    if len(own) != 1:
        return None
    title = own[0].title
    return own[0] if title is None or _head_word(title) == _head_word(office) else None


def _head_word(title: str) -> str:
    """The word a title's office turns on: 'Minister' of 'Minister of Foreign Affairs' and of
    'Deputy Prime Minister'."""
    return _COMPLEMENT.split(title, maxsplit=1)[0].split()[-1].casefold()


_COMPLEMENT = re.compile(r"\s+(?:of|for|at|to|in|on)\s|\s*[(,]")
_OFFICE_OF = re.compile(
    r"\b[Tt]he\s+(?P<office>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+of\s+(?:the\s+)?"
)


def state_before(text: str, start: int, kb: KnowledgeBase) -> str | None:
    """The state whose word stands right before a name ('Chinese leader X', 'China's X')."""
    window = max(0, start - 60)
    said = _state_office_end().search(text, window, start) or _POSSESSOR.search(text, window, start)
    if said is None:
        return None
    found = kb.find(said.group("state"), {"demonym", "country"})
    ends = bool(found) and found[-1].end == len(said.group("state"))
    return found[-1].key if ends else None


def _after_state_office(text: str, kb: KnowledgeBase) -> list[NameSpan]:
    """'Chinese leader Xi Jinping', 'Japanese premier Kishida Fumio': a state's word, an office
    in lower case (titles.yaml `state_office_words`), then the name."""
    out = []
    for _, after in _spaced_words(text, state_office_words()):
        if text[after : after + 1] != " " or not text[after + 1 : after + 2].isupper():
            continue
        if state_before(text, after + 1, kb) is None:
            continue
        name = name_after(text, after + 1)
        if _good_name(name, kb):
            out.append(name)
    return out


def _before_apposed_office(text: str, kb: KnowledgeBase) -> list[NameSpan]:
    """'Wang Yi, member of the Political Bureau ... and director of ..., said': a name that
    opens a clause, then an office in lower case set off by commas, then a verb."""
    out = []
    for m in _apposed_office().finditer(text):
        name = _name_before(text, m.start(), kb)
        if name is not None and _opens_clause(text, name.start, kb):
            out.append(name)
    return out


def apposed_office(text: str, end: int) -> str | None:
    """The office set off by commas right after a name, the last of those held together
    ('member of the Political Bureau ... and director of the Office ...' -> 'Director of the
    Office ...'), capitalised as a title."""
    m = _apposed_office().match(text, end)
    if m is None:
        return None
    office = _LAST_HELD.split(m.group("office"))[-1]
    return office[0].upper() + office[1:]


_LAST_HELD = re.compile(r"\s+and\s+(?=(?:the\s+)?[a-z]+\s+of\s)")


@cache
def _apposed_office() -> re.Pattern[str]:
    offices = "|".join(sorted(map(re.escape, apposed_office_words()), key=len, reverse=True))
    verbs = _verb_alternation()
    return re.compile(
        rf",[ \t]+(?:a[ \t]+|the[ \t]+)?(?P<office>(?:{offices})\b[^.;:()“”\"\n]{{0,220}}?),"
        rf"[ \t]+(?:\w+ly[ \t]+)?(?:{verbs})\b"
    )


def _spaced_words(text: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where each word stands after a space, in the text's order: (the word's start, its end),
    found by str.find, which skips to each one in C where a pattern would stop everywhere."""
    hits = []
    for word in words:
        key = f" {word}"
        at = text.find(key)
        while at != -1:
            hits.append((at + 1, at + len(key)))
            at = text.find(key, at + len(key))
    return sorted(hits)


def _good_name(name: NameSpan | None, kb: KnowledgeBase) -> TypeGuard[NameSpan]:
    """A name of two to four words of mixed case, none a word of a body, unknown to the kb."""
    return (
        name is not None
        and 2 <= len(name.name.split()) <= 4
        and all(_word_ok(w) for w in name.name.split())
        and not _ABBREVIATED_FIRST.match(name.name)  # 'Sec. Enrique Manalo': a title cut short
        and not kb.find(name.name)
    )


_ABBREVIATED_FIRST = re.compile(r"[^\W\d_]{3,}\.\s")


@cache
def _state_office_end() -> re.Pattern[str]:
    return re.compile(rf"{_statestate_office_words()}$")


def _statestate_office_words() -> str:
    """A state's word (or its possessive), then a lower-case office (titles.yaml
    `state_office_words`): 'Chinese leader', "China's top diplomat"."""
    words = "|".join(sorted(map(re.escape, state_office_words()), key=len, reverse=True))
    return rf"(?P<state>[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?)(?:[’']s)?[ \t]+(?:{words})[ \t]+"


def _after_quote(text: str, kb: KnowledgeBase) -> list[NameSpan]:
    """'“We stand together,” said Anthony Albanese.': the name after a quote and 'said'."""
    out = []
    for said in _SAID_AFTER_QUOTE.finditer(text):
        name = name_after(text, said.end())
        if _good_name(name, kb) and _NAME_ENDS_CLAUSE.match(text, name.end):
            out.append(name)
    return out


_SAID_AFTER_QUOTE = re.compile(r"[,”\"]\s*(?:said|says|added)[ \t]+(?=[A-Z])")
_NAME_ENDS_CLAUSE = re.compile(r"\s*(?:[.,;:(]|$)|\s+(?:on|in|at|during|after)\s")


def _name_before(text: str, end: int, kb: KnowledgeBase) -> NameSpan | None:
    """The name right before end, of two to four words, that names no place or body."""
    name = _after_possessive(without_address(name_before(text, end), kb, text))  # 'Gen Prayut said'
    return name if _good_name(name, kb) else None


def _opens_clause(text: str, start: int, kb: KnowledgeBase) -> bool:
    """Whether a name at start opens a clause ('Later, X said') or follows a state's word
    ('China's X said', 'Chinese leader X said'): not 'the Washington Post said', 'Foreign
    Minister X said'."""
    opens = _OPENS_CLAUSE.search(text, max(0, start - 40), start)
    return opens is not None or state_before(text, start, kb) is not None


def _titled(text: str, start: int, kb: KnowledgeBase) -> bool:
    """Whether a title of office ends right before a name ('Prime Minister |X')."""
    window = max(0, start - 40)
    found = kb.find(text[window:start], {"title"})
    return bool(found) and not text[window + found[-1].end : start].strip()


def _after_possessive(name: NameSpan | None) -> NameSpan | None:
    """A name read backwards past a possessive begins after it ('China’s Xi Jinping')."""
    if name is None:
        return None
    cut = _POSSESSIVE_WORD.search(name.name)
    if cut is None:
        return name
    rest = name.name[cut.end() :]
    return NameSpan(name.end - len(rest), name.end, rest) if rest else None


_POSSESSIVE_WORD = re.compile(r"^.*[’']s\s+")


_POSSESSOR = re.compile(r"(?P<state>(?:[A-Z][\w-]*[ \t]+)*[A-Z][\w-]*)[’']s[ \t]+$")


def _word_ok(word: str) -> bool:
    """A word of a name written in mixed case, not a mere initial ('A. Smith' is too thin), nor
    a word of the name of a body ('Amnesty International', 'Communist Party')."""
    return (
        len(word) >= 2
        and word[0].isupper()
        and any(c.islower() for c in word)
        and word.casefold() not in name_words().body_words
    )


# the name opens the text, a line, a sentence or a clause: nothing but these stands before it
# ('Minister of Foreign Affairs and Worship X attended': an 'and' alone may join a title's words)
_OPENS_CLAUSE = re.compile(
    r"(?:^|[\n.;:!?“\"(]\s*|[.!?][”’']\s*|,\s+(?:and\s+)?|\b(?:but|while|when)\s+"
    r"|\s(?:--|[–—-])\s+)$"
)  # ' -- ': a dateline's end ('BEIJING, June 8 (Xinhua) -- X said'); '.” X said' after a quote
_AND_BEFORE = re.compile(r"\s+and\s+$")


def _verb_alternation() -> str:
    """kb/names.yaml's untitled_verbs as one alternation, longest first."""
    return "|".join(sorted(map(re.escape, name_words().untitled_verbs), key=len, reverse=True))


@cache
def _verbs() -> re.Pattern[str]:
    return re.compile(
        rf" (?:{_verb_alternation()})\b"
    )  # a space first: the engine skips to each one
