"""A search as the API and the web UI serve it: its filters, one page of ranked hits and the
facet counts, and the names facet values are shown by."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

from summitry.app.cache import cached
from summitry.app.scopes import version
from summitry.kb.load import load_kb
from summitry.query.results import FacetCount, SearchPage
from summitry.store import Store

__all__ = ["FACETS", "SEARCH_POOL", "SearchFilters", "facet_counts", "facet_label", "search_page"]

FACETS = ("forum", "level", "year", "country", "publisher")
SEARCH_POOL = 500  # hits ranked before facets and paging; deeper pages are not served


@dataclass(frozen=True, slots=True)
class SearchFilters:
    """What a search is narrowed to: facet values (several of one facet: any of them), the
    series of a meeting the page names, actors speaking or named on it, published dates,
    and the order of the hits."""

    forum: tuple[str, ...] = ()
    level: tuple[str, ...] = ()
    year: tuple[str, ...] = ()
    country: tuple[str, ...] = ()
    publisher: tuple[str, ...] = ()
    site: tuple[str, ...] = ()
    series: tuple[str, ...] = ()
    actor: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    sort: str = "relevance"

    def active(self) -> dict[str, Any]:
        """The filters given (not the sort), by parameter name ('from', 'to' for dates)."""
        given = {k: v for k, v in asdict(self).items() if v and k != "sort"}
        return {_PARAM.get(k, k): v for k, v in given.items()}

    def pairs(self) -> list[tuple[str, str]]:
        """(parameter, value) of every filter value, for links and hidden form fields."""
        found: list[tuple[str, str]] = []
        for name, given in self.active().items():
            found += [(name, v) for v in (given if isinstance(given, tuple) else (given,))]
        return found


_PARAM = {"since": "from", "until": "to"}


def facet_label(name: str, value: str) -> str:
    """The name a facet value is shown by: 'KOR' -> 'Korea', 'senior_officials' ->
    'senior officials'; other values as they are."""
    kb = load_kb()
    if name == "country":
        known = kb.countries.get(value.upper())
        if known is not None:
            return known.name
        org = kb.organizations.get(value)
        return org.name if org is not None else value
    return value.replace("_", " ") if name == "level" else value


@cached(version)
def search_page(
    store: Store, q: str, filters: SearchFilters, limit: int, offset: int
) -> SearchPage:
    """Ranked hits narrowed by facet filters, one page of them, and facet counts: those of a
    facet that narrows the hits are counted without it, so that its other values can be
    added (either value)."""
    given = {k: v for k, v in asdict(filters).items() if k not in ("since", "until", "sort")}

    def run(limit: int, **facets: Any) -> Any:
        return store.search(
            q, limit, **facets, since=filters.since, until=filters.until, sort=filters.sort
        )

    found = run(min(offset + limit, SEARCH_POOL), **given)
    counted = dict(found.facets)
    for name in FACETS:  # a chosen facet counts its values as if it were not chosen
        if given.get(name):
            counted[name] = run(0, **{**given, name: ()}, snippets=False).facets.get(name, [])
    return SearchPage(
        query=q,
        items=found.hits[offset : offset + limit],
        total=found.total,
        total_exact=found.total_exact,
        served=min(found.total, SEARCH_POOL),
        facets={name: facet_counts(name, pairs) for name, pairs in counted.items()},
    )


def facet_counts(name: str, pairs: Iterable[tuple[str, int]]) -> list[FacetCount]:
    """A facet's (value, count) pairs with the names the values are shown by."""
    return [FacetCount(value, facet_label(name, value), count) for value, count in pairs]
