"""Every page of the UI over HTTP (no browser): status, landmarks, and values from the pages."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

AMM_TITLE = "2024 APEC Ministerial Meeting (AMM) Outcomes"


@pytest.fixture(scope="module")
def client(base_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, timeout=60) as http:
        yield http


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/", "35th APEC Ministerial Meeting"),
        ("/search", "Words to find"),
        ("/search?q=FTAAP&level=ministerial", AMM_TITLE),
        ("/documents?offset=10", "stored press releases"),
        ("/meetings", "35th APEC Ministerial Meeting"),
        ("/series/APEC Ministerial Meeting", "San Francisco"),  # the 34th, per the 2023 AELM page
        ("/people/Kang Kyung-wha", "ASEAN-ROK Foreign Ministers&#39; Meeting"),
        ("/countries/PER", "Peru (PER)"),
        ("/countries/KOR?limit=1", "showing 1 of"),
        ("/initiatives/Free Trade Area of the Asia-Pacific", AMM_TITLE),
        ("/timeline", "An initiative, country, person or organisation"),
        ("/timeline?term=%20", "An initiative, country, person or organisation"),
        ("/timeline?term=FTAAP", AMM_TITLE),
        ("/timeline?term=FTAAP&offset=1", "items, oldest first"),
        ("/commitments?actor=KOR", "Open"),
        ("/docs", "GET /api/search"),
    ],
)
def test_page_renders(client: httpx.Client, path: str, expected: str) -> None:
    response = client.get(path)
    assert response.status_code == 200, response.text[:500]
    assert response.headers["content-type"].startswith("text/html")
    assert expected in response.text
    assert response.text.count("<main") == 1 and 'class="skip-link"' in response.text


def test_search_page_says_more_match_than_it_ranks(
    client: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    from summitry.store import search

    assert "results for “APEC”" in client.get("/search?q=APEC").text
    monkeypatch.setattr(search, "RANK_WINDOW", 2)  # other words: not served from the cache
    shown = client.get("/search?q=Ministerial").text
    assert "More than 2 results for “Ministerial”" in shown


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/documents/ffffffffffff", 404),
        ("/meetings/000000000000", 404),
        ("/people/Nobody Atall", 404),
        ("/countries/XXX", 404),
        ("/no/such/page", 404),
        ("/documents?offset=-1", 422),
        ("/search?q=FTAAP&offset=9999", 422),
    ],
)
def test_error_pages_are_html_with_the_status(client: httpx.Client, path: str, status: int) -> None:
    response = client.get(path)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")
    assert f"Error {status}" in response.text and 'class="error-message"' in response.text


def test_static_files_are_served(client: httpx.Client) -> None:
    css = client.get("/static/style.css")
    assert css.status_code == 200 and ".skip-link" in css.text
    assert "addEventListener" in client.get("/static/app.js").text


def test_pages_name_an_icon_that_is_served(client: httpx.Client) -> None:
    """A page names its icon, so a browser does not ask for a /favicon.ico that is not there."""
    assert '<link rel="icon" href="/static/favicon.svg"' in client.get("/").text
    icon = client.get("/static/favicon.svg")
    assert icon.status_code == 200 and icon.headers["content-type"].startswith("image/svg+xml")
