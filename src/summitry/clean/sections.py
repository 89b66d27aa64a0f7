"""Where a page names its section: a breadcrumb trail ('Home » News » Press Releases', the
step before the headline where the trail ends at it), a section name after the headline in
its title bar, menu words before a section name, a topic line above the headline."""

from __future__ import annotations

import re

from summitry.clean.dates import MONTH_WORDS
from summitry.clean.lines import title_key
from summitry.sources import lexicon

__all__ = ["section_in_title", "topic_line", "trail_section", "trail_steps"]

# 'Home > China News', 'Home » News » Press Releases', 'Home / Media Centre / Statements'
_STEP = re.compile(r"\s*(?:>|›|»)\s*|\s/\s")
_PIPE = re.compile(r"\s*\|\s*")
_HOME = frozenset({"home", "homepage", "home page", "top", "main page"})  # a trail's first step
_HERE = re.compile(r"^you are (?:here|in)\s*:\s*", re.IGNORECASE)
_DATE_STEP = re.compile(r"\d{1,4}|" + "|".join(MONTH_WORDS), re.IGNORECASE)


def trail_steps(line: str) -> list[str] | None:
    """The steps of a trail from 'Home' or a section ('You are here: Home / Media / Statements',
    'Press Releases » Leaders Meet'), past a year or month at its end; a trail of ' | ' steps
    only where it ends at a known section (else it is a menu)."""
    line = _HERE.sub("", line)
    steps = _STEP.split(line)
    if len(steps) < 2:
        steps = _PIPE.split(line)
        if not _known(steps[-1]):
            return None
    if len(steps) < 2 or not (steps[0].casefold() in _HOME or _known(steps[0])):
        return None
    while steps and _DATE_STEP.fullmatch(steps[-1]):
        steps.pop()
    return [step.strip() for step in steps] if len(steps) > 1 else None


def trail_section(steps: list[str], title: str | None) -> str | None:
    """The trail's last step, or the one before it where the last is the headline."""
    if title and title_key(steps[-1]) == title_key(title):
        steps = steps[:-1]
    last = steps[-1] if steps and steps[-1].casefold() not in _HOME else ""
    return last if 3 <= len(last) <= 40 else None


def _known(step: str) -> bool:
    """A section name the lexicon knows ('Press Releases')."""
    return step.strip().casefold() in lexicon().categories


def section_in_title(title: str | None) -> tuple[str | None, str | None]:
    """'Leaders Meet | Press Releases' -> ('Leaders Meet', 'Press Releases'): a section name
    after the headline and a bar, as a page's title bar gives it."""
    if title is None:
        return None, None
    parts = _TITLE_PARTS.split(title)
    if len(parts) > 1 and (known := lexicon().categories.get(parts[-1].casefold())):
        return title[: title.rindex(parts[-1])].rstrip(" |-–—"), known
    return title, None


_TITLE_PARTS = re.compile(r"\s+\|\s+")  # a dash is as often part of the headline


def topic_line(lines: list[str], title: str | None, candidates: list[str]) -> str | None:
    """'About Us Press Releases', a menu's words before a section name above the headline,
    gives that section; 'G20 (Summit on ...)' over 'G20 Foreign Ministers' Meeting (Summary)':
    the page's first line, a title-like line other than the headline that shares a word with
    it, is the topic the site files the page under."""
    if title is None:
        return None
    key = title_key(title)
    for line in candidates:
        if title_key(line) != key and (section := _trailing_section(line)):
            return section
    first = next((line for line in lines if line), None)
    if first is None or first not in candidates:
        return None
    if key in title_key(first) or first.endswith((".", "!", "?")):
        return None  # the headline itself, with the site's name or section beside it
    title_words = set(key.split()) - lexicon().small_words
    return first if title_words & set(title_key(first).split()) else None


def _trailing_section(line: str) -> str | None:
    """'About Us Press Releases' -> 'Press Releases': one to three menu words, then a section."""
    words = line.split()
    for n in range(1, min(4, len(words))):
        if known := lexicon().categories.get(" ".join(words[n:]).casefold()):
            return known
    return None
