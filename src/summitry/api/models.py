"""The JSON shapes of the HTTP API, as Pydantic models so that /openapi.json describes them."""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from summitry.api.examples import EXAMPLES

__all__ = [
    "CORRECTION_VALUE_CHARS",
    "CommitmentPage",
    "CorrectionIn",
    "CorrectionOut",
    "CountryOut",
    "DocumentDetail",
    "DocumentPage",
    "ERROR_RESPONSES",
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


def _example(name: str) -> ConfigDict:
    """A schema's example (api/examples.py), shown by /docs and /openapi.json."""
    return ConfigDict(json_schema_extra={"examples": [EXAMPLES[name]]})


class ErrorDetail(BaseModel):
    """The HTTP status and a one-line message."""

    status: int = Field(description="The HTTP status code.")
    message: str = Field(description="What went wrong, in one line.")


class ErrorBody(BaseModel):
    """Every error the API returns: {"error": {"status": 404, "message": "..."}}."""

    model_config = _example("ErrorBody")

    error: ErrorDetail


# The error answers every read route declares (write routes add their own).
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": why}
    for status, why in (
        (400, "Unknown parameter or unusable value"),
        (404, "Not found"),
        (422, "Invalid parameters"),
        (500, "Internal error"),
        (503, "Store unavailable"),
    )
}


class Paged(BaseModel):
    """One page of a list: `next` and `prev` are the URLs of the pages around it."""

    total: int = Field(description="How many items there are in all.")
    limit: int = Field(description="Items per page.")
    offset: int = Field(description="Items skipped before this page.")
    next: str | None = Field(None, description="The URL of the next page; null on the last.")
    prev: str | None = Field(None, description="The URL of the previous page; null on the first.")


class DocumentSummary(_Open):
    """A stored page without its text: id (sha256 of its bytes), title, date, publisher."""

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
    """Stored documents, newest published first."""

    model_config = _example("DocumentPage")

    items: list[DocumentSummary]


class DocumentUrl(BaseModel):
    """An address the page was fetched from."""

    url: str
    fetched: str | None = Field(None, description="When it was fetched there (ISO 8601).")


class Citation(BaseModel):
    """How to cite a page: who published it, its title, date and addresses, and when read."""

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
    """One document: its cleaned text, addresses and extraction record."""

    model_config = _example("DocumentDetail")

    body: str = Field(description="The cleaned text the record's offsets point into.")
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
    """One hit: the document, its snippet and score."""

    id: str
    title: str | None
    published: str | None
    publisher: str | None
    snippet: str = Field(description="Matched words marked with « and ».")
    score: float


class FacetCount(BaseModel):
    """A facet value (the parameter value to narrow by), the name it is shown by, and how
    many of the hits have it."""

    value: str = Field(description="What to pass as the facet parameter, e.g. KOR.")
    label: str = Field(description="The value's name, e.g. Korea for KOR.")
    count: int = Field(description="How many of the hits have it.")


class SearchPage(Paged):
    """Ranked hits of a full-text search, a page of them, and facet counts over them."""

    model_config = _example("SearchPage")

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
    """A meeting across its pages: name, forum, level, dates, place, how many pages."""

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
    """Reported meetings, latest first (or as `sort` asks)."""

    model_config = _example("MeetingPage")

    items: list[MeetingSummary]


class MeetingOut(_Open):
    """One meeting in full, merged from every page that reports or names it."""

    model_config = _example("MeetingOut")

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
    """The meetings of one series in order, and the ordinals no page reports."""

    model_config = _example("SeriesOut")

    series: str
    forum: str | None
    meetings: list[dict[str, Any]] = Field(
        description="In order; `sources` counts a meeting's pages, `source_ids` lists those its "
        "fields were merged from (at most `sources_read`)."
    )
    gaps: list[int]
    unplaced_mentions: int


class PersonOut(_Open):
    """One person across pages: titles over time, meetings, statements."""

    model_config = _example("PersonOut")

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
    """What a country or initiative page shows: statements, documents, meetings, timeline."""

    statements: list[dict[str, Any]]
    documents: list[dict[str, Any]] = Field(description="Where the listed timeline items are.")
    meetings: list[dict[str, Any]]
    timeline: list[dict[str, Any]] = Field(description="The first dated items, oldest first.")
    mentions: int = Field(description="How many timeline items there are in all.")
    months: dict[str, int] = Field(description="'YYYY-MM' -> how many of all the items fall in it.")


class CountryOut(_TermView):
    """A country across pages: statements by act, meetings, initiatives, timeline."""

    model_config = _example("CountryOut")

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
    """An initiative across pages: where it came up and who said what."""

    model_config = _example("InitiativeOut")

    name: str
    documents_total: int = Field(description="How many pages name the initiative.")
    meetings_total: int = Field(
        description="How many meetings its pages report; `meetings` lists the newest."
    )
    window: int = Field(description="The newest pages its meetings are read from.")


class TimelinePage(Paged):
    """Dated statements and mentions of a term, oldest first, and their count per month."""

    model_config = _example("TimelinePage")

    term: str
    items: list[dict[str, Any]]
    months: dict[str, int] = Field(description="'YYYY-MM' -> how many of all the items fall in it.")


class CommitmentPage(Paged):
    """Commitments (statements of act 'commit'), with whether a later page reports them done."""

    model_config = _example("CommitmentPage")

    items: list[dict[str, Any]]
    total_exact: bool = Field(
        description="False when a status filter stopped checking: `total` counts those found."
    )


class UploadItem(BaseModel):
    """What became of one uploaded page."""

    name: str = Field(description="The uploaded file's base name, kept only as a label.")
    id: str | None
    status: str = Field(description="new, unchanged, replaced or failed")
    error: str | None
    warnings: list[str] = Field(
        default_factory=list, description="stored with a problem: bytes replaced, empty body"
    )


class UploadOut(BaseModel):
    """What became of each uploaded page."""

    model_config = _example("UploadOut")

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
    """A stored correction."""

    model_config = _example("CorrectionOut")

    id: int | None
    target: str
    action: str
    field: str | None
    value: Any
    note: str | None
    created_at: str | None
