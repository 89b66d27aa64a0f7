"""A line's headline key compared with a title's, without building it where it cannot match."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summitry.clean import lines
from summitry.clean.lines import has_title_key, is_body_line, title_key
from tests.conftest import DEV

PIECES = ["ASEAN", "asean", "-", "–", " ", "  ", "Summit", "SUMMIT", ":", "!", "ß", "ss", "İ", "ﬁ"]
LINES = st.lists(st.sampled_from(PIECES), max_size=12).map("".join)


@given(line=LINES, title=LINES)
def test_has_title_key_is_the_comparison_of_the_keys(line: str, title: str) -> None:
    key = title_key(title)
    assert has_title_key(line, key) == (title_key(line) == key)


def test_has_title_key_on_headlines() -> None:
    key = title_key("ASEAN–ROK Summit: a New Era")
    assert key == "asean rok summit a new era"
    assert has_title_key("asean rok summit - A NEW ERA!", key)
    assert not has_title_key("ASEAN-ROK Summit held in a new era", key)


def _one_of_five(line: str) -> bool:
    patterns = (lines.DATE_LINE, lines.UPDATED_LINE, lines.VIEWS_LINE)
    return any(p.match(line) for p in (*patterns, lines.DATE_LABEL, lines.VIEWS_LABEL))


META_PIECES = ["Date", "date", ":", " ", "2024-07-27", "12 May 2023", "Updated", "views", "1,204"]
META_PIECES += ["hit", "조회수", "Posted on", "by", "•", "10:30", "pm", "x", "\n"]


@given(line=st.lists(st.sampled_from(META_PIECES), max_size=10).map("".join))
def test_is_metadata_is_any_of_the_five_line_patterns(line: str) -> None:
    assert lines.is_metadata(line) == _one_of_five(line)


def test_is_metadata_on_page_lines() -> None:
    for page in sorted(DEV.glob("*.txt")):
        for line in page.read_text(encoding="utf-8").splitlines():
            line = lines.normalise_line(line)
            assert lines.is_metadata(line) == _one_of_five(line)
    assert lines.is_metadata("Date: 2024-07-27")
    assert lines.is_metadata("hit 12,034")
    assert not lines.is_metadata("The ministers met on 27 July 2024.")


def test_photo_caption_with_its_credit_reads_as_prose() -> None:
    caption = (
        "Chinese State Councilor and Foreign Minister Wang Yi presides over the 6th "
        "Lancang-Mekong Cooperation Foreign Ministers' Meeting in Chongqing, southwest China, "
        "June 8, 2021. (Xinhua/Wang Quanchao)"
    )
    assert is_body_line(caption)
    assert not is_body_line("Foreign Ministers Meet in Chongqing (Xinhua)")


def test_a_date_line_may_name_the_weekday() -> None:
    assert lines.date_line_value("• Date : Thursday, 18 June 2020 16:15:11") == "2020-06-18"
    assert lines.date_line_value("Posted on Friday, October 30, 2020") == "2020-10-30"


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Date of publication: 5 December 2023", "2023-12-05"),
        ("Publication date: 5 December 2023", "2023-12-05"),
        ("Date published: 5 December 2023", "2023-12-05"),
        ("First published: 5 December 2023", "2023-12-05"),
        ("Issued on: 5 December 2023", "2023-12-05"),
        ("Published: Tuesday, 5 December 2023", "2023-12-05"),
        ("Published: Tuesday, 5 December 2023 - 10:32", "2023-12-05"),
        ("Posted on December 5, 2023 by admin", "2023-12-05"),
        ("Submitted by admin on Tue, 12/05/2023 - 10:32", "2023-12-05"),
        ("Created: 05 December 2023", "2023-12-05"),
        ("Release time: 2023-12-05 10:32", "2023-12-05"),
        ("Published in December 2023 by the Ministry", None),
    ],
)
def test_date_lines_under_their_labels(line: str, iso: str | None) -> None:
    assert lines.date_line_value(line) == iso


@pytest.mark.parametrize(
    ("line", "views"),
    [("Views: 1,234", 1234), ("Viewed 1,234 times", 1234), ("1,234 views", 1234), ("Views", None)],
)
def test_view_counters(line: str, views: int | None) -> None:
    assert lines.views_in_line(line) == views


@pytest.mark.parametrize(
    ("line", "dated"),
    [
        ("5 Dec 2023 Press Releases", ("2023-12-05", "Press Releases")),
        ("Press Releases / 5 December 2023", ("2023-12-05", "Press Releases")),
        ("December 5, 2023 Leave a comment", ("2023-12-05", None)),
        ("December 5, 2023 by admin", ("2023-12-05", None)),
        ("December 5, 2023 · 10:32 AM", ("2023-12-05", None)),
        ("December 5, 2023 • 3 min read", ("2023-12-05", None)),
        ("Ministers Meet on 5 December 2023", None),
        ("5 December 2023 Ministers Agree on a Roadmap", None),
        ("Press Releases Leave a comment", None),  # a section and furniture, but no date
    ],
)
def test_a_date_beside_a_section_furniture_a_time_or_a_byline(
    line: str, dated: tuple[str, str | None] | None
) -> None:
    assert lines.dated_label(line) == dated


@pytest.mark.parametrize(
    "line",
    [
        "By Nguyen Hoa, VNA correspondent",
        "By Staff Reporter",
        "by Agence France-Presse",
        "Department : ASEAN Cooperation Division",
        "Contact: Press Office, +62 21 1234567",
    ],
)
def test_bylines(line: str) -> None:
    assert lines.is_byline(line)


@pytest.mark.parametrize(
    "line",
    [
        "Leave a comment",
        "Share this:",
        "Print this page",
        "Reading time: 3 min",
        "Listen to this article",
        "Facebook Twitter LinkedIn Email",
        "Accept all cookies",
        "We use cookies to improve your experience on our website.",
        "An official website of the United States government",
        "Back to news",
    ],
)
def test_page_furniture(line: str) -> None:
    assert lines.is_furniture(line, None)


@pytest.mark.parametrize(
    "line",
    ["Back to Basics: ASEAN Revisits Its Charter", "Ministers Share Views on Trade"],
)
def test_headlines_are_no_furniture(line: str) -> None:
    assert not lines.is_furniture(line, None)


def test_a_place_weekday_and_day_stamp_is_no_headline() -> None:
    assert not lines.may_be_title("Jakarta, Tuesday (5/12)")
    assert lines.may_be_title("Jakarta Hosts the ASEAN Summit on Tuesday")
