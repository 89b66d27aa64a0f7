"""What a list of meetings, commitments, timeline items or search hits is narrowed to, and the
SQL conditions that narrow it: one Filters value, one function per kind of row.

Several values of a facet mean any of them (OR); different facets must all hold (AND).
The conditions are EXISTS probes by index on the derived tables, added to a query's WHERE.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select

from summitry.errors import SummitryError
from summitry.kb.load import load_kb
from summitry.resolve.keys import slug
from summitry.store.facets import has_value
from summitry.store.schema import (
    documents,
    entity_refs,
    facets,
    meetings,
    people,
    statements,
)

__all__ = [
    "Filters",
    "FilterError",
    "actor_codes",
    "commitment_conditions",
    "date_range",
    "document_conditions",
    "meeting_conditions",
    "ref_conditions",
    "series_slug_of",
    "seq_conditions",
]

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
MAX_VALUES = 20  # values of one facet a filter takes
MAX_CHARS = 200  # characters of one value


class FilterError(SummitryError):
    """A filter value that cannot be used (a malformed date, too many values)."""


def _values(given: Iterable[str] | str | None, upper: bool = False) -> tuple[str, ...]:
    if given is None:
        return ()
    items = [given] if isinstance(given, str) else list(given)
    kept = [str(v).strip() for v in items if v is not None and str(v).strip()]
    if any(len(v) > MAX_CHARS for v in kept):
        raise FilterError(f"a filter value is at most {MAX_CHARS} characters")
    kept = [v.upper() if upper else v for v in kept]
    if len(kept) > MAX_VALUES:
        raise FilterError(f"at most {MAX_VALUES} values of one filter; {len(kept)} given")
    return tuple(dict.fromkeys(kept))


def _day(value: str | None, name: str) -> str | None:
    if value is None or not value.strip():
        return None
    text = value.strip()
    full = text + "-01-01"[len(text) - 4 :] if _DATE.match(text) else ""
    try:
        date.fromisoformat(full)
    except ValueError:
        raise FilterError(
            f"{name} {value[:40]!r}: give a date as YYYY, YYYY-MM or YYYY-MM-DD"
        ) from None
    return text


@dataclass(frozen=True, slots=True)
class Filters:
    """forums, levels, countries (ISO3 or an organisation), series (names or ids), actors
    (a country code or name, a person id, a speaker's name) and dates from `since` to
    `until` (YYYY, YYYY-MM or YYYY-MM-DD, both ends included)."""

    forums: tuple[str, ...] = ()
    levels: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    series: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None

    @classmethod
    def of(
        cls,
        *,
        forum: Iterable[str] | str | None = None,
        level: Iterable[str] | str | None = None,
        country: Iterable[str] | str | None = None,
        series: Iterable[str] | str | None = None,
        actor: Iterable[str] | str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> Filters:
        """Filters from what a user gave: blanks dropped, codes upper-cased, dates checked."""
        made = cls(
            _values(forum),
            _values(level),
            _values(country, upper=True),
            _values(series),
            _values(actor),
            _day(since, "from"),
            _day(until, "to"),
        )
        if made.since and made.until and made.since[: len(made.until)] > made.until:
            raise FilterError(f"from {made.since} is after to {made.until}")
        return made

    def active(self) -> dict[str, Any]:
        """The filters given, by field name."""
        return {k: v for k, v in asdict(self).items() if v}

    def __bool__(self) -> bool:
        return bool(self.active())


def date_range(day: Any, since: str | None, until: str | None) -> list[ColumnElement[bool]]:
    """`day` (an ISO date column) within [since, until]; '2023' as until takes all of 2023."""
    where: list[ColumnElement[bool]] = []
    if since:
        where.append(day >= since)
    if until:
        where.append(day <= until + "\uffff")
    return where


def series_slug_of(name: str) -> str:
    """A series name, acronym or id -> the slug the meetings table keeps ('AMM' works where the
    kb knows it)."""
    text = name.strip().removeprefix("series:")
    known = load_kb().series_for(text)
    return slug(known.name) if known is not None else slug(text)


def _lower_in(column: Any, values: tuple[str, ...]) -> ColumnElement[bool]:
    return func.lower(column).in_([v.lower() for v in values])


def document_conditions(f: Filters, doc_id: Any) -> list[ColumnElement[bool]]:
    """Conditions on a document id column: the page's forum, level and country facets and
    the series of a meeting it reports or names (dates and actors are the caller's)."""
    where: list[ColumnElement[bool]] = []
    page = documents.alias("faceted")
    pairs = func.lower(facets.c.pairs)
    for name, values in (("forum", f.forums), ("level", f.levels), ("country", f.countries)):
        if values:
            any_value = or_(*(has_value(pairs, name, v.lower()) for v in values))
            has = select(facets.c.seq).join(page, page.c.seq == facets.c.seq)
            where.append(has.where(page.c.id == doc_id, any_value).exists())
    if f.series:
        slugs = [series_slug_of(s) for s in f.series]
        named = select(meetings.c.document_id).where(
            meetings.c.document_id == doc_id, meetings.c.series.in_(slugs)
        )
        where.append(named.exists())
    return where


def meeting_conditions(f: Filters) -> list[ColumnElement[bool]]:
    """Conditions on meetings rows: the meeting's forum, level and host country (as any of
    its pages gives them), its series, its start date, and an actor that spoke or was named
    among the people on a page that reports it."""
    m, k = meetings.c, meetings.alias("same_meeting").c
    where: list[ColumnElement[bool]] = []
    for column, values in ((k.forum, f.forums), (k.level, f.levels), (k.country, f.countries)):
        if values:
            has = select(k.meeting_key).where(
                k.meeting_key == m.meeting_key, _lower_in(column, values)
            )
            where.append(has.exists())
    if f.series:
        where.append(m.series.in_([series_slug_of(s) for s in f.series]))
    if f.actors:
        pages = select(k.meeting_key).where(
            k.meeting_key == m.meeting_key,
            func.coalesce(k.role, "") == "main",  # by the key: the role index reads them all
            or_(*(_on_page(a, k.document_id) for a in f.actors)),
        )
        where.append(pages.exists())
    return where + date_range(m.start, f.since, f.until)


def actor_codes(actor: str) -> list[str]:
    """The country and organisation codes an actor names ('KOR', 'Korea', 'country:KOR')."""
    kb = load_kb()
    bare = actor.removeprefix("country:").removeprefix("org:")
    code = bare.upper() if bare.upper() in kb.countries else kb.country_code(bare)
    return sorted({x for x in (code, kb.organization_key(bare)) if x})


def _statement_by(actor: str, doc_id: Any, idx: Any | None) -> ColumnElement[bool]:
    """The statement at (doc_id, idx), or any statement of the page where idx is None, was
    made by the actor: its speaker's id, a person of the actor's country, or a name."""
    e = entity_refs.alias("speaker_refs").c
    said = select(e.document_id).where(
        e.document_id == doc_id, e.source == "statements", e.kind == "speaker"
    )
    said = said if idx is None else said.where(e.idx == idx)
    if actor.startswith("person:"):
        return said.where(e.entity_id == actor).exists()
    codes = actor_codes(actor)
    if codes:
        p = entity_refs.alias("speaker_people").c
        serves = select(p.document_id).where(
            p.document_id == e.document_id,
            p.entity_id == e.entity_id,
            p.kind == "person",
            p.country.in_(codes),
        )
        ids = [f"country:{c}" for c in codes] + [f"org:{slug(c)}" for c in codes]
        return said.where(or_(e.entity_id.in_(ids), serves.exists())).exists()
    words = [w for w in actor.lower().split() if w] or [""]
    spoke = select(statements.c.document_id).where(
        statements.c.document_id == doc_id,
        *([] if idx is None else [statements.c.idx == idx]),
        *[statements.c.speaker.icontains(w, autoescape=True) for w in words],
    )
    return spoke.exists()


def _on_page(actor: str, doc_id: Any) -> ColumnElement[bool]:
    """The page at doc_id has a statement by the actor or names it among its people (a
    person id, a person of a country, or a name holding the actor's words)."""
    p = entity_refs.alias("page_people").c
    named = select(p.document_id).where(p.document_id == doc_id, p.kind == "person")
    codes = [] if actor.startswith("person:") else actor_codes(actor)
    if actor.startswith("person:"):
        named = named.where(p.entity_id == actor)
    elif codes:
        named = named.where(p.country.in_(codes))
    else:
        words = [w for w in actor.lower().split() if w] or [""]
        named = select(people.c.document_id).where(
            people.c.document_id == doc_id,
            *[people.c.name.icontains(w, autoescape=True) for w in words],
        )
    return or_(_statement_by(actor, doc_id, None), named.exists())


def ref_conditions(f: Filters) -> list[ColumnElement[bool]]:
    """Conditions on entity_refs rows (timeline items): the page's facets and series, the
    page's date, and for actors, statements made by one of them."""
    c = entity_refs.c
    where = document_conditions(f, c.document_id) + date_range(c.date, f.since, f.until)
    if f.actors:
        by = [_statement_by(a, c.document_id, c.idx) for a in f.actors]
        where.append(and_(c.source == "statements", or_(*by)))
    return where


def commitment_conditions(f: Filters, refs: Any) -> list[ColumnElement[bool]]:
    """Conditions on statements rows (`refs`, its columns): the page's facets and series,
    and the commitment's date (actors are matched by query.commitments)."""
    return document_conditions(f, refs.document_id) + date_range(refs.date, f.since, f.until)


def seq_conditions(f: Filters, seq: Any) -> list[ColumnElement[bool]]:
    """Conditions on a document's seq (search): its published date, the series of a meeting
    it names, and actors that speak or are named on it; forums, levels and countries are
    search facets (see store.search)."""
    if not (f.series or f.since or f.until or f.actors):
        return []
    d = documents.alias("narrowed")
    named = document_conditions(Filters(series=f.series), d.c.id)
    if f.actors:
        named.append(or_(*(_on_page(a, d.c.id) for a in f.actors)))
    dated = date_range(d.c.published, f.since, f.until)
    probe = select(d.c.seq).where(d.c.seq == seq, *named, *dated)
    return [probe.exists()]
