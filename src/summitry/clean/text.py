"""Clean scraped text (menus and all): line-level furniture removal driven by the lexicon and
the per-publisher profiles in `sources/`."""

from __future__ import annotations

import re

from summitry.clean.common import detect_language, drop_repeated_title, paragraphs
from summitry.clean.dates import (
    bare_date,
    dateline_date,
    split_date_stamp,
    yearless_dateline_date,
)
from summitry.clean.header import HEAD_LINES, read_header
from summitry.clean.language import ascii_punctuation
from summitry.clean.lines import date_line_value, is_furniture, is_metadata, normalise_line
from summitry.clean.stamps import Header, read_stamp_line
from summitry.clean.wrapping import unwrap_lines
from summitry.publisher import find_publisher, looks_like_site_name
from summitry.record import Document
from summitry.sources import SourceProfile, profile_for

__all__ = ["clean_text_page"]

_BODY_END = re.compile(
    r"^(?:#{3,}|-+\s*end\s*-+|for (?:media|press) (?:enquiries|inquiries)\b.*|media contacts?:?.*"
    r"|for more information\b.*|press contact:?.*"
    r"|related (?:posts|articles|news|stories|links|content)|(?:read|see) (?:also|more)"
    r"|share (?:this|on)\b.*|tags?\s*:.*)$",
    re.IGNORECASE,
)


def clean_text_page(text: str) -> Document:
    """Scraped text (menus and all) -> Document."""
    lines = [normalise_line(line) for line in text.splitlines()]
    lines = _split_date_stamps(unwrap_lines(lines))
    profile = profile_for("\n".join(lines[:HEAD_LINES]), "\n".join(lines))
    header = read_header(lines, profile)
    rest = _until_body_end(lines[header.body_start :])
    body_lines = [
        line for line in rest if not is_furniture(line, profile) and not is_metadata(line)
    ]
    body = paragraphs(drop_repeated_title(body_lines, header.title))
    if header.event:
        body = f"{header.event}\n\n{body}" if body else header.event
    published = (
        header.published
        or _opening_date(body, rest)
        or header.updated
        or _signed_off(rest)
        or (yearless_dateline_date(header.yearless, body) if header.yearless else None)
    )
    tail = [line for line in lines[-12:] if line]
    publisher, country = find_publisher(lines[: header.body_start], rest, tail, profile)
    body = _drop_trailing_site_names(body, profile)
    return Document(
        title=header.title,
        published=published,
        publisher=publisher,
        publisher_country=country,
        category=header.category,
        views=header.views,
        language=detect_language(body),
        text=body,
    )


def _opening_date(body: str, rest: list[str]) -> str | None:
    """A dateline in the first paragraphs ('PASAY CITY 21 September 2020 – ...'), or a stamp
    line among them ('June 5, 2021 – Ottawa, Ontario – Global Affairs Canada')."""
    for para in [line for line in body.split("\n") if line][:3]:
        if date := dateline_date(para) or yearless_dateline_date(para, body):
            return date
    stamp = Header()
    for line in [line for line in rest if line][:8]:
        if len(line.split()) <= 16 and read_stamp_line(line, stamp) and stamp.published:
            return stamp.published
    return None


def _split_date_stamps(lines: list[str]) -> list[str]:
    """'date 2024-07-27 Vientiane – ...': the scraper's stamp on a line of its own."""
    out: list[str] = []
    for line in lines:
        stamp = split_date_stamp(line)
        out.extend([f"date {stamp[0]}", stamp[1]] if stamp else [line])
    return out


def _until_body_end(lines: list[str]) -> list[str]:
    """The body stops at '###', '-END-', a media-contact block or 'Related posts'."""
    for i, line in enumerate(lines):
        if _BODY_END.match(line):
            return lines[:i]
        if i > 0 and ("END" in line or "###" in line) and _END_MARK.search(line):
            return [*lines[:i], _END_MARK.sub("", line)]
    return lines


_END_MARK = re.compile(r"(?<=[.!?”\"])\s+(?:END|-END-|###)\s*$")


def _drop_trailing_site_names(body: str, profile: SourceProfile | None) -> str:
    """Site names under the release, and lines with no letter; on a page in Latin script also
    lines in another script (a Korean footer under an English release), never a page's own
    text in Korean or Thai."""
    parts = body.split("\n\n")
    needed = re.compile(r"[A-Za-z]" if _latin_script(body) else r"[^\W\d_]")
    while parts and (looks_like_site_name(parts[-1], profile) or not needed.search(parts[-1])):
        parts.pop()
    return "\n\n".join(parts)


def _latin_script(text: str) -> bool:
    """Most letters of the text's start are Latin ones (English, French, Vietnamese ...)."""
    sample = text[:10_000]
    if ascii_punctuation(sample).isascii() or not _NON_LATIN_LETTER.search(sample):
        return True  # every letter is one of the Latin ones counted below
    letters = len(re.findall(r"[^\W\d_]", sample))
    latin = len(re.findall(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]", sample))
    return latin * 2 >= letters


# A letter (what [^\W\d_] matches) outside the Latin ranges _latin_script counts.
_NON_LATIN_LETTER = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f\u1e00-\u1eff]")


def _signed_off(lines: list[str]) -> str | None:
    """'MINISTRY OF FOREIGN AFFAIRS / PUTRAJAYA / 30 August 2024': the date under the release."""
    tail = [line for line in lines[-8:] if line]
    for line in reversed(tail[-4:]):
        if date := bare_date(line) or date_line_value(line):
            return date
    return None
