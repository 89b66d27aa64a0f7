"""People named with no title: 'Xi Jinping said ...', 'Narendra Modi and Anthony Albanese
agreed ...', '“...,” said Penny Wong.'. A name of two or more words is a person's only as the
subject of a verb of speaking or of diplomacy (kb/names.yaml `untitled_verbs`), and only when
the gazetteer knows none of its words (so 'South Africa said', 'Hong Kong welcomed' name no
one)."""

from __future__ import annotations

import re
from functools import cache

from summitry.extract.names import NameSpan, name_after, name_before
from summitry.extract.people_titles import without_address
from summitry.kb import KnowledgeBase
from summitry.kb.people_words import name_words

__all__ = ["untitled_names"]


def untitled_names(text: str, kb: KnowledgeBase) -> list[NameSpan]:
    """The names of people the text gives with no title, as subjects of a verb."""
    out: list[NameSpan] = []
    for verb in _verbs().finditer(text):
        end = verb.start()
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
    out.extend(_after_quote(text, kb))
    return sorted(out, key=lambda n: n.start)


def _after_quote(text: str, kb: KnowledgeBase) -> list[NameSpan]:
    """'“We stand together,” said Anthony Albanese.': the name after a quote and 'said'."""
    out = []
    for said in _SAID_AFTER_QUOTE.finditer(text):
        name = name_after(text, said.end())
        if (
            name is not None
            and 2 <= len(name.name.split()) <= 4
            and _NAME_ENDS_CLAUSE.match(text, name.end)
            and all(_word_ok(w) for w in name.name.split())
            and not kb.find(name.name)
        ):
            out.append(name)
    return out


_SAID_AFTER_QUOTE = re.compile(r"[,”\"]\s*(?:said|says|added)[ \t]+(?=[A-Z])")
_NAME_ENDS_CLAUSE = re.compile(r"\s*(?:[.,;:(]|$)|\s+(?:on|in|at|during|after)\s")


def _name_before(text: str, end: int, kb: KnowledgeBase) -> NameSpan | None:
    """The name right before end, of two to four words, that names no place or body."""
    name = _after_possessive(without_address(name_before(text, end), kb, text))  # 'Gen Prayut said'
    if name is None or not 2 <= len(name.name.split()) <= 4:
        return None
    if any(not _word_ok(w) for w in name.name.split()) or kb.find(name.name):
        return None
    return name


def _opens_clause(text: str, start: int, kb: KnowledgeBase) -> bool:
    """Whether a name at start opens a clause ('Later, X said') or follows a state's
    possessive ('China's X said'): not 'the Washington Post said', 'Foreign Minister X said'."""
    window = max(0, start - 40)
    return bool(_OPENS_CLAUSE.search(text, window, start)) or _state_before(text, window, start, kb)


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


def _state_before(text: str, start: int, end: int, kb: KnowledgeBase) -> bool:
    """Whether a state's possessive stands right before the name ('China’s Xi Jinping')."""
    owner = _POSSESSOR.search(text, start, end)
    if owner is None:
        return False
    found = kb.find(owner.group(1), "country")
    return bool(found) and found[-1].end == len(owner.group(1))


_POSSESSOR = re.compile(r"((?:[A-Z][\w-]*[ \t]+)*[A-Z][\w-]*)[’']s[ \t]+$")


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
_OPENS_CLAUSE = re.compile(r"(?:^|[\n.;:!?“\"(]\s*|,\s+(?:and\s+)?|\b(?:but|while|when)\s+)$")
_AND_BEFORE = re.compile(r"\s+and\s+$")


@cache
def _verbs() -> re.Pattern[str]:
    verbs = "|".join(sorted(map(re.escape, name_words().untitled_verbs), key=len, reverse=True))
    return re.compile(rf"(?<=[a-z’'.] )(?:{verbs})\b")
