"""A meeting's theme: the phrase a page quotes after 'under the theme', 'themed' or 'the
slogan ... is', in the sentence that names the meeting or, for the main meeting, anywhere on
the page where no other forum is named."""

from __future__ import annotations

import re

from summitry.extract.context import Context, Sentence
from summitry.extract.patterns import WordStarts, matches_from, word_start

__all__ = ["THEME", "may_quote_theme", "page_theme", "sentence_theme", "theme_matches"]

THEME = re.compile(
    rf"(?:(?:{word_start('under', 'with', 'on')})\s+the\s+(?:overarching\s+)?"
    r"(?:theme|slogan|motto)\s*(?:of\s+)?,?"
    rf"|(?:{word_start('theme', 'slogan', 'motto')})\b[^.“\"]{{0,80}}?\b(?:is|was|will be)\s*,?"
    rf"|{word_start('themed')}\s*,?)\s*"
    r"[“\"‘'](?P<theme>[^”\"’]{3,120}?)[,.]?[”\"’']"
)
# "the chairmanship theme, “...”", "the motto chosen by PNG for APEC has been "..."": a quote
# opening within a few words of the word (no straight apostrophe: "Lao PDR's Chairmanship").
_THEME_NEAR = re.compile(
    rf"(?:{word_start('theme', 'Theme', 'slogan', 'Slogan', 'motto', 'Motto')})\b"
    r"[^.“”\"]{0,60}?[“\"‘](?P<theme>[^”\"’]{3,120}?)[,.]?[”\"’]"
)


# Every THEME match opens with one of these as a word of its own.
_THEME_STARTS = WordStarts(("under", "with", "on", "theme", "slogan", "motto", "themed"))


def theme_matches(text: str) -> list[re.Match[str]]:
    """What THEME.finditer(text) gives, tried only where one of its opening words begins."""
    return matches_from(THEME, text, _THEME_STARTS(text)) if may_quote_theme(text) else []


def may_quote_theme(text: str) -> bool:
    """Every THEME and _THEME_NEAR match holds 'theme', 'slogan' or 'motto' (the first letter
    in either case), so a text without their tails has no theme to find."""
    return "heme" in text or "logan" in text or "otto" in text


def sentence_theme(sentence: Sentence) -> str | None:
    """The theme quoted in a sentence, if any."""
    return _theme_in(sentence.text)


def _theme_in(text: str) -> str | None:
    """The theme quoted in text, if any."""
    if not may_quote_theme(text):
        return None
    m = THEME.search(text) or _THEME_NEAR.search(text)
    return m.group("theme").strip(" ,.") if m else None


def page_theme(ctx: Context, forum: str | None, kb) -> str | None:
    """The first theme the page quotes in a sentence that names no forum but the main
    meeting's own (or the grouping it belongs to)."""
    own = {forum}
    if forum in kb.forums:
        own.add(kb.forums[forum].parent)
    for found in (theme_matches, _THEME_NEAR.finditer) if may_quote_theme(ctx.text) else ():
        for m in found(ctx.text):
            sentence = ctx.sentence_at(m.start())
            if sentence is None:
                continue
            named = {
                kb.forum_key(mt.key) or mt.key
                for mt in ctx.matches_in(sentence.start, sentence.end)
                if mt.kind in ("forum", "organization")
                and (kb.forum_key(mt.key) or mt.key in kb.forums)
            }
            if not named or named & own:
                return m.group("theme").strip(" ,.")
    return None
