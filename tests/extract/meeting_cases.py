"""What the meeting tests share: the meetings extracted from one sentence or page."""

from __future__ import annotations

from summitry.extract.pipeline import extract_record
from summitry.record import Document, Meeting


def meetings(
    text: str, title: str | None = None, published: str | None = "2024-11-15", country: str = "KOR"
) -> list[Meeting]:
    """The meetings of a page with this text, title and date, published in `country`."""
    doc = Document(title=title, text=text, published=published, publisher_country=country)
    return extract_record("page.txt", doc).meetings
