"""A meeting series in order: every meeting of it across pages, the ordinals missing, years
inferred where a page leaves them out."""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import Connection, select

from summitry.kb.load import load_kb
from summitry.query.common import name_words
from summitry.query.meeting_view import summary
from summitry.resolve.corrections import Corrections, canonical, keeps
from summitry.resolve.infer import infer_year, kb_series
from summitry.resolve.keys import slug
from summitry.resolve.meetings import cluster
from summitry.store.schema import meeting_refs

__all__ = ["series_slug_for", "series_view"]


def series_slug_for(conn: Connection, name: str) -> str | None:
    """'series:<slug>', a kb series name or alias, else the series most rows matching name have."""
    if name.startswith("series:"):
        return name.removeprefix("series:")
    known = load_kb().series_for(name.strip())
    if known is not None:
        return slug(known.name)
    exact = select(meeting_refs.c.series).where(meeting_refs.c.series == slug(name)).limit(1)
    if (found := conn.execute(exact).scalar()) is not None:
        return found
    from summitry.query.meeting_find import series_named

    named = series_named(conn, name_words(name))
    return named[0] if named else None


def series_view(
    conn: Connection, name: str, corrections: Corrections | None = None
) -> dict[str, Any] | None:
    """{series, id, forum, cadence, meetings: [summary...] in order, gaps, unplaced_mentions}."""
    from summitry.query.meeting_find import rows_query

    key = series_slug_for(conn, name)
    if key is None:
        return None
    rows = list(conn.execute(rows_query().where(meeting_refs.c.series == key)))
    rows = [r for r in rows if keeps(r.meeting_key, r.document_id, corrections)]
    if not rows:
        return None
    groups: dict[str, list[Any]] = {}
    for k, members in cluster(rows).items():
        groups.setdefault(canonical(k, corrections), []).extend(members)
    fixed = corrections.fields if corrections is not None else {}
    unplaced = [k for k, rs in groups.items() if _unplaced(rs) and k not in fixed]
    views = [summary(conn, k, rs, corrections) for k, rs in groups.items() if k not in unplaced]
    _infer_within(key, views)
    placed = [v for v in views if v["ordinal"] is not None or v["start"] is not None]
    placed.sort(key=lambda v: (v["ordinal"] is None, v["ordinal"] or 0, v["start"] or ""))
    ordinals = sorted({v["ordinal"] for v in placed if v["ordinal"] is not None})
    gaps = sorted(set(range(ordinals[0], ordinals[-1] + 1)) - set(ordinals)) if ordinals else []
    known = kb_series(key)
    return {
        "series": known.name if known else Counter(r.name for r in rows).most_common(1)[0][0],
        "id": f"series:{key}",
        "forum": known.forum if known else rows[0].forum,
        "cadence": known.cadence if known else None,
        "meetings": placed,
        "gaps": gaps,
        "unplaced_mentions": len(unplaced) + len(views) - len(placed),
    }


def _unplaced(rows: list[Any]) -> bool:
    """No page gives the meeting an ordinal or a date: it has no place in the series' order."""
    return all(r.ordinal is None and r.start is None for r in rows)


def _infer_within(key: str, views: list[dict[str, Any]]) -> None:
    """Years still missing, from the other numbered meetings of the series (annual ones)."""
    known = [(v["ordinal"], v["year"]) for v in views if v["ordinal"] and v["start"]]
    for v in views:
        if v["year"] is None and v["ordinal"] is not None:
            found = infer_year(key, v["ordinal"], known)
            if found is not None:
                v["year"], v["inferred"]["year"] = found
