"""Personal names found by their shape: capitalised tokens, hyphenated given names, particles.

"Lee Seong-ho", "Kang, Kyung-wha" (-> "Kang Kyung-wha"), "Desilú León", "Bùi Thanh Sơn",
"Retno L.P. Marsudi", "Mohamad bin Haji Hasan". No list of names: only their form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from summitry.kb.people_words import name_words

_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_POSSESSIVE_END = re.compile(r"['’]s?$")

__all__ = ["NameSpan", "name_after", "name_before", "is_name_token"]

# a dot inside a token joins initials ("L.P."), but not a sentence run on ("Pramudwinai.The")
_TOKEN = re.compile(r"[^\W\d_](?:[\w'’]|\.(?![A-Z][a-z]))*(?:-[^\W\d_][\w'’]*)*|[^\W\d_]\.")
_HONORIFIC_INITIALS = frozenset({"H.E.", "S.E."})
_HONORIFIC_BEFORE = re.compile(r"(?:\b(?:Mr|Ms|Mrs|Dr|Madam)\.?|\bH\.E\.|\bS\.E\.)\s+$")
_MAX_TOKENS = 5


# never changed once made; not frozen, which sets each field through object.__setattr__
@dataclass(slots=True, unsafe_hash=True)
class NameSpan:
    """A name in the text: its offsets and the name as the record writes it."""

    start: int
    end: int
    name: str


def is_name_token(token: str) -> bool:
    """A capitalised word that could be part of a personal name."""
    if not token or not token[0].isupper():
        return False
    bare = token.rstrip(".").replace("’", "'")
    if _INITIALS.fullmatch(token):
        return token not in _HONORIFIC_INITIALS  # initials: "L.P.", but not "H.E."
    return bare.casefold() not in name_words().not_names and not is_upper_word(bare)


def is_upper_word(token: str) -> bool:
    """'KAMIKAWA', 'ASEAN': an acronym, or a family name in capitals (Japanese usage)."""
    letters = [c for c in token if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and "-" not in token


def _capital_family_name(word: str, text: str, end: int) -> bool:
    """'KAMIKAWA Yoko': a word in capitals followed by a name word in mixed case."""
    if not is_upper_word(word) or word.casefold() in name_words().not_names:
        return False
    nxt = _TOKEN.match(text, end + 1) if text[end : end + 1] == " " else None
    return bool(nxt and is_name_token(nxt.group(0)) and not nxt.group(0).endswith("."))


_NICKNAME = re.compile(r"[ \t]+[“\"][^\W\d_][\w'’-]{1,20}[”\"](?=[ \t]+[A-Z])")
_GAP = re.compile(r"[ \t]*(,[ \t]*)?")


def name_after(text: str, pos: int, stop: frozenset[str] = frozenset()) -> NameSpan | None:
    """The personal name starting at pos (after spaces), or None."""
    tokens: list[tuple[int, int, str]] = []
    i = pos
    while len(tokens) < _MAX_TOKENS:
        nickname = _NICKNAME.match(text, i) if tokens else None
        if nickname:  # 'Joko “Jokowi” Widodo' is recorded as 'Joko Widodo'
            i = nickname.end()
        gap = _GAP.match(text, i)
        sep = gap.group(0) if gap else ""
        m = _TOKEN.match(text, i + len(sep))
        if not m:
            break
        word = m.group(0)
        if "," in sep and not _comma_name_part(tokens, word):
            break
        if word in stop or not (
            is_name_token(word)
            or _bare_initial(word, text, m.end())
            or (tokens and word in name_words().particles)
            or (not tokens and _capital_family_name(word, text, m.end()))
            or (not tokens and _family_word(word, text, m.end()))
        ):
            break
        possessive = _POSSESSIVE_END.search(word)
        if possessive:  # "Yoon Suk Yeol's greetings": the name ends before the possessive
            word = word[: possessive.start()]
            tokens.append((m.start(), m.start() + len(word), word))
            break
        tokens.append((m.start(), m.end(), word))
        i = m.end()
        if (
            word.endswith(".")
            and not _INITIALS.fullmatch(word)
            and not _given_name_abbreviation(tokens, word, text, m.end())
        ):
            break  # "Lavrov." ends the sentence, not just the name
    while tokens and tokens[-1][2] in name_words().particles:
        tokens.pop()
    return _span(tokens)


def _mid_sentence(text: str, start: int) -> bool:
    """Whether a lower-case word stands right before start: 'headed by An ...', not 'An ...'
    opening a sentence."""
    before = text[max(0, start - 20) : start].rstrip()
    return bool(before) and before.split()[-1][:1].islower()


def _bare_initial(word: str, text: str, end: int) -> bool:
    """'A K Abdul Momen': a capital letter with no dot is an initial when another initial
    follows it."""
    if len(word) != 1 or not word.isupper() or text[end : end + 1] != " ":
        return False
    return _NEXT_INITIAL.match(text, end + 1) is not None


_NEXT_INITIAL = re.compile(r"[A-Z]\.?[ \t]+[A-Z]")


def _family_word(word: str, text: str, end: int) -> bool:
    """'To Lam', 'An Kwang Il': a family name written as a function word, opening a name
    whose next word is a name word."""
    if word not in name_words().family_words:
        return False
    nxt = _TOKEN.match(text, end + 1) if text[end : end + 1] == " " else None
    return nxt is not None and is_name_token(nxt.group(0))


def _given_name_abbreviation(
    tokens: list[tuple[int, int, str]], word: str, text: str, end: int
) -> bool:
    """'Ma. Hellen Barber-De La Vega', 'Mohd. Najib': a short given name cut with a dot, first
    in the name and followed by another name word."""
    if len(tokens) != 1 or len(word) > 5:
        return False
    nxt = _TOKEN.match(text, end + 1) if text[end : end + 1] == " " else None
    return bool(nxt and is_name_token(nxt.group(0)))


def _comma_name_part(tokens: list[tuple[int, int, str]], word: str) -> bool:
    """'Kang, Kyung-wha': a family name, a comma, then a hyphenated given name."""
    return len(tokens) == 1 and "-" in word


def name_before(text: str, end: int) -> NameSpan | None:
    """The personal name ending at `end` (before a ', Title' apposition), or None; letters after
    the name ('Anthony Albanese MP') are passed over."""
    window_start = max(0, end - 80)
    if text[end - 1 : end].isupper() and (
        letters := _post_nominal().search(text, window_start, end)
    ):
        end = letters.start()
    words = list(_TOKEN.finditer(text, window_start, end))
    tokens: list[tuple[int, int, str]] = []
    for m in reversed(words):
        gap = text[m.end() : tokens[0][0] if tokens else end]
        if gap.strip() or (tokens and not gap):
            break
        word = m.group(0)
        capital = (
            tokens
            and _capital_family_name(word, text, m.end())
            and _HONORIFIC_BEFORE.search(text, max(0, m.start() - 8), m.start())
        )
        family = tokens and word in name_words().family_words and _mid_sentence(text, m.start())
        if not (
            is_name_token(word)
            or (tokens and word in name_words().particles)
            or capital
            or family
            or (tokens and _bare_initial(word, text, m.end()))
        ):
            break
        tokens.insert(0, (m.start(), m.end(), word))
        if len(tokens) == _MAX_TOKENS:
            break
    while tokens and tokens[0][2] in name_words().particles:
        tokens.pop(0)
    return _span(tokens)


@cache
def _post_nominal() -> re.Pattern[str]:
    letters = "|".join(map(re.escape, name_words().post_nominals))
    return re.compile(rf"(?<=[a-z])(?:,?[ \t]+(?:{letters}))+$")


def _span(tokens: list[tuple[int, int, str]]) -> NameSpan | None:
    if not tokens:
        return None
    words = [t[2] for t in tokens]
    end = tokens[-1][1]
    if words[-1].endswith(".") and len(words[-1]) > 2:
        words[-1] = words[-1][:-1]
        end -= 1
    return NameSpan(tokens[0][0], end, " ".join(words))
