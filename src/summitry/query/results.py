"""What the queries answer, as small dataclasses, and `to_json`, the one way the API, the web
pages, the CLI and the exports turn them into the JSON shapes they show.

A field marked OMIT_NONE is left out of the JSON while it is None (a statement's `said` and
`citation`); a field marked INLINE lays its own fields (a dataclass) or entries (a dict) into
its owner's, where a later field of the same name takes the earlier one's place.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field, fields, is_dataclass, replace
from typing import TYPE_CHECKING, Any, TypeVar

from summitry.store.search import SearchHit

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

    View = TypeVar("View", bound=DataclassInstance)

__all__ = [
    "INLINE",
    "OMIT_NONE",
    "Attendee",
    "CitationInfo",
    "Commitment",
    "CommitmentList",
    "Disagreement",
    "Done",
    "FacetCount",
    "MeetingSummary",
    "MeetingView",
    "Outcome",
    "PageMeetingRef",
    "Participant",
    "Participants",
    "SearchPage",
    "SeriesView",
    "Source",
    "StatementItem",
    "TimelineCounts",
    "TimelineItem",
    "to_json",
    "with_fields",
]

OMIT_NONE: dict[str, bool] = {"omit_none": True}
INLINE: dict[str, bool] = {"inline": True}


def to_json(value: Any) -> Any:
    """The JSON shape of a result: dataclasses as dicts in field order (OMIT_NONE and INLINE
    as the module says), dicts, lists and tuples throughout; other values as they are."""
    if isinstance(value, _SCALARS):
        return value
    if isinstance(value, dict):
        return {k: to_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_json(v) for v in value]
    if not is_dataclass(value) or isinstance(value, type):
        return value
    out: dict[str, Any] = {}
    for name, omit, inline in _plan(type(value)):
        item = getattr(value, name)
        if item is None and omit:
            continue
        if inline:
            out.update(to_json(item))
        else:
            out[name] = to_json(item)
    return out


_SCALARS = (str, int, float, bool, type(None))


@functools.cache
def _plan(cls: type) -> tuple[tuple[str, bool, bool], ...]:
    """(name, omit when None, inline) of each field of a result class, in order."""
    return tuple(
        (f.name, bool(f.metadata.get("omit_none")), bool(f.metadata.get("inline")))
        for f in fields(cls)
    )


def with_fields(view: View, changes: dict[str, Any], numbers: tuple[str, ...] = ()) -> View:
    """The view with the fields a person set (resolve.corrections.apply_fields' changes and
    their `corrected` list): those the view has replace its own, a field of `numbers` read as
    a whole number (None where it is not one); the rest go to its `extra`."""
    named = changes.get("corrected")
    if not named:
        return view
    own = {f.name for f in fields(view)} - {"extra", "corrected"}
    given = {k: v for k, v in changes.items() if k != "corrected"}
    mine = {k: _number(v) if k in numbers else v for k, v in given.items() if k in own}
    extra = {k: v for k, v in given.items() if k not in own}
    return replace(view, **mine, extra=extra, corrected=named)


def _number(value: Any) -> int | None:
    """A corrected ordinal or year as a whole number: 12 or '12'; None for anything else."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    text = str(value).strip() if value is not None else ""
    return int(text) if text.isdigit() else None


@dataclass(frozen=True, slots=True)
class CitationInfo:
    """How a stored page is cited; `text` is the whole citation on one line."""

    publisher: str | None
    title: str | None
    published: str | None
    url: str | None
    urls: list[str]
    source: str | None
    accessed: str | None
    text: str


@dataclass(frozen=True, slots=True)
class Disagreement:
    """One value the sources give a meeting field, and the pages that give it."""

    value: Any
    sources: list[str]


@dataclass(frozen=True, slots=True)
class MeetingSummary:
    """A meeting in brief, merged across the pages naming it. `extra` holds fields a person
    set that a meeting has no place for; `corrected` lists the fields a person set (None:
    none); `source_ids` (series views) the pages its fields were merged from."""

    id: str
    label: str
    series: str
    name: str | None
    acronym: str | None
    forum: str | None
    level: str | None
    ordinal: int | None
    start: str | None
    end: str | None
    city: str | None
    country: str | None
    venue: str | None
    format: str | None
    theme: str | None
    year: int | None
    role: str
    sources: int
    inferred: dict[str, str]
    extra: dict[str, Any] = field(default_factory=dict, metadata=INLINE)
    corrected: list[str] | None = field(default=None, metadata=OMIT_NONE)
    provenance: dict[str, str] = field(default_factory=dict)
    source_ids: list[str] | None = field(default=None, metadata=OMIT_NONE)


@dataclass(frozen=True, slots=True)
class PageMeetingRef:
    """A meeting a stored page names: its id, label and role there (main or mentioned)."""

    id: str
    label: str
    role: str | None


@dataclass(frozen=True, slots=True)
class Participant:
    """A chair or attendee named on the pages reporting a meeting, once per person."""

    id: str
    name: str
    documents: list[str]
    title: str | None
    country: str | None
    role: str | None


@dataclass(frozen=True, slots=True)
class StatementItem:
    """What a speaker said at a meeting: the whole sentence (`said`: the words extracted,
    where they stop short of it), its page and the offsets of the words on it."""

    act: str
    text: str
    document: str
    evidence: list[int | None]
    said: str | None = field(default=None, metadata=OMIT_NONE)
    citation: str | None = field(default=None, metadata=OMIT_NONE)


@dataclass(frozen=True, slots=True)
class Outcome:
    """A document a meeting produced and what was done with it, from the page `source`."""

    document: str
    action: str
    source: str
    citation: str | None = field(default=None, metadata=OMIT_NONE)


@dataclass(frozen=True, slots=True)
class Source:
    """A page naming a meeting: 'main' where it reports it, else 'mentioned'."""

    id: str
    title: str | None
    publisher: str | None
    published: str | None
    role: str
    citation: str | None = field(default=None, metadata=OMIT_NONE)


@dataclass(frozen=True, slots=True)
class MeetingView:
    """The full meeting: the summary's fields (its `sources` count replaced by the pages
    themselves), where the sources disagree, and the people, statements by speaker and
    outcomes of the first `reports_read` of the `reports` pages reporting it."""

    summary: MeetingSummary = field(metadata=INLINE)
    disagreements: dict[str, list[Disagreement]]
    reports: int
    reports_read: int
    people: list[Participant]
    chairs: list[Participant]
    statements: dict[str, list[StatementItem]]
    outcomes: list[Outcome]
    sources: list[Source]

    @property
    def id(self) -> str:
        return self.summary.id

    @property
    def label(self) -> str:
        return self.summary.label


@dataclass(frozen=True, slots=True)
class SeriesView:
    """A meeting series: its meetings in order, the ordinals no page reports (`gaps`), how
    many of its meetings have no place in the order, and how many pages each meeting's
    fields are merged from at most."""

    series: str
    id: str
    forum: str | None
    cadence: str | None
    meetings: list[MeetingSummary]
    gaps: list[int]
    unplaced_mentions: int
    sources_read: int


@dataclass(frozen=True, slots=True)
class Done:
    """The later sentence reporting a commitment done, and its page."""

    sentence: str
    document: str
    date: str | None
    title: str | None
    evidence: list[int | None]


@dataclass(frozen=True, slots=True)
class Commitment:
    """A statement of act 'commit': who, what, when and on which page; status 'open' or
    'reported_done' (`done`: the later page that reports it)."""

    actor: str
    actor_country: str | None
    what: str
    when: str | None
    date_source: str | None
    meeting: str | None
    meeting_id: str | None
    document: str
    title: str | None
    status: str
    done: Done | None
    evidence: list[int | None]


@dataclass(frozen=True, slots=True)
class CommitmentList:
    """One page of commitments as the API and the commitments page list them; `total` is
    exact unless `total_exact` is False (query.commitments.CommitmentPage)."""

    items: list[Commitment]
    total: int
    total_exact: bool


@dataclass(frozen=True, slots=True)
class FacetCount:
    """How many hits have a facet value, and the name it is shown by (Korea for KOR)."""

    value: str
    label: str
    count: int


@dataclass(frozen=True, slots=True)
class SearchPage:
    """One page of search hits; `total` counts every match (exactly, unless `total_exact`
    is False), `served` those that can be paged through, and `facets` the values of each
    facet among the matches."""

    query: str
    items: list[SearchHit]
    total: int
    total_exact: bool
    served: int
    facets: dict[str, list[FacetCount]]


@dataclass(frozen=True, slots=True)
class TimelineItem:
    """A dated statement, person (their name, title and role) or mention (kind country,
    organization or initiative, with its `value`) of a term on a page: its text (a mention's
    whole sentence), its page's date, main meeting and title; `said` and `citation` as in
    StatementItem."""

    kind: str
    speaker: str | None
    act: str | None
    text: str | None
    document: str
    evidence: list[int | None]
    value: str | None = field(default=None, metadata=OMIT_NONE)
    date: str | None = None
    date_source: str | None = None
    meeting: str | None = None
    meeting_id: str | None = None
    title: str | None = None
    said: str | None = field(default=None, metadata=OMIT_NONE)
    citation: str | None = field(default=None, metadata=OMIT_NONE)


@dataclass(frozen=True, slots=True)
class TimelineCounts:
    """How many items a term's timeline has: in all, undated, and per month ('YYYY-MM')."""

    total: int
    undated: int
    months: dict[str, int]


@dataclass(frozen=True, slots=True)
class Attendee:
    """A person named as chair, co-chair or attendee of a meeting, and the country they
    serve (the first a page gives)."""

    id: str
    name: str
    country: str | None
    role: str


@dataclass(frozen=True, slots=True)
class Participants:
    """Who took part in a meeting: its people, and the countries they serve (with the
    host), once each."""

    people: list[Attendee]
    countries: list[str]
