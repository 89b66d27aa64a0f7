"""Clean a RawPage into a Document: the body without page furniture, plus page metadata.

HTML goes through trafilatura (body) and htmldate (date). Scraped text goes through
line-level furniture removal driven by the lexicon and per-publisher profiles in `sources/`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from summitry.clean_dates import DATE_VALUE, bare_date, dateline_date, normalise_date
from summitry.publisher import country_of, find_publisher, looks_like_site_name
from summitry.read import RawPage
from summitry.record import Document
from summitry.sources import SourceProfile, lexicon, profile_for

__all__ = [
    "clean",
    "clean_text_page",
    "country_of",
    "dateline_date",
    "detect_language",
    "drop_repeated_title",
    "is_furniture",
    "normalise_date",
    "normalise_line",
    "paragraphs",
    "views_in_line",
]

_HEAD_LINES = 60
_DATE_VALUE = DATE_VALUE
_DATE_LINE = re.compile(
    r"^[•·*\-\s]*(?:date|posted(?: on)?|published(?: on)?|release date|등록일|작성일"
    r"|วันที่นำเข้าข้อมูล)\s*[:：]?\s*" + _DATE_VALUE + r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$",
    re.IGNORECASE,
)
_DATE_LABEL = re.compile(r"^[•·*\-\s]*(?:date|등록일|작성일)\s*[:：]?\s*$", re.IGNORECASE)
_UPDATED_LINE = re.compile(r"^(?:วันที่ปรับปรุงข้อมูล|updated|last updated|수정일)\b.*$", re.I)
_VIEWS_LINE = re.compile(
    r"^[•·*|\-\s]*(?:(?:hits?|views?|조회수?|read)\s*[:：]?\s*([\d,]+)|([\d,]+)\s*(?:views?|hits?|reads?))\s*$",
    re.IGNORECASE,
)
_VIEWS_LABEL = re.compile(r"^[•·*\-\s]*(?:hits?|views?|조회수?)\s*[:：]?\s*$", re.IGNORECASE)
_NUMBER = re.compile(r"^[\d,]+$")
# 'Arequipa, Peru, 17 May 2024' or 'VNA - Hanoi, July 25, 2024': a dateline on a line of its own
_PLACE_DATE_LINE = re.compile(
    r"^(?:[A-Z][\w.&]{1,15}\s*[-–—]\s*)?[A-ZÀ-Ý][^\W\d_ .'’-]*(?:[ .'’-]+[^\W\d_]+){0,5}"
    r"(?:,\s*[A-ZÀ-Ý][^\W\d_]*(?:[ .'’-]+[^\W\d_]+){0,5})?(?:,|\s*\|)?\s+"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?" + _DATE_VALUE + r"$"
)
_SECTION = re.compile(r"^(?:\d+\.\s*)?(.+?)$")
_MENU = re.compile(r"^(?:[^|]{1,40}\|){2,}[^|]{0,40}$|^(?:[^>]{1,40}\s>\s)+[^>]{1,40}$")
_BODY_END = re.compile(
    r"^(?:#{3,}|-+\s*end\s*-+|for (?:media|press) (?:enquiries|inquiries)\b.*|media contacts?:?.*"
    r"|for more information\b.*|press contact:?.*"
    r"|related (?:posts|articles|news|stories|links|content)|(?:read|see) (?:also|more)"
    r"|share (?:this|on)\b.*|tags?\s*:.*)$",
    re.IGNORECASE,
)


@dataclass(slots=True)
class _Header:
    """Metadata read off the lines above the body of a scraped page."""

    title: str | None = None
    published: str | None = None
    category: str | None = None
    views: int | None = None
    body_start: int = 0
    candidates: list[str] = field(default_factory=list)
    updated: str | None = None  # the page's date when it gives no other


def clean(raw: RawPage) -> Document:
    """The cleaned Document for one page, whatever its format."""
    if raw.is_html:
        from summitry.clean_html import clean_html_page

        return clean_html_page(raw.text)
    return clean_text_page(raw.text)


def clean_text_page(text: str) -> Document:
    """Scraped text (menus and all) -> Document."""
    lines = [normalise_line(line) for line in text.splitlines()]
    profile = profile_for("\n".join(lines[:_HEAD_LINES]))
    header = _read_header(lines, profile)
    rest = _until_body_end(lines[header.body_start :])
    body_lines = [
        line for line in rest if not is_furniture(line, profile) and not _is_metadata(line)
    ]
    body = paragraphs(drop_repeated_title(body_lines, header.title))
    published = header.published or dateline_date(body) or header.updated or _signed_off(rest)
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


def _until_body_end(lines: list[str]) -> list[str]:
    """The body stops at '###', '-END-', a media-contact block or 'Related posts'."""
    for i, line in enumerate(lines):
        if _BODY_END.match(line):
            return lines[:i]
        if _END_MARK.search(line) and i > 0:
            return [*lines[:i], _END_MARK.sub("", line)]
    return lines


_END_MARK = re.compile(r"(?<=[.!?”\"])\s+(?:END|-END-|###)\s*$")


def _drop_trailing_site_names(body: str, profile: SourceProfile | None) -> str:
    parts = body.split("\n\n")
    while parts and (
        looks_like_site_name(parts[-1], profile) or not re.search(r"[A-Za-z]", parts[-1])
    ):
        parts.pop()
    return "\n\n".join(parts)


def normalise_line(line: str) -> str:
    line = unicodedata.normalize("NFC", line).replace("\u00a0", " ").replace("\u200b", "")
    return re.sub(r"[ \t]+", " ", line).strip()


def is_furniture(line: str, profile: SourceProfile | None) -> bool:
    if lexicon().furniture.fullmatch(line) or _MENU.match(line):
        return True
    return bool(profile and any(p.fullmatch(line) for p in profile.furniture))


def strip_leading_metadata(lines: list[str]) -> list[str]:
    """Date stamps, section names and 'Media release' labels above an article's first words."""
    out = list(lines)
    while out and (not out[0] or _is_metadata(out[0]) or _is_label(out[0])):
        out.pop(0)
    return out


def _is_label(line: str) -> bool:
    # 'Press Statements 14 Jul 2023': a section name with the page's date
    bare = re.sub(r"\s+\d{1,2}\s+\w{3,9}\.?\s+\d{4}$", "", line)
    return bool(
        bare_date(line)
        or bare.casefold() in lexicon().categories
        or re.fullmatch(
            r"(?:media|press|news) (?:release|statement)s?|issued by .{3,80}", line, re.I
        )
    )


def _is_metadata(line: str) -> bool:
    return bool(
        _DATE_LINE.match(line)
        or _UPDATED_LINE.match(line)
        or _VIEWS_LINE.match(line)
        or _DATE_LABEL.match(line)
        or _VIEWS_LABEL.match(line)
    )


def _is_body_line(line: str) -> bool:
    """A line that reads like prose rather than a menu or a headline."""
    words = len(line.split())
    return words >= 25 or (words >= 12 and line.rstrip().endswith((".", "。", '."', ".”")))


def _read_header(lines: list[str], profile: SourceProfile | None) -> _Header:
    header = _Header()
    last_meta = -1
    for i, line in enumerate(lines[:_HEAD_LINES]):
        if not line:
            continue
        if _read_metadata_line(lines, i, header):
            last_meta = i
            if header.title is None and header.candidates:
                header.title = header.candidates[-1]
            continue
        if _is_body_line(line) or last_meta >= 0:
            header.body_start = i
            break
        _read_header_line(line, profile, header)
    else:
        header.body_start = last_meta + 1 if last_meta >= 0 else 0
    if header.title is None and header.candidates:
        header.title = header.candidates[-1]
    if last_meta >= 0 and header.body_start <= last_meta:
        header.body_start = last_meta + 1
    return header


def _read_metadata_line(lines: list[str], i: int, header: _Header) -> bool:
    line = lines[i]
    nxt = _next_nonempty(lines, i)
    if m := _DATE_LINE.match(line):
        header.published = header.published or normalise_date(m.group(1))
    elif _DATE_LABEL.match(line) and nxt and normalise_date(nxt):
        header.published = header.published or normalise_date(nxt)
    elif (views := views_in_line(line)) is not None:
        header.views = views
    elif _VIEWS_LABEL.match(line) and nxt and _NUMBER.match(nxt):
        header.views = int(nxt.replace(",", ""))
    elif _UPDATED_LINE.match(line):
        header.updated = header.updated or _date_in(line)
    elif m := _PLACE_DATE_LINE.match(line):
        header.published = header.published or normalise_date(m.group(1))
    elif (bare := bare_date(line)) or _NUMBER.match(line):
        # the value line after a "Date" or "hit" label, or the page's date on its own line
        header.published = header.published or bare or None
    else:
        return False
    return True


def _signed_off(lines: list[str]) -> str | None:
    """'MINISTRY OF FOREIGN AFFAIRS / PUTRAJAYA / 30 August 2024': the date under the release."""
    tail = [line for line in lines[-8:] if line]
    for line in reversed(tail[-4:]):
        if date := bare_date(line) or _date_line_value(line):
            return date
    return None


def _date_line_value(line: str) -> str | None:
    m = _DATE_LINE.match(line)
    return normalise_date(m.group(1)) if m else None


def _date_in(line: str) -> str | None:
    m = re.search(_DATE_VALUE, line)
    return normalise_date(m.group(1)) if m else None


def views_in_line(line: str) -> int | None:
    """The counter of a "hit 12034" / "| 30,405 view" line, else None."""
    m = _VIEWS_LINE.match(line)
    return int((m.group(1) or m.group(2)).replace(",", "")) if m else None


def _next_nonempty(lines: list[str], i: int) -> str | None:
    for line in lines[i + 1 : i + 4]:
        if line:
            return line
    return None


def _read_header_line(line: str, profile: SourceProfile | None, header: _Header) -> None:
    section = _SECTION.match(line).group(1).strip()  # type: ignore[union-attr]
    section = re.sub(r"\s*상세보기$", "", section).split(" > ")[-1].strip()
    known = lexicon().categories.get(section.casefold())
    if known:
        header.category = header.category or known
        return
    if is_furniture(line, profile) or looks_like_site_name(line, profile) or _is_label(line):
        return
    if len(line.split()) >= 3 or not header.candidates:
        header.candidates.append(line)


def drop_repeated_title(lines: list[str], title: str | None) -> list[str]:
    if not title:
        return lines
    key = _title_key(title)
    out, dropped = [], False
    for line in lines:
        if not dropped and line and _title_key(line) == key:
            dropped = True
            continue
        out.append(line)
    return out


def _title_key(text: str) -> str:
    return re.sub(r"\W+", " ", text.casefold()).strip()


def paragraphs(lines: list[str]) -> str:
    """Blank-line-separated paragraphs; wrapped lines inside one paragraph are joined."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in [*lines, ""]:
        if line:
            current.append(line)
            continue
        if current:
            paragraphs.append(_join_wrapped(current))
            current = []
    return "\n\n".join(p for p in paragraphs if p)


def _join_wrapped(lines: list[str]) -> str:
    out = lines[0]
    for line in lines[1:]:
        wrapped = not out.endswith((".", ":", ";", "!", "?", "”", '"')) and line[:1].islower()
        out += (" " if wrapped else "\n") + line
    return out


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the body, or None for an empty one."""
    sample = text[:3000]
    if len(re.findall(r"\w", sample)) < 3:
        return None
    import py3langid

    return py3langid.classify(sample)[0]
