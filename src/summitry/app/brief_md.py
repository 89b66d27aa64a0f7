"""A brief as Markdown: headings, one bullet per line with its [n] references, values that
are not plain fact in italics after the line, and the numbered sources at the end."""

from __future__ import annotations

import re

from summitry.app.brief import Brief, Line

__all__ = ["brief_markdown"]

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def _escape(text: str) -> str:
    """Text as Markdown shows it literally (page text may hold *, _, [ or <)."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _line(line: Line) -> str:
    refs = "".join(f" [{n}]" for n in line.refs)
    flags = "".join(f" *({kind}: {_escape(why)})*" for kind, why in line.flags)
    return f"- {_escape(line.text)}{refs}{flags}"


def brief_markdown(brief: Brief) -> str:
    """The whole brief as one Markdown document."""
    out = [f"# {_escape(brief.title)}", "", f"Made {brief.made} from the stored pages.", ""]
    for section in brief.sections:
        out += [f"## {_escape(section.title)}", ""]
        out += [_line(line) for line in section.lines] or [f"_{_escape(section.empty)}_"]
        out.append("")
    out += ["## Sources", ""]
    for s in brief.sources:
        out.append(f"{s['n']}. {_escape(s.get('text') or s['id'])}")
    return "\n".join(out).rstrip() + "\n"
