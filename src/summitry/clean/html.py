"""Clean an HTML page: trafilatura for the body and metadata, htmldate for the page's date.

Hostile HTML (scripts, styles, huge trees) is handled by lxml's parser inside trafilatura;
scripts never reach the body text. A page nested deeper than the parser keeps is read with
its layout tags removed.
"""

from __future__ import annotations

import re
from typing import Any

from summitry.clean.common import (
    detect_language,
    drop_repeated_title,
    paragraphs,
    strip_leading_metadata,
)
from summitry.clean.dates import dateline_date, normalise_date
from summitry.clean.lines import is_furniture, normalise_line, views_in_line
from summitry.kb.publishers import publisher_named
from summitry.publisher import country_of, find_publisher
from summitry.record import Document
from summitry.sources import lexicon

__all__ = ["clean_html_page"]

_TITLE_SEPARATORS = re.compile(r"\s+[|–—:-]\s+|\s+[|]\s*")


def clean_html_page(html: str) -> Document:
    """HTML -> Document; an unparseable page gives an empty Document."""
    import trafilatura

    tree = _html_tree(html)
    try:
        extracted = trafilatura.bare_extraction(
            tree, with_metadata=True, include_comments=False, include_tables=True
        )
    except Exception:  # noqa: BLE001 - trafilatura may fail on hostile markup
        extracted = None
    meta = _metadata(extracted, tree)
    site = _clean_str(meta.get("sitename"))
    title = _strip_site(_clean_str(meta.get("title")), site)
    lines = [normalise_line(line) for line in (meta.get("text") or "").splitlines()]
    lines = [line for line in lines if not is_furniture(line, None)]
    body = paragraphs(strip_leading_metadata(drop_repeated_title(_blank_between(lines), title)))
    publisher, country = _publisher(site, title, lines)
    return Document(
        title=title,
        published=_page_date(html) or dateline_date(body),
        publisher=publisher,
        publisher_country=country,
        category=_category(meta.get("categories") or [], html),
        views=_views(html),
        language=detect_language(body),
        text=body,
    )


def _metadata(extracted: Any, tree) -> dict[str, Any]:
    """trafilatura's fields as a dict; a page without text gives none, so its <title> stands."""
    if isinstance(extracted, dict):
        return extracted
    if extracted is None:
        return {"title": _title_tag(tree)}
    meta: dict[str, Any] = extracted.as_dict()
    return meta


# libxml2 drops whatever lies deeper than 256 elements; a tree that reaches this depth is
# read again with its layout tags removed
_MAX_DEPTH = 250
_LAYOUT_TAG = re.compile(r"<(/?)([a-z][\w:-]{0,40})\b[^>]*>", re.IGNORECASE)
_KEPT_TAGS = frozenset(
    "html head title meta link base body p br hr h1 h2 h3 h4 h5 h6 script style noscript "
    "template textarea pre time".split()
)
_BLOCK_TAGS = frozenset(
    "div section article main aside header footer nav blockquote figure figcaption form "
    "fieldset table thead tbody tfoot tr td th caption ul ol li dl dt dd address details "
    "summary center".split()
)


def _html_tree(html: str):  # -> lxml HtmlElement | None
    """The parsed page; a page nested past libxml2's depth limit is parsed flattened, so
    that its text and title are not lost."""
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is not None and tree.xpath("*/" * (_MAX_DEPTH - 1) + "*"):
        tree = load_html(flatten_html(html))
    return tree


def _title_tag(tree) -> str | None:
    """The text of the page's <title>, if it has one."""
    try:
        return tree.findtext(".//title") if tree is not None else None
    except ValueError:
        return None


def flatten_html(html: str) -> str:
    """The page without layout tags: each block (div, td, li ...) opens a paragraph, inline
    and unknown tags go; headings, paragraphs, scripts and the head stay as they are."""

    def replace(m: re.Match[str]) -> str:
        name = m.group(2).lower()
        if name in _KEPT_TAGS:
            return m.group(0)
        return "<p>" if name in _BLOCK_TAGS and not m.group(1) else " "

    return _LAYOUT_TAG.sub(replace, html)


def _publisher(
    site: str | None, title: str | None, lines: list[str]
) -> tuple[str | None, str | None]:
    """The site's own name, made canonical by the publishers kb; else what the text says."""
    if site:
        known = publisher_named(site)
        return (known.name, known.country) if known else (site, country_of(site))
    return find_publisher([title] if title else [], lines, lines[-12:], None)


def _clean_str(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = normalise_line(value)
    return value or None


def _strip_site(title: str | None, site: str | None) -> str | None:
    """'Leaders Meet | Ministry of Foreign Affairs of Japan' -> 'Leaders Meet'."""
    if not title:
        return None
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) > 1:
        keep = [p for p in parts if not site or p.casefold() != site.casefold()]
        if site and len(keep) < len(parts):
            return " | ".join(keep) or title
        if re.search(r"\b(?:ministry|secretariat|government|embassy|office)\b", parts[-1], re.I):
            return " | ".join(parts[:-1])
    return title


def _blank_between(lines: list[str]) -> list[str]:
    """trafilatura puts one block per line: make each a paragraph."""
    out: list[str] = []
    for line in lines:
        out.extend([line, ""])
    return out


def _page_date(html: str) -> str | None:
    from htmldate import find_date

    try:
        found = find_date(html, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    except Exception:  # noqa: BLE001 - htmldate may fail on hostile markup
        return None
    return normalise_date(found) if found else None


def _visible_text(html: str) -> str:
    html = re.sub(r"(?is)<(script|style|noscript)\b.*?</\1\s*>", " ", html[:500_000])
    return re.sub(r"<[^>]+>", "\n", html)


def _views(html: str) -> int | None:
    for line in _visible_text(html).splitlines():
        line = normalise_line(line)
        if line and (views := views_in_line(line)) is not None:
            return views
    return None


def _category(categories: list[str], html: str) -> str | None:
    known = lexicon().categories
    for name in categories:
        if name.casefold() in known:
            return known[name.casefold()]
    for line in _visible_text(_without_navigation(html[:500_000])).splitlines()[:400]:
        line = re.sub(r"^\d+\.\s*", "", normalise_line(line)).split(" > ")[-1].strip()
        if line.casefold() in known:
            return known[line.casefold()]
    return None


_NAV_OPEN = re.compile(
    r"<(nav|header|footer|aside)\b|<(ul|div)\b[^>]{0,200}?\b(?:class|id)=[\"'][^\"'>]{0,100}?"
    r"\b(?:menu|nav|navbar|navigation)\b",
    re.IGNORECASE,
)
_MAX_MENUS = 50


def _without_navigation(html: str) -> str:
    """The page without its menus, which list every section of a site, none of them the
    page's own. At most _MAX_MENUS are cut, each up to its first closing tag."""
    lower, parts, pos = html.lower(), [], 0
    for _ in range(_MAX_MENUS):
        m = _NAV_OPEN.search(html, pos)
        if m is None:
            break
        close = lower.find(f"</{(m.group(1) or m.group(2)).lower()}", m.end())
        if close < 0:
            break
        parts.append(html[pos : m.start()])
        pos = close
    parts.append(html[pos:])
    return " ".join(parts)
