"""The header under a meeting's name: its date, place and theme lines."""

from __future__ import annotations

from tests.extract.meeting_cases import meetings


def test_a_line_of_date_venue_and_city_under_the_name() -> None:
    text = (
        "at the Press Conference on Outcome Documents of the 8th ACMECS Summit\n"
        "on 16 June 2018, Shangri-La Hotel, Bangkok\n\n"
        "1. This morning, the ACMECS Summit commenced with the Opening Ceremony."
    )
    (meeting,) = meetings(text, published=None, country="THA")
    assert (meeting.start, meeting.end, meeting.city, meeting.country, meeting.venue) == (
        "2018-06-16",
        "2018-06-16",
        "Bangkok",
        "THA",
        "Shangri-La Hotel",
    )
    assert meeting.format == "in_person"


def test_a_line_of_city_state_and_date_under_the_title() -> None:
    text = "Wellington, New Zealand, 8 November 2021\n\nThe Ministers discussed trade."
    (meeting,) = meetings(
        text, title="Statement of the APEC Ministerial Meeting", published="2021-11-09"
    )
    assert (meeting.start, meeting.city, meeting.country, meeting.venue) == (
        "2021-11-08",
        "Wellington",
        "NZL",
        None,
    )


def test_a_line_with_more_than_a_place_and_a_date_places_nothing() -> None:
    text = (
        "June 5, 2021 - Ottawa, Ontario - Global Affairs Canada\n\n"
        "The Minister will take part in the APEC Ministers Responsible for Trade Meeting."
    )
    (meeting,) = meetings(text, title="Minister to attend APEC trade meeting", published=None)
    assert (meeting.city, meeting.venue) == (None, None)


def test_the_place_after_the_name_on_its_own_line() -> None:
    text = (
        "Informal Senior Officials’ Meeting Santiago, Chile | 14 December 2018\n\n"
        "President Piñera spoke at the launch of APEC 2019 on Wednesday."
    )
    (meeting,) = meetings(text, title="APEC Agrees Priorities for 2019", published="2018-12-14")
    assert (meeting.name, meeting.city, meeting.country, meeting.format) == (
        "APEC Informal Senior Officials' Meeting",
        "Santiago",
        "CHL",
        "in_person",
    )


def test_more_words_after_the_name_make_no_place_line() -> None:
    text = (
        "APEC Ministerial Meeting opens as Santiago, Chile hosts delegates\n\n"
        "Ministers began two days of talks on trade."
    )
    (meeting,) = meetings(text, published="2018-12-14")
    assert meeting.city is None
