"""A meeting's theme: the phrase a page quotes after 'under the theme', 'themed' or 'the
slogan ... is', given to the meeting named nearest it in its sentence or, where the sentence
names none, to the main meeting or the first of the forum it names."""

from __future__ import annotations

import re
from dataclasses import dataclass

from summitry.extract.context import Context
from summitry.extract.meeting_parts import MeetingMention
from summitry.extract.patterns import WordStarts, matches_from, word_start

__all__ = [
    "THEME",
    "assign_themes",
    "may_quote_theme",
    "theme_matches",
]

THEME = re.compile(
    rf"(?:(?:{word_start('under', 'Under', 'with', 'With', 'on', 'On')})\s+the\s+"
    r"(?:overarching\s+)?(?:theme|slogan|motto)\s*(?:of\s+)?,?"
    rf"|(?:{word_start('theme', 'slogan', 'motto')})\b[^.“\"]{{0,80}}?\b(?:is|was|will be)\s*,?"
    rf"|{word_start('themed')}\s*,?)\s*"
    r"[“\"‘'](?P<theme>[^”\"’]{3,120}?)[,.]?[”\"’']"
)
# "the chairmanship theme, “...”", "the motto chosen by PNG for APEC has been "..."": a quote
# opening within a few words of the word; a straight single mark opens one only after a space
# or a colon, and closes it ("Lao PDR's Chairmanship": an apostrophe).
_THEME_NEAR = re.compile(
    rf"(?:{word_start('theme', 'Theme', 'slogan', 'Slogan', 'motto', 'Motto')})\b"
    r"[^.“”\"]{0,60}?(?:[“\"‘](?P<theme>[^”\"’]{3,120}?)[,.]?[”\"’]"
    r"|'(?<=[\s(:]')(?P<single>[^'”\"’]{3,120}?)[,.]?')"
)


# Every THEME match opens with one of these as a word of its own.
_THEME_STARTS = WordStarts(
    ("under", "Under", "with", "With", "on", "On", "theme", "slogan", "motto", "themed")
)


def theme_matches(text: str) -> list[re.Match[str]]:
    """What THEME.finditer(text) gives, tried only where one of its opening words begins."""
    return matches_from(THEME, text, _THEME_STARTS(text)) if may_quote_theme(text) else []


def may_quote_theme(text: str) -> bool:
    """Every THEME and _THEME_NEAR match holds 'theme', 'slogan' or 'motto' (the first letter
    in either case), so a text without their tails has no theme to find."""
    return "heme" in text or "logan" in text or "otto" in text


@dataclass(frozen=True, slots=True)
class _Quote:
    """A theme quoted on the page: where its cue starts and its quote ends, and the phrase."""

    start: int
    end: int
    theme: str


def assign_themes(
    ctx: Context, mentions: list[MeetingMention], main: MeetingMention | None, kb
) -> None:
    """Each quoted theme to the meeting named nearest it in its sentence ('to prepare for the
    4th BIMSTEC Summit, under the theme "..."' is the summit's); one whose sentence names no
    meeting to the main meeting when the sentence names its forum or none, else to the first
    meeting of the forum it names ('the theme of Thailand's ASEAN Chairmanship "..."')."""
    for quote in _quotes(ctx.text):
        lo, hi = _sentence_span(ctx, quote)
        owner = _nearest(mentions, quote, lo, hi)
        if owner is None:
            owner = _forum_owner(ctx, mentions, main, lo, hi, kb)
        if owner is not None and owner.theme is None:
            owner.theme = quote.theme


def _quotes(text: str) -> list[_Quote]:
    """Every theme the page quotes, in order, none overlapping another."""
    if not may_quote_theme(text):
        return []
    found = sorted([*theme_matches(text), *_THEME_NEAR.finditer(text)], key=lambda m: m.start())
    out: list[_Quote] = []
    for m in found:
        if out and m.start() < out[-1].end:
            continue
        theme = m.group("theme") or m.groupdict().get("single") or ""
        out.append(_Quote(m.start(), m.end(), theme.strip(" ,.")))
    return out


def _sentence_span(ctx: Context, quote: _Quote) -> tuple[int, int]:
    """From the start of the sentence of the cue to the end of that of the quote's close (a
    theme such as "Open. Connect. Balance." runs over sentence breaks)."""
    first, last = ctx.sentence_at(quote.start), ctx.sentence_at(quote.end - 1)
    return (first.start if first else quote.start), (last.end if last else quote.end)


_NEAR_GAP = 80  # characters between a meeting's name and a theme said of it


def _nearest(
    mentions: list[MeetingMention], quote: _Quote, lo: int, hi: int
) -> MeetingMention | None:
    """The meeting named nearest the theme within lo:hi (one named between the cue and the
    quote first)."""
    best, best_gap = None, _NEAR_GAP + 1
    for mention in mentions:
        for start, end in mention.spans:
            if start < lo or end > hi:
                continue
            if end <= quote.start:
                gap = quote.start - end
            elif start >= quote.end:
                gap = start - quote.end
            else:
                gap = 0
            if gap < best_gap:
                best, best_gap = mention, gap
    return best


def _forum_owner(
    ctx: Context, mentions: list[MeetingMention], main: MeetingMention | None, lo: int, hi: int, kb
) -> MeetingMention | None:
    """The main meeting, where the sentence names its forum (or the grouping it belongs to)
    or none; else the first meeting of the one forum the sentence names."""
    named = {
        kb.forum_key(mt.key) or mt.key
        for mt in ctx.matches_in(lo, hi)
        if mt.kind in ("forum", "organization") and (kb.forum_key(mt.key) or mt.key in kb.forums)
    }
    if main is not None:
        own = {main.name.forum}
        if main.name.forum in kb.forums:
            own.add(kb.forums[main.name.forum].parent)
        if not named or named & own:
            return main
    if len(named) != 1:
        return None
    return next((m for m in mentions if m.name.forum in named), None)
