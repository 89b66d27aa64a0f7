"""Read inputs into RawPages: bytes, decoded text, and whether the content is HTML.

Paths may be files, folders (read recursively), glob patterns or `-` for stdin. Format is
detected from the content, not the extension; non-UTF-8 bytes are decoded by detection.
"""

from __future__ import annotations

import glob
import hashlib
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from summitry.errors import UnreadablePage

__all__ = [
    "DEFAULT_MAX_BYTES",
    "PAGE_SUFFIXES",
    "RawPage",
    "expand_paths",
    "read_bytes",
    "read_page",
]

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
_HTML_START = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|article|p)\b",
    re.IGNORECASE | re.DOTALL,
)
_HTML_TAGS = re.compile(rb"</(?:p|div|span|a|li|td|article|section|body|html)>", re.IGNORECASE)
_BINARY_MAGIC = (
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",
    b"%PDF",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"BZh",
    b"\x7fELF",
    b"RIFF",
    b"OggS",
    b"ID3",
    b"SQLite format 3",
)


@dataclass(frozen=True, slots=True)
class RawPage:
    """One input as read: where it came from, its bytes' hash and its decoded text."""

    source: str
    sha256: str
    text: str
    is_html: bool
    encoding: str
    url: str | None = None  # the address it was fetched from, when the input says so
    fetched: str | None = None  # when it was fetched (ISO 8601), when the input says so


def expand_paths(paths: Iterable[str | Path]) -> Iterator[str | Path]:
    """Files as given, folders recursively (sorted), globs expanded; `-` stays stdin.

    A path that matches nothing is yielded as is so that reading it reports the error.
    """
    for raw in paths:
        text = str(raw)
        if text == "-":
            yield "-"
            continue
        path = Path(text)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if _page_file(p, path))
        elif not path.exists() and glob.has_magic(text):
            matches = sorted(Path(m) for m in glob.glob(text, recursive=True))
            yield from (m for m in matches if m.is_file()) if matches else [path]
        else:
            yield path


PAGE_SUFFIXES = frozenset(
    {
        "",
        ".txt",
        ".text",
        ".html",
        ".htm",
        ".xhtml",
        ".shtml",
        ".php",
        ".asp",
        ".aspx",
        ".jsp",
        ".md",
        ".warc",  # archives: summitry.archives reads each page they hold
        ".jsonl",
        ".ndjson",
    }
)


def _page_file(path: Path, root: Path) -> bool:
    """In a folder, pages are files with a page-like suffix, outside hidden folders.

    Files named one by one are always read, whatever their suffix.
    """
    hidden = any(part.startswith(".") for part in path.relative_to(root).parts)
    page_like = path.suffix.lower() in PAGE_SUFFIXES or path.name.lower().endswith(".warc.gz")
    return path.is_file() and not hidden and page_like


def read_bytes(source: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The input's bytes, refusing more than max_bytes without reading them all."""
    if str(source) == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        path = Path(source)
        try:
            with path.open("rb") as fh:
                data = fh.read(max_bytes + 1)
        except FileNotFoundError:
            raise UnreadablePage(source, "no such file") from None
        except IsADirectoryError:
            raise UnreadablePage(source, "is a folder with no pages") from None
        except OSError as exc:
            raise UnreadablePage(source, f"cannot be read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise UnreadablePage(
            source,
            f"larger than the {max_bytes // (1024 * 1024) or max_bytes} MB limit (--max-size)",
        )
    return data


def read_page(source: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> RawPage:
    """Read one input; UnreadablePage says in one line why it cannot be a page."""
    data = read_bytes(source, max_bytes)
    return page_from_bytes(str(source), data)


def page_from_bytes(
    source: str,
    data: bytes,
    *,
    url: str | None = None,
    fetched: str | None = None,
    charset: str | None = None,
) -> RawPage:
    """Decode bytes already in memory (an upload, stdin, an archive record) into a RawPage.

    `charset` is the encoding the input declares (an HTTP header), tried after UTF-8.
    """
    if not data.strip():
        raise UnreadablePage(source, "is empty")
    if _looks_binary(data):
        raise UnreadablePage(source, "is binary, not a web page or text")
    text, encoding = decode(data, charset)
    if text is None:
        raise UnreadablePage(source, "is not text in any encoding summitry can detect")
    is_html = bool(_HTML_START.match(data[:4096]) or len(_HTML_TAGS.findall(data[:65536])) >= 3)
    sha = hashlib.sha256(data).hexdigest()
    return RawPage(source, sha, text, is_html, encoding, url, fetched)


def _looks_binary(data: bytes) -> bool:
    head = data[:4096]
    if head.startswith(_BINARY_MAGIC):
        return True
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 with BOM carries NULs legitimately
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return b"\x00" in head or controls > len(head) * 0.1


def decode(data: bytes, charset: str | None = None) -> tuple[str | None, str]:
    """UTF-8 (with or without BOM) first; then the declared charset; else the encoding
    charset-normalizer detects."""
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    if charset:
        try:
            return data.decode(charset), charset
        except (UnicodeDecodeError, LookupError):
            pass
    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        return None, ""
    text = data.decode(best.encoding, errors="replace")
    return text, best.encoding
