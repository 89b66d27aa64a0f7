"""find_dates: the date shapes of diplomatic press releases, checked by hand.

Decided: a 4-digit number counts as a year only after a word like "in", "since" or "by"
("in 2019"), never inside a name ("Putrajaya Vision 2040", "APEC 2025") or a span of
years ("Plan of Action 2021-2025"); those are left to the initiative extractor.
"""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summitry.extract.dates import DateMention, find_dates, iso

D = datetime.date


def spans(text: str, anchor: D | None = None) -> list[tuple[str, D | None, D | None, str, bool]]:
    """(covered text, first, last, precision, year_inferred) of every mention."""
    return [
        (text[m.start : m.end], m.first, m.last, m.precision, m.year_inferred)
        for m in find_dates(text, anchor)
    ]


# -- single days ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("Date\n2024-11-15\nhit", None, ("2024-11-15", D(2024, 11, 15), False)),
        ("on November 14.", D(2024, 11, 15), ("November 14", D(2024, 11, 14), True)),
        ("in Lima, Peru, on Nov. 14 ahead of", D(2024, 11, 15), ("Nov. 14", D(2024, 11, 14), True)),
        ("on 14 November 2024 in Lima", None, ("14 November 2024", D(2024, 11, 14), False)),
        ("on November 14, 2024.", None, ("November 14, 2024", D(2024, 11, 14), False)),
        ("1. On September 9, Minister", D(2020, 9, 10), ("September 9", D(2020, 9, 9), True)),
        ("on the 9th of September", D(2020, 9, 10), ("9th of September", D(2020, 9, 9), True)),
        ("Sept. 9, 2020", None, ("Sept. 9, 2020", D(2020, 9, 9), False)),
        ("JAKARTA, 5 September 2023 – The", None, ("5 September 2023", D(2023, 9, 5), False)),
        ("16 Nov 2022", None, ("16 Nov 2022", D(2022, 11, 16), False)),
        ("met on 05.12.2023 in Lima", None, ("05.12.2023", D(2023, 12, 5), False)),
        ("on 28/07/2024, the", None, ("28/07/2024", D(2024, 7, 28), False)),
        ("on 08/05/2025, the", None, ("08/05/2025", D(2025, 8, 5), False)),
        ("on 5th December, 2023", None, ("5th December, 2023", D(2023, 12, 5), False)),
    ],
)
def test_single_days(text: str, anchor: D | None, expected: tuple[str, D, bool]) -> None:
    covered, day, inferred = expected
    assert spans(text, anchor) == [(covered, day, day, "day", inferred)]


def test_offsets_cover_the_expression() -> None:
    text = "attended the meeting on 14 November 2024 in Lima"
    (mention,) = find_dates(text)
    assert (mention.start, mention.end) == (24, 40)


# -- ranges -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "covered", "first", "last"),
    [
        ("on 15-16 November 2022.", "15-16 November 2022", D(2022, 11, 15), D(2022, 11, 16)),
        (
            "On 15 – 16 November 2022 at",
            "15 – 16 November 2022",
            D(2022, 11, 15),
            D(2022, 11, 16),
        ),
        ("from 10 to 12 March 2021", "10 to 12 March 2021", D(2021, 3, 10), D(2021, 3, 12)),
        (
            "from 30 November - 2 December 2022",
            "30 November - 2 December 2022",
            D(2022, 11, 30),
            D(2022, 12, 2),
        ),
        ("on November 14-15, 2024", "November 14-15, 2024", D(2024, 11, 14), D(2024, 11, 15)),
        ("Nov 30 - Dec 2, 2022", "Nov 30 - Dec 2, 2022", D(2022, 11, 30), D(2022, 12, 2)),
        (
            "on 14 and 15 November 2024",
            "14 and 15 November 2024",
            D(2024, 11, 14),
            D(2024, 11, 15),
        ),
        (
            "from 30 December to 2 January 2024",  # the year is given only at the end
            "30 December to 2 January 2024",
            D(2023, 12, 30),
            D(2024, 1, 2),
        ),
    ],
)
def test_ranges_with_a_year(text: str, covered: str, first: D, last: D) -> None:
    assert spans(text) == [(covered, first, last, "day", False)]


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("held in a virtual format from March 10 (Wed) to 12 (Fri).", "March 10 (Wed) to 12 (Fri)"),
        ("from March 10 to 12", "March 10 to 12"),
        ("on March 10-12", "March 10-12"),
    ],
)
def test_ranges_take_the_year_from_the_anchor(text: str, covered: str) -> None:
    assert spans(text, D(2021, 3, 15)) == [(covered, D(2021, 3, 10), D(2021, 3, 12), "day", True)]


def test_a_range_across_new_year_from_the_anchor() -> None:
    assert spans("December 30 - January 2", D(2024, 11, 15)) == [
        ("December 30 - January 2", D(2024, 12, 30), D(2025, 1, 2), "day", True)
    ]


def test_from_to_across_a_sentence_gives_two_mentions() -> None:
    text = (
        "starting with a Permanent Secretary of Brunei Darussalam on April 5 and ending "
        "with the Vice Minister for Foreign Affairs of Thailand on June 16."
    )
    assert spans(text, D(2020, 6, 18)) == [
        ("April 5", D(2020, 4, 5), D(2020, 4, 5), "day", True),
        ("June 16", D(2020, 6, 16), D(2020, 6, 16), "day", True),
    ]


def test_a_later_number_that_cannot_end_the_range_is_left_out() -> None:
    assert spans("on March 10 - 8 delegations", D(2021, 3, 15)) == [
        ("March 10", D(2021, 3, 10), D(2021, 3, 10), "day", True)
    ]


# -- the year from the page date ---------------------------------------------------------


def test_an_announced_date_keeps_the_page_year() -> None:
    text = "which will be submitted for Leaders’ endorsement on 19 November."
    assert spans(text, D(2022, 11, 16)) == [
        ("19 November", D(2022, 11, 19), D(2022, 11, 19), "day", True)
    ]


def test_a_date_more_than_nine_months_ahead_is_last_year() -> None:
    # 2021-03-15 -> 2021-12-20 is 280 days ahead; 2021-10-02 is 201 days ahead.
    assert spans("on December 20", D(2021, 3, 15))[0][1] == D(2020, 12, 20)
    assert spans("on October 2", D(2021, 3, 15))[0][1] == D(2021, 10, 2)


def test_no_year_and_no_anchor_keeps_the_mention_without_dates() -> None:
    assert spans("On September 9, Minister Kang attended") == [
        ("September 9", None, None, "day", False)
    ]


# -- months and years --------------------------------------------------------------------


def test_month_and_year() -> None:
    (mention,) = find_dates("the Commemorative Summit held in November 2019 and")
    assert (mention.first, mention.last, mention.precision, mention.year_inferred) == (
        None,
        None,
        "month",
        False,
    )
    assert (mention.year, mention.month) == (2019, 11)


def test_a_month_alone_after_in_takes_the_page_year() -> None:
    text = "since the ASEAN Plus Three Summit in April, discussions"
    assert spans(text, D(2020, 6, 18)) == [("April", None, None, "month", True)]
    assert find_dates(text, D(2020, 6, 18))[0].year == 2020
    assert spans("In November, the leaders", D(2021, 1, 10)) == [
        ("November", None, None, "month", True)
    ]
    assert find_dates("In November, the leaders", D(2021, 1, 10))[0].year == 2020


def test_a_month_alone_needs_a_context_word() -> None:
    assert find_dates("May the talks go on. March forward", D(2021, 1, 10)) == []


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Korea led the establishment in 2019.", 2019),
        ("dialogue partnership since 1989.", 1989),
        ("signing the RCEP by 2020", 2020),
        ("a recovery in mid-2021", 2021),
        ("Since 2019, Korea has", 2019),
    ],
)
def test_year_alone_after_a_context_word(text: str, year: int) -> None:
    (mention,) = find_dates(text)
    assert (text[mention.start : mention.end], mention.precision, mention.year) == (
        str(year),
        "year",
        year,
    )
    assert mention.first is None and mention.last is None


# -- what is not a date ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "hit\n2162\n",
        "| 30,405 view",
        "the 35th APEC Ministerial Meeting (AMM)",
        "the response to COVID-19 in the post-COVID-19 era",
        "an implementation plan for the Putrajaya Vision 2040.",
        "the ASEAN-ROK Plan of Action for the years 2021-2025 was adopted",
        "the Plan of Action in 2021-2025",
        "the host of APEC 2025",
        "held at 19:40-21:00, Korea Standard Time",
        "foreign and trade ministers of the 21 APEC economies",
        "from 2,162 to 12,034 views",
        "in 1944",  # before 1945: not taken for a year
        "on February 30, 2020",
        "on 31 April",
        "They may 2 or 3 times",
    ],
)
def test_not_dates(text: str) -> None:
    assert find_dates(text, D(2024, 11, 15)) == []


def test_iso() -> None:
    assert iso(D(2024, 11, 15)) == "2024-11-15"
    assert iso(None) is None


def test_a_page_excerpt() -> None:
    text = (
        "APEC Concluding Senior Officials’ Meeting (CSOM) On 15 – 16 November 2022\n\n"
        "วันที่นำเข้าข้อมูล 16 Nov 2022\n\n| 30,405 view\n\n"
        "APEC 2022 Thailand kicked off the week with the CSOM on 15-16 November 2022."
    )
    assert [(c, f, la) for c, f, la, _, _ in spans(text)] == [
        ("15 – 16 November 2022", D(2022, 11, 15), D(2022, 11, 16)),
        ("16 Nov 2022", D(2022, 11, 16), D(2022, 11, 16)),
        ("15-16 November 2022", D(2022, 11, 15), D(2022, 11, 16)),
    ]


# -- never raises ------------------------------------------------------------------------

_FRAGMENTS = st.sampled_from(
    [
        " ", "-", " – ", " to ", " and ", ", ", " in ", " since ", " of ", "the ", "(Wed)",
        "November", "Nov.", "Feb", "May", "Sept", "DECEMBER", "9th", "30", "31", "0", "12",
        "2019", "2021-2025", "2024-11-15", "2024/02/30", "1944", "2100", "2101", "mid-",
    ]
)  # fmt: skip
_TEXTS = st.text() | st.lists(_FRAGMENTS | st.text(max_size=3), max_size=30).map("".join)


@settings(max_examples=300)
@given(_TEXTS, st.none() | st.dates())
def test_never_raises_and_spans_lie_inside(text: str, anchor: D | None) -> None:
    mentions = find_dates(text, anchor)
    previous_end = 0
    for mention in mentions:
        assert isinstance(mention, DateMention)
        assert previous_end <= mention.start < mention.end <= len(text)
        assert mention.precision in ("day", "month", "year")
        if mention.first is not None:
            assert mention.last is not None and mention.first <= mention.last
        previous_end = mention.end
