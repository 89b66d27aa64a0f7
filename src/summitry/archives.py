"""Inputs that hold many pages with their addresses: WARC files and JSON Lines.

A WARC file (gzip'd or not, as wget --warc-file, Browsertrix, Heritrix or the Internet
Archive write them) gives one page per HTML response record, with its URL and fetch time;
a revisit record of a payload seen before in the file gives that page's id at its own URL
(a RawPage with empty text: the store adds the URL to the page it holds). A JSONL file
gives one page per line: {"url": ..., "html" or "text": ..., "fetched": ...}.
Both are recognised by their content, not their name.
"""

from __future__ import annotations

import dataclasses
import gzip
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

from summitry.errors import UnreadablePage
from summitry.read import RawPage, page_from_bytes
from summitry.read_text import looks_like_html

__all__ = ["ArchiveKind", "PageResult", "archive_kind", "archive_pages"]

ArchiveKind = Literal["warc", "jsonl"]
PageResult = tuple[str, RawPage | None, str | None]  # (source, page, one-line error)
_GZIP = b"\x1f\x8b"
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_JSONL_PEEK = 1 << 20  # the first line is read up to this many bytes to tell JSONL apart


def archive_kind(source: str | Path) -> ArchiveKind | None:
    """ "warc" or "jsonl" when the file's first bytes say so, else None (a page, or an error
    that reading it as a page reports)."""
    try:
        with open(source, "rb") as fh:
            head = fh.read(8)
            if head.startswith(_GZIP):
                fh.seek(0)
                with gzip.open(fh) as unzipped:
                    return "warc" if unzipped.read(8).startswith(b"WARC/") else None
            if head.startswith(b"WARC/"):
                return "warc"
            fh.seek(0)
            first = fh.readline(_JSONL_PEEK).strip()
    except (OSError, EOFError, gzip.BadGzipFile):
        return None
    return "jsonl" if first.startswith(b"{") and _jsonl_page(first) else None


def _jsonl_page(line: bytes) -> bool:
    try:
        item = json.loads(line)
    except ValueError:
        return False
    return isinstance(item, dict) and ("html" in item or "text" in item)


def archive_pages(source: str | Path, kind: ArchiveKind, max_bytes: int) -> Iterator[PageResult]:
    """(source, page, error) for each page the archive holds, each page within max_bytes."""
    if kind == "warc":
        yield from warc_pages(source, max_bytes)
    else:
        yield from jsonl_pages(source, max_bytes)


def jsonl_pages(source: str | Path, max_bytes: int) -> Iterator[PageResult]:
    """One page per non-blank line, named `FILE:LINE`; a bad line is one error."""
    with open(source, "rb") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            name = f"{source}:{number}"
            try:
                yield name, _jsonl_line(name, line, max_bytes), None
            except UnreadablePage as exc:
                yield name, None, str(exc)


def _jsonl_line(name: str, line: bytes, max_bytes: int) -> RawPage:
    try:
        item = json.loads(line)
    except ValueError:
        raise UnreadablePage(name, "is not a JSON object") from None
    if not isinstance(item, dict):
        raise UnreadablePage(name, "is not a JSON object")
    body = item.get("html", item.get("text"))
    if not isinstance(body, str):
        raise UnreadablePage(name, 'has no "html" or "text" string')
    url, fetched = _text_or_none(item.get("url")), _text_or_none(item.get("fetched"))
    data = body.encode("utf-8")
    if len(data) > max_bytes:
        raise UnreadablePage(name, f"is larger than the {_limit(max_bytes)} limit (--max-size)")
    raw = page_from_bytes(name, data, url=url, fetched=fetched)
    if "html" in item and not raw.is_html:
        raw = dataclasses.replace(raw, is_html=True)
    elif "html" not in item and raw.is_html:
        raw = dataclasses.replace(raw, is_html=False)
    return raw


def _text_or_none(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _limit(max_bytes: int) -> str:
    return f"{max_bytes // (1024 * 1024)} MB" if max_bytes >= 1024 * 1024 else f"{max_bytes} B"


def warc_pages(source: str | Path, max_bytes: int) -> Iterator[PageResult]:
    """One page per HTML response record (2xx), named `FILE@OFFSET`; other records are
    skipped; a broken archive ends with one error after the pages before the break."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    seen: dict[str, str] = {}  # payload digest -> page id, for revisit records
    with open(source, "rb") as fh:
        records = ArchiveIterator(fh)
        end = 0  # where the last record read ends
        try:
            for record in records:
                found = _warc_page(source, records, record, max_bytes, seen)
                end = records.get_record_offset() + records.get_record_length()
                if found is not None:
                    yield found
        except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
            why = f"the archive is broken from here ({type(exc).__name__}); pages before it read"
            yield f"{source}@{end}", None, str(UnreadablePage(f"{source}@{end}", why))
            return
        if end < os.fstat(fh.fileno()).st_size:  # warcio ends quietly in a cut gzip member
            why = "the archive is cut short here; pages before it read"
            yield f"{source}@{end}", None, str(UnreadablePage(f"{source}@{end}", why))


def _warc_page(
    source: str | Path, records: Any, record: Any, max_bytes: int, seen: dict[str, str]
) -> PageResult | None:
    """The page of one WARC record, None for a record that holds no page."""
    headers = record.rec_headers
    url = headers.get_header("WARC-Target-URI")
    fetched = headers.get_header("WARC-Date")
    digest = headers.get_header("WARC-Payload-Digest")
    if record.rec_type == "revisit":
        earlier = seen.get(digest or "")
        if earlier is None or not url:
            return None
        name = f"{source}@{records.get_record_offset()}"
        return name, RawPage(name, earlier, "", True, "", url, fetched), None
    if record.rec_type != "response" or not url or not url.startswith(("http:", "https:")):
        return None
    http = record.http_headers
    status = http.get_statuscode() if http is not None else None
    if http is None or not str(status).startswith("2"):
        return None
    content_type = (http.get_header("Content-Type") or "").lower()
    if content_type and not content_type.startswith(_HTML_TYPES):
        return None
    data = record.content_stream().read(max_bytes + 1)
    name = f"{source}@{records.get_record_offset()}"
    if not content_type and not looks_like_html(data[:4096].decode("utf-8", "replace")):
        return None
    try:
        if len(data) > max_bytes:
            raise UnreadablePage(name, f"larger than the {_limit(max_bytes)} limit (--max-size)")
        if getattr(record.raw_stream, "limit", 0) > 0:  # bytes the record announced, not there
            raise UnreadablePage(name, "is cut short: the archive ends inside it")
        raw = page_from_bytes(name, data, url=url, fetched=fetched, charset=_charset(content_type))
    except UnreadablePage as exc:
        return name, None, f"{exc} [{url}]"
    raw = raw if raw.is_html else dataclasses.replace(raw, is_html=True)
    if digest:
        seen[digest] = raw.sha256
    return name, raw, None


def _charset(content_type: str) -> str | None:
    """'text/html; charset=EUC-KR' -> 'euc-kr'."""
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None
