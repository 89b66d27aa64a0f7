"""Helpers both cleaners share: paragraphs, the repeated title, leading metadata, language."""

from __future__ import annotations

from summitry.clean.language import detect_language
from summitry.clean.lines import has_title_key, is_label, is_metadata, title_key

__all__ = ["detect_language", "drop_repeated_title", "paragraphs", "strip_leading_metadata"]


def strip_leading_metadata(lines: list[str]) -> list[str]:
    """Date stamps, section names and 'Media release' labels above an article's first words."""
    out = list(lines)
    while out and (not out[0] or is_metadata(out[0]) or is_label(out[0])):
        out.pop(0)
    return out


def drop_repeated_title(lines: list[str], title: str | None) -> list[str]:
    if not title:
        return lines
    key = title_key(title)
    out, dropped = [], False
    for line in lines:
        if not dropped and line and has_title_key(line, key):
            dropped = True
            continue
        out.append(line)
    return out


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
