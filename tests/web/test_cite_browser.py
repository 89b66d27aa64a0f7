"""In Chromium: copying a citation, the provenance badges with their reasons, the Briefing
link, and the timeline chart counting a sentence once."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from tests.web.conftest import screenshot

G20 = quote("meeting:g20-bali-summit-6000cbad439a-0", safe="")
ASEAN_43 = "2933e13b215a"


def test_copy_citation_puts_it_on_the_clipboard(page: Any) -> None:
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(f"/documents/{ASEAN_43}")
    button = page.locator("dd button.copy")
    button.click()
    page.wait_for_selector("dd button.copy.copied")
    assert button.inner_text() == "copied"
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith(
        "ASEAN Secretariat. “ASEAN Leaders Adopt ASEAN Concord IV at the 43rd ASEAN Summit.” "
        "2023-09-05. "
    )
    assert "secretariat_asean_summit_2023.txt (accessed " in copied
    assert errors == []


def test_statement_copies_with_its_citation(page: Any) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(f"/meetings/{G20}")
    said = page.locator("li.statement", has_text="urged all leaders").first
    said.locator("button.copy").click()
    page.wait_for_selector("li.statement button.copy.copied")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("“In his opening remarks, President Joko Widodo urged all leaders")
    assert "” — Ministry of Foreign Affairs of the Republic of Indonesia. “G20 Bali" in copied


def test_inferred_values_carry_a_badge_with_the_reason(page: Any) -> None:
    page.goto(f"/meetings/{G20}")
    assert page.locator('.prov-inferred[data-field="country"]').count() == 0  # reported
    year = page.locator('.prov-inferred[data-field="year"]')
    assert year.inner_text() == "inferred"
    assert year.get_attribute("title") == "Inferred, not reported: page published 2022-11-16"
    screenshot(page, "meeting-provenance")


def test_briefing_link_opens_the_brief(page: Any) -> None:
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto("/series/APEC Economic Leaders' Meeting")
    page.get_by_role("link", name="Briefing").click()
    page.wait_for_selector("body.brief h1")
    assert page.locator("h1").inner_text() == "Briefing: APEC Economic Leaders' Meeting"
    headings = page.locator("h2").all_inner_texts()
    assert headings[:3] == ["Past meetings", "Outcomes adopted", "Commitments and follow-up"]
    assert headings[-1] == "Sources"
    assert page.locator("#source-2").inner_text().startswith("APEC Secretariat. “APEC Leaders")
    page.locator('a.ref[href="#source-1"]').first.click()
    assert page.evaluate("location.hash") == "#source-1"
    assert errors == []  # the stylesheet loads under the site's CSP
    screenshot(page, "brief-series")


def test_timeline_chart_counts_a_sentence_once(page: Any) -> None:
    page.goto("/timeline?term=ASEAN Concord IV")
    points = page.locator("svg circle.point")
    assert points.count() == 1
    assert points.first.get_attribute("data-count") == "1"
    assert page.locator("table tbody tr").count() == 1


def test_evidence_quote_copies_with_its_citation(page: Any) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(f"/documents/{ASEAN_43}")
    item = page.locator("aside li", has_text="LAO — commit")
    item.locator("button.copy").click()
    page.wait_for_selector("aside button.copy.copied")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("“Lao PDR will take over the ASEAN Chairmanship in 2024")
    assert "” — ASEAN Secretariat. “ASEAN Leaders Adopt ASEAN Concord IV" in copied
