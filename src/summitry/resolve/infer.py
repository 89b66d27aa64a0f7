"""Values a page leaves out, inferred from other pages and the knowledge base, with the reason.

Year: from the reporting page's date; else by ordinal arithmetic within an annual series
(a 22nd held in 2019 makes the 23rd 2020); else from a rotation table where the host is
known and only one year fits. Host country: from the rotation table for the year.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from summitry.kb.load import load_kb
from summitry.kb.model import Series
from summitry.resolve.keys import slug

__all__ = ["Inferred", "infer_host", "infer_year", "kb_series", "ordinal_text", "rotation_for"]

Inferred = tuple[object, str]  # (value, why)


def ordinal_text(n: int) -> str:
    """23 -> '23rd', 11 -> '11th'."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


@functools.cache
def _series_by_slug() -> dict[str, Series]:
    return {slug(s.name): s for s in load_kb().series}


def kb_series(series: str) -> Series | None:
    """The kb series behind a series slug, if the kb knows it."""
    return _series_by_slug().get(series)


def rotation_for(forum: str | None) -> str | None:
    """Which rotations.yaml table names the chair of a forum's meetings."""
    if not forum:
        return None
    kb = load_kb()
    if forum == "APEC":
        return "apec_host"
    if forum in ("G20", "G7"):
        return f"{forum.lower()}_presidency"
    if forum == "ASEAN" or (kb.forums.get(forum) and kb.forums[forum].parent == "ASEAN"):
        return "asean_chair"
    return None


def infer_year(
    series: str,
    ordinal: int | None,
    known: Iterable[tuple[int, int]],
    published: str | None = None,
    forum: str | None = None,
    host: str | None = None,
) -> Inferred | None:
    """The year of a meeting whose dates are missing, and why; None where nothing tells."""
    if published and published[:4].isdigit():
        return int(published[:4]), f"page published {published}"
    by_ordinal = _from_ordinals(series, ordinal, known)
    if by_ordinal is not None:
        return by_ordinal
    return _from_rotation(forum, host)


def _from_ordinals(
    series: str, ordinal: int | None, known: Iterable[tuple[int, int]]
) -> Inferred | None:
    """Nearest numbered meeting of the same annual series with a known year."""
    found = kb_series(series)
    if ordinal is None or found is None or found.cadence != "annual":
        return None
    nearest = sorted(set(known), key=lambda k: (abs(k[0] - ordinal), -k[0]))
    nearest = [k for k in nearest if k[0] != ordinal]
    if not nearest:
        return None
    n, year = nearest[0]
    return year + (ordinal - n), f"{ordinal_text(n)} held in {year}; annual series"


def _from_rotation(forum: str | None, host: str | None) -> Inferred | None:
    """The one year a rotation table gives this host the chair."""
    table = rotation_for(forum)
    if table is None or not host:
        return None
    years = sorted(y for y, code in load_kb().rotations.get(table, {}).items() if code == host)
    if len(years) != 1:
        return None
    return years[0], f"{host} held the {table.replace('_', ' ')} only in {years[0]} (kb rotations)"


def infer_host(forum: str | None, year: int | None) -> Inferred | None:
    """The chair's country for a forum's meeting in a year, from the rotation tables."""
    table = rotation_for(forum)
    if table is None or year is None:
        return None
    code = load_kb().rotations.get(table, {}).get(year)
    if code is None:
        return None
    return code, f"{table.replace('_', ' ')} {year}: {code} (kb rotations)"
