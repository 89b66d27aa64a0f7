"""Personal names found by their shape: capitalised tokens, hyphenated given names, particles.

"Lee Seong-ho", "Kang, Kyung-wha" (-> "Kang Kyung-wha"), "Desilú León", "Bùi Thanh Sơn",
"Retno L.P. Marsudi", "Mohamad bin Haji Hasan". No list of names: only their form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["NameSpan", "name_after", "name_before", "is_name_token"]

_TOKEN = re.compile(r"[^\W\d_][\w'’.]*(?:-[^\W\d_][\w'’]*)*|[^\W\d_]\.")
_PARTICLES = frozenset(
    "bin binti bint van von de da del der den la le dos das di du al el y ibn".split()
)
_NOT_NAMES = frozenset(
    """the a an and or of for to in on at by with from as his her their its this that these
    those he she they it we i our your mr ms mrs dr minister ministers ministry president
    vice deputy secretary general director ambassador chair co-chair chairman prime state
    foreign trade affairs economic political meeting meetings summit conference attends
    attended attend holds held meets met has had visits visited government republic kingdom
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday korea asean apec united nations
    also however meanwhile following during after before while at today yesterday
    session sessions first second third last next new senior officials official member
    members economies economy council committee office department delegation delegations
    leader leaders talks dialogue forum partnership cooperation relations statement joint
    declaration plan vision fund initiative policy agreement framework roadmap center centre
    hall hotel palace convention building house complex secretariat""".split()
)
_HONORIFIC_INITIALS = frozenset({"H.E.", "S.E."})
_HONORIFIC_BEFORE = re.compile(r"(?:\b(?:Mr|Ms|Mrs|Dr|Madam)\.?|\bH\.E\.|\bS\.E\.)\s+$")
_MAX_TOKENS = 5


@dataclass(frozen=True, slots=True)
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
    if re.fullmatch(r"(?:[A-Z]\.)+", token):
        return token not in _HONORIFIC_INITIALS  # initials: "L.P.", but not "H.E."
    return bare.casefold() not in _NOT_NAMES and not is_upper_word(bare)


def is_upper_word(token: str) -> bool:
    """'KAMIKAWA', 'ASEAN': an acronym, or a family name in capitals (Japanese usage)."""
    letters = [c for c in token if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and "-" not in token


def _capital_family_name(word: str, text: str, end: int) -> bool:
    """'KAMIKAWA Yoko': a word in capitals followed by a name word in mixed case."""
    if not is_upper_word(word) or word.casefold() in _NOT_NAMES:
        return False
    nxt = _TOKEN.match(text, end + 1) if text[end : end + 1] == " " else None
    return bool(nxt and is_name_token(nxt.group(0)) and not nxt.group(0).endswith("."))


_GAP = re.compile(r"[ \t]*(,[ \t]*)?")


def name_after(text: str, pos: int, stop: frozenset[str] = frozenset()) -> NameSpan | None:
    """The personal name starting at pos (after spaces), or None."""
    tokens: list[tuple[int, int, str]] = []
    i = pos
    while len(tokens) < _MAX_TOKENS:
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
            or (tokens and word in _PARTICLES)
            or (not tokens and _capital_family_name(word, text, m.end()))
        ):
            break
        possessive = re.search(r"['’]s?$", word)
        if possessive:  # "Yoon Suk Yeol's greetings": the name ends before the possessive
            word = word[: possessive.start()]
            tokens.append((m.start(), m.start() + len(word), word))
            break
        tokens.append((m.start(), m.end(), word))
        i = m.end()
        if word.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+", word):
            break  # "Lavrov." ends the sentence, not just the name
    while tokens and tokens[-1][2] in _PARTICLES:
        tokens.pop()
    return _span(tokens)


def _comma_name_part(tokens: list[tuple[int, int, str]], word: str) -> bool:
    """'Kang, Kyung-wha': a family name, a comma, then a hyphenated given name."""
    return len(tokens) == 1 and "-" in word


def name_before(text: str, end: int) -> NameSpan | None:
    """The personal name ending at `end` (before a ', Title' apposition), or None."""
    window_start = max(0, end - 80)
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
        if not (is_name_token(word) or (tokens and word in _PARTICLES) or capital):
            break
        tokens.insert(0, (m.start(), m.end(), word))
        if len(tokens) == _MAX_TOKENS:
            break
    while tokens and tokens[0][2] in _PARTICLES:
        tokens.pop(0)
    return _span(tokens)


def _span(tokens: list[tuple[int, int, str]]) -> NameSpan | None:
    if not tokens:
        return None
    words = [t[2] for t in tokens]
    end = tokens[-1][1]
    if words[-1].endswith(".") and len(words[-1]) > 2:
        words[-1] = words[-1][:-1]
        end -= 1
    return NameSpan(tokens[0][0], end, " ".join(words))
