"""The rows of a search and of a timeline, for the same CSV and NDJSON writers as the other
export kinds: every match or item, read a batch at a time, each with its page's address
and citation."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from summitry.export.rows import BATCH
from summitry.query.citation import citations
from summitry.query.results import CitationInfo

__all__ = ["SEARCH_COLUMNS", "TIMELINE_COLUMNS", "search_rows", "timeline_rows"]

SEARCH_COLUMNS = ("id", "published", "title", "publisher", "url", "snippet", "citation")
TIMELINE_COLUMNS = (
    "date", "date_source", "kind", "speaker", "act", "value", "text", "meeting",
    "meeting_id", "document_id", "title", "url", "citation", "evidence_start", "evidence_end",
)  # fmt: skip


def _cited(store: Any, doc_ids: Iterable[str]) -> dict[str, CitationInfo]:
    with store.engine.connect() as conn:
        return citations(conn, doc_ids)


def search_rows(store: Any, q: str, **filters: Any) -> Iterator[dict[str, Any]]:
    """One row per page matching the search (every one, not a page of hits): filters are
    Store.search's (facet values, series, actor, since, until, sort); see store.search_all
    for the order. The snippet marks the matched words with « »."""
    from summitry.store.search_all import every_match

    hits = every_match(store, q, **filters)
    while batch := list(islice(hits, BATCH)):
        cited = _cited(store, (h.id for h in batch))
        for h in batch:
            c = cited.get(h.id)
            yield {
                "id": h.id, "published": h.published, "title": h.title,
                "publisher": h.publisher, "url": c.url if c else None, "snippet": h.snippet,
                "citation": c.text if c else None,
            }  # fmt: skip


def timeline_rows(store: Any, term: str, filters: Any = None) -> Iterator[dict[str, Any]]:
    """One row per timeline item of a term (statement, person or mention), oldest first,
    undated last, as query.timeline lists them under `filters` (store.filters.Filters)."""
    from summitry.query.timeline import timeline

    offset = 0
    while True:
        items = timeline(store, term, limit=BATCH, offset=offset, filters=filters)
        cited = _cited(store, {i.document for i in items})
        for i in items:
            c = cited.get(i.document)
            start, end = i.evidence or (None, None)
            row = {k: getattr(i, k, None) for k in TIMELINE_COLUMNS}
            row |= {"document_id": i.document, "url": c.url if c else None}
            row |= {"citation": c.text if c else None, "evidence_start": start, "evidence_end": end}
            yield row
        if len(items) < BATCH:
            return
        offset += BATCH
