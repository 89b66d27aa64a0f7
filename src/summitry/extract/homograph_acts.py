"""Act verbs whose present form is mostly a noun ('supports', 'notes', 'hopes'), which the
knowledge base leaves out: right after a subject that takes a singular verb and before what
such a verb takes ('Japan supports the ...', 'He notes that ...'), the word is the verb."""

from __future__ import annotations

import functools
import re

from summitry.extract.patterns import WordStarts
from summitry.extract.speaker_refs import Candidate
from summitry.kb import load_kb
from summitry.kb.model import Match

__all__ = ["homograph_acts"]

_SINGULAR = ("person", "title", "country", "honorific")
_SINGULAR_PRONOUNS = ("He", "he", "She", "she", "It", "it")
_AFTER = re.compile(
    r"\s+(?:that|the|a|an|its|his|her|their|this|these|all|every|further|[A-Z$]|\d)"
)
_GAP = re.compile(r"\s+(?:also\s+|further\s+|strongly\s+|fully\s+|firmly\s+)?\Z")


def _present_forms() -> dict[str, str]:
    """The present form of each one-word act verb that acts.yaml lists as a homograph ->
    its act class."""
    return load_kb().act_table.homograph_presents


@functools.cache
def _scan() -> tuple[WordStarts, re.Pattern[str]]:
    words = sorted(_present_forms(), key=len, reverse=True)
    return WordStarts(words), re.compile(rf"(?:{'|'.join(words)})\b")


def homograph_acts(text: str, ends: dict[int, Candidate]) -> list[Match]:
    """The act matches of homograph present forms that follow a singular subject; `ends`:
    the speaker candidates of the page by where they end."""
    starts, word = _scan()
    forms = _present_forms()
    out = []
    for at in starts(text):
        m = word.match(text, at)
        if m is None or not _AFTER.match(text, m.end()):
            continue
        gap = _GAP.search(text, max(0, at - 12), at)
        cand = ends.get(gap.start()) if gap else None
        if cand is not None and _singular(text, cand):
            out.append(Match(at, m.end(), "act", forms[m.group(0)], m.group(0)))
    return out


def _singular(text: str, cand: Candidate) -> bool:
    if cand.kind == "pronoun":
        return text[cand.start : cand.end] in _SINGULAR_PRONOUNS
    return cand.kind in _SINGULAR
