"""Per-publisher profiles and the furniture lexicon, kept as YAML data beside this file."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from summitry.kb.data import parse_yaml

__all__ = ["Lexicon", "SourceProfile", "lexicon", "profile_for", "profiles"]


@dataclass(frozen=True, slots=True)
class SourceProfile:
    """What one publisher's layout looks like and who it is."""

    name: str
    publisher: str | None
    publisher_country: str | None
    markers: tuple[str, ...]
    furniture: re.Pattern[str]  # one alternation of its furniture lines (whole line)
    layout: tuple[re.Pattern[str], ...] = ()  # all found in the page's text: its board's layout


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Furniture lines and section names shared by every scraped-text page."""

    furniture: re.Pattern[str]
    categories: dict[str, str]  # casefolded -> as written
    foreign_minister: re.Pattern[str]  # a foreign minister's title, as a phrase
    small_words: frozenset[str]  # lower case inside a headline in title case ('of', 'the')
    long_small_words: frozenset[str]  # kept in lower case by some title case ('between')


def _yaml(name: str) -> dict:
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return parse_yaml(f"sources-{name.removesuffix('.yaml')}", text)  # type: ignore[no-any-return]


def _whole_line(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns) or "(?!)", re.IGNORECASE)


@cache
def profiles() -> tuple[SourceProfile, ...]:
    """Every profile shipped in the package, in file-name order."""
    out = []
    for entry in sorted(resources.files(__package__).iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".yaml") or entry.name == "lexicon.yaml":
            continue
        data = _yaml(entry.name)
        out.append(
            SourceProfile(
                name=data["name"],
                publisher=data.get("publisher"),
                publisher_country=data.get("publisher_country"),
                markers=tuple(data.get("markers") or ()),
                furniture=_whole_line(data.get("furniture") or []),
                layout=tuple(re.compile(p, re.MULTILINE) for p in data.get("layout") or ()),
            )
        )
    return tuple(out)


@cache
def lexicon() -> Lexicon:
    data = _yaml("lexicon.yaml")
    categories = {c.casefold(): c for c in data.get("categories") or ()}
    titles = sorted(data.get("foreign_minister_titles") or (), key=len, reverse=True)
    minister = re.compile(
        r"\b(?:" + "|".join(map(re.escape, titles)) + r")\b" if titles else "(?!)"
    )
    small, long = (
        frozenset(str(data.get(key) or "").casefold().split())
        for key in ("title_small_words", "title_small_words_long")
    )
    return Lexicon(_whole_line(data.get("furniture") or []), categories, minister, small, long)


def profile_for(head: str, text: str = "") -> SourceProfile | None:
    """The profile whose marker lines appear in the page's head, else the one whose layout
    patterns all appear in the first 4,000 characters of its text."""
    for profile in profiles():
        if any(marker in head for marker in profile.markers):
            return profile
    sample = text[:4000]
    for profile in profiles():
        if profile.layout and all(p.search(sample) for p in profile.layout):
            return profile
    return None
