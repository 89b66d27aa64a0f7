"""One Aho-Corasick automaton over every knowledge-base surface; leftmost-longest word matches."""

from __future__ import annotations

import operator
import re
from collections.abc import Container, Iterable, Mapping, Sequence

import ahocorasick

from summitry.kb.model import BLOCKING_KINDS, DEFAULT_KINDS, KINDS, PHRASE, Entry, Match

# Same-length character map: curly quotes, odd hyphens and spaces -> ASCII, so offsets
# found in the translated copy are offsets in the original text.
_ODD_CHARS = {
    "\u2019": "'",
    "\u2018": "'",
    "\u02bc": "'",
    "\u00b4": "'",
    "\u2032": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u00a0": " ",
    "\u2007": " ",
    "\u2009": " ",
    "\u202f": " ",
}
_PRIORITY = {kind: rank for rank, kind in enumerate((*KINDS, PHRASE))}
_HYPHEN = re.compile(r"(?<=[A-Za-z])-(?=[A-Za-z])")
_EXACT_KINDS = frozenset({"currency", "honorific"})
_WHOLE_KINDS = DEFAULT_KINDS - {"act"}
_START_THEN_LONGEST = operator.itemgetter(0, 1)  # of (start, -length, entry)
_UNSEEN = re.compile("")  # a verb whose object pattern was not looked for yet


def normalise(text: str) -> str:
    """The same text with curly quotes, odd hyphens and spaces made ASCII (same length).

    One str.replace per odd character present: on a page of a few thousand characters that
    is tens of times faster than str.translate, which goes character by character.
    """
    if text.isascii():
        return text
    for odd, plain in _ODD_CHARS.items():
        if odd in text:
            text = text.replace(odd, plain)
    return text


def _spelling_variants(surface: str) -> set[str]:
    """'Senior Officials' Meeting' -> also 'Senior Officials Meeting', "Officials'Meeting"."""
    out = {surface}
    if "' " in surface:
        out.add(surface.replace("' ", "'"))
        out.add(surface.replace("s' ", "s "))
    if _HYPHEN.search(surface):
        out.add(_HYPHEN.sub(" ", surface))
    return out


# 'Asean', 'Apec', 'Nato': papers write a body's acronym of five or more letters as a word
_ACRONYM = re.compile(r"\b[A-Z]{4,}\b")
_ACRONYM_KINDS = frozenset({"organization", "forum"})


def _as_word(m: re.Match[str]) -> str:
    return m.group(0).capitalize()


def variants(surface: str, entry: Entry) -> set[str]:
    """Case and spelling forms under which a surface is matched (case-sensitive automaton)."""
    if entry.kind in _EXACT_KINDS:
        return {surface}
    if entry.kind == "act":
        if entry.form in ("base", "fixed"):
            return {surface}
        return {surface, surface[0].upper() + surface[1:]}
    out: set[str] = set()
    forms = _spelling_variants(surface)
    if entry.kind == "initiative" and _HYPHEN.search(surface):
        forms.add(_HYPHEN.sub(" - ", surface))  # scraped text spaces hyphens: "Indo - Pacific"
    if entry.kind in _ACRONYM_KINDS:
        forms |= {_ACRONYM.sub(_as_word, form) for form in forms}
    for form in forms:
        out.update((form, form.upper()))
        if entry.kind == "series_alias" and not form.isupper():
            out.update((form.lower(), form[0] + form[1:].lower()))
    return out


# Characters by how often they come in English prose, the most common first.
_PROSE_ORDER = " etaoinsrhldcumfpgwybvk,.TSAMCIPBNEDRFGHKLOUWJVYQXZ-’'\"()0123456789xjqz"
_PROSE_RANK = {char: rank for rank, char in enumerate(_PROSE_ORDER)}


def root_order(words: Iterable[str]) -> list[str]:
    """words (non-empty) in an order for adding to an automaton: for each first character,
    the first word that opens with it comes first, the most common characters of prose
    first. The automaton's root then lists its letters in that order, and a scan looks up
    each character of a page in that list from the front (one comparison for 'e', not 60)."""
    words = list(words)
    leads: dict[str, str] = {}
    for word in words:
        leads.setdefault(word[0], word)
    first = sorted(leads.values(), key=lambda w: (_PROSE_RANK.get(w[0], len(_PROSE_RANK)), w))
    return first + [w for w in words if leads[w[0]] is not w]


def _modifier_alternation(modifiers: Iterable[str]) -> str:
    """What may stand between an act's verb and its object ('their deep', 'firmly')."""
    mods = "|".join(re.escape(m) for m in sorted(modifiers, key=len, reverse=True))
    return f"{mods}|[a-z]+ly|[A-Za-z][\\w.-]*'s" if mods else "[a-z]+ly|[A-Za-z][\\w.-]*'s"


def _object_pattern(table: Mapping[str, str], mods: str) -> re.Pattern[str]:
    """The pattern for '{modifiers} object' right after a verb whose objects are table's."""
    objs = "|".join(re.escape(o) for o in sorted(table, key=len, reverse=True))
    return re.compile(rf"(?:\s+(?:{mods})){{0,4}}?\s+(?P<obj>{objs})(?![\w-])", re.IGNORECASE)


class Matcher:
    """Build once from (surface, Entry) pairs; find() scans a text in one pass."""

    def __init__(
        self,
        pairs: Iterable[tuple[str, Entry]],
        objects: Mapping[str, Mapping[str, str]] | None = None,
        modifiers: Iterable[str] = (),
    ) -> None:
        self._objects = objects or {}
        self._modifiers = _modifier_alternation(modifiers)
        self._patterns: dict[str, re.Pattern[str] | None] = {}  # compiled on a verb's first use
        table: dict[str, list[Entry]] = {}
        for surface, entry in pairs:
            surface = normalise(" ".join(surface.split()))
            if not surface:
                continue
            for form in variants(surface, entry):
                bucket = table.setdefault(form, [])
                if entry not in bucket:
                    bucket.append(entry)
        self._automaton = ahocorasick.Automaton()
        for form in root_order(table):
            entries = table[form]
            entries.sort(key=lambda e: _PRIORITY[e.kind])
            letters_only = all(e.kind == "currency" for e in entries)
            payload = (
                len(form),
                form[0].isalnum(),
                form[-1].isalnum(),
                letters_only,
                _pick(entries, DEFAULT_KINDS),  # what find() picks when no kinds are given
                tuple(entries),
            )
            self._automaton.add_word(form, payload)
        self._automaton.make_automaton()
        self.size = len(table)

    def __getstate__(self) -> dict[str, object]:
        """Pickled without the compiled object patterns (each compiled again on first use)."""
        return {**self.__dict__, "_patterns": {}}

    def find(self, text: str, kinds: Container[str] | None = None) -> list[Match]:
        """Leftmost-longest, non-overlapping word-bounded matches of the kinds asked for."""
        wanted = DEFAULT_KINDS if kinds is None else {kinds} if isinstance(kinds, str) else kinds
        norm = normalise(text)
        size = len(norm)
        candidates: list[tuple[int, int, Entry]] = []
        add = candidates.append
        for last, payload in self._automaton.iter(norm):
            length, check_start, check_end, letters_only, default, entries = payload
            start = last + 1 - length
            if check_start and start:  # the word must not run on to the left (_joins, inline)
                before = norm[start - 1]
                if before.isalpha() if letters_only else before.isalnum():
                    continue
            if check_end and last + 1 < size:  # nor to the right
                after = norm[last + 1]
                if after.isalpha() if letters_only else after.isalnum():
                    continue
            entry = default if kinds is None else _pick(entries, wanted)
            if entry is None:
                continue
            if entry.kind == "act":
                length, entry = self._with_object(norm, start, length, entry)
                if entry is None:
                    continue
            add((start, -length, entry))
        return _select(candidates, text, wanted)

    def whole(self, text: str, kinds: Container[str] | None = None) -> Match | None:
        """The match find(text, kinds) gives over all of text, if text is itself a surface.

        One dictionary look-up instead of a scan: a match spanning the whole text starts
        first and is the longest, so find() always keeps it. Acts are never whole matches
        here (their class may come from the words after the verb, which only find() reads).
        """
        wanted = _WHOLE_KINDS if kinds is None else {kinds} if isinstance(kinds, str) else kinds
        payload = self._automaton.get(normalise(text), None) if text else None
        if payload is None:
            return None
        entry = _pick(payload[-1], wanted)
        if entry is None or entry.kind not in wanted or entry.kind == "act":
            return None
        return Match(0, len(text), entry.kind, entry.key, text)

    def _with_object(
        self, norm: str, start: int, length: int, entry: Entry
    ) -> tuple[int, Entry | None]:
        """Extend 'expressed' to 'expressed their deep concern' (class from the object)."""
        verb = norm[start : start + length].lower()
        pattern = self._patterns.get(verb, _UNSEEN)
        if pattern is _UNSEEN:
            table = self._objects.get(verb)
            pattern = self._patterns[verb] = (
                None if table is None else _object_pattern(table, self._modifiers)
            )
        found = pattern.match(norm, start + length) if pattern else None
        if found:
            act = self._objects[verb][found.group("obj").lower()]
            return found.end() - start, Entry("act", act, entry.form)
        return length, entry if entry.key else None


def _joins(char: str, letters_only: bool) -> bool:
    """Whether char continues the word (a currency symbol may touch digits: 'RM10')."""
    return char.isalpha() if letters_only else char.isalnum()


def _pick(entries: Sequence[Entry], wanted: Container[str]) -> Entry | None:
    """The first entry (by kind priority) that was asked for or that always blocks."""
    for entry in entries:
        if entry.kind in wanted or entry.kind in BLOCKING_KINDS:
            return entry
    return None


def _select(
    candidates: list[tuple[int, int, Entry]], text: str, wanted: Container[str]
) -> list[Match]:
    """Greedy leftmost-longest choice; blockers win their span but are only returned if asked."""
    candidates.sort(key=_START_THEN_LONGEST)
    matches = []
    taken = 0
    for start, neg_length, entry in candidates:
        if start < taken:
            continue
        end = start - neg_length
        taken = end
        if entry.kind in wanted:
            matches.append(Match(start, end, entry.kind, entry.key, text[start:end]))
    return matches
