"""Each reported meeting's place in time (the meeting_dates table), kept as pages arrive.

A meeting is placed by the best evidence any of its rows gives, as `rank` (lower is better):
0 the earliest start a reporting page gives, 1 the earliest start another page gives, 2 the
year of the earliest reporting page ('YYYY'), 3 a year inferred by ordinals within an annual
series or from a rotation table (resolve.infer), 4 nothing (day NULL). These are the values
the meeting's own view shows (query.meeting_view), the earliest where pages disagree. A
start set by a correction of the meeting itself (`meeting:KEY`, field start) outranks them
all, as rank -1.

Ranks 0 to 2 come from the meeting's own rows, so a page arriving later only lowers them:
min(stored, the new rows'). Rank 3 depends on other meetings of the series: when a row dates
a numbered meeting, the undated neighbours within ORDINAL_WINDOW (rank 3 or 4) are placed
again. A page replaced or corrected places its old meetings again from what rows remain.
"""

from __future__ import annotations

import functools
import json
from collections import Counter
from collections.abc import Iterable
from typing import Any

from sqlalchemy import BindParameter, Connection, bindparam, select

from summitry.resolve.infer import infer_year
from summitry.resolve.keys import meeting_key
from summitry.store.schema import corrections, documents, meeting_dates, meetings

__all__ = [
    "ORDINAL_WINDOW",
    "known_years",
    "page_keys",
    "place_again",
    "place_corrected",
    "place_meetings",
]

ORDINAL_WINDOW = 10  # numbered meetings either side whose years an undated one is inferred from
CHUNK = 500  # keys per IN list
Place = tuple[int, str | None]  # (rank, day)
NOTHING: Place = (4, None)


def known_years(conn: Connection, series: str, ordinal: int) -> list[tuple[int, int]]:
    """(ordinal, year) of dated meetings of the series near this ordinal (an index range)."""
    stmt = select(meetings.c.ordinal, meetings.c.year).where(
        meetings.c.series == series,
        meetings.c.ordinal.between(ordinal - ORDINAL_WINDOW, ordinal + ORDINAL_WINDOW),
        meetings.c.year.is_not(None),
    )
    return [(o, y) for o, y in conn.execute(stmt.distinct())]


def _year(published: str | None) -> str | None:
    return published[:4] if published and published[:4].isdigit() else None


def _own(row: Any, published: str | None) -> Place | None:
    """What one meetings row tells of its meeting's place by itself (ranks 0 to 2)."""
    main = row["role"] == "main"
    if row["start"]:
        return (0 if main else 1, row["start"])
    year = _year(published) if main else None
    return (2, year) if year else None


# built once: an IN list of plain values would be coerced value by value on every write
_KEYS: BindParameter[list[str]] = bindparam("keys", expanding=True)
_STORED = select(meeting_dates.c.meeting_key, meeting_dates.c.rank, meeting_dates.c.day).where(
    meeting_dates.c.meeting_key.in_(_KEYS)
)
_UNPLACE = meeting_dates.delete().where(meeting_dates.c.meeting_key.in_(_KEYS))
_ROWS = (
    select(
        meetings.c.meeting_key,
        meetings.c.role,
        meetings.c.start,
        meetings.c.ordinal,
        meetings.c.series,
        meetings.c.forum,
        meetings.c.country,
        documents.c.published,
    )  # fmt: skip
    .join(documents, documents.c.id == meetings.c.document_id)
    .where(meetings.c.meeting_key.in_(_KEYS))
)


_STARTS_SET = (
    select(corrections.c.target, corrections.c.value)
    .where(
        corrections.c.target.in_(_KEYS),
        corrections.c.action == "set",
        corrections.c.field == "start",
    )
    .order_by(corrections.c.id)
)


def _starts_set(conn: Connection, keys: list[str]) -> dict[str, str]:
    """The start a correction of the meeting sets, by key (the latest correction wins)."""
    found: dict[str, str] = {}
    for key, value in conn.execute(_STARTS_SET, {"keys": keys}):
        day = json.loads(value) if value else None
        if isinstance(day, str) and day:
            found[key] = day
    return found


def place_corrected(conn: Connection, target: str) -> None:
    """A correction of a meeting's start was saved or removed: place the meeting again."""
    if target.startswith("meeting:"):
        place_again(conn, [target])


def _stored(conn: Connection, keys: list[str]) -> dict[str, Place]:
    """The stored place of each of these keys that has one. On SQLite the statement goes
    to the driver with its own IN list: every page written asks this of about 20 keys (a
    dated meeting's neighbours), and SQLAlchemy's expanding of them cost more than the
    query."""
    found: dict[str, Place] = {}
    for at in range(0, len(keys), CHUNK):
        part = keys[at : at + CHUNK]
        if conn.dialect.name == "sqlite":
            rows = conn.exec_driver_sql(_stored_sql(len(part)), tuple(part))
        else:
            rows = conn.execute(_STORED, {"keys": part})
        found.update({k: (rank, day) for k, rank, day in rows})
    return found


@functools.lru_cache(maxsize=64)
def _stored_sql(count: int) -> str:
    """_STORED for `count` keys, as SQLite is sent it."""
    return (
        f"SELECT meeting_key, rank, day FROM {meeting_dates.name} "
        f"WHERE meeting_key IN ({', '.join('?' * count)})"
    )


def place_meetings(
    conn: Connection, rows: list[dict[str, Any]], published: dict[str, str | None]
) -> None:
    """Place the meetings of meetings rows just inserted (published: page id -> its date):
    a meeting newly reported is placed from all its rows, a placed one moves only to better
    evidence, and undated neighbours of a meeting these rows date are placed again. One
    query reads what is stored of them all."""
    if not rows:
        return
    keys = {r["meeting_key"] for r in rows}
    near = _neighbours(rows) - keys
    stored = _stored(conn, sorted(keys | near))
    reported = {r["meeting_key"] for r in rows if r["role"] == "main"}
    again = [k for k in sorted(keys) if k not in stored and k in reported]
    again += [k for k in sorted(near) if k in stored and stored[k][0] >= 3]
    for key in sorted(k for k in keys if k in stored):
        found = [_own(r, published.get(r["document_id"])) for r in rows if r["meeting_key"] == key]
        best = min((p for p in found if p is not None), default=None)
        if best is not None and best < stored[key]:
            update = meeting_dates.update().where(meeting_dates.c.meeting_key == key)
            conn.execute(update.values(rank=best[0], day=best[1]))
    if again:
        place_again(conn, again)


def _neighbours(rows: list[dict[str, Any]]) -> set[str]:
    """The keys of the numbered meetings within ORDINAL_WINDOW of one these rows date: an
    undated one among them may now be inferred (or better)."""
    near: set[str] = set()
    for r in rows:
        if r["start"] and r["ordinal"] is not None:
            ordinals = range(r["ordinal"] - ORDINAL_WINDOW, r["ordinal"] + ORDINAL_WINDOW + 1)
            near |= {meeting_key(r["series"], n, None, "") for n in ordinals if n != r["ordinal"]}
    return near


def page_keys(conn: Connection, doc_id: str) -> list[str]:
    """The meeting keys of a page's meetings rows: what to place again once it is rewritten."""
    stmt = select(meetings.c.meeting_key).where(meetings.c.document_id == doc_id)
    return sorted(set(conn.execute(stmt).scalars()))


def place_again(conn: Connection, keys: Iterable[str]) -> None:
    """Place these meetings from every row they have now (none reported: no place)."""
    keys = sorted(set(keys))
    for at in range(0, len(keys), CHUNK):
        part = {"keys": keys[at : at + CHUNK]}
        conn.execute(_UNPLACE, part)
        grouped: dict[str, list[Any]] = {}
        for row in conn.execute(_ROWS, part):
            grouped.setdefault(row.meeting_key, []).append(row._mapping)
        corrected = _starts_set(conn, part["keys"])
        placed = [
            {"meeting_key": key, "rank": rank, "day": day}
            for key, found in grouped.items()
            if any(r["role"] == "main" for r in found)
            for rank, day in [(-1, corrected[key]) if key in corrected else _place(conn, found)]
        ]
        if placed:
            conn.execute(meeting_dates.insert(), placed)


def _place(conn: Connection, rows: list[Any]) -> Place:
    """A meeting's place from all its rows: their own evidence, else a year inferred."""
    own = [p for r in rows if (p := _own(r, r["published"])) is not None]
    if own:
        return min(own)
    first = rows[0]
    main = [r for r in rows if r["role"] == "main"] or rows
    forum = _common(r["forum"] for r in main)
    host = _common(r["country"] for r in main)
    known = known_years(conn, first["series"], first["ordinal"]) if first["ordinal"] else []
    found = infer_year(first["series"], first["ordinal"], known, None, forum, host)
    return (3, str(found[0])) if found is not None else NOTHING


def _common(values: Iterable[str | None]) -> str | None:
    counted = Counter(v for v in values if v)
    return counted.most_common(1)[0][0] if counted else None
