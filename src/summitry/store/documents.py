"""What the store gives back for its pages: one page in full (Store.get) and the head of
each page it lists (Store.list), with `to_dict` for the JSON the CLI and the API show."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

__all__ = ["DocumentSummary", "StoredDocument", "StoredUrl"]


@dataclass(frozen=True, slots=True)
class StoredUrl:
    """An address a page was read at, and when it was first fetched there (None: not said)."""

    url: str
    fetched: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """{"url", "fetched"}."""
        return {"url": self.url, "fetched": self.fetched}


@dataclass(slots=True)
class DocumentSummary:
    """A stored page's documents row: its id (content hash), the file or address it was
    read from, its head as the record gives it, and when it was stored (UTC)."""

    id: str
    source: str
    title: str | None
    published: str | None
    publisher: str | None
    publisher_country: str | None
    category: str | None
    views: int | None
    language: str | None
    ingested_at: str

    def to_dict(self) -> dict[str, Any]:
        """The fields by name, in order (a StoredDocument's `urls` as {"url", "fetched"})."""
        return asdict(self)


@dataclass(slots=True)
class StoredDocument(DocumentSummary):
    """A stored page in full: its row, `body` (the cleaned text), `record` (the record's
    JSON as a dict, the body as its document.text), the addresses it was fetched from,
    earliest first, and `url`: the record's, else the first of those."""

    body: str | None
    record: dict[str, Any]
    urls: list[StoredUrl]
    url: str | None
