"""Publishers of pages (ministries, agencies, papers, secretariats) from publishers.yaml."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from summitry.kb.data import read_yaml

__all__ = [
    "Publisher",
    "chair_publisher",
    "foreign_ministry",
    "name_key",
    "publisher_named",
    "publisher_tagged",
]

_KEYS = frozenset({"name", "country", "role", "chairs", "aliases", "tags"})


@dataclass(frozen=True, slots=True)
class Publisher:
    """One publisher: its own English name and its country (None for international bodies)."""

    name: str
    country: str | None


def name_key(text: str) -> str:
    """A name as compared: case, punctuation, accents of quotes and a leading 'the' ignored."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"[\u2018\u2019'`]", "", text)
    text = re.sub(r"[^\w]+", " ", text).strip()
    return re.sub(r"^the ", "", text)


@dataclass(frozen=True, slots=True)
class _Index:
    names: dict[str, Publisher]  # name_key of name or alias -> publisher
    tags: dict[str, Publisher]  # tag as written -> publisher
    ministries: dict[str, Publisher]  # alpha-3 -> the foreign ministry of that government
    chairs: dict[str, Publisher]  # forum name as written -> the body publishing its chair's words


@cache
def _index() -> _Index:
    """publishers.yaml read once into lookup tables."""
    names: dict[str, Publisher] = {}
    tags: dict[str, Publisher] = {}
    ministries: dict[str, Publisher] = {}
    chairs: dict[str, Publisher] = {}
    for raw in read_yaml("publishers")["publishers"]:
        unknown = set(raw) - _KEYS
        if unknown:
            raise ValueError(f"publishers.yaml: unexpected keys {sorted(unknown)} in {raw}")
        pub = Publisher(str(raw["name"]), raw.get("country"))
        for alias in (raw["name"], *(raw.get("aliases") or ())):
            names.setdefault(name_key(str(alias)), pub)
        for tag in raw.get("tags") or ():
            tags.setdefault(str(tag), pub)
        if raw.get("role") == "foreign_ministry" and pub.country:
            ministries.setdefault(pub.country, pub)
        for forum in raw.get("chairs") or ():
            chairs.setdefault(str(forum), pub)
    return _Index(names, tags, ministries, chairs)


def publisher_named(text: str) -> Publisher | None:
    """The publisher whose name, alias or web address text is, as a whole."""
    return _index().names.get(name_key(text)) if text else None


def publisher_tagged(tag: str) -> Publisher | None:
    """The publisher a dateline or credit tag stands for ('Xinhua', 'VNA'), as written."""
    return _index().tags.get(tag.strip())


def foreign_ministry(country: str) -> Publisher | None:
    """The foreign ministry of a government (alpha-3), where the kb knows its own name."""
    return _index().ministries.get(country)


def chair_publisher(text: str) -> Publisher | None:
    """The body that publishes the chair's statements of the first forum text names."""
    chairs = _index().chairs
    found = [
        (m.start(), chairs[forum])
        for forum in chairs
        if (m := re.search(rf"(?<![\w-]){re.escape(forum)}(?![\w-])", text))
    ]
    return min(found, key=lambda f: f[0])[1] if found else None
