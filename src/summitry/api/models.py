"""The JSON shapes of the HTTP API, as Pydantic models so that /openapi.json describes them."""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

__all__ = [
    "CORRECTION_VALUE_CHARS",
    "CommitmentPage",
    "CorrectionIn",
    "CorrectionOut",
    "CountryOut",
    "DocumentDetail",
    "DocumentPage",
    "ErrorBody",
    "InitiativeOut",
    "MeetingOut",
    "MeetingPage",
    "PersonOut",
    "SearchPage",
    "SeriesOut",
    "TimelinePage",
    "UploadOut",
]


CORRECTION_VALUE_CHARS = 2000  # a title, a city, a list of names: a line or a paragraph


class _Open(BaseModel):
    """A view whose fields the library may extend: unknown fields pass through."""

    model_config = ConfigDict(extra="allow")


class ErrorDetail(BaseModel):
    status: int
    message: str


class ErrorBody(BaseModel):
    """Every error the API returns: {"error": {"status": 404, "message": "..."}}."""

    error: ErrorDetail


class Paged(BaseModel):
    total: int = Field(description="How many items there are in all.")
    limit: int
    offset: int


class DocumentSummary(_Open):
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


class DocumentPage(Paged):
    items: list[DocumentSummary]


class DocumentUrl(BaseModel):
    url: str
    fetched: str | None = Field(None, description="When it was fetched there (ISO 8601).")


class Citation(BaseModel):
    publisher: str | None
    title: str | None
    published: str | None
    url: str | None
    urls: list[str] = Field(default_factory=list, description="Every address of the page.")
    source: str | None = Field(None, description="The file it was read from, where no URL.")
    accessed: str | None = Field(
        None, description="YYYY-MM-DD: its first fetch time, else the day it was stored."
    )
    text: str = Field(description="The citation as one line, ready to paste.")


PROVENANCE = (
    "Values that are not plain fact: {field: 'inferred' (from the series or the rotation), "
    "'corrected' (by a person) or 'disputed' (sources disagree)}."
)


class DocumentDetail(DocumentSummary):
    body: str
    url: str | None = Field(
        None, description="The address the page was first stored from; null for a file."
    )
    urls: list[DocumentUrl] = Field(
        default_factory=list, description="Every address the same page was fetched from."
    )
    record: dict[str, Any] = Field(description="The extraction record (shared/spec/record.md).")
    citation: Citation | None = Field(None, description="How to cite the page.")
    mentions: list[dict[str, Any]] = Field(
        default_factory=list,
        description="Countries, organisations and initiatives: {kind, value, evidence}, the "
        "evidence being where the body first names each (null in a store made before).",
    )


class SearchHitOut(_Open):
    id: str
    title: str | None
    published: str | None
    publisher: str | None
    snippet: str = Field(description="Matched words marked with « and ».")
    score: float


class FacetCount(BaseModel):
    value: str
    count: int


class SearchPage(Paged):
    query: str
    items: list[SearchHitOut]
    total_exact: bool = Field(
        description="False when more documents match than `total`, the newest ranked."
    )
    served: int = Field(description="How many of the hits can be paged through.")
    facets: dict[str, list[FacetCount]] = Field(
        description="forum, level, year, country, publisher (and site, where pages have a "
        "URL): value counts over the hits."
    )


class MeetingSummary(_Open):
    id: str
    name: str
    label: str | None = None
    forum: str | None
    level: str | None = None
    ordinal: int | None
    start: str | None
    end: str | None = None
    city: str | None = None
    country: str | None = None
    sources: int | None = None
    provenance: dict[str, str] = Field(default_factory=dict, description=PROVENANCE)


class MeetingPage(Paged):
    items: list[MeetingSummary]


class MeetingOut(_Open):
    id: str
    name: str
    forum: str | None
    ordinal: int | None
    start: str | None
    theme: str | None = None
    people: list[dict[str, Any]]
    statements: dict[str, list[dict[str, Any]]] = Field(description="Speaker -> statements.")
    outcomes: list[dict[str, Any]]
    sources: list[dict[str, Any]]
    reports: int = Field(description="How many of the sources report the meeting.")
    reports_read: int = Field(
        description="The earliest reports that people, statements and outcomes come from."
    )
    provenance: dict[str, str] = Field(default_factory=dict, description=PROVENANCE)


class SeriesOut(_Open):
    series: str
    forum: str | None
    meetings: list[dict[str, Any]] = Field(
        description="In order; `sources` counts a meeting's pages, `source_ids` lists those its "
        "fields were merged from (at most `sources_read`)."
    )
    gaps: list[int]
    unplaced_mentions: int


class PersonOut(_Open):
    name: str
    countries: list[str]
    titles: list[dict[str, Any]] = Field(description="title, country, first, last, count")
    meetings: list[dict[str, Any]] = Field(description="The newest `limit`, newest first.")
    meetings_total: int = 0
    statements: list[dict[str, Any]] = Field(description="The newest `limit`, newest first.")
    statements_total: int = 0
    statements_by_act: dict[str, int] = Field(default_factory=dict)
    short_mentions_total: int = 0


class _TermView(_Open):
    statements: list[dict[str, Any]]
    documents: list[dict[str, Any]] = Field(description="Where the listed timeline items are.")
    meetings: list[dict[str, Any]]
    timeline: list[dict[str, Any]] = Field(description="The first dated items, oldest first.")
    mentions: int = Field(description="How many timeline items there are in all.")
    months: dict[str, int] = Field(description="'YYYY-MM' -> how many of all the items fall in it.")


class CountryOut(_TermView):
    code: str
    name: str
    documents_total: int = Field(description="How many pages name the country.")
    meetings_total: int = Field(
        description="How many meetings it attended; `meetings` lists the newest."
    )
    statement_counts: dict[str, int] = Field(
        description="Act -> how many of its statements there are."
    )
    initiatives: list[dict[str, Any]] = Field(description="What its statements raise, most first.")
    initiatives_total: int
    window: int = Field(description="The newest pages its statements and meetings are read from.")
    limit: int


class InitiativeOut(_TermView):
    name: str
    documents_total: int = Field(description="How many pages name the initiative.")
    meetings_total: int = Field(
        description="How many meetings its pages report; `meetings` lists the newest."
    )
    window: int = Field(description="The newest pages its meetings are read from.")


class TimelinePage(Paged):
    term: str
    items: list[dict[str, Any]]
    months: dict[str, int] = Field(description="'YYYY-MM' -> how many of all the items fall in it.")


class CommitmentPage(Paged):
    items: list[dict[str, Any]]
    total_exact: bool = Field(
        description="False when a status filter stopped checking: `total` counts those found."
    )


class UploadItem(BaseModel):
    name: str = Field(description="The uploaded file's base name, kept only as a label.")
    id: str | None
    status: str = Field(description="new, unchanged, replaced or failed")
    error: str | None
    warnings: list[str] = Field(
        default_factory=list, description="stored with a problem: bytes replaced, empty body"
    )


class UploadOut(BaseModel):
    items: list[UploadItem]


class CorrectionIn(BaseModel):
    """A correction, as `summitry correct` takes it: set or clear a field of a document
    (`meetings.0.city`, `document.title`) or of an entity, merge two entities, or split one."""

    model_config = ConfigDict(extra="forbid")

    target: str = Field(min_length=1, max_length=200, description="document id or entity id")
    action: Literal["set", "clear", "merge", "split"]
    field: str | None = Field(default=None, max_length=100, description="for set and clear")
    value: Any = Field(
        default=None,
        description="set: the value; merge/split: the other id. At most "
        f"{CORRECTION_VALUE_CHARS} characters as JSON.",
    )
    note: str | None = Field(default=None, max_length=2000)

    @field_validator("value")
    @classmethod
    def _value_is_small(cls, value: Any) -> Any:
        size = len(json.dumps(value, ensure_ascii=False))
        if size > CORRECTION_VALUE_CHARS:
            raise ValueError(
                f"the value is {size} characters as JSON; at most {CORRECTION_VALUE_CHARS}"
            )
        return value


class CorrectionOut(BaseModel):
    id: int | None
    target: str
    action: str
    field: str | None
    value: Any
    note: str | None
    created_at: str | None
