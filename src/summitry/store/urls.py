"""The addresses of a stored page (document_urls) and the site facet of each.

The record's `document.url` is the first address a page was stored with; its site is a facet
like any other (facets.facet_values). A page met again at another address keeps one
document: the address is added here, and a new site joins the page's facets and its
full-text tags, so a search by site finds the page under each of its sites.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from sqlalchemy import Connection, select

from summitry.record import Record
from summitry.store.documents import StoredUrl
from summitry.store.facets import decode_pairs, encode_pairs, facet_tag, site_of
from summitry.store.schema import document_urls, documents, facets, texts

__all__ = ["add_urls", "index_sites", "stored_urls", "with_first_url"]


def stored_urls(conn: Connection, doc_id: str) -> list[StoredUrl]:
    """The addresses of a page, earliest fetched first (undated last)."""
    u = document_urls.c
    stmt = (
        select(u.url, u.fetched)
        .where(u.document_id == doc_id)
        .order_by(u.fetched.is_(None), u.fetched, u.url)
    )
    return [StoredUrl(row.url, row.fetched) for row in conn.execute(stmt)]


def add_urls(conn: Connection, doc_id: str, urls: list[dict[str, Any]]) -> int:
    """Store the {"url", "fetched"} not held yet for a stored page; how many were new.

    A URL's first fetch time is kept. New sites are indexed (index_sites).
    """
    if not any(item.get("url") for item in urls):
        return 0
    held = {stored.url for stored in stored_urls(conn, doc_id)}
    new: dict[str, dict[str, Any]] = {}
    for item in urls:
        url = item.get("url")
        if url and url not in held and url not in new:
            site = site_of(url) or ""
            new[url] = {
                "document_id": doc_id,
                "url": url,
                "site": site,
                "fetched": item.get("fetched"),
            }
    if not new:
        return 0
    conn.execute(document_urls.insert(), list(new.values()))
    index_sites(conn, doc_id)
    return len(new)


def index_sites(conn: Connection, doc_id: str) -> None:
    """Add each site of the page's URLs that its facets lack to its facets and full-text
    tags (the record's own site is there from the write)."""
    sites = set(
        conn.execute(
            select(document_urls.c.site).where(document_urls.c.document_id == doc_id)
        ).scalars()
    )
    sites.discard("")
    head = conn.execute(
        select(texts.c.seq, texts.c.tags, facets.c.pairs)
        .join(documents, documents.c.seq == texts.c.seq)
        .outerjoin(facets, facets.c.seq == texts.c.seq)
        .where(documents.c.id == doc_id)
    ).one()
    pairs = decode_pairs(head.pairs or "")
    missing = sorted(sites - {value for name, value in pairs if name == "site"})
    if not missing:
        return
    new = encode_pairs(pairs | {("site", s) for s in missing})
    if head.pairs is None:
        conn.execute(facets.insert().values(seq=head.seq, pairs=new))
    else:
        conn.execute(facets.update().where(facets.c.seq == head.seq).values(pairs=new))
    tags = set((head.tags or "").split()) | {facet_tag("site", s) for s in missing}
    update_text = texts.update().where(texts.c.seq == head.seq)
    conn.execute(update_text.values(tags=" ".join(sorted(tags))))


def with_first_url(record: Record, kept: list[StoredUrl]) -> Record:
    """The record, its document.url the first address held when the input gave none."""
    if record.document.url or not kept:
        return record
    document = dataclasses.replace(record.document, url=kept[0].url)
    return dataclasses.replace(record, document=document)
