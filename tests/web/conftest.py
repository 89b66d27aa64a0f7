"""A running server over the dev and example pages (plus one hostile page) and headless Chromium.

Browser tests need Debian's chromium at /usr/bin/chromium and Playwright for Python; without
them they skip, or fail where SUMMITRY_REQUIRE_BROWSER=1 (CI).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from summitry.record import Meeting, Person, Statement
from summitry.store import Store
from tests.conftest import DEV, ROOT
from tests.serving import running, seeded_store
from tests.store.helpers import make_record, page_id

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
XSS_SCRIPT = "<script>alert(1)</script>"
XSS_IMG = '<img src=x onerror="alert(2)">'
XSS_TITLE = f"Hostile title {XSS_SCRIPT} {XSS_IMG}"
XSS_BODY = (
    f"Minister Zed Quorvan attended the Quorvan Summit. {XSS_SCRIPT} He stressed {XSS_IMG} "
    "that quorvan matters."
)


def _unavailable(why: str) -> None:
    if os.environ.get("SUMMITRY_REQUIRE_BROWSER") == "1":
        pytest.fail(f"browser tests required (SUMMITRY_REQUIRE_BROWSER=1) but {why}")
    pytest.skip(f"browser tests skipped: {why}")


def hostile_record() -> Any:
    """A page whose title, body, meeting, person and statement carry XSS payloads."""
    name_at = XSS_BODY.index("Zed Quorvan")
    said_at = XSS_BODY.index("He stressed")
    summit_at = XSS_BODY.index("Quorvan Summit")
    return make_record(
        XSS_TITLE,
        XSS_BODY,
        published="2026-01-05",
        meetings=[
            Meeting(
                f"Quorvan Summit {XSS_IMG}",
                forum="Quorvan",
                start="2026-01-05",  # the newest meeting, so the home page lists it first
                role="main",
                evidence=(summit_at, summit_at + 14),
            )
        ],
        people=[Person(f"Zed Quorvan{XSS_SCRIPT}", role="chair", evidence=(name_at, name_at + 11))],
        statements=[
            Statement(
                "Zed Quorvan", "state", f"stressed {XSS_IMG}", evidence=(said_at, len(XSS_BODY))
            )
        ],
    )


@pytest.fixture(scope="session")
def web_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    if not DEV.is_dir():
        pytest.skip("../shared/eval/dev is missing")
    with seeded_store(tmp_path_factory.mktemp("web")) as store:
        store.add(page_id("hostile"), "hostile.txt", hostile_record())
        yield store


@pytest.fixture(scope="session")
def base_url(web_store: Store) -> Iterator[str]:
    with running(web_store, token=None) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        _unavailable(f"{CHROMIUM} is not installed (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright for Python is not installed (pip install -e '.[dev]')")
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def open_tab(browser: Any, base_url: str, width: int = 1280, height: int = 900) -> Any:
    """A tab in a browser context of its own that records every dialog the site opens.

    A tab costs Chromium more CPU to start (its renderer) than a test spends in it, so a module
    keeps one and lends it to each test in turn (see `lent`)."""
    context = browser.new_context(base_url=base_url, viewport={"width": width, "height": height})
    context.set_default_timeout(10_000)
    tab = context.new_page()
    tab.dialogs = []
    tab.on("dialog", lambda dialog: (tab.dialogs.append(dialog.message), dialog.dismiss()))
    return tab


@contextmanager
def lent(tab: Any) -> Iterator[Any]:
    """The tab for one test, which starts by opening a page: no dialogs seen yet, and what
    the test added (listeners, permissions, cookies) taken away after it."""
    tab.dialogs = []
    added: list[tuple[str, Any]] = []

    def on(event: str, handler: Any) -> None:
        added.append((event, handler))
        type(tab).on(tab, event, handler)

    tab.on = on
    try:
        yield tab
    finally:
        del tab.on
        for event, handler in added:
            tab.remove_listener(event, handler)
        tab.context.clear_permissions()
        tab.context.clear_cookies()


@pytest.fixture(scope="module")
def laptop_tab(browser: Any, base_url: str) -> Iterator[Any]:
    tab = open_tab(browser, base_url)
    yield tab
    tab.context.close()


@pytest.fixture
def page(laptop_tab: Any) -> Iterator[Any]:
    """A laptop-sized tab over the seeded server (the module's, lent to this test)."""
    with lent(laptop_tab) as tab:
        yield tab


@pytest.fixture
def fresh_page(browser: Any, base_url: str) -> Iterator[Any]:
    """A laptop-sized tab of a new context, for a test that must see every request the site
    makes (nothing cached by an earlier test)."""
    tab = open_tab(browser, base_url)
    yield tab
    tab.context.close()


def screenshot(page: Any, name: str) -> Path:
    """Save a screenshot under test-artifacts/screenshots (git-ignored): what the window shows,
    or the whole page where SUMMITRY_FULL_SCREENSHOTS=1 (up to 2 s a long page)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=os.environ.get("SUMMITRY_FULL_SCREENSHOTS") == "1")
    assert path.stat().st_size > 1000
    return path
