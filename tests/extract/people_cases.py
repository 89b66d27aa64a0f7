"""Helpers of the people tests: run the extractor over a sentence or two of a release."""

from __future__ import annotations

from summitry.extract.pipeline import extract_record
from summitry.record import Document, Record

PersonRow = tuple[str, str | None, str | None, str]


def extract(text: str, publisher_country: str | None = "KOR") -> Record:
    doc = Document(text=text, published="2024-11-15", publisher_country=publisher_country)
    return extract_record("page.txt", doc)


def people(text: str, publisher_country: str | None = "KOR") -> list[PersonRow]:
    """(name, title, country, role) of every person, in order of first mention."""
    return [(p.name, p.title, p.country, p.role) for p in extract(text, publisher_country).people]


def names(text: str) -> list[str]:
    return [p.name for p in extract(text).people]
