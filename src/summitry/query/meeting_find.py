"""Meetings across pages: one meeting from every row that names it, and the series it belongs to.

Rows are read from the meetings table by their keys (computed at ingest) and joined into one
meeting by summitry.resolve.meetings.cluster; the merged view lists every source and each
disagreement.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Select, case, func, select

from summitry.errors import SummitryError
from summitry.kb.load import load_kb
from summitry.query.common import name_words, norm, with_stored_corrections
from summitry.query.meeting_rows import rows_query, series_named, series_scores
from summitry.query.meeting_view import meeting_view, summary
from summitry.query.results import MeetingSummary, MeetingView, SeriesView
from summitry.query.series_view import series_view
from summitry.resolve.corrections import Corrections, aliases_of, canonical, keeps
from summitry.resolve.keys import meeting_key, slug
from summitry.resolve.meetings import cluster, days_before
from summitry.store.filters import Filters, meeting_conditions
from summitry.store.schema import builds, documents, meeting_dates, meetings

__all__ = [
    "MeetingQuery",
    "QueryError",
    "find_meetings",
    "iter_meetings",
    "meeting",
    "meetings_list",
    "parse_meeting_query",
    "series",
    "series_named",
]

_TRAILING_NUMBER = re.compile(r"^(?P<name>.*?)\s+(?P<n>\d{1,4})(?:st|nd|rd|th)?$", re.IGNORECASE)
_SOURCE_ORDER = (documents.c.published.asc().nulls_last(), meetings.c.document_id, meetings.c.idx)
NEAR_DAYS = 10  # an unnumbered row may start this many days before the meeting it joins
MAX_SERIES = 10  # series a name fragment without ordinal is looked for in, closest first


class QueryError(SummitryError):
    """A query that cannot be run as given (empty name, nothing to match)."""


@dataclass(frozen=True, slots=True)
class MeetingQuery:
    """'ASEAN-ROK Foreign Ministers 23' -> words of the name, ordinal 23 (or a year)."""

    words: tuple[str, ...]
    ordinal: int | None = None
    year: int | None = None
    text: str = ""


def parse_meeting_query(query: str) -> MeetingQuery:
    """A trailing number is the ordinal ('... 23', '23rd'); four digits from 1900 are a year."""
    text = query.strip()
    found = _TRAILING_NUMBER.match(text)
    ordinal = year = None
    if found and found["name"].strip():
        n = int(found["n"])
        text = found["name"]
        year, ordinal = (n, None) if n >= 1900 else (None, n)
    words = tuple(name_words(text))
    if not words:
        raise QueryError(f"{query!r}: give a meeting name, e.g. 'APEC Ministerial Meeting 35'")
    return MeetingQuery(words, ordinal, year, text.strip())


def _by_keys(conn: Connection, keys: list[str]) -> list[Any]:
    """The rows of the meetings with these keys, as rows_query gives them: a meeting's rows
    lie together in the meetings table, keyed by meeting key first."""
    stmt = rows_query().where(meetings.c.meeting_key.in_(keys))
    return list(conn.execute(stmt.order_by(*_SOURCE_ORDER)))


def _neighbours(conn: Connection, rows: list[Any]) -> list[Any]:
    """Rows of the same series whose dates come near the given rows' dates (index ranges):
    unnumbered ones near a numbered meeting (other numbered rows never join it), any near
    an unnumbered row."""
    found: list[Any] = []
    for numbered in (True, False):
        near = [r for r in rows if (r.ordinal is not None) == numbered]
        for series_name, low, high in _date_windows(near):
            stmt = rows_query().where(
                meetings.c.series == series_name,
                meetings.c.start >= low,
                meetings.c.start <= high,
            )
            stmt = stmt.where(meetings.c.ordinal.is_(None)) if numbered else stmt
            found += conn.execute(stmt.order_by(*_SOURCE_ORDER))
    return found


def _date_windows(rows: list[Any]) -> list[tuple[str, str, str]]:
    """(series, low, high): each dated row's days, NEAR_DAYS earlier, overlapping ones merged,
    so pages that disagree by years cost a few small ranges, not the years between."""
    spans = sorted(
        (r.series, days_before(r.start, NEAR_DAYS), r.end or r.start) for r in rows if r.start
    )
    merged: list[tuple[str, str, str]] = []
    for series_name, low, high in spans:
        if merged and merged[-1][0] == series_name and low <= merged[-1][2]:
            merged[-1] = (series_name, merged[-1][1], max(high, merged[-1][2]))
        else:
            merged.append((series_name, low, high))
    return merged


def _meeting_groups(
    conn: Connection, keys: list[str], corrections: Corrections | None
) -> dict[str, list[Any]]:
    """Canonical key -> rows, for the meetings the keys name (merged, split and joined)."""
    wanted = sorted({a for k in keys for a in aliases_of(canonical(k, corrections), corrections)})
    rows = _by_keys(conn, wanted)
    if not rows:
        return {}
    rows = _unique(rows + _neighbours(conn, rows))
    rows = [r for r in rows if keeps(r.meeting_key, r.document_id, corrections)]
    groups: dict[str, list[Any]] = {}
    for key, members in cluster(rows).items():
        kept = canonical(key, corrections)
        groups.setdefault(kept, []).extend(members)
    return {k: v for k, v in groups.items() if any(r.meeting_key in wanted for r in v)}


def _unique(rows: list[Any]) -> list[Any]:
    return list({(r.document_id, r.idx): r for r in rows}.values())


def _matching_keys(
    conn: Connection, query: str, limit: int
) -> tuple[MeetingQuery | None, list[str]]:
    """Meeting keys a query names: an id, a kb series (+ ordinal or year), else name words.

    A series named without ordinal or year gives its `limit` latest meetings (reported ones
    first), read in date order from the index, not every meeting the series ever had.
    """
    text = query.strip()
    if text.startswith("meeting:"):
        return None, [text]
    q = parse_meeting_query(text)
    known = load_kb().series_for(q.text)
    exact = slug(known.name) if known is not None else _stored_series(conn, slug(q.text))
    named = {exact: (False, 0, "")} if exact is not None else series_scores(conn, q.words)
    slugs = sorted(named, key=lambda s: (named[s], s))
    if not slugs:
        return q, []
    if q.ordinal is None and q.year is None:
        found = [
            (named[s][0], not reported, _neg(start or ""), key)
            for s in slugs[:MAX_SERIES]
            for key, reported, start in _latest_keys(conn, s, limit)
        ]
        return q, [key for *_, key in sorted(found)[:limit]]
    c = meetings.c
    if q.year is None:  # the (series, ordinal) index alone: a numbered meeting's key is known
        stmt = select(c.series).where(c.series.in_(slugs), c.ordinal == q.ordinal).distinct()
        pairs = [(s, meeting_key(s, q.ordinal, None, "")) for s in conn.execute(stmt).scalars()]
    else:
        stmt = select(c.series, c.meeting_key).where(c.series.in_(slugs), c.year == q.year)
        if q.ordinal is not None:
            stmt = stmt.where(c.ordinal == q.ordinal)
        pairs = [(series_slug, key) for series_slug, key in conn.execute(stmt.distinct())]
    inexact = {key: named[series_slug][0] for series_slug, key in pairs}
    if len(inexact) <= limit:
        return q, sorted(inexact)
    return q, _best_keys(conn, inexact, limit)


def _best_keys(conn: Connection, inexact: dict[str, bool], limit: int) -> list[str]:
    """The `limit` keys likeliest to rank first ('Summit 38' is the 38th of many series),
    judged from their index rows alone, so only those meetings' rows are read in full:
    series named exactly, reported, latest, most pages (as _rank)."""
    c = meetings.c
    main = func.max(case((c.role == "main", 1), else_=0))
    stmt = select(c.meeting_key, main, func.max(c.start), func.count(c.document_id.distinct()))
    stmt = stmt.where(c.meeting_key.in_(sorted(inexact))).group_by(c.meeting_key)
    ranked = sorted(
        (inexact[key], not reported, _neg(start or ""), -pages, key)
        for key, reported, start, pages in conn.execute(stmt)
    )
    return [key for *_, key in ranked[:limit]]


def _latest_keys(
    conn: Connection, series_slug: str, limit: int
) -> list[tuple[str, bool, str | None]]:
    """(key, reported, start) of the series' latest reported meetings, then latest mentioned,
    then undated.

    Rows are read by the (series, start) index, newest first, in batches; the role is
    checked here, since a condition on it would make SQLite read the (role, start) index.
    """
    c = meetings.c
    dated = select(c.meeting_key, c.role, c.start).where(
        c.series == series_slug, c.start.is_not(None)
    )
    reported: dict[str, tuple[str, bool, str | None]] = {}
    mentioned: dict[str, tuple[str, bool, str | None]] = {}
    seen, step = 0, 20 * limit  # a meeting has a row per page that names it
    while len(reported) < limit:
        batch = conn.execute(dated.order_by(c.start.desc()).limit(step).offset(seen)).all()
        for key, role, start in batch:
            main = role == "main"
            (reported if main else mentioned).setdefault(key, (key, main, start))
        seen += len(batch)
        if len(batch) < step:
            break
    found = list(reported.values()) + [m for k, m in mentioned.items() if k not in reported]
    if len(found) < limit:
        undated = select(c.meeting_key, c.role).where(c.series == series_slug, c.start.is_(None))
        known = {k for k, _, _ in found}
        for key, role in conn.execute(undated.limit(limit * 10)):
            if key not in known:
                known.add(key)
                found.append((key, role == "main", None))
    return found[:limit]


def _stored_series(conn: Connection, name: str) -> str | None:
    """The series slug itself where some meetings row has it (an index lookup)."""
    stmt = select(meetings.c.series).where(meetings.c.series == name).limit(1)
    return conn.execute(stmt).scalar()


def _rank(q: MeetingQuery | None, rows: list[Any]) -> tuple[bool, bool, str, int]:
    """Best first: exact name, reported (main) before only mentioned, later, more sources."""
    exact = q is None or norm(rows[0].name) == " ".join(q.words)
    reported = any(r.role == "main" for r in rows)
    latest = max((r.start or "" for r in rows), default="")
    return (not exact, not reported, _neg(latest), -len({r.document_id for r in rows}))


def _neg(day: str) -> str:
    """A string that sorts later dates first."""
    return "".join(chr(0x10FFFF - ord(c)) for c in day)


def _ranked(
    conn: Connection, query: str, corrections: Corrections | None, limit: int
) -> list[tuple[str, list[Any]]]:
    spare = 5 if corrections is not None and (corrections.merges or corrections.splits) else 0
    q, keys = _matching_keys(conn, query, limit + spare)  # corrections may drop some
    groups = _meeting_groups(conn, keys, corrections) if keys else {}
    return sorted(groups.items(), key=lambda item: _rank(q, item[1]))[:limit]


@with_stored_corrections
def find_meetings(
    store: Any, query: str, corrections: Corrections | None = None, limit: int = 20
) -> list[MeetingSummary]:
    """The meetings whose name (or id) matches query, best first, at most limit, as summaries.

    A series name alone gives its latest meetings; add an ordinal or year for an older one.
    """
    with store.engine.connect() as conn:
        return [
            summary(conn, k, rows, corrections)
            for k, rows in _ranked(conn, query, corrections, max(1, limit))
        ]


@with_stored_corrections
def meeting(store: Any, query: str, corrections: Corrections | None = None) -> MeetingView | None:
    """The best matching meeting, in full: for a series name alone, its latest reported one;
    'NAME ORDINAL' or 'NAME YEAR' for another, or its id."""
    with store.engine.connect() as conn:
        ranked = _ranked(conn, query, corrections, 1)
        if not ranked:
            return None
        key, rows = ranked[0]
        return meeting_view(conn, key, rows, corrections)


@with_stored_corrections
def meetings_list(
    store: Any,
    limit: int = 50,
    offset: int = 0,
    corrections: Corrections | None = None,
    filters: Filters | None = None,
    sort: str = "-date",
) -> list[MeetingSummary]:
    """Reported meetings, newest first (sort 'date': oldest first), as summaries, narrowed
    by `filters` (store.filters.meeting_conditions). An undated meeting takes the place of
    the year inferred for it (after the dated ones of that year, newest first); one
    nothing dates comes last. The order is read from meeting_dates by index."""
    limit, offset = max(0, limit), max(0, offset)
    keys: list[str] = []
    with store.engine.connect() as conn:
        for key in _in_order(conn, filters, sort, max(50, limit + offset)):
            kept = canonical(key, corrections)
            if kept not in keys:
                keys.append(kept)
            if len(keys) >= limit + offset:
                break
        views: list[MeetingSummary] = []
        for key in keys[offset : offset + limit]:
            groups = _meeting_groups(conn, [key], corrections)
            views += [summary(conn, k, rows, corrections) for k, rows in groups.items()]
    return list({v.id: v for v in views}.values())


def _in_order(conn: Connection, filters: Filters | None, sort: str, step: int) -> Iterator[str]:
    """The keys of reported meetings meeting the filters in list order, read `step` at a
    time from the meeting_dates index, each batch then checked against the filters by key
    (a filter's own index would read every main row of the store for each key). A store
    whose meeting_dates `reindex` has not built lists them by the start their rows give."""
    m, md = meetings.c, meeting_dates.c
    where = meeting_conditions(filters) if filters else []
    built = select(builds.c.kb).where(builds.c.name == meeting_dates.name)
    if conn.execute(built).scalar() is None:
        start = m.start.asc().nulls_last() if sort == "date" else m.start.desc().nulls_last()
        stmt = select(m.meeting_key).where(m.role == "main", *where)
        yield from _paged(conn, stmt.order_by(start, m.meeting_key), step)
        return
    first = md.day.asc().nulls_last() if sort == "date" else md.day.desc().nulls_last()
    ordered = select(md.meeting_key).order_by(first, md.meeting_key)
    for batch in _pages(conn, ordered, step):
        if where:
            main = func.coalesce(m.role, "") == "main"  # not by the role index
            held = select(m.meeting_key).where(m.meeting_key.in_(batch), main, *where)
            kept = set(conn.execute(held).scalars())
            batch = [k for k in batch if k in kept]
        yield from batch


def _pages(conn: Connection, stmt: Select, step: int) -> Iterator[list[str]]:
    """The statement's rows, `step` at a time and twice as many each time up to KEY_STEP
    (a rare filter keeps few of each batch), by OFFSET as the index gives them."""
    seen = 0
    while True:
        batch = list(conn.execute(stmt.limit(step).offset(seen)).scalars())
        seen += len(batch)
        yield batch
        if len(batch) < step:
            return
        step = min(2 * step, max(step, KEY_STEP))


def _paged(conn: Connection, stmt: Select, step: int) -> Iterator[str]:
    for batch in _pages(conn, stmt, step):
        yield from batch


KEY_BATCH = 200  # meeting keys read at a time by iter_meetings
KEY_STEP = 2000  # meeting keys the list reads at a time at most


@with_stored_corrections
def iter_meetings(store: Any, corrections: Corrections | None = None) -> Iterator[MeetingSummary]:
    """Every meeting once, as a summary (one per meeting across its pages, corrections
    applied), in key order; keys are read KEY_BATCH at a time, so memory holds one batch's
    rows and the ids already given."""
    given: set[str] = set()
    last = ""
    while True:
        stmt = (
            select(meetings.c.meeting_key)
            .where(meetings.c.meeting_key > last)
            .group_by(meetings.c.meeting_key)
            .order_by(meetings.c.meeting_key)
            .limit(KEY_BATCH)
        )
        with store.engine.connect() as conn:
            keys = list(conn.execute(stmt).scalars())
            fresh = [k for k in keys if canonical(k, corrections) not in given]
            groups = _meeting_groups(conn, fresh, corrections) if fresh else {}
            views = [
                summary(conn, k, rows, corrections)
                for k, rows in sorted(groups.items())
                if k not in given
            ]
        for view in views:
            given.add(view.id)
            yield view
        if len(keys) < KEY_BATCH:
            return
        last = keys[-1]


@with_stored_corrections
def series(store: Any, name: str, corrections: Corrections | None = None) -> SeriesView | None:
    """The meetings of one series in order (numbered by ordinal), with the missing ordinals."""
    if not name.strip() or not (name.startswith("series:") or name_words(name)):
        raise QueryError(f"{name!r}: give a series name, e.g. 'APEC Ministerial Meeting'")
    with store.engine.connect() as conn:
        return series_view(conn, name, corrections)
