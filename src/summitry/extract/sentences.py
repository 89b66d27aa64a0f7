"""Split the body into sentences, keeping offsets into document.text."""

from __future__ import annotations

import functools
import re

from summitry.extract.context import Context, Sentence

__all__ = ["split_sentences", "sentences_of"]

# A sentence ends at . ! ? (optionally closed by a quote or bracket: group "close") followed
# by space and an upper-case letter, a digit, a quote or a bullet; or at a paragraph break.
# The break is the "close" group, else the whole match. The pattern opens with one class of
# the characters it may start with, so the engine skips to them (an alternation whose
# branches open with classes would be tried at every position); look-behinds pick the branch.
_END = re.compile(
    r"[.!?\n](?:(?<=[.!?])(?P<close>[\"”’)]?)(?=\s+[\"“‘'(°o•*\-]?\s*[A-Z0-9\u00c0-\u024f])"
    r"|(?<=\n)\s*\n|(?<=\n)(?=[°•*o\-] )"
    r"|(?<=[a-z]{2}\.)(?=[A-Z][a-z]+[\s’']))"  # 'the event.In his speech': a lost space
)
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:Mr|Ms|Mrs|Dr|Prof|St|No|Nov|Dec|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|"
    r"Gen|Lt|Col|Sen|Rep|Gov|Hon|Amb|Rt|Jr|Sr|vs|etc|e\.g|i\.e|H\.E|U\.S|U\.N|U\.K|Co|Inc|Ltd|a\.m|p\.m)"
    r"|\b[A-Z])\.$"
)
_LIST_NUMBER = re.compile(r"\s*(?:\d{1,2}|[a-z])\.")
_BULLET = re.compile(r"^(?:\d{1,2}\.|[°•*o\-※]|\(\d+\)|[a-z]\))\s+")


@functools.lru_cache(maxsize=2)  # a page's body and its title (extract.people_headline)
def sentences_of(text: str) -> tuple[Sentence, ...]:
    """Sentences with list numbers and bullets left outside their offsets. The last two
    texts' are kept, so the store's rows of a page reuse what its extraction split: a tuple,
    as every caller shares it."""
    out: list[Sentence] = []
    start = 0
    for m in _END.finditer(text):
        brk, (brk_start, brk_end) = m.group(), m.span()
        if m.group("close") is not None:
            brk, (brk_start, brk_end) = m.group("close"), m.span("close")
        if (
            brk.strip() == ""
            and "\n" not in brk
            and _ABBREVIATIONS.search(text[max(0, brk_start - 6) : brk_start])
        ):
            continue
        if _LIST_NUMBER.fullmatch(text, start, brk_start):
            continue  # "1. On September 9, ...": the number belongs to the sentence after it
        _add(text, start, brk_start, out)
        start = brk_end
    _add(text, start, len(text), out)
    return tuple(out)


def _add(text: str, start: int, end: int, out: list[Sentence]) -> None:
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    start += lead
    chunk = chunk.strip()
    bullet = _BULLET.match(chunk)
    if bullet:
        start += bullet.end()
        chunk = chunk[bullet.end() :]
    if chunk:
        out.append(Sentence(start, start + len(chunk), chunk))


def split_sentences(ctx: Context) -> None:
    ctx.sentences = sentences_of(ctx.text)
