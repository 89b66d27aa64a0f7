"""Meeting names read off the text by their head noun ('Summit', 'Meeting'): the name words
walked left of each head, with the ordinal, year, acronym and topic around them; meeting_names
makes each into a meeting."""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass, replace

from summitry.extract.meeting_parts import ORD, ROMAN, TAIL
from summitry.extract.patterns import WordStarts, matches_from, word_start
from summitry.kb.cues import meeting_heads, meeting_name_words

__all__ = ["BRACKETED", "Found", "names_by_head"]

_HEADS = word_start(*meeting_heads().forms)
_HEAD = re.compile(
    rf"(?P<head>{_HEADS})s?\b"
    rf"(?!\s+(?:{meeting_name_words().not_after}))"
)
# Every _HEAD match is one of these words, whole: a head noun, with an 's' or not.
_HEAD_STARTS = WordStarts(meeting_heads().spellings)
# "Ministers Responsible for Trade (MRT) meeting": a head in lower case after an acronym.
# (The look-behind comes after the first letter, so the engine skips ahead to that letter.)
_LOW_HEAD = re.compile(
    "(?P<low>"
    + "|".join(rf"{w[0]}(?<=[A-Z]\) {w[0]}){w[1:]}" for w in meeting_heads().lower)
    + r")s?\b"
)

_TOKEN = re.compile(r"\S+")
_PLUS = re.compile(r"[ -]Plus\b")
# One word of the name left of its head: a capitalised word, a link word, an acronym in brackets.
# A bracket inside a name: an acronym, or a gloss ("Mekong-ROK (Republic of Korea) ..."), or
# the count of a grouping ("China-ASEAN (10+1) Foreign Ministers' Meeting").
_IN_BRACKET = r"[A-Z][A-Z+-]{1,9}\)|[A-Z][a-z]+(?: (?:of )?[A-Z][a-z]+){0,3}\)|\d{1,2}\+\d\)"
_BRACKET = rf"\((?:{_IN_BRACKET})"
# r"[A-Z][\w’'+.&-]*|Plus|plus|of|and|for|on|{_BRACKET}" opened with one class of the
# characters its branches begin with, the branch picked by a look-behind: `re` skips to those
# characters ('Plus' is a capitalised word, the first branch's; 'plus' joins 'Central Asia
# plus Japan').
_NAME_TOKEN = re.compile(
    r"[A-Zoafp(](?:(?<=[A-Z])[\w’'+.&-]*|(?<=o)[fn]|(?<=a)nd|(?<=f)or|(?<=p)lus"
    rf"|(?<=\()(?:{_IN_BRACKET}))"
)
BRACKETED = re.compile(_BRACKET)
_HEAD_WORD = re.compile(rf"(?:{meeting_heads().alternation})s?$")
_ORD_TOKEN = re.compile(rf"(?:{ORD})$")
# a Roman ordinal right after 'the', opening the name or just before it
_ROMAN_LEAD = re.compile(rf"(?:[Tt]he )?(?<=[Tt]he )(?P<ord>{ROMAN})\s+")
_ROMAN_BEFORE = re.compile(rf"(?<=[Tt]he )(?P<ord>{ROMAN})\s+$")
_YEAR_TOKEN = re.compile(r"(?:19|20)\d\d$")
_MAX_NAME_WORDS = 12
_CAPS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ(")


# never changed once made; not frozen, which sets each field through object.__setattr__
@dataclass(slots=True, unsafe_hash=True)
class Found:
    """The parts of one meeting name as read off the text."""

    start: int
    body_start: int
    end: int
    body: str
    head: str
    ordinal: str | None
    year: str | None
    acronym: str | None
    topic: str | None


def names_by_head(text: str, dashed: list[tuple[int, int]]) -> list[Found]:
    """Each head noun, with the words left of it walked back one by one (linear time), and
    back to the start of a forum's name spaced around a dash ('Mekong – Lancang ...')."""
    out = []
    heads = sorted(
        [*matches_from(_HEAD, text, _HEAD_STARTS(text)), *_low_heads(text)],
        key=lambda h: h.start(),
    )
    for m in heads:
        body_start = start = _walk_left(text, m.start())
        body_start = start = next((a for a, b in dashed if a < start < b), start)
        ordinal = year = None
        roman = _ROMAN_LEAD.match(text, body_start) or _ROMAN_BEFORE.search(text, start - 6, start)
        if roman and roman.end() < m.start():  # "the XVII Pacific Alliance Summit"
            ordinal, start = roman.group("ord"), roman.start("ord")
            body_start = max(body_start, roman.end())
        before = [] if roman else list(_TOKEN.finditer(text[max(0, start - 40) : start]))
        for tok in reversed(before[-2:]):
            word = tok.group(0)
            if year is None and ordinal is None and _YEAR_TOKEN.match(word):
                year, start = word, max(0, start - 40) + tok.start()
            elif ordinal is None and (numbered := _ORD_TOKEN.match(word)):
                ordinal, start = numbered.group("ord"), max(0, start - 40) + tok.start()
            else:
                break
        plus = _PLUS.match(text, m.end())  # "ASEAN Defence Ministers' Meeting-Plus"
        head = m.group(1).capitalize() + (plus.group(0) if plus else "")
        tail = TAIL.match(text, plus.end() if plus else m.end())
        assert tail is not None  # every part of TAIL is optional
        found = Found(
            start,
            body_start,
            tail.end(),
            text[body_start : m.start()],
            head,
            ordinal,
            year,
            tail.group("acr"),
            tail.group("topic"),
        )
        out.extend(_coordinated_ordinals(text, found))
        out.append(found)
    return out


_ORD_AND = re.compile(rf"(?P<first>{ORD})(?:\s*,\s*|\s+and\s+|\s*&\s*)$")


# Every _LOW_HEAD match begins right after ') ' (its look-behind's bracket and space): that
# literal is found fast, and the pattern is tried only there.
_LOW_HEAD_AT = re.compile(r"\) ")


def _low_heads(text: str) -> list[re.Match[str]]:
    """What _LOW_HEAD.finditer(text) gives."""
    return matches_from(_LOW_HEAD, text, [m.end() for m in _LOW_HEAD_AT.finditer(text)])


def _coordinated_ordinals(text: str, found: Found) -> list[Found]:
    """'the 44th and 45th ASEAN Summits': one more meeting per ordinal joined by 'and'."""
    if found.ordinal is None:
        return []
    m = _ORD_AND.search(text, max(0, found.start - 30), found.start)
    if m is None:
        return []
    first = _ORD_TOKEN.match(m.group("first"))
    ordinal = first.group("ord") if first else None
    if ordinal is None or not text[m.start() - 1 : m.start()].isspace():
        return []
    return [replace(found, start=m.start(), ordinal=ordinal)]


_GLUED_ORDINAL = re.compile(r"(?<![A-Za-z])\d{1,3}(?:st|nd|rd|th)$")
_GAP_BEFORE = re.compile(r"(?:\s+|-|(?<=[’'])|\s*(?=\())$")


def _walk_left(text: str, pos: int) -> int:
    """Where the run of name words that ends at pos begins."""
    start = pos
    for _ in range(_MAX_NAME_WORDS):
        gap = _GAP_BEFORE.search(text[max(0, start - 3) : start])
        if gap is None:
            break
        left = start - len(gap.group(0))
        # the scan's last token, if it ends at left (no other can): a deque of one keeps it
        # without a Python step per token
        last = deque(_NAME_TOKEN.finditer(text, max(0, left - 60), left), maxlen=1)
        token = last[0] if last and last[0].end() == left else None
        if token is None:
            break
        if token.start() > 0 and text[token.start() - 1].isalnum():
            if _GLUED_ORDINAL.search(text, max(0, token.start() - 5), token.start()):
                start = token.start()  # "the 18thASEAN Plus Three ...": a space lost
            break
        if _ORD_TOKEN.match(token.group(0)):
            break  # "the Fifth Mekong-ROK ... Meeting": the ordinal is no part of the name
        if _HEAD_WORD.match(token.group(0)) and text[token.end() : pos].lstrip()[:1] not in _CAPS:
            break  # "... Meeting and Related Meetings": one head per name
        if _HEAD_WORD.match(token.group(0)) and text[token.end() : token.end() + 5] == " and ":
            break
        start = token.start()
    return start
