"""How a stored page is cited: publisher, title, date, address and when it was read.

The accessed date is the page's first fetch time where a URL was fetched, else the day it
was stored; a page read from a file has no address and is cited by its source path.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, select

from summitry.query.common import chunks
from summitry.query.results import CitationInfo
from summitry.store.schema import document_urls, documents

__all__ = ["accessed_date", "citation", "citation_text", "citations", "cite_item", "cite_items"]


def accessed_date(doc: dict[str, Any]) -> str | None:
    """YYYY-MM-DD the page was read: its first URL's fetch time, else its ingest time."""
    for item in doc.get("urls") or []:
        if item.get("fetched"):
            return str(item["fetched"])[:10]
    stored = doc.get("ingested_at")
    return str(stored)[:10] if stored else None


def citation(doc: dict[str, Any]) -> CitationInfo:
    """The citation of a stored document row (StoredDocument.to_dict(), or any dict with its
    keys: publisher, title, published, url or urls, source, ingested_at)."""
    urls = [u["url"] for u in doc.get("urls") or [] if u.get("url")]
    url = doc.get("url") or (urls[0] if urls else None)
    if url and url not in urls:
        urls.insert(0, url)
    publisher, title, published = doc.get("publisher"), doc.get("title"), doc.get("published")
    source = None if url else doc.get("source")
    accessed = accessed_date(doc)
    text = citation_text(publisher, title, published, url or source, accessed)
    return CitationInfo(publisher, title, published, url, urls, source, accessed, text)


def citation_text(
    publisher: str | None,
    title: str | None,
    published: str | None,
    where: str | None,
    accessed: str | None,
) -> str:
    """'Publisher. "Title." 2023-09-05. https://... (accessed 2026-12-05).' without the parts
    the page leaves out (`where`: its address, else the file it was read from)."""
    parts = [publisher or "Unknown publisher"]
    if title:
        parts.append(f"\u201c{title.rstrip('.')}.\u201d")
    parts.append(published or "n.d.")
    if where:
        parts.append(where)
    text = ". ".join(p.rstrip(".") if not p.endswith("\u201d") else p for p in parts)
    text = text.replace(".\u201d.", ".\u201d")
    return f"{text} (accessed {accessed})." if accessed else f"{text}."


def cite_item(text: str, doc: dict[str, Any]) -> str:
    """A statement or evidence quote with the citation of its page: '"text" - citation'."""
    return f"\u201c{text.strip()}\u201d \u2014 {citation(doc).text}"


def citations(conn: Connection, doc_ids: Iterable[str]) -> dict[str, CitationInfo]:
    """document id -> citation(), read for many pages at once (documents, document_urls)."""
    ids = sorted(set(doc_ids))
    d, u = documents.c, document_urls.c
    cols = (d.id, d.publisher, d.title, d.published, d.source, d.ingested_at)
    rows: dict[str, dict[str, Any]] = {}
    for part in chunks(ids):
        for r in conn.execute(select(*cols).where(d.id.in_(part))):
            rows[r.id] = dict(r._mapping) | {"urls": []}
        stmt = select(u.document_id, u.url, u.fetched).where(u.document_id.in_(part))
        for doc, url, fetched in conn.execute(stmt.order_by(u.fetched.is_(None), u.fetched)):
            rows[doc]["urls"].append({"url": url, "fetched": fetched})
    return {i: citation(row) for i, row in rows.items()}


def cite_items(conn: Connection, items: Iterable[dict[str, Any]]) -> None:
    """Give each item with a `document` the one-line `citation` of its page."""
    listed = [i for i in items if i.get("document")]
    found = citations(conn, (i["document"] for i in listed))
    for item in listed:
        if item["document"] in found:
            item["citation"] = found[item["document"]].text
