"""A document's cleaned text with every extracted item marked in place, escaped piece by piece."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

from summitry.query.common import meeting_label

__all__ = ["KINDS", "Highlight", "highlights", "render_marked"]

# Kind -> (record list, label builder); order is the order of the side list.
KINDS = (
    "meeting",
    "person",
    "statement",
    "outcome",
    "amount",
    "initiative",
    "organization",
    "country",
)


@dataclass(frozen=True, slots=True)
class Highlight:
    """One extracted item at [start, end) of the text; `anchor` is the mark's element id."""

    anchor: str
    kind: str
    label: str
    start: int
    end: int
    located: bool = False  # True when found by its name, the record giving no offsets


def _label(kind: str, item: dict[str, Any]) -> str:
    if kind == "meeting":
        ordinal = item.get("ordinal")
        return meeting_label(str(item.get("name")), ordinal if isinstance(ordinal, int) else None)
    if kind == "person":
        return ", ".join(p for p in (item.get("name"), item.get("title")) if p)
    if kind == "statement":
        return f"{item.get('speaker')} — {item.get('act')}"
    if kind == "outcome":
        return f"{item.get('action')}: {item.get('document')}"
    return f"{item.get('value')} {item.get('currency')} {item.get('about') or ''}".strip()


def _valid(evidence: Any, size: int) -> tuple[int, int] | None:
    if not isinstance(evidence, list | tuple) or len(evidence) != 2:
        return None
    start, end = evidence
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= size:
        return start, end
    return None


def _find(text: str, name: str) -> tuple[int, int] | None:
    at = text.find(name)
    if at < 0:
        at = text.lower().find(name.lower())
    return (at, at + len(name)) if at >= 0 and name else None


def highlights(
    record: dict[str, Any], text: str, mentions: list[dict[str, Any]] | None = None
) -> list[Highlight]:
    """Items with valid evidence offsets; countries, organisations and initiatives at their
    stored offsets (`mentions`: the page's mention rows), else found by name."""
    found: list[tuple[str, str, tuple[int, int], bool]] = []
    lists = {"meeting": "meetings", "person": "people", "statement": "statements"}
    lists |= {"outcome": "outcomes", "amount": "amounts"}
    for kind, key in lists.items():
        for item in record.get(key) or []:
            span = _valid(item.get("evidence"), len(text)) if isinstance(item, dict) else None
            if span:
                found.append((kind, _label(kind, item), span, False))
    stored = {(m["kind"], m["value"]): m.get("evidence") for m in mentions or []}
    for kind, key in (("initiative", "initiatives"), ("organization", "organizations")):
        for name in record.get(key) or []:
            span = _valid(stored.get((kind, name)), len(text))
            located = span is None
            span = span or (_find(text, name) if isinstance(name, str) else None)
            if span:
                found.append((kind, name, span, located))
    for code in record.get("countries") or []:
        span = _valid(stored.get(("country", code)), len(text))
        if span:
            found.append(("country", code, span, False))
    found.sort(key=lambda f: (f[2][0], -f[2][1]))
    return [
        Highlight(f"h{i}", kind, label, span[0], span[1], located)
        for i, (kind, label, span, located) in enumerate(found, start=1)
    ]


def render_marked(text: str, marks: list[Highlight]) -> Markup:
    """The text with nested <mark> elements; a mark that crosses its parent's end is cut there."""
    out: list[str] = []
    pos = 0
    stack: list[int] = []  # end offsets of the open marks

    def close_one() -> None:
        nonlocal pos
        end = stack.pop()
        out.append(str(escape(text[pos:end])) + "</mark>")
        pos = end

    for mark in sorted(marks, key=lambda m: (m.start, -m.end)):
        while stack and stack[-1] <= mark.start:
            close_one()
        end = min(mark.end, stack[-1]) if stack else mark.end
        if end <= mark.start or mark.start < pos:
            continue
        out.append(str(escape(text[pos : mark.start])))
        pos = mark.start
        title = escape(f"{mark.kind}: {mark.label}")
        out.append(
            f'<mark id="{mark.anchor}" class="hl hl-{mark.kind}" data-kind="{mark.kind}" '
            f'title="{title}" tabindex="-1">'
        )
        stack.append(end)
    while stack:
        close_one()
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))
