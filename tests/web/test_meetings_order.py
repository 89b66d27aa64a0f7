"""The meetings list in headless Chromium: an undated meeting stands at the year inferred for
it, with the 'inferred' badge saying why, in either order."""

from __future__ import annotations

from typing import Any

from tests.web.conftest import screenshot

PMC = "ASEAN Post Ministerial Conference"  # undated; its page was published 2023-07-14


def _names(page: Any) -> list[str]:
    return page.locator("table tbody th").all_inner_texts()


def test_undated_meeting_at_its_inferred_year(page: Any) -> None:
    page.goto("/meetings")
    names = _names(page)
    at = names.index(PMC)
    assert names[at - 1] == "56th ASEAN Foreign Ministers' Meeting"  # 2023-07-11
    # the only undated meeting of 2023: those of 2022 follow it
    following = [
        "29th APEC Economic Leaders' Meeting",
        "APEC Concluding Senior Officials' Meeting",
        "APEC Ministers Responsible for Trade Meeting",
    ]
    assert names[at + 1 : at + 4] == following
    row = page.locator("table tbody tr").nth(at)
    dates = row.locator("td").nth(2)
    assert dates.inner_text().split() == ["2023", "inferred"]
    badge = dates.locator(".prov-inferred")
    assert badge.get_attribute("title") == "Inferred, not reported: page published 2023-07-14"
    assert "undated ones at the year inferred for them" in page.locator("caption").inner_text()
    screenshot(page, "meetings-inferred")


def test_oldest_first_puts_it_before_the_dated_ones_of_its_year(page: Any) -> None:
    page.goto("/meetings")
    page.get_by_label("Order").select_option("date")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url("**sort=date*")
    page.get_by_label("Forum").fill("ASEAN")
    page.get_by_label("Forum").press("Enter")
    page.wait_for_url("**forum=ASEAN*")
    assert _names(page) == [PMC, "56th ASEAN Foreign Ministers' Meeting", "43rd ASEAN Summit"]
