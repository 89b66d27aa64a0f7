"""Finding exactly in Chromium: search operators, facets by name and chips that remove them,
the filter forms of the meetings, commitments and timeline pages, and /docs' "Try it";
over a server of the example pages."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from summitry.store import open_store
from tests.serving import running
from tests.web.conftest import lent, open_tab, screenshot

SAN_FRANCISCO = "APEC Leaders Issue Golden Gate Declaration in San Francisco"
GYEONGJU = (
    "APEC Economic Leaders’ Meeting Concludes in Gyeongju with Adoption of Gyeongju Declaration"
)


@pytest.fixture(scope="module")
def examples_url(demo: str) -> Iterator[str]:
    """The app over the example pages as `make demo` stores them (it only reads them)."""
    with open_store(demo) as store, running(store, token=None) as url:
        yield url


@pytest.fixture(scope="module")
def examples_tab(browser: Any, examples_url: str) -> Iterator[Any]:
    tab = open_tab(browser, examples_url)
    yield tab
    tab.context.close()


@pytest.fixture
def tab(examples_tab: Any) -> Iterator[Any]:
    with lent(examples_tab) as lent_tab:
        yield lent_tab


def hits(tab: Any) -> list[str]:
    return tab.locator("ol.hits a.hit-title").all_inner_texts()


def chips(tab: Any) -> list[str]:
    return [t.replace("×", "").strip() for t in tab.locator("li.chip").all_inner_texts()]


def test_search_or_then_facets_by_name_removed_one_by_one(tab: Any) -> None:
    tab.goto("/search")
    help_line = tab.locator("#q-help")
    assert "FTAAP OR Putrajaya" in help_line.inner_text() and "-Putrajaya" in help_line.inner_text()
    box = tab.get_by_role("searchbox", name="Words to find")
    box.fill("FTAAP OR Putrajaya")
    box.press("Enter")
    tab.wait_for_url("**/search?q=FTAAP+OR+Putrajaya*")
    assert len(hits(tab)) == 4
    facets = tab.get_by_role("complementary", name="Narrow by")
    assert facets.get_by_role("link", name="KOR", exact=True).count() == 0
    facets.get_by_role("link", name="Korea", exact=True).click()
    tab.wait_for_url("**country=KOR*")
    assert hits(tab) == [GYEONGJU] and chips(tab) == ["Country: Korea"]
    facets.get_by_role("link", name="United States", exact=True).click()  # either country
    tab.wait_for_url("**country=USA*")
    assert chips(tab) == ["Country: Korea", "Country: United States"]
    assert len(hits(tab)) == 3
    screenshot(tab, "search-chips")
    tab.get_by_role("link", name="Remove country Korea").click()
    tab.wait_for_url(lambda url: "KOR" not in url)
    assert chips(tab) == ["Country: United States"] and SAN_FRANCISCO in hits(tab)
    assert len(hits(tab)) == 2


def test_clear_all_removes_every_filter(tab: Any) -> None:
    """'clear all' leads to the search without its filters (the template reads the filter
    view's `clear` by key: as an attribute of a dict it is the dict's method)."""
    tab.goto("/search?q=FTAAP+OR+Putrajaya&country=KOR&country=USA")
    assert chips(tab) == ["Country: Korea", "Country: United States"]
    tab.get_by_role("link", name="clear all").click()
    tab.wait_for_url(lambda url: "country" not in url)
    assert tab.url.endswith("/search?q=FTAAP+OR+Putrajaya")
    assert chips(tab) == [] and len(hits(tab)) == 4


def test_search_phrase_dates_and_order(tab: Any) -> None:
    tab.goto('/search?q="Asia+East+Summit"')
    assert (
        tab.get_by_role("heading", level=2).first.inner_text()
        == '0 results for “"Asia East Summit"”'
    )
    tab.goto("/search?q=APEC")
    form = tab.get_by_role("form", name="Filters")
    form.get_by_label("From").fill("2023")
    form.get_by_label("Order").select_option("-date")
    form.get_by_role("button", name="Filter").click()
    tab.wait_for_url("**from=2023*")
    published = tab.locator("ol.hits .meta").all_inner_texts()
    assert [p.split(" · ")[0] for p in published] == ["2025-11-01", "2023-11-17", "2023-11-17"]
    assert chips(tab) == ["From: 2023"]
    tab.goto("/search?q=-APEC")
    assert tab.get_by_role("alert").inner_text() == (
        "'-APEC' only leaves words out; add a word to look for"
    )


def meeting_rows(tab: Any) -> list[str]:
    return tab.locator("table tbody th a").all_inner_texts()


def test_meetings_filter_form_adds_values_and_chips_remove_them(tab: Any) -> None:
    tab.goto("/meetings")
    form = tab.get_by_role("form", name="Filters")
    form.get_by_label("Forum").fill("ASEAN")
    form.get_by_role("button", name="Filter").click()
    tab.wait_for_url("**forum=ASEAN*")
    assert meeting_rows(tab) == [
        "43rd ASEAN Summit",
        "56th ASEAN Foreign Ministers' Meeting",
        "ASEAN Post Ministerial Conference",
    ]
    form.get_by_label("Forum").fill("APEC")  # a second forum: either
    form.get_by_role("button", name="Filter").click()
    tab.wait_for_url("**forum=APEC*")
    assert chips(tab) == ["Forum: ASEAN", "Forum: APEC"] and len(meeting_rows(tab)) == 7
    tab.get_by_role("link", name="Remove forum ASEAN").click()
    tab.wait_for_url(lambda url: "ASEAN" not in url)
    assert meeting_rows(tab) == [
        "32nd APEC Economic Leaders' Meeting",
        "30th APEC Economic Leaders' Meeting",
        "29th APEC Economic Leaders' Meeting",
        "APEC Ministers Responsible for Trade Meeting",
    ]
    screenshot(tab, "meetings-filtered")


def test_commitments_and_timeline_filters(tab: Any) -> None:
    tab.goto("/commitments?actor=KOR&forum=ASEAN&from=2020")
    assert chips(tab) == ["Actor: Korea", "Forum: ASEAN", "From: 2020"]
    assert tab.locator(".card .who strong").all_inner_texts() == ["Cho Tae-yul", "Korea"]
    tab.goto("/timeline?term=FTAAP")
    assert tab.locator("table tbody tr").count() == 4  # one per page: APEC's statement
    form = tab.get_by_role("form", name="Filters")
    form.get_by_label("Said by").fill("APEC")
    form.get_by_label("From").fill("2023")
    form.get_by_role("button", name="Filter").click()
    tab.wait_for_url("**actor=APEC*")
    dates = tab.locator("table tbody tr td:first-child").all_inner_texts()
    assert dates == ["2023-11-16", "2025-10-31"]
    assert tab.locator("#term").input_value() == "FTAAP"


def test_docs_try_it(tab: Any) -> None:
    tab.goto("/docs")
    section = tab.locator("section.endpoint", has=tab.locator("h2#get-api-meetings"))
    section.locator("summary").click()
    form = section.get_by_role("form", name="Try GET /api/meetings")
    form.get_by_label("forum", exact=True).fill("ASEAN")  # the others left empty
    form.get_by_role("button", name="Send").click()
    result = section.locator("output.try-result")
    result.filter(has_text="200").wait_for()
    text = result.inner_text()
    assert text.startswith("GET /api/meetings?")
    assert '"total": 3' in text and "43rd ASEAN Summit" in text
    country = tab.locator("section.endpoint", has=tab.locator("h2#get-api-countries-code"))
    country.locator("summary").click()
    country.get_by_role("button", name="Send").click()  # the example code, KOR
    country.locator("output.try-result").filter(has_text="200").wait_for()
    assert '"name": "Korea"' in country.locator("output.try-result").inner_text()
    screenshot(tab, "docs-try-it")
