"""Meetings of a page, second part: weekdays and 'tonight' as dates, names in lower case
('the G20 summit', 'the third inter-Korean summit', 'the annual summit of APEC leaders'),
names ending in a lower-case head or 'Plus', forums 'between' two sides, ordinal acronyms,
sessions and press conferences that are no meetings, the header's date, place and theme,
hosts named apart from the name, and meetings by video.

Each expectation is the record an analyst would write for the sentence (shared/spec/record.md).
"""

from __future__ import annotations

from tests.extract.meeting_cases import meetings


def test_a_weekday_is_the_day_of_that_name_before_the_page_date() -> None:
    text = "Ministers kicked off the 33rd APEC Ministerial Meeting on Thursday morning in Bangkok."
    (meeting,) = meetings(text, published="2022-11-19")  # a Saturday
    assert (meeting.start, meeting.end) == ("2022-11-17", None)  # kicked off: end untold


def test_weekdays_ahead_of_a_meeting_are_days_to_come() -> None:
    text = (
        "The APEC Ministerial Meeting opened in Bangkok on Thursday ahead of the "
        "APEC Summit on Friday and Saturday."
    )
    ministerial, summit = meetings(text, published="2022-11-17")  # a Thursday
    assert (ministerial.start, summit.start, summit.end) == (
        "2022-11-17",
        "2022-11-18",
        "2022-11-19",
    )


def test_a_weekday_before_a_written_date_is_part_of_it() -> None:
    text = "The ASEAN Summit will be held on Friday, 17 November 2023 in Jakarta."
    (meeting,) = meetings(text, published="2023-11-01")
    assert meeting.start == "2023-11-17"


def test_a_forum_then_a_meeting_in_lower_case_is_that_forums_meeting() -> None:
    text = (
        "The minister spoke during the WTO ministerial meeting in June 2022 in Switzerland. "
        "He will attend the two-day G20 summit in Hangzhou, China."
    )
    found = meetings(text, published="2016-09-01")
    assert [(m.name, m.forum, m.level, m.city) for m in found] == [
        ("WTO Ministerial Meeting", "WTO", "ministerial", None),
        ("G20 Summit", "G20", "leaders", "Hangzhou"),
    ]


def test_capitalised_words_and_no_apostrophe_before_a_lower_case_head_still_name_it() -> None:
    text = (
        "At the APEC Trade Ministers meeting in Arequipa in May, ministers did the necessary "
        "work to facilitate the talks."
    )
    found = meetings(text, published="2008-11-23")
    assert [(m.forum, m.level, m.city, m.country) for m in found] == [
        ("APEC", "ministerial", "Arequipa", "PER")
    ]


def test_a_host_city_inside_a_name_is_the_same_meeting_as_the_plain_name() -> None:
    text = (
        "The Prime Minister was invited to the G20 Osaka Summit on 28-29 June 2019. "
        "This year's G20 summit addressed four main themes."
    )
    (meeting,) = meetings(text, published="2019-06-30")
    assert (meeting.name, meeting.forum, meeting.level, meeting.start) == (
        "G20 Osaka Summit",
        "G20",
        "leaders",
        "2019-06-28",
    )


def test_a_lower_case_head_after_a_bracketed_acronym_ends_a_name() -> None:
    text = (
        "The Trade Representative attended the 23rd Ministers Responsible for Trade (MRT) "
        "meeting of the Asia-Pacific Economic Cooperation (APEC) in Hanoi, Viet Nam, May 20-21."
    )
    found = meetings(text, published="2017-05-22", country="USA")
    assert [(m.name, m.acronym, m.forum, m.ordinal, m.start, m.city) for m in found] == [
        ("APEC Ministers Responsible for Trade Meeting", "MRT", "APEC", 23, "2017-05-20", "Hanoi")
    ]


def test_plus_after_the_head_belongs_to_the_name() -> None:
    text = (
        "ASEAN is a backbone of platforms such as the ASEAN Regional Forum (ARF) and the "
        "ASEAN Defence Ministers Meeting Plus (ADMM-Plus)."
    )
    names = [(m.name, m.acronym) for m in meetings(text, published="2016-07-20", country="RUS")]
    assert ("ASEAN Defence Ministers Meeting Plus", "ADMM-Plus") in names
    assert not any(name == "ASEAN Defence Ministers Meeting" for name, _ in names)


def test_a_header_under_the_title_gives_the_date_and_the_place() -> None:
    text = (
        "25 July 2016\n\nVientiane, Laos\n\n“Turning Vision into Reality for a Dynamic ASEAN "
        "Community”\n\n"
        "The Session was co-chaired by the Minister of Foreign Affairs of Thailand. "
        "The Ministers discussed regional issues."
    )
    (meeting,) = meetings(
        text, title="Chairman's Statement of the ASEAN Post Ministerial Conference", published=None
    )
    assert (meeting.name, meeting.start, meeting.city, meeting.country, meeting.theme) == (
        "ASEAN Post Ministerial Conference",
        "2016-07-25",
        "Vientiane",
        "LAO",
        "Turning Vision into Reality for a Dynamic ASEAN Community",
    )


def test_an_issuers_place_line_over_a_body_naming_the_city_is_not_used() -> None:
    text = (
        "Office of the Spokesman\nWashington, DC\nAugust 2, 2007\n\n"
        "The United States announced at the APEC Budget and Management Committee meeting in "
        "Singapore today that it will contribute $2.3 million."
    )
    (meeting,) = meetings(text, published="2007-08-02", country="USA")
    assert (meeting.city, meeting.start) == ("Singapore", "2007-08-02")


def test_a_forum_between_two_sides_is_their_series_and_an_aside_places_nothing() -> None:
    text = (
        "The First Vice Minister held the Seventh Cooperation Forum between the Republic of "
        "Korea and Central Asia -- the first since the launch of the new government in the "
        "ROK -- in Bishkek, Kyrgyzstan, on October 30."
    )
    (meeting,) = meetings(text, published="2017-10-31")
    assert (meeting.name, meeting.forum, meeting.ordinal, meeting.city, meeting.country) == (
        "Korea-Central Asia Cooperation Forum",
        "Korea-Central Asia",
        7,
        "Bishkek",
        "KGZ",
    )


def test_a_summit_of_two_states_in_lower_case_is_bilateral() -> None:
    text = (
        "The Minister explained the results of the third inter-Korean summit, held from "
        "September 18 to 20, and recalled a Japan-China summit."
    )
    found = meetings(text, published="2018-09-21")
    assert [(m.name, m.forum, m.ordinal, m.start, m.end) for m in found] == [
        ("inter-Korean summit", "bilateral", 3, "2018-09-18", "2018-09-20"),
        ("Japan-China summit", "bilateral", None, None, None),
    ]


def test_the_forums_host_is_the_country_of_its_reported_meeting() -> None:
    text = (
        "The First APEC Senior Officials' Meeting (SOM1) was held on 24-25 February 2022. "
        "Thailand, as APEC host, aims to accomplish urgent tasks."
    )
    (meeting,) = meetings(text, published="2022-02-26")
    assert (meeting.name, meeting.role, meeting.country) == (
        "APEC Senior Officials' Meeting",
        "main",
        "THA",
    )


def test_a_hosted_by_sentence_gives_the_country_of_the_meeting_before_it() -> None:
    text = (
        "Today, the Minister concluded her participation in the APEC Ministers Responsible for "
        "Trade Meeting. Hosted by New Zealand and chaired virtually, the meeting discussed trade."
    )
    (meeting,) = meetings(text, published="2021-06-05", country="CAN")
    assert (meeting.name, meeting.country) == (
        "APEC Ministers Responsible for Trade Meeting",
        "NZL",
    )


def test_senior_officers_meet_at_the_senior_officials_level() -> None:
    text = "The 26th BIMP-EAGA Senior Officers Meeting was held in Pontianak, Indonesia."
    (meeting,) = meetings(text, published="2019-10-01", country="IDN")
    assert (meeting.name, meeting.level) == (
        "BIMP-EAGA Senior Officers Meeting",
        "senior_officials",
    )


def test_a_summit_of_a_forums_leaders_is_its_leaders_meeting() -> None:
    text = (
        "The annual summit of APEC leaders will take place on Saturday and Sunday and will be "
        "attended by the leaders of the member economies."
    )
    (meeting,) = meetings(text, published="2018-11-14", country="CHL")  # a Wednesday
    assert (meeting.forum, meeting.level, meeting.start, meeting.end) == (
        "APEC",
        "leaders",
        "2018-11-17",
        "2018-11-18",
    )


def test_a_series_acronym_after_an_ordinal_is_that_meeting() -> None:
    text = (
        "The ASEAN-EU Ministers looked forward to the convening of the 21st AEMM on "
        "13-14 October 2016 in Thailand."
    )
    (meeting,) = meetings(text, published="2016-07-25", country="THA")
    assert (meeting.name, meeting.acronym, meeting.forum, meeting.ordinal, meeting.start) == (
        "ASEAN-EU Ministerial Meeting",
        "AEMM",
        "ASEAN-EU",
        21,
        "2016-10-13",
    )


def test_the_first_forum_in_lower_case_is_its_first_meeting() -> None:
    text = (
        "The Minister said that over the last 26 years since the first ARF was held also in "
        "Bangkok in 1994, the ARF has become a key forum."
    )
    found = meetings(text, published="2019-08-02", country="THA")
    assert [(m.name, m.ordinal, m.city) for m in found] == [("ASEAN Regional Forum", 1, "Bangkok")]


def test_a_video_conference_of_a_meeting_is_virtual() -> None:
    text = (
        "The Permanent Secretary participated in the video conference of the 26th "
        "ASEAN-China Senior Officials' Consultation today."
    )
    (meeting,) = meetings(text, published="2020-06-05", country="MMR")
    assert (meeting.ordinal, meeting.format) == (26, "virtual")


def test_the_annual_acronym_refers_back_to_the_meeting() -> None:
    text = (
        "The Secretary attended the 53rd ASEAN Foreign Ministers' Meeting (AMM). He spoke "
        "during the annual AMM, which was held via video conference."
    )
    (meeting,) = meetings(text, published="2020-09-10", country="PHL")
    assert (meeting.acronym, meeting.format) == ("AMM", "virtual")


def test_a_sentence_opening_with_tonight_dates_its_meeting_to_the_page() -> None:
    text = (
        "The Prime Minister today attended the ASEAN-New Zealand Commemorative Summit. "
        "Later tonight the Prime Minister will also digitally attend the East Asia Summit (EAS)."
    )
    found = meetings(text, published="2020-11-14", country="NZL")
    summit = next(m for m in found if m.forum == "EAS")
    assert (summit.start, summit.format) == ("2020-11-14", "virtual")


def test_a_press_conference_is_no_meeting() -> None:
    text = (
        "The Prime Minister spoke at the Press Conference on Outcome Documents of the 8th "
        "ACMECS Summit in Bangkok."
    )
    found = meetings(text, published="2018-06-16", country="THA")
    assert [(m.name, m.ordinal) for m in found] == [("ACMECS Summit", 8)]


def test_a_plenary_meeting_is_a_session_of_the_meeting() -> None:
    text = (
        "The First APEC Senior Officials' Meeting (SOM1) concluded today. The Plenary Meeting "
        "on 24-25 February 2022 was chaired by Thailand."
    )
    found = meetings(text, published="2022-02-25", country="THA")
    assert [m.name for m in found] == ["APEC Senior Officials' Meeting"]


def test_a_retreat_session_is_a_session_of_the_meeting() -> None:
    text = (
        "The 52nd ASEAN Foreign Ministers' Meeting (AMM) was held in Bangkok. At the AMM "
        "Retreat Session which followed the Plenary Session, Ministers discussed the RCEP."
    )
    found = meetings(text, published="2019-08-01", country="IDN")
    assert [m.name for m in found] == ["ASEAN Foreign Ministers' Meeting"]


def test_a_place_on_the_pages_first_line_places_and_dates_the_main_meeting() -> None:
    text = (
        "MANILA, THE PHILIPPINES\n\nThe Minister of Foreign Affairs attended the 18th ASEAN "
        "Plus Three Foreign Ministers' Meeting and addressed various issues."
    )
    (meeting,) = meetings(text, published="2017-08-07", country="MYS")
    assert (meeting.ordinal, meeting.city, meeting.country, meeting.start) == (
        18,
        "Manila",
        "PHL",
        "2017-08-07",
    )


def test_the_state_or_own_ministry_that_hosted_is_the_country() -> None:
    one = meetings(
        "The government of the Republic of Korea, together with the African Union (AU), "
        "hosted the 3rd Korea-Africa Forum on October 17.",
        published="2012-10-18",
    )
    own = meetings(
        "1. The Ministry of Foreign Affairs hosted the 5th Korea-Africa Forum jointly with the "
        "African Union (AU) on March 3.",
        published="2022-03-04",
    )
    assert [(m.ordinal, m.country) for m in [*one, *own]] == [(3, "KOR"), (5, "KOR")]


def test_talks_among_a_counted_number_of_parties_are_their_own_forum() -> None:
    text = (
        "The 12th ASEAN Plus Three Summit was held in Hua Hin. The Leaders reiterated their full "
        "support for an early resumption of the Six-Party Talks to facilitate long-term peace."
    )
    _, meeting = meetings(text, published="2009-10-25", country="THA")
    assert (meeting.name, meeting.forum, meeting.role) == (
        "Six-Party Talks",
        "Six-Party Talks",
        "mentioned",
    )


def test_a_text_the_forums_leaders_issued_tells_of_their_meeting() -> None:
    text = (
        "APEC Ministers welcomed the G20 Leaders’ statement in Washington last week, which "
        "called for a successful conclusion of the Doha Round."
    )
    g20 = [m for m in meetings(text, published="2008-11-23", country="AUS") if m.forum == "G20"]
    assert [(m.name, m.level, m.city, m.country) for m in g20] == [
        ("G20 Leaders' Summit", "leaders", "Washington", "USA")
    ]


def test_taking_part_by_video_in_a_meeting_makes_it_virtual() -> None:
    text = (
        "The Minister took part via videoconference in the G20 Foreign Ministers' Meeting "
        "hosted by Italy on 29 June 2021."
    )
    (meeting,) = meetings(text, published="2021-06-29", country="KOR")
    assert (meeting.format, meeting.country, meeting.start) == ("virtual", "ITA", "2021-06-29")
