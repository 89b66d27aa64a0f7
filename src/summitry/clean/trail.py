"""Breadcrumb trails above a headline: 'Home » News » Press Releases' names the page's
section, the step before the headline where the trail ends at the headline itself."""

from __future__ import annotations

import re

from summitry.clean.lines import title_key
from summitry.sources import lexicon

__all__ = ["trail_section", "trail_steps"]

# 'Home > China News', 'Home » News » Press Releases', 'Home / Media Centre / Statements'
_STEP = re.compile(r"\s*(?:>|›|»)\s*|\s/\s")
_PIPE = re.compile(r"\s*\|\s*")
_HERE = re.compile(r"^you are (?:here|in)\s*:\s*", re.IGNORECASE)
_DATE_STEP = re.compile(
    r"\d{1,4}|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?",
    re.IGNORECASE,
)


def trail_steps(line: str) -> list[str] | None:
    """The steps of a trail from 'Home' ('You are here: Home / Media / Statements'), past a
    year or month at its end; a trail of ' | ' steps only where it ends at a known section
    (else it is a menu)."""
    line = _HERE.sub("", line)
    steps = _STEP.split(line)
    if len(steps) < 2:
        steps = _PIPE.split(line)
        if steps[-1].casefold() not in lexicon().categories:
            return None
    if len(steps) < 2 or steps[0].casefold() != "home":
        return None
    while steps and _DATE_STEP.fullmatch(steps[-1]):
        steps.pop()
    return [step.strip() for step in steps] if len(steps) > 1 else None


def trail_section(steps: list[str], title: str | None) -> str | None:
    """The trail's last step, or the one before it where the last is the headline."""
    if title and len(steps) > 2 and title_key(steps[-1]) == title_key(title):
        steps = steps[:-1]
    last = steps[-1] if len(steps) > 1 else ""
    return last if 3 <= len(last) <= 40 else None
