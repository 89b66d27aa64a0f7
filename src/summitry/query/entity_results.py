"""What the person, country and initiative queries answer, and the pages the API and the
web UI show of a country or an initiative (app.data): small dataclasses, turned into JSON by
query.results.to_json."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from summitry.query.results import INLINE, OMIT_NONE, TimelineItem

__all__ = [
    "CitedStatement",
    "CountryInfo",
    "CountryPage",
    "CountryStatement",
    "InitiativeInfo",
    "InitiativePage",
    "PageMeeting",
    "PersonMeeting",
    "PersonStatement",
    "PersonView",
    "RaisedInitiative",
    "ShortMention",
    "TermDocument",
    "TermMeeting",
    "TitleSpan",
]


@dataclass(frozen=True, slots=True)
class TitleSpan:
    """A title a person held (for a country), the first and last date a page gives it, and
    how many pages do."""

    title: str | None
    country: str | None
    first: str | None
    last: str | None
    count: int


@dataclass(frozen=True, slots=True)
class PersonMeeting:
    """A meeting a page names the person at, with their role there and those pages."""

    id: str
    meeting: str
    forum: str | None
    start: str | None
    role: str | None
    documents: list[str]


@dataclass(frozen=True, slots=True)
class PersonStatement:
    """A statement the person made, dated by its page (`said`, `citation`: as in
    StatementItem)."""

    date: str | None
    act: str
    text: str
    meeting: str | None
    meeting_id: str | None
    document: str
    evidence: list[int | None]
    said: str | None = field(default=None, metadata=OMIT_NONE)
    citation: str | None = field(default=None, metadata=OMIT_NONE)


@dataclass(frozen=True, slots=True)
class ShortMention:
    """'Minister Kang' on a page, and why it means this person."""

    text: str
    date: str | None
    meeting: str | None
    document: str
    evidence: list[int | None]
    resolved: str


@dataclass(frozen=True, slots=True)
class PersonView:
    """One person across pages: names, countries, titles over time, and the newest `limit`
    meetings, statements and short mentions with the totals of each. `extra` and
    `corrected` as in MeetingSummary."""

    id: str
    name: str
    names: list[str]
    countries: list[str]
    titles: list[TitleSpan]
    meetings: list[PersonMeeting]
    meetings_total: int
    statements: list[PersonStatement]
    statements_total: int
    statements_by_act: dict[str, int]
    short_mentions: list[ShortMention]
    short_mentions_total: int
    limit: int | None
    extra: dict[str, Any] = field(default_factory=dict, metadata=INLINE)
    corrected: list[str] | None = field(default=None, metadata=OMIT_NONE)


@dataclass(frozen=True, slots=True)
class PageMeeting:
    """A meeting the pages naming a country or an initiative report, labelled by the first
    of them, and those pages."""

    id: str
    meeting: str | None
    forum: str | None
    start: str | None
    documents: list[str]


@dataclass(frozen=True, slots=True)
class CountryStatement:
    """A statement the country made (or a person serving it), whole (`said`: as in
    StatementItem), with the meeting its page reports."""

    speaker: str
    text: str
    date: str | None
    document: str
    evidence: list[int | None]
    said: str | None = field(default=None, metadata=OMIT_NONE)
    meeting: str | None = None


@dataclass(frozen=True, slots=True)
class RaisedInitiative:
    """An initiative a country's statements name, and how many of them do."""

    id: str
    name: str | None
    statements: int


@dataclass(frozen=True, slots=True)
class CountryInfo:
    """A country across its pages: the newest `limit` meetings it attended, statements of
    each act and initiatives raised, with their totals, read from its newest `window` pages
    (`documents` counts them all). `extra` and `corrected` as in MeetingSummary."""

    id: str
    code: str
    name: str
    meetings: list[PageMeeting]
    meetings_total: int
    statements: dict[str, list[CountryStatement]]
    statement_counts: dict[str, int]
    initiatives: list[RaisedInitiative]
    initiatives_total: int
    documents: int
    window: int
    extra: dict[str, Any] = field(default_factory=dict, metadata=INLINE)
    corrected: list[str] | None = field(default=None, metadata=OMIT_NONE)


@dataclass(frozen=True, slots=True)
class InitiativeInfo:
    """An initiative across its pages: its names, the newest meetings of the pages naming
    it, and its dated timeline items (`statements`: those of kind 'statement')."""

    id: str
    name: str
    acronym: str | None
    names: list[str]
    documents: int
    meetings: list[PageMeeting]
    meetings_total: int
    window: int
    statements: list[TimelineItem]
    timeline: list[TimelineItem]
    extra: dict[str, Any] = field(default_factory=dict, metadata=INLINE)
    corrected: list[str] | None = field(default=None, metadata=OMIT_NONE)


@dataclass(frozen=True, slots=True)
class TermMeeting:
    """A meeting listed on a country or initiative page: its id and label."""

    id: str
    meeting: str


@dataclass(frozen=True, slots=True)
class TermDocument:
    """A page the first timeline items of a country or an initiative come from."""

    id: str
    title: str | None
    date: str | None


@dataclass(frozen=True, slots=True)
class CitedStatement:
    """A country's statement on its page: act, kind 'statement', the statement and the
    citation of its page."""

    act: str
    kind: str
    statement: CountryStatement = field(metadata=INLINE)
    citation: str | None = field(default=None, metadata=OMIT_NONE)


@dataclass(frozen=True, slots=True)
class CountryPage:
    """What the country page and /api/countries show: CountryInfo's fields with its
    statements in date order and cited, the meetings by label, the documents of the first
    `timeline` items, their count in all (`mentions`) and per month, and the `limit`."""

    id: str
    code: str
    name: str
    meetings: list[TermMeeting]
    meetings_total: int
    statements: list[CitedStatement]
    statement_counts: dict[str, int]
    initiatives: list[RaisedInitiative]
    initiatives_total: int
    documents: list[TermDocument]
    window: int
    extra: dict[str, Any] = field(metadata=INLINE)
    corrected: list[str] | None = field(metadata=OMIT_NONE)
    timeline: list[TimelineItem]
    mentions: int
    months: dict[str, int]
    documents_total: int
    limit: int


@dataclass(frozen=True, slots=True)
class InitiativePage:
    """What the initiative page and /api/initiatives show: InitiativeInfo's fields with the
    meetings by label, the documents of the first `timeline` items, their count in all
    (`mentions`) and per month, and the name asked for (`query`)."""

    id: str
    name: str
    acronym: str | None
    names: list[str]
    documents: list[TermDocument]
    meetings: list[TermMeeting]
    meetings_total: int
    window: int
    statements: list[TimelineItem]
    timeline: list[TimelineItem]
    extra: dict[str, Any] = field(metadata=INLINE)
    corrected: list[str] | None = field(metadata=OMIT_NONE)
    mentions: int
    months: dict[str, int]
    documents_total: int
    query: str
