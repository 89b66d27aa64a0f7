"""Dates a page gives as its own: the common month-name shapes are read without dateparser,
and must read exactly as dateparser reads them."""

from __future__ import annotations

import itertools

import dateparser
import pytest

from summitry.clean.dates import (
    MONTH_ABBREVIATIONS,
    MONTH_WORDS,
    bare_date,
    dateline_date,
    day_first,
    normalise_date,
)

SETTINGS = {"STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first"}


def by_dateparser(value: str) -> str | None:
    parsed = dateparser.parse(value, languages=["en"], settings=SETTINGS)
    return parsed.date().isoformat() if parsed else None


MONTHS = [
    "January",
    "Feb",
    "Feb.",
    "March",
    "Apr",
    "May",
    "June",
    "Jul.",
    "Aug",
    "Sept.",
    "Sep",
    "September",
    "Oct.",
    "November",
    "Dec",
    "DECEMBER",
    "sept",
]
SHAPES = ["{d} {m} {y}", "{d} {m}, {y}", "{m} {d}, {y}", "{m} {d} {y}", "{m}  {d},  {y}"]


@pytest.mark.parametrize("shape", SHAPES)
def test_month_name_dates_read_as_dateparser_reads_them(shape: str) -> None:
    values = [
        shape.format(d=d, m=m, y=y)
        for d, m, y in itertools.product(
            ["1", "05", "29", "30", "31", "0"], MONTHS, ["2023", "2024"]
        )
    ]
    assert [normalise_date(v) for v in values] == [by_dateparser(v) for v in values]


def test_common_shapes() -> None:
    assert normalise_date("5 September 2023") == "2023-09-05"
    assert normalise_date("Sept. 5, 2023") == "2023-09-05"
    assert normalise_date("29 February 2023") is None
    assert normalise_date("29 February 2024") == "2024-02-29"


def test_a_day_with_an_ordinal_suffix() -> None:
    assert normalise_date("5th December, 2023") == "2023-12-05"
    assert normalise_date("December 5th, 2023") == "2023-12-05"
    assert normalise_date("22nd Sept. 2021") == "2021-09-22"
    assert bare_date("Tuesday, 5th December 2023") == "2023-12-05"
    assert dateline_date("MANILA, 7th August, 2017 – The") == "2017-08-07"


def test_numeric_dates_are_day_first_unless_slashed() -> None:
    assert normalise_date("05.12.2023") == "2023-12-05"
    assert normalise_date("28/07/2024") == "2024-07-28"
    assert normalise_date("08/05/2025") == "2025-08-05"  # slashes: month first
    assert day_first(5, 12, ".") and not day_first(8, 5, "/") and day_first(28, 7, "/")


def test_other_shapes_still_go_to_dateparser() -> None:
    assert normalise_date("Saturday, 14 November 2020") == "2020-11-14"
    assert normalise_date("2020-11-14") == "2020-11-14"


def test_month_words_hold_each_name_and_abbreviation_once() -> None:
    assert len(MONTH_WORDS) == 24  # 12 names, 11 abbreviations ('may' is both), 'sept'
    assert {"september", "sept", "sep", "may", "june", "jun"} <= set(MONTH_WORDS)


def test_month_abbreviations_leave_out_a_name_as_short() -> None:
    assert MONTH_ABBREVIATIONS == (
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    )  # fmt: skip
