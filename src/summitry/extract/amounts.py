"""Sums of money in press-release prose, with the fund or programme they go to.

Anchored on numbers: a number is money only with a currency right next to it, so
"12 million visitors" and "12 million in 2019" are not amounts.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from summitry.extract.context import Context
from summitry.extract.patterns import blind_starts, matches_from
from summitry.kb.vocab import amount_words
from summitry.record import Amount

__all__ = ["CURRENCIES", "AmountMention", "amounts_in_text", "find_amounts"]

# -- currency words, multipliers and name shapes, from kb currencies.yaml ---------------

# (as written, ISO 4217, where it stands: "pre" before the number, "post" after, "both")
CURRENCIES: tuple[tuple[str, str, str], ...] = amount_words().forms
MULTIPLIERS = amount_words().multipliers
# What a sum goes to ends in one of these ("ASEAN-ROK Cooperation Fund", "... Sub-Fund").
NAME_HEADS = amount_words().fund_heads
BARE_DOLLARS = amount_words().bare_dollars
WORDS_NEEDING_A_SUM = amount_words().needing_a_sum  # "5,000 won" yes, "2019 won" no
LEADING_WORDS = amount_words().name_openers
NAME_CONNECTORS = ("of", "for", "on", "and", "the", "in", "to")
VENUE_WORDS = amount_words().venue_words  # a place, not a purpose
TAIL_STARTERS = frozenset(("of", "for", "on"))  # "Partnership for Peace and Prosperity"


def _alternation(position: str) -> str:
    """Regex alternation of the currency forms that stand at `position`, longest first."""
    forms = sorted((s for s, _, where in CURRENCIES if where in (position, "both")), key=len)
    return "|".join(re.escape(s) for s in reversed(forms))


_NUM = r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?"
# Leading with a character class lets `re` skip to digits in C; the lookbehind then
# refuses digits inside "2,162" or "1.5".
NUMBER = re.compile(r"(?P<num>[0-9](?<![0-9.,][0-9])[0-9]*(?:,[0-9]{3}(?![0-9]))*(?:\.[0-9]+)?)")
CURRENCY_BEFORE = re.compile(rf"(?<![A-Za-z])(?P<cur>{_alternation('pre')})[ \u00a0]?\Z")
_PREFIX_LAST_CHARS = frozenset(s[-1] for s, _, where in CURRENCIES if where != "post")


def _caseless(forms: list[str]) -> str:
    """Case-blind alternation behind a first-character test, which keeps `re` from trying
    every form after every number."""
    initials = "".join(sorted({c for form in forms for c in (form[0].lower(), form[0].upper())}))
    return f"(?=[{re.escape(initials)}])(?ai:{'|'.join(map(re.escape, forms))})"


_MULTS = sorted(MULTIPLIERS, key=len, reverse=True)
_POSTS = sorted((s for s, _, w in CURRENCIES if w != "pre"), key=len, reverse=True)
AFTER_NUMBER = re.compile(
    rf"(?:\s*[-–]\s*{_NUM})?"  # "US$5-10 million": the lower bound is kept
    rf"(?:[ \u00a0]?(?P<mult>{_caseless(_MULTS)})(?![A-Za-z]))?"
    rf"(?:\s*(?:of\s+)?(?P<cur>{_caseless(_POSTS)})(?![A-Za-z]))?"
)
_SURFACE_TO_CODE = {s.lower(): code for s, code, _ in CURRENCIES}

_NAME_WORD = r"[A-Z0-9][\w'’&-]*"
NAME = re.compile(  # capitalised words, joined by a few lowercase connectors
    rf"[A-Z](?<![\w-][A-Z])[\w'’&-]*"
    rf"(?:[ \u00a0]+(?:(?:{'|'.join(NAME_CONNECTORS)})[ \u00a0]+){{0,2}}{_NAME_WORD}){{0,10}}"
    rf"(?:[ \u00a0]+(?:{'|'.join(amount_words().fund_heads_lower)})s?\b)?"
)
INTRODUCER = re.compile(
    r"\b(?i:to|for|into|of|through|towards?|from|under|via|in)\s+"
    r"(?:(?:the|its|a|an|this|their|our|his|her)\s+)?[\"“‘']?\Z"
)
ACRONYM_AFTER = re.compile(r"[ \u00a0]*\([A-Z][A-Za-z0-9&+-]*[A-Z0-9]\)")  # " (CMIM)"
SENTENCE_END = re.compile(  # a full stop before a capital, or a blank line
    r"[.!?\n](?:(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])|(?<=\n)[ \t\u00a0]*\n)"
)
ABBREVIATION = re.compile(
    r"\b(?:[A-Z]|[A-Z]\.[A-Z]|Mr|Ms|Mrs|Dr|St|No|Nos|vs|etc"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\Z"
)
SENTENCE_REACH = 600  # look no further than this for a sentence's ends


@dataclass(frozen=True, slots=True)
class AmountMention:
    """A sum of money in the text, in units of its currency."""

    start: int
    end: int
    value: float  # in units: "14 million" -> 14000000
    currency: str  # ISO 4217
    about: str | None  # what the money is for, when the same sentence says it


Sum = tuple[int, int, float, str]  # start, end, value, currency


def find_amounts(text: str, dollar: str = "USD") -> list[AmountMention]:
    """Every sum of money in `text`, in order; plain counts are skipped. A bare "$" or
    "dollars" is in `dollar` (the publisher's own dollar: CAD on a Canadian page)."""
    sums: list[Sum] = []
    for number in NUMBER.finditer(text):
        taken = sums[-1][1] if sums else 0
        found = _sum_at(text, number, dollar) if number.start() >= taken else None
        if found is not None and found[0] >= taken:  # "0KRW0": one currency, one sum
            sums.append(found)
    sums = sorted([*sums, *_word_sums(text, dollar)])
    if not sums:
        return []
    ends = _sentence_ends(text)
    return [AmountMention(*found, _about(text, found[0], found[1], ends)) for found in sums]


def _word_sums(text: str, dollar: str) -> list[Sum]:
    """'one million US dollars': a number in words, always with a multiplier."""
    words = amount_words().number_words
    out: list[Sum] = []
    for m in _number_words(text):
        after = AFTER_NUMBER.match(text, m.end())
        before = _currency_before(text, m.start())
        surface = before["cur"] if before else after["cur"] if after else None
        if after is None or not after["mult"] or surface is None:
            continue
        value = words[m.group("word").lower()] * MULTIPLIERS[after["mult"].lower()]
        currency = _currency(surface, dollar)
        if currency:
            out.append((before.start() if before else m.start(), after.end(), value, currency))
    return out


# _word_number's look-ahead as a pattern of its own: every match of it is followed by one, so
# a page without a spelled-out multiplier skips the long alternation of number words.
_SPELLED_MULTIPLIERS = "|".join(amount_words().spelled_multipliers)
_MULTIPLIER_WORD = re.compile(rf"[ \u00a0](?i:{_SPELLED_MULTIPLIERS})\b")


def _number_words(text: str) -> list[re.Match[str]]:
    """What _word_number().finditer(text) gives, looked for only right before each spelled-out
    multiplier: every match ends where one begins, and is no longer than the longest word."""
    words = blind_starts(text, amount_words().spelled_multipliers)
    if words == []:
        return []  # no multiplier word in any case: the case-blind scans are skipped
    multipliers = (  # each opens with the space right before its word
        _MULTIPLIER_WORD.finditer(text)
        if words is None
        else matches_from(_MULTIPLIER_WORD, text, [start - 1 for start in words if start])
    )
    pattern, longest = _word_number(), _longest_number_word()
    out: list[re.Match[str]] = []
    end = 0
    for multiplier in multipliers:
        lo = max(end, multiplier.start() - longest)
        # the look-ahead reads the multiplier and the character after it
        m = pattern.search(text, lo, min(len(text), multiplier.end() + 1))
        if m is not None:
            out.append(m)
            end = m.end()
    return out


@functools.cache
def _longest_number_word() -> int:
    return max(map(len, amount_words().number_words), default=0)


@functools.cache
def _word_number() -> re.Pattern[str]:
    """The number words of currencies.yaml, before a spelled-out multiplier."""
    words = sorted(amount_words().number_words, key=len, reverse=True)
    return re.compile(
        rf"(?<![\w-])(?P<word>(?i:{'|'.join(map(re.escape, words))}))"
        rf"(?=[ \u00a0](?i:{_SPELLED_MULTIPLIERS})\b)"
    )


def _currency(surface: str, dollar: str) -> str | None:
    """ISO code of a currency as written; a bare dollar is the page's own."""
    code = _SURFACE_TO_CODE.get(surface.lower())
    return dollar if code == "USD" and surface.lower() in BARE_DOLLARS else code


def _sum_at(text: str, number: re.Match[str], dollar: str = "USD") -> Sum | None:
    """The sum around one number, or None when no currency stands next to it."""
    before = _currency_before(text, number.start())
    after = AFTER_NUMBER.match(text, number.end())
    assert after is not None  # every part of AFTER_NUMBER is optional
    surface = before["cur"] if before else after["cur"]
    if surface is None:
        return None
    bare = not before and not after["mult"] and "," not in number["num"]
    if bare and surface.lower() in WORDS_NEEDING_A_SUM:  # "in 2019 won the award"
        return None
    value = float(number["num"].replace(",", ""))
    if after["mult"]:
        value *= MULTIPLIERS[after["mult"].lower()]
    start = before.start() if before else number.start()
    end = max(after.end(), number.end())
    currency = _currency(surface, dollar)
    return (start, end, value, currency) if currency else None


def _currency_before(text: str, pos: int) -> re.Match[str] | None:
    """'US$' or 'KRW ' right before the number; a one-character test spares most searches."""
    i = pos - 1 if pos and text[pos - 1] not in " \u00a0" else pos - 2
    if i < 0 or text[i] not in _PREFIX_LAST_CHARS:
        return None
    return CURRENCY_BEFORE.search(text, max(0, pos - 8), pos)


def _about(text: str, start: int, end: int, ends: list[tuple[int, int]]) -> str | None:
    """The named fund or programme nearest the amount in its sentence, introduced ones first."""
    lo, hi = _sentence(ends, start, end, len(text))
    best: tuple[bool, int, str] | None = None
    names = [*NAME.finditer(text, lo, start), *NAME.finditer(text, end, hi)]
    for match in names:
        name = _clean_name(match.group(), ACRONYM_AFTER.match(text, match.end()) is not None)
        if name is None:
            continue
        introduced = INTRODUCER.search(text, max(lo, match.start() - 30), match.start())
        distance = start - match.end() if match.end() <= start else match.start() - end
        key = (introduced is None, distance, name)
        if best is None or key[:2] < best[:2]:
            best = key
    return best[2] if best else None


def _clean_name(raw: str, has_acronym: bool) -> str | None:
    """'The ASEAN-ROK Cooperation Fund for ASEAN-ROK' -> 'ASEAN-ROK Cooperation Fund'.

    Words after the last head word stay only as an 'of/for/on' tail or before '(CMIM)'.
    """
    words = raw.split()
    while len(words) > 1 and (words[0] in LEADING_WORDS or words[0] in NAME_CONNECTORS):
        words.pop(0)
    if VENUE_WORDS.intersection(words):
        return None
    heads = [i for i, word in enumerate(words) if _is_head(word)]
    if not heads:
        return None
    tail = words[heads[-1] + 1 :]
    keep_tail = tail and tail[0] in TAIL_STARTERS and _ends_a_name(tail[-1])
    if tail and not keep_tail and not (has_acronym and _ends_a_name(tail[-1])):
        words = words[: heads[-1] + 1]
    return " ".join(words) if len(words) > 1 else None


def _is_head(word: str) -> bool:
    """'Fund', 'Sub-Fund', 'Programmes': a word that can end a fund or programme name."""
    head = word.rsplit("-", 1)[-1].lower()
    return head in NAME_HEADS or (head.endswith("s") and head[:-1] in NAME_HEADS)


def _ends_a_name(word: str) -> bool:
    """A title-case word or a number can end a name; an acronym after 'for' usually can't."""
    return word.isdigit() or (word[0].isupper() and any(c.islower() for c in word))


def _sentence_ends(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence break in the text, abbreviations like 'U.S.' skipped."""
    breaks = SENTENCE_END.finditer(text)
    return [b.span() for b in breaks if not _is_abbreviation(text, b.start())]


def _sentence(ends: list[tuple[int, int]], start: int, end: int, size: int) -> tuple[int, int]:
    """Offsets of the sentence around [start, end), at most SENTENCE_REACH either side."""
    i = bisect.bisect_right(ends, (start, size))
    lo = ends[i - 1][1] if i and ends[i - 1][1] <= start else 0
    j = bisect.bisect_left(ends, (end, -1))
    hi = ends[j][0] + 1 if j < len(ends) else size
    return max(lo, start - SENTENCE_REACH), min(hi, end + SENTENCE_REACH)


def _is_abbreviation(text: str, stop: int) -> bool:
    """True when the full stop at `stop` closes 'U.S', 'Mr' or an initial, not a sentence."""
    return text[stop] == "." and ABBREVIATION.search(text, max(0, stop - 4), stop) is not None


def amounts_in_text(ctx: Context) -> None:
    """Pipeline component: every stated sum of money, with what it is for."""
    dollar = amount_words().dollar_economies.get(ctx.document.publisher_country or "", "USD")
    ctx.record.amounts = [
        Amount(m.value, m.currency, m.about, (m.start, m.end))
        for m in find_amounts(ctx.text, dollar)
    ]
