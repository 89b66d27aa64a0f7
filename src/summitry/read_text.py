"""Bytes -> text: UTF-8, UTF-16, a charset the page declares, or the one detected.

One rule for NUL bytes wherever they are: a page more than half NULs is binary; otherwise
they are removed and a warning says how many. Problems that do not stop reading (NULs, a
few bytes that are not valid UTF-8) come back as one-line warnings, never as a refusal.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

__all__ = ["Decoded", "NotText", "decode_bytes", "looks_like_html"]

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
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DECLARED = re.compile(rb"""<meta\b[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{2,40})""", re.I)
# single-byte readings of Latin-script text: the Western one wins unless the Central
# European one makes more of the bytes into letters ('Łódź' is '£ódŸ' in cp1252)
_LATIN_SINGLE_BYTE = ("cp1252", "cp1250")
_HTML_START = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|article|p)\b",
    re.IGNORECASE | re.DOTALL,
)
_HTML_TAGS = re.compile(r"</(?:p|div|span|a|li|td|article|section|body|html)>", re.IGNORECASE)


class NotText(ValueError):
    """The bytes are not a page's text; the message says why in a few words."""


@dataclass(frozen=True, slots=True)
class Decoded:
    """The text of some bytes, the encoding it was read in and what went wrong on the way."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def decode_bytes(data: bytes, charset: str | None = None) -> Decoded:
    """The text of a page's bytes; NotText when they are binary or in no known encoding.

    `charset` is the encoding the input declares (an HTTP header), tried after UTF-8 and
    before the page's own `<meta charset>`."""
    if data.startswith(_BINARY_MAGIC):
        raise NotText("is binary, not a web page or text")
    warnings: list[str] = []
    decoded = _utf16_or_32(data)
    if decoded is None:
        nuls = data.count(0)
        if nuls * 2 > len(data):
            raise NotText("is binary, not a web page or text (mostly NUL bytes)")
        if nuls:
            data = data.replace(b"\x00", b"")
            warnings.append(_nul_warning(nuls))
        if _looks_binary(data):
            raise NotText("is binary, not a web page or text")
        decoded = _decode_8bit(data, charset)
    elif _looks_binary(decoded[0][:4096].replace("\x00", "")):
        raise NotText("is binary, not a web page or text")
    text, encoding, problem = decoded
    if problem:
        warnings.append(problem)
    if nuls := text.count("\x00"):  # U+0000 in UTF-16 or UTF-32 text: the same rule
        if nuls * 2 > len(text):
            raise NotText("is binary, not a web page or text (mostly NUL bytes)")
        warnings.append(_nul_warning(nuls))
        text = text.replace("\x00", "")
    return Decoded(text, encoding, tuple(warnings))


def looks_like_html(text: str) -> bool:
    """Markup at the start (after comments), or at least three closing block tags."""
    return bool(_HTML_START.match(text[:4096]) or len(_HTML_TAGS.findall(text[:65536])) >= 3)


def _nul_warning(count: int) -> str:
    return f"{count} NUL byte{'s' if count != 1 else ''} removed"


def _looks_binary(data: bytes | str) -> bool:
    """Control characters (other than tab, newlines, form feed) in more than a tenth of the
    first 4 KB (of the bytes, or of the text decoded from UTF-16 or UTF-32)."""
    head = data[:4096]
    if isinstance(head, bytes):
        controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    else:
        controls = len(head) - len(head.translate(_CONTROL_CHARS))
    return controls > len(head) * 0.1


_CONTROL_BYTES = bytes([*range(9), *range(14, 32)])
_CONTROL_CHARS = dict.fromkeys(_CONTROL_BYTES)  # str.translate: each of them removed


def _utf16_or_32(data: bytes) -> tuple[str, str, str | None] | None:
    """UTF-16 or UTF-32 by their byte-order mark, or UTF-16 without one by the NUL byte of
    every other position (ASCII markup and Latin text); None when the bytes are neither."""
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    if encoding is None:
        encoding = _utf16_without_bom(data[:4096])
    if encoding is None:
        return None
    try:
        return data.decode(encoding), encoding, None
    except UnicodeDecodeError:
        return None


def _utf16_without_bom(head: bytes) -> str | None:
    half = len(head) // 2
    if half < 4:
        return None
    even, odd = head[0 : half * 2 : 2].count(0), head[1 : half * 2 : 2].count(0)
    if odd > half * 0.4 and even < half * 0.05:
        return "utf-16-le"
    if even > half * 0.4 and odd < half * 0.05:
        return "utf-16-be"
    return None


def _decode_8bit(data: bytes, charset: str | None = None) -> tuple[str, str, str | None]:
    """UTF-8 (with or without BOM); the charset the page declares; UTF-8 with a few bad
    bytes replaced; else the encoding charset-normalizer detects."""
    try:
        return data.decode("utf-8-sig"), "utf-8", None
    except UnicodeDecodeError:
        pass
    for declared in (_codec(charset), _declared_charset(data)):
        if declared:
            try:
                return data.decode(declared), declared, None
            except UnicodeDecodeError:
                pass
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return mostly
    from charset_normalizer import from_bytes  # imported here: only such pages need it

    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise NotText("is not text in any encoding summitry can detect")
    encoding = _latin_single_byte(data, best.encoding)
    return data.decode(encoding, errors="replace"), encoding, None


def _declared_charset(data: bytes) -> str | None:
    """<meta charset=...> in the first 4 KB, as a Python codec; ISO-8859-1 and ASCII read
    as windows-1252, as browsers read them."""
    m = _DECLARED.search(data[:4096])
    return _codec(m.group(1).decode("ascii", "replace")) if m else None


def _codec(label: str | None) -> str | None:
    """A charset label as a Python codec; ISO-8859-1 and ASCII read as windows-1252, as
    browsers read them; None for a label no codec has."""
    try:
        name = codecs.lookup(label).name if label else None
    except LookupError:
        return None
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name


def _mostly_utf8(data: bytes) -> tuple[str, str, str] | None:
    """UTF-8 text with a few broken bytes: each run of them becomes U+FFFD, with a warning.
    'A few' is no more runs than valid multi-byte characters; plain ASCII with one stray
    byte is left to detection (it reads as windows-1252 as well as anything)."""
    text = data.decode("utf-8-sig", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    multibyte = len(text) - len(text.encode("ascii", "ignore")) - bad
    if bad <= 0 or multibyte < bad:
        return None
    plural = "s" if bad != 1 else ""
    return text, "utf-8", f"{bad} invalid UTF-8 sequence{plural} replaced with U+FFFD"


def _latin_single_byte(data: bytes, detected: str) -> str:
    """cp1252 or cp1250 for Latin-script text in a single-byte encoding, else as detected.

    charset-normalizer often ranks cp1250 first for Western text ('Muñoz' read 'Muńoz'): the
    reading with more letters wins, and windows-1252 on a tie."""
    sample = data[:200_000]
    try:
        text = sample.decode(detected, errors="replace")
    except LookupError:
        return detected
    if not _latin_letters(text):
        return detected
    best, best_letters = detected, -1
    for encoding in _LATIN_SINGLE_BYTE:
        try:
            letters = _high_letters(sample.decode(encoding))
        except UnicodeDecodeError:
            continue
        if letters > best_letters:
            best, best_letters = encoding, letters
    return best


def _high_letters(text: str) -> int:
    return sum(1 for ch in text if ord(ch) > 127 and ch.isalpha())


def _latin_letters(text: str) -> bool:
    """Every letter outside ASCII is a Latin one (and there is at least one)."""
    letters = {ch for ch in text if ord(ch) > 127 and ch.isalpha()}
    return bool(letters) and all(unicodedata.name(ch, "").startswith("LATIN") for ch in letters)
