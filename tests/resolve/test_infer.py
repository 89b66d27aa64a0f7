"""Missing years: page date, ordinal arithmetic in an annual series, rotation tables."""

from __future__ import annotations

from summitry.resolve.infer import infer_host, infer_year

FMM = "asean-rok-foreign-ministers-meeting"


def test_year_from_ordinal_in_an_annual_series() -> None:
    assert infer_year(FMM, 23, [(22, 2019)]) == (2020, "22nd held in 2019; annual series")
    assert infer_year(FMM, 20, [(22, 2019), (10, 2007)]) == (
        2017,
        "22nd held in 2019; annual series",
    )
    assert infer_year("apec-senior-officials-meeting", 3, [(1, 2021)]) is None  # several a year


def test_page_date_comes_first_and_rotation_last() -> None:
    assert infer_year(FMM, 23, [(22, 2019)], published="2020-09-10") == (
        2020,
        "page published 2020-09-10",
    )
    year, why = infer_year("apec-ministerial-meeting", None, [], forum="APEC", host="PNG")
    assert year == 2018 and "kb rotations" in why  # Papua New Guinea hosted APEC once
    assert infer_year("apec-ministerial-meeting", None, [], forum="APEC", host="PER") is None
    assert infer_host("APEC", 2024) == ("PER", "apec host 2024: PER (kb rotations)")
    assert infer_host("ASEAN-ROK", 2019)[0] == "THA"
