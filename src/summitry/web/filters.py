"""The filters of the UI's list pages, read from the URL: the Filters they mean, the chips
that show each active value with a link that removes it, and links that add a value.

A facet may be given several times (forum=ASEAN&forum=APEC: either forum); the forms add a
value, a chip removes one.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import HTTPException, Request

from summitry.app.search import facet_label
from summitry.store.filters import FilterError, Filters

__all__ = ["REPEATABLE", "filter_view", "filters_from", "values_of"]

REPEATABLE = ("forum", "level", "year", "country", "publisher", "site", "series", "actor")
NAMES = {
    "forum": "Forum",
    "level": "Level",
    "year": "Year",
    "country": "Country",
    "publisher": "Publisher",
    "site": "Site",
    "series": "Series",
    "actor": "Actor",
    "from": "From",
    "to": "To",
}
MAX_CHARS = 300
_OWN = ("from", "to", "sort")  # the filter form's own fields


def values_of(request: Request, name: str) -> tuple[str, ...]:
    """Every non-blank value of a query parameter, in order, each once."""
    given = [v.strip()[:MAX_CHARS] for v in request.query_params.getlist(name)]
    return tuple(dict.fromkeys(v for v in given if v))


def filters_from(request: Request, names: tuple[str, ...]) -> Filters:
    """The Filters the URL gives for these parameter names; a bad value is a 400 page."""
    given: dict[str, Any] = {n: values_of(request, n) for n in names if n in REPEATABLE}
    if "from" in names:
        given["since"] = next(iter(values_of(request, "from")), None)
    if "to" in names:
        given["until"] = next(iter(values_of(request, "to")), None)
    given.pop("year", None)
    given.pop("publisher", None)
    given.pop("site", None)
    try:
        return Filters.of(**given)
    except FilterError as exc:
        raise HTTPException(400, str(exc)) from None


def _url(path: str, pairs: list[tuple[str, str]]) -> str:
    return f"{path}?{urlencode(pairs)}" if pairs else path


def filter_view(
    request: Request, names: tuple[str, ...], keep: tuple[str, ...] = ()
) -> dict[str, Any]:
    """What a page's filter form and chips need: `chips` (name, label, remove link),
    `hidden` (the values the filter form carries on), `box` (those the page's query box
    carries on), `single` (from, to, sort), `clear` (the page without filters), `extra` (the
    query for pager links) and `add(name, value)`, a link that adds a value of a facet."""
    path = request.url.path
    pairs = [(k, v.strip()[:MAX_CHARS]) for k, v in request.query_params.multi_items()]
    pairs = list(dict.fromkeys((k, v) for k, v in pairs if v))
    kept = [(k, v) for k, v in pairs if k in keep]
    active = [(k, v) for k, v in pairs if k in names]
    chips = []
    for k, v in active:
        rest = [p for p in active if p != (k, v)]
        label = facet_label("country" if k == "actor" else k, v) if k in REPEATABLE else v
        name = NAMES.get(k, k)
        chips.append({"name": name, "label": label, "remove": _url(path, kept + rest)})

    def add(name: str, value: str) -> str:
        wanted = (name, value)
        return _url(path, kept + active + ([wanted] if wanted not in active else []))

    carried = [(k, v) for k, v in kept if k not in _OWN]
    return {
        "chips": chips,
        "hidden": carried + [(k, v) for k, v in active if k in REPEATABLE],
        "box": [(k, v) for k, v in kept + active if k not in ("q", "term")],
        "single": {k: v for k, v in pairs if k in _OWN},
        "clear": _url(path, [(k, v) for k, v in kept if k != "sort"]),
        "add": add,
        "chosen": set(active),
        "extra": "&" + urlencode(kept + active) if kept or active else "",
    }
