"""The web UI in headless Chromium: search, meetings, highlights, charts, keyboard, phone width.

Expected names come from the dev pages and their gold records.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.web.conftest import XSS_IMG, XSS_SCRIPT, XSS_TITLE, lent, open_tab, screenshot

AMM_TITLE = "2024 APEC Ministerial Meeting (AMM) Outcomes"
AMM_LABEL = "35th APEC Ministerial Meeting"


@pytest.fixture(scope="module")
def phone_tab(browser: Any, base_url: str) -> Iterator[Any]:
    tab = open_tab(browser, base_url, width=375, height=740)
    yield tab
    tab.context.close()


@pytest.fixture
def phone(phone_tab: Any) -> Iterator[Any]:
    """A phone-sized tab over the seeded server (the module's, lent to this test)."""
    with lent(phone_tab) as tab:
        yield tab


def _open_amm_meeting(page: Any) -> None:
    page.goto("/")
    page.get_by_role("link", name=AMM_LABEL).first.click()
    page.wait_for_url("**/meetings/*")


def test_search_shows_hits_and_facets(page: Any) -> None:
    page.goto("/")
    box = page.get_by_role("searchbox", name="Search 18 stored press releases")
    box.fill("FTAAP")
    box.press("Enter")
    page.wait_for_url("**/search?q=FTAAP*")
    results = page.locator("ol.hits li")
    assert results.count() >= 5
    page.get_by_role("link", name=AMM_TITLE).wait_for()
    assert page.locator(".snippet mark").first.inner_text() == "FTAAP"
    facets = page.get_by_role("complementary", name="Narrow by")
    facets.get_by_role("link", name="2024").click()
    page.wait_for_url("**year=2024*")
    assert page.locator("ol.hits li").count() == 1
    screenshot(page, "search")


def test_search_open_a_meeting_see_chairs_and_attendees(page: Any) -> None:
    page.goto("/search?q=Lima")
    page.get_by_role("link", name=AMM_TITLE).click()
    page.wait_for_url("**/documents/*")
    page.locator(".facts").get_by_role("link", name=AMM_LABEL).click()
    page.wait_for_url("**/meetings/*")
    assert page.locator("h1").inner_text() == AMM_LABEL
    people = page.get_by_role("table").filter(has_text="Elmer Schialer")
    rows = {
        r.locator("th").inner_text(): r.locator("td").first.inner_text()
        for r in people.locator("tbody tr").all()
    }
    assert rows["Elmer Schialer"] == "chair" and rows["Desilú León"] == "chair"
    assert rows["Cho Tae-yul"] == "attendee" and rows["Cheong Inkyo"] == "attendee"
    assert "Empower, Include, Grow" in page.locator(".theme").inner_text()
    assert "Lima" in page.locator(".facts").inner_text()
    screenshot(page, "meeting")


def test_statements_filter_by_act(page: Any) -> None:
    _open_amm_meeting(page)
    shown = page.locator("li.statement .act").all_text_contents()
    assert len(set(shown)) >= 2  # the AMM page reports several acts
    least = min(set(shown), key=shown.count)
    page.get_by_label("Show act").select_option(least)  # the script submits on change
    page.wait_for_url(f"**act={least}*")
    acts = page.locator("li.statement .act").all_text_contents()
    assert acts == [least] * shown.count(least)


def test_document_page_highlights_every_kind(page: Any) -> None:
    page.goto("/")
    page.get_by_role("link", name=AMM_TITLE).first.click()
    page.wait_for_url("**/documents/*")
    marks = page.locator(".doc-text mark.hl")
    assert marks.count() >= 20
    kinds = set(page.eval_on_selector_all(".doc-text mark.hl", "ms => ms.map(m => m.dataset.kind)"))
    assert {"meeting", "person", "statement"} <= kinds
    chair = page.locator('.doc-text mark.hl-person:has-text("Elmer Schialer")')
    assert chair.count() >= 1 and chair.first.is_visible()
    side = page.get_by_role("complementary", name="Extracted items")
    link = side.get_by_role("link", name="Cho Tae-yul, Minister of Foreign Affairs").first
    target = link.get_attribute("href")
    link.click()
    page.wait_for_function(f"document.activeElement?.id === '{target[1:]}'")
    assert page.locator(target).inner_text() == "Cho"  # 'Foreign Minister Cho and ...'

    screenshot(page, "document")


@pytest.mark.parametrize("path", ["/initiatives/FTAAP", "/people/Cho Tae-yul", "/countries/KOR"])
def test_timeline_chart_renders_points(page: Any, path: str) -> None:
    page.goto(path)
    chart = page.locator("svg.chart")
    chart.wait_for(state="visible")
    box = chart.bounding_box()
    assert box["width"] > 300 and box["height"] > 80
    points = chart.locator("circle.point")
    assert points.count() >= 2
    counts = [int(c) for c in points.evaluate_all("ps => ps.map(p => p.dataset.count)")]
    assert all(c >= 1 for c in counts)
    assert points.first.is_visible()
    screenshot(page, "chart-" + path.strip("/").replace("/", "-").replace(" ", "_"))


def test_keyboard_reaches_skip_link_and_search_box(page: Any) -> None:
    page.goto("/documents")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Skip to content"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.goto("/documents")
    for _ in range(15):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.getAttribute('type')") == "search":
            break
    else:
        pytest.fail("the search box was not reached with Tab")
    page.keyboard.type("FTAAP")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=FTAAP*")


def test_landmarks_and_labels(page: Any) -> None:
    page.goto("/search?q=FTAAP")
    assert page.get_by_role("main").count() == 1
    assert page.get_by_role("navigation", name="Main").count() == 1
    assert page.get_by_role("banner").count() == 1 and page.get_by_role("contentinfo").count() == 1
    unlabelled = page.eval_on_selector_all(
        "input:not([type=hidden]), select",
        "els => els.filter(e => !e.labels || e.labels.length === 0).map(e => e.outerHTML)",
    )
    assert unlabelled == []


@pytest.mark.parametrize(
    "path", ["/", "/search?q=FTAAP", "/documents", "/commitments", "/initiatives/FTAAP"]
)
def test_phone_width_has_no_horizontal_scroll(phone: Any, path: str) -> None:
    phone.goto(path)
    widths = phone.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1], widths
    screenshot(phone, "phone-" + (path.strip("/").split("?")[0].replace("/", "-") or "home"))


def test_phone_width_meeting_and_document(phone: Any) -> None:
    _open_amm_meeting(phone)
    assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    screenshot(phone, "phone-meeting")
    phone.get_by_role("link", name=AMM_TITLE).click()
    phone.wait_for_url("**/documents/*")
    assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    screenshot(phone, "phone-document")


def test_xss_payloads_are_shown_as_text(page: Any) -> None:
    page.goto("/search?q=quorvan")
    hit = page.locator("ol.hits li").first
    assert XSS_SCRIPT in hit.inner_text()
    hit.locator("a.hit-title").click()
    page.wait_for_url("**/documents/*")
    assert page.locator("h1").inner_text() == XSS_TITLE
    text = page.locator(".doc-text").inner_text()
    assert XSS_SCRIPT in text and XSS_IMG in text
    assert page.locator(".doc-text mark.hl-person").inner_text() == "Zed Quorvan"
    assert page.locator("main img, main script").count() == 0
    page.goto("/")
    page.get_by_role("link", name=f"Quorvan Summit {XSS_IMG}").click()
    page.wait_for_url("**/meetings/*")
    assert XSS_IMG in page.locator("h1").inner_text()
    assert f"Zed Quorvan{XSS_SCRIPT}" in page.locator("table.people").inner_text()
    assert page.locator("main img, main script").count() == 0
    screenshot(page, "xss-meeting")
    assert page.dialogs == []


def test_pages_load_nothing_from_other_hosts(fresh_page: Any, base_url: str) -> None:
    page = fresh_page
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    for path in ("/", "/docs", "/search?q=APEC", "/initiatives/FTAAP", "/commitments"):
        response = page.goto(path)
        assert "script-src 'self'" in response.headers["content-security-policy"]
    assert requested and all(url.startswith(base_url) for url in requested), requested
    page.goto("/docs")
    listed = page.locator(".endpoint-index code").all_text_contents()
    assert "GET /api/search" in listed and "POST /api/documents" in listed and len(listed) == 16
    assert "GET /api/export/{kind}" in listed
    screenshot(page, "api-docs")


def test_commitments_board(page: Any) -> None:
    page.goto("/commitments")
    board = page.get_by_role("region", name="Open")
    assert board.locator("li.card").count() >= 3
    page.get_by_label("Actor").fill("KOR")
    page.get_by_label("Actor").press("Enter")
    page.wait_for_url("**actor=KOR*")
    assert page.locator("li.card").count() >= 1
    with page.expect_download() as download:
        page.locator(".downloads").get_by_role("link", name="CSV").click()
    lines = download.value.path().read_text("utf-8").splitlines()
    assert lines[0].startswith("when,actor,actor_country,what")
    assert len(lines) - 1 >= page.locator("li.card").count()
    assert all(",KOR," in line for line in lines[1:])
    screenshot(page, "commitments")


def test_documents_and_meetings_download(page: Any) -> None:
    for path, header in (("/documents", "id,published"), ("/meetings", "id,label,series")):
        page.goto(path)
        with page.expect_download() as download:
            page.locator(".downloads").get_by_role("link", name="NDJSON").click()
        assert download.value.suggested_filename.endswith(".ndjson")
        with page.expect_download() as download:
            page.locator(".downloads").get_by_role("link", name="CSV").click()
        assert download.value.path().read_text("utf-8").startswith(header)
