"""Clean a RawPage into a Document: the body without page furniture, plus page metadata.

HTML goes through trafilatura (body) and htmldate (date) in `clean.html`; scraped text goes
through line-level furniture removal driven by the lexicon and per-publisher profiles in
`sources/`, in `clean.text`. Both share `clean.common`, `clean.lines` (one line's kind),
`clean.dates` and `clean.header` (title, date and labels above the body).
"""

from __future__ import annotations

from summitry.clean.dates import normalise_date
from summitry.clean.html import clean_html_page
from summitry.clean.text import clean_text_page
from summitry.read import RawPage
from summitry.record import Document

__all__ = ["TITLE_MAX", "bounded_title", "clean", "clean_text_page", "normalise_date"]


TITLE_MAX = 300  # the longest headline of the evaluation pages has 259 characters


def clean(raw: RawPage) -> Document:
    """The cleaned Document for one page, whatever its format; its title is one line."""
    doc = clean_html_page(raw.text) if raw.is_html else clean_text_page(raw.text)
    doc.title = bounded_title(doc.title)
    return doc


def bounded_title(title: str | None) -> str | None:
    """A title is a line of text: whitespace runs become one space, and past TITLE_MAX
    characters it is cut at a word and ends with '…'."""
    if title is None:
        return None
    line = " ".join(title[: TITLE_MAX * 4].split())
    if len(line) <= TITLE_MAX and len(title) <= TITLE_MAX * 4:
        return line or None
    line = line[: TITLE_MAX - 1]
    if " " in line[TITLE_MAX // 2 :]:
        line = line[: line.rindex(" ")]
    return line.rstrip() + "…"
