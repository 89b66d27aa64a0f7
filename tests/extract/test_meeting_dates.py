"""Meeting dates (extract/meeting_dates.py): the date each meeting's clause gives, 'today',
the lead's day of an unnamed meeting. Each expectation is the record an analyst would write
for the text."""

from __future__ import annotations

from tests.extract.meeting_cases import meetings


def _dates(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.name, m.start, m.end) for m in meetings(text, published=None)]


def test_a_day_the_lead_gives_an_unnamed_meeting_is_the_main_meeting_s() -> None:
    text = (
        "The foreign ministers of Korea and the five Mekong nations launched their first meeting "
        "on Friday aimed at boosting cooperation. Foreign Minister Kim opened the inaugural "
        "Mekong-ROK Foreign Ministers' Meeting at a Seoul hotel."
    )
    found = meetings(text, published="2011-10-28")
    assert [(m.name, m.start, m.end) for m in found] == [
        ("Mekong-ROK Foreign Ministers' Meeting", "2011-10-28", "2011-10-28")
    ]


def test_a_meeting_that_kicked_off_on_a_day_has_no_known_end() -> None:
    text = (
        "The 26th ASEAN Regional Forum (ARF) kicked off in Bangkok on August 2 under the chair "
        "of the Thai Foreign Minister."
    )
    found = meetings(text, published="2019-08-02")
    assert [(m.name, m.start, m.end) for m in found] == [
        ("ASEAN Regional Forum", "2019-08-02", None)
    ]
    text = "The 26th ASEAN Regional Forum was held in Bangkok on August 2."
    assert [(m.start, m.end) for m in meetings(text, published="2019-08-02")] == [
        ("2019-08-02", "2019-08-02")
    ]


def test_today_dates_a_meeting_but_not_a_stay_it_concluded() -> None:
    text = "Prime Minister Ardern today attended the ASEAN-New Zealand Commemorative Summit."
    found = meetings(text, published="2017-11-14")
    assert [(m.start, m.end) for m in found] == [("2017-11-14", "2017-11-14")]
    text = (
        "The Minister of Foreign Affairs today concluded her participation in the ASEAN-Canada "
        "Post-Ministerial Conference in Manila."
    )
    found = meetings(text, published="2017-08-07")
    assert [(m.name, m.start, m.end) for m in found] == [
        ("ASEAN-Canada Post-Ministerial Conference", None, None)
    ]


def test_a_lead_saying_the_meeting_is_under_way_dates_it_with_its_days() -> None:
    text = (
        "Ministers from the 21 APEC member economies are meeting virtually over the next two "
        "days. The 2021 APEC Ministerial Meeting is co-chaired by New Zealand."
    )
    found = meetings(text, published="2021-11-08")
    assert [(m.name, m.start, m.end) for m in found] == [
        ("APEC Ministerial Meeting", "2021-11-08", "2021-11-09")
    ]


def test_a_meeting_being_held_later_and_a_goal_year_date_nothing() -> None:
    text = (
        "The APEC Ministerial Meeting is being held next month in Lima, and leaders meet after it."
    )
    found = meetings(text, published="2024-10-10")
    assert [(m.start, m.end) for m in found] == [(None, None)]
    text = (
        "The ministers met at the ASEAN-ROK Foreign Ministers' Meeting on August 1. They aim "
        "to reach net zero by 2050."
    )
    assert _dates(text)[0][1:] == (None, None)


def test_yesterday_is_the_day_before_the_page_s_date() -> None:
    text = "The Prime Minister attended the 43rd ASEAN Summit in Jakarta yesterday."
    found = meetings(text, published="2023-09-06")
    assert [(m.name, m.start, m.end) for m in found] == [
        ("ASEAN Summit", "2023-09-05", "2023-09-05")
    ]


def test_a_day_the_meeting_concluded_on_closes_its_range() -> None:
    text = "The APEC Ministerial Meeting opened on 14 November and concluded on 15 November."
    found = meetings(text, published="2024-11-20")
    assert [(m.start, m.end) for m in found] == [("2024-11-14", "2024-11-15")]


def test_a_sentence_opening_on_the_meeting_named_before_dates_it() -> None:
    named = "Minister Kim attended the 5th Mekong-ROK Foreign Ministers' Meeting in Busan. "
    for text, expected in [
        ("It took place on 5 May.", ("2024-05-05", "2024-05-05")),
        ("The two-day meeting, held on 5-6 May, adopted a plan.", ("2024-05-05", "2024-05-06")),
        ("The talks took place on 5 May.", ("2024-05-05", "2024-05-05")),
        ("It was agreed on 5 May that trade should grow.", (None, None)),
    ]:
        found = meetings(named + text, published="2024-05-08")
        assert [(m.start, m.end) for m in found] == [expected], text


def test_a_page_date_that_is_no_iso_date_is_kept_as_it_is() -> None:
    text = "Ministers are meeting over the next two days. They met at the APEC Ministerial Meeting."
    assert [(m.start, m.end) for m in meetings(text, published="sometime")] == [
        ("sometime", "sometime")
    ]
    text = "The Prime Minister attended the 43rd ASEAN Summit in Jakarta yesterday."
    assert [(m.start, m.end) for m in meetings(text, published="sometime")] == [
        ("sometime", "sometime")
    ]


def test_days_a_which_clause_gives_a_list_of_meetings_date_none_of_them() -> None:
    text = (
        "The Philippines chaired the ASEAN Senior Officials' Meeting on 22 May 2017 in Manila. "
        "It prepared the 18th ASEAN Plus Three Foreign Ministers' Meeting, the 7th EAS Foreign "
        "Ministers' Meeting, and the 24th ARF Ministerial Meeting, which will be hosted by the "
        "Philippines on 2-8 August 2017."
    )
    assert [(m.start, m.end) for m in meetings(text, published="2017-05-23")] == [
        ("2017-05-22", "2017-05-22"),
        (None, None),
        (None, None),
        (None, None),
    ]
    text = "Ministers attended the 24th ARF Ministerial Meeting, which was held on 7 August 2017."
    assert [(m.start, m.end) for m in meetings(text, published="2017-08-08")] == [
        ("2017-08-07", "2017-08-07")
    ]


def test_a_clause_about_an_earlier_meeting_ends_the_meetings_words() -> None:
    text = (
        "On November 15, Prime Minister Kishida held a Summit Meeting with Xi Jinping, President "
        "of China, with whom he last held a Summit Meeting in Bangkok in 2022."
    )
    found = meetings(text, published="2023-11-16")
    assert [(m.name, m.start, m.city, m.country) for m in found] == [
        ("bilateral meeting", "2023-11-15", None, None)
    ]
