"""A meeting series in order: every meeting of it across pages, the ordinals missing, years
inferred where a page leaves them out."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, and_, case, func, select

from summitry.kb.load import load_kb
from summitry.query.common import name_words, unsplit
from summitry.query.meeting_rows import rows_query, series_named
from summitry.query.meeting_view import summary
from summitry.query.results import MeetingSummary, SeriesView
from summitry.resolve.corrections import NO_CORRECTIONS, Corrections, canonical
from summitry.resolve.infer import infer_year, kb_series
from summitry.resolve.keys import slug
from summitry.resolve.meetings import cluster
from summitry.store.schema import meetings

__all__ = ["SOURCES_READ", "series_slug_for", "series_view"]

SOURCES_READ = 10  # rows a meeting's fields are merged from; `sources` counts all its pages


def series_slug_for(conn: Connection, name: str) -> str | None:
    """'series:<slug>', a kb series name or alias, else the series most rows matching name have."""
    if name.startswith("series:"):
        return name.removeprefix("series:")
    known = load_kb().series_for(name.strip())
    if known is not None:
        return slug(known.name)
    exact = select(meetings.c.series).where(meetings.c.series == slug(name)).limit(1)
    if (found := conn.execute(exact).scalar()) is not None:
        return found
    named = series_named(conn, name_words(name))
    return named[0] if named else None


def series_view(
    conn: Connection, name: str, corrections: Corrections | None = None
) -> SeriesView | None:
    """The series, its meetings in order (summaries), gaps and unplaced mentions.

    Meetings are clustered from per-(key, ordinal, dates) aggregates, not from every row; each
    meeting's fields are merged from at most SOURCES_READ of its rows (pages reporting it
    first), listed in `source_ids`, while `sources` counts every page."""
    key = series_slug_for(conn, name)
    if key is None:
        return None
    kept = _kept(corrections)
    spans = [_Span(key, *r) for r in conn.execute(_spans_query(key, kept))]
    if not spans:
        return None
    groups: dict[str, list[_Span]] = {}
    for k, members in cluster(spans).items():
        groups.setdefault(canonical(k, corrections), []).extend(members)
    fixed = corrections.fields if corrections is not None else {}
    unplaced = [
        k for k, rs in groups.items() if _unplaced(rs) and k not in fixed and not _reported(rs)
    ]
    shown = {k: rs for k, rs in groups.items() if k not in unplaced}
    read = _sample_rows(
        conn, key, sorted({s.meeting_key for rs in shown.values() for s in rs}), kept
    )
    views = [_summary(conn, key, k, rs, read, kept, corrections) for k, rs in shown.items()]
    views = _infer_within(key, views)
    placed = [v for v in views if (v.ordinal, v.start, v.year) != (None, None, None)]
    placed.sort(key=_in_order)
    ordinals = sorted({v.ordinal for v in placed if v.ordinal is not None})
    gaps = sorted(set(range(ordinals[0], ordinals[-1] + 1)) - set(ordinals)) if ordinals else []
    known = kb_series(key)
    named = [r for rows in read.values() for r in rows] or _any_rows(conn, key)
    return SeriesView(
        series=known.name if known else Counter(r.name for r in named).most_common(1)[0][0],
        id=f"series:{key}",
        forum=known.forum if known else named[0].forum,
        cadence=known.cadence if known else None,
        meetings=placed,
        gaps=gaps,
        unplaced_mentions=len(unplaced) + len(views) - len(placed),
        sources_read=SOURCES_READ,
    )


@dataclass(frozen=True, slots=True)
class _Span:
    """The rows of one meeting key with the same ordinal and dates: what cluster needs."""

    series: str
    meeting_key: str
    ordinal: int | None
    start: str | None
    end: str | None
    pages: int
    main: int


def _kept(corrections: Corrections | None) -> ColumnElement[bool]:
    """SQL: the meetings rows no split takes out of their meeting (as `keeps` says)."""
    c = meetings.c
    fixes = corrections or NO_CORRECTIONS
    keys = {e for e, _ in fixes.splits} | set(fixes.merges)
    return unsplit(c.meeting_key, c.document_id, sorted(keys), corrections)


def _spans_query(key: str, kept: ColumnElement[bool]) -> Select:
    c = meetings.c
    main = func.max(case((c.role == "main", 1), else_=0))
    end = func.coalesce(c.end, c.start)
    return (
        select(c.meeting_key, c.ordinal, c.start, end, func.count(c.document_id.distinct()), main)
        .where(c.series == key, kept)
        .group_by(c.meeting_key, c.ordinal, c.start, end)
    )


def _sample_rows(
    conn: Connection, key: str, keys: list[str], kept: ColumnElement[bool]
) -> dict[str, list[Any]]:
    """meeting key -> at most SOURCES_READ of its rows (rows_query), reported ones first."""
    c = meetings.c
    order = (case((c.role == "main", 0), else_=1), c.document_id, c.idx)
    rank = func.row_number().over(partition_by=c.meeting_key, order_by=order).label("rank")
    ranked = select(c.document_id, c.idx, rank).where(
        c.series == key, c.meeting_key.in_(keys), kept
    )
    top = ranked.subquery()
    on = and_(top.c.document_id == c.document_id, top.c.idx == c.idx)
    stmt = rows_query().join(top, on).where(top.c.rank <= SOURCES_READ).order_by(top.c.rank)
    found: dict[str, list[Any]] = {}
    for row in conn.execute(stmt) if keys else []:
        found.setdefault(row.meeting_key, []).append(row)
    return found


def _any_rows(conn: Connection, key: str) -> list[Any]:
    return list(conn.execute(rows_query().where(meetings.c.series == key).limit(SOURCES_READ)))


def _summary(
    conn: Connection,
    series: str,
    key: str,
    spans: list[_Span],
    read: dict[str, list[Any]],
    kept: ColumnElement[bool],
    corrections: Corrections | None,
) -> MeetingSummary:
    """summary() over the rows read, with the pages counted over all of the meeting's rows."""
    keys = sorted({s.meeting_key for s in spans})
    rows = sorted((r for k in keys for r in read.get(k, [])), key=lambda r: r.role != "main")
    return replace(
        summary(conn, key, rows, corrections),
        role="main" if any(s.main for s in spans) else "mentioned",
        sources=spans[0].pages if len(spans) == 1 else _pages(conn, series, keys, kept),
        source_ids=list(dict.fromkeys(r.document_id for r in rows))[:SOURCES_READ],
    )


def _pages(conn: Connection, series: str, keys: list[str], kept: ColumnElement[bool]) -> int:
    """Distinct pages naming any of the keys (a meeting joined from several keys or dates)."""
    c = meetings.c
    stmt = select(func.count(c.document_id.distinct())).where(
        c.series == series, c.meeting_key.in_(keys), kept
    )
    return conn.execute(stmt).scalar_one()


def _unplaced(rows: list[_Span]) -> bool:
    """No page gives the meeting an ordinal or a date: it has no place in the series' order."""
    return all(r.ordinal is None and r.start is None for r in rows)


def _reported(rows: list[_Span]) -> bool:
    """A page reports the meeting (not only names it): it stays in the series, placed by
    the year inferred for it."""
    return any(r.main for r in rows)


def _in_order(view: MeetingSummary) -> tuple[bool, int, bool, int, str]:
    """By year (given or inferred), then ordinal, then start: an undated meeting takes the
    place of its inferred year, an unnumbered one the place of its year."""
    year, ordinal = view.year, view.ordinal
    return (year is None, year or 0, ordinal is None, ordinal or 0, view.start or "")


def _infer_within(key: str, views: list[MeetingSummary]) -> list[MeetingSummary]:
    """The views with the years still missing inferred from the other numbered meetings of
    the series (annual ones)."""
    known = [(v.ordinal, v.year) for v in views if v.ordinal and v.start and v.year is not None]
    found: list[MeetingSummary] = []
    for v in views:
        found_year = None
        if v.year is None and v.ordinal is not None:
            found_year = infer_year(key, v.ordinal, known)
        if found_year is not None and isinstance(found_year[0], int):
            marks = dict(v.provenance)
            if marks.get("year") != "corrected":
                marks["year"] = "inferred"
            year, why = found_year[0], found_year[1]
            v = replace(v, year=year, inferred=v.inferred | {"year": why}, provenance=marks)
        found.append(v)
    return found
