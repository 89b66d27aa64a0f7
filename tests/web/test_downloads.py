"""The download links of the search and timeline pages in headless Chromium: each carries the
page's query, filters and order, and the file lists every match or item."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from tests.web.conftest import screenshot


def _download(page: Any, name: str) -> Any:
    with page.expect_download() as download:
        page.locator(".downloads").get_by_role("link", name=name).click()
    return download.value


def _rows(download: Any) -> list[dict[str, str]]:
    text = download.path().read_text("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def test_search_download_carries_the_query_and_facets(page: Any) -> None:
    page.goto("/search?q=APEC")
    facets = page.get_by_role("complementary", name="Narrow by")
    facets.get_by_role("link", name="2023").click()
    page.wait_for_url("**year=2023*")
    shown = page.locator("ol.hits li").count()
    saved = _download(page, "CSV")
    assert saved.suggested_filename == "search.csv"
    rows = _rows(saved)
    assert len(rows) == shown == 2
    assert [r["published"] for r in rows] == ["2023-11-17", "2023-11-17"]
    assert all("«APEC»" in r["snippet"] or "APEC" in r["title"] for r in rows)
    screenshot(page, "search-download")


def test_search_download_keeps_the_order_chosen(page: Any) -> None:
    page.goto("/search?q=the&sort=date")
    assert page.locator("ol.hits li").count() == 18  # every stored page, on one page of 20
    saved = _download(page, "NDJSON")
    assert saved.suggested_filename == "search.ndjson"
    lines = [json.loads(line) for line in saved.path().read_text("utf-8").splitlines()]
    days = [r["published"] for r in lines if r["published"]]
    assert len(lines) == 18 and days == sorted(days)
    shown = page.locator("ol.hits li .meta").first.inner_text()
    assert shown.startswith(lines[0]["published"])


def test_timeline_download_carries_the_term_and_filters(page: Any) -> None:
    page.goto("/timeline?term=FTAAP")
    page.get_by_label("Said by").fill("KOR")
    page.get_by_label("Said by").press("Enter")
    page.wait_for_url("**actor=KOR*")
    shown = page.locator("table tbody tr").count()
    saved = _download(page, "CSV")
    assert saved.suggested_filename == "timeline.csv"
    rows = _rows(saved)
    assert len(rows) == shown == 3
    assert {(r["date"], r["kind"], r["speaker"]) for r in rows} == {
        ("2024-11-14", "statement", "Cheong Inkyo")
    }
    assert all(r["citation"] and "FTAAP" in r["text"] for r in rows)
    screenshot(page, "timeline-download")
