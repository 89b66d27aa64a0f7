"""The dates of a page (extract/page_dates.py): the year a page with no date gives its
yearless dates. Each expectation is the record an analyst would write for the text."""

from __future__ import annotations

from tests.extract.meeting_cases import meetings


def _dates(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.name, m.start, m.end) for m in meetings(text, published=None)]


def test_a_year_naming_the_reported_event_dates_an_undated_page() -> None:
    text = (
        "The Trade Representative attended the 23rd APEC Ministers Responsible for Trade Meeting "
        "in Hanoi on May 20-21. With Viet Nam as the 2017 APEC host economy, ministers met. "
        "Exports totalled $2.7 trillion in 2015 and the deficit was $576 billion in 2016."
    )
    assert _dates(text)[0] == (
        "APEC Ministers Responsible for Trade Meeting",
        "2017-05-20",
        "2017-05-21",
    )


def test_a_year_still_to_come_does_not_date_an_undated_page() -> None:
    text = (
        "The 6th Korea-Pacific Islands Senior Officials' Meeting took place in Busan on October "
        "15. They prepared the Foreign Ministers' Meeting, set to take place in 2020."
    )
    assert _dates(text)[0] == ("Korea-Pacific Islands Senior Officials' Meeting", None, None)
    text = (
        "The ministers met at the 5th Korea-Africa Forum on March 3. In anticipation of the 20th "
        "anniversary of Korea's joining the AU as an Observer in 2025, he spoke."
    )
    assert _dates(text)[0][1:] == (None, None)


def test_a_year_that_names_a_plan_or_an_edition_does_not_date_an_undated_page() -> None:
    text = (
        "The 25th BIMP-EAGA Ministers' Meeting was held in Pontianak on November 25 and 26. "
        "It reviewed the BIMP-EAGA Vision 2025 (BEV 2025) and the 2030 Agenda, and the Plan "
        "of Action 2021-2025 adopted since 1994."
    )
    assert _dates(text)[0][1:] == (None, None)


def test_a_past_event_year_gives_way_to_a_later_one_in_the_page() -> None:
    text = (
        "On September 9, the Minister attended the ASEAN-ROK Foreign Ministers' Meeting. They "
        "reviewed the Commemorative Summit held in November 2019 and the signing of the RCEP "
        "in 2020, and the Master Plan on ASEAN Connectivity 2025 (MPAC 2025)."
    )
    assert _dates(text)[0] == ("ASEAN-ROK Foreign Ministers' Meeting", "2020-09-09", "2020-09-09")


def test_a_year_in_the_headline_dates_an_undated_page() -> None:
    text = "The Minister attended the ASEAN-ROK Foreign Ministers' Meeting on August 1 in Bangkok."
    found = meetings(
        text, title="Outcome of the 2019 ASEAN-ROK Ministerial Meeting", published=None
    )
    assert [(m.start, m.end) for m in found][0] == ("2019-08-01", "2019-08-01")
