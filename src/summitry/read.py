"""Read inputs into RawPages: bytes, decoded text, and whether the content is HTML.

Paths may be files, folders (read recursively), glob patterns or `-` for stdin. Format is
detected from the content, not the extension; non-UTF-8 bytes are decoded by detection.
"""

from __future__ import annotations

import glob
import hashlib
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from summitry.errors import UnreadablePage
from summitry.read_text import NotText, decode_bytes, looks_like_html

__all__ = [
    "DEFAULT_MAX_BYTES",
    "PAGE_SUFFIXES",
    "RawPage",
    "expand_paths",
    "read_bytes",
    "read_page",
]

DEFAULT_MAX_BYTES = 5 * 1024 * 1024


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
    warnings: tuple[str, ...] = ()  # one line each: NUL bytes removed, bytes replaced


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
    try:
        decoded = decode_bytes(data, charset)
    except NotText as exc:
        raise UnreadablePage(source, str(exc)) from None
    if not decoded.text.strip():
        raise UnreadablePage(source, "is empty")
    warnings = tuple(f"{source}: {problem}" for problem in decoded.warnings)
    sha = hashlib.sha256(data).hexdigest()
    is_html = looks_like_html(decoded.text)
    return RawPage(source, sha, decoded.text, is_html, decoded.encoding, url, fetched, warnings)
