"""A brief laid out: HTML through the brief.html template, PDF by printing that HTML with
headless Chromium (the one the browser tests use), Markdown through app.brief_md."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from summitry.app.brief import Brief
from summitry.app.brief_md import brief_markdown
from summitry.errors import SummitryError
from summitry.web.render import STATIC, templates

__all__ = ["CHROMIUM", "FORMATS", "BriefFormatError", "brief_html", "brief_pdf", "render_brief"]

FORMATS = ("html", "pdf", "md")
CHROMIUM = Path(os.environ.get("SUMMITRY_CHROMIUM", "/usr/bin/chromium"))
PDF_TIMEOUT_MS = 60_000
INSTALL = "pip install 'summitry[pdf]' and a Chromium at /usr/bin/chromium (or $SUMMITRY_CHROMIUM)"


class BriefFormatError(SummitryError):
    """A brief cannot be written in the format asked for (no Chromium for a PDF)."""


def brief_html(brief: Brief, standalone: bool = True) -> str:
    """The brief as one HTML page: standalone with its CSS inline (a file, a PDF), else
    linking /static/brief.css and its other formats (the web UI, whose CSP has no inline
    styles)."""
    css = (STATIC / "brief.css").read_text("utf-8") if standalone else None
    page = templates.env.get_template("brief.html")
    return page.render(brief=brief, inline_css=css, links=not standalone)


def brief_pdf(brief: Brief) -> bytes:
    """The brief printed to A4 PDF by headless Chromium; BriefFormatError without one."""
    if not CHROMIUM.exists():
        raise BriefFormatError(f"--format pdf needs Chromium at {CHROMIUM}: {INSTALL}")
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError:
        raise BriefFormatError(f"--format pdf needs Playwright: {INSTALL}") from None
    html = brief_html(brief)
    # Playwright's sync API refuses a thread whose asyncio loop runs (a caller inside an
    # async app or test): it prints from a thread of its own.
    with ThreadPoolExecutor(1) as printer:
        return printer.submit(_printed, html, sync_playwright, Error).result()


def _printed(html: str, sync_playwright: Any, error: type[Exception]) -> bytes:
    """The HTML printed to A4 PDF by a headless Chromium started for it."""
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(
                executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"]
            )
            try:
                page = browser.new_page()
                page.set_content(html, wait_until="load", timeout=PDF_TIMEOUT_MS)
                return page.pdf(format="A4", print_background=True)
            finally:
                browser.close()
    except error as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise BriefFormatError(f"Chromium could not print the brief: {first}") from None


def render_brief(brief: Brief, fmt: str) -> bytes:
    """The brief in one of FORMATS, as bytes (UTF-8 for html and md)."""
    if fmt not in FORMATS:
        raise BriefFormatError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    if fmt == "pdf":
        return brief_pdf(brief)
    return (brief_html(brief) if fmt == "html" else brief_markdown(brief)).encode("utf-8")
