"""Talks between two governments (extract/meeting_talks.py), as foreign ministries, leaders'
offices and news agencies report them: who met whom, the talks' day and place from the lead,
the meeting they met on the sidelines of, and calls by telephone."""

from __future__ import annotations

from summitry.extract.meeting_talks import on_sidelines
from tests.extract.meeting_cases import meetings


def rows(text: str, title: str | None = None, published: str = "2023-12-01") -> list[tuple]:
    """(name, forum, level, ordinal, start, end, city, country, format, role) of each meeting."""
    return [
        (m.name, m.forum, m.level, m.ordinal, m.start, m.end, m.city, m.country, m.format, m.role)
        for m in meetings(text, title=title, published=published, country="JPN")
    ]


def test_a_summit_meeting_held_on_the_margins_takes_the_lead_s_date_and_city() -> None:
    text = (
        "On September 9, 2023, commencing at 10:30 a.m. for approximately 40 minutes, Mr. "
        "KISHIDA Fumio, Prime Minister of Japan, held a Summit Meeting with H.E. Mr. Narendra "
        "Modi, Prime Minister of the Republic of India, in New Delhi, on the margins of the G20 "
        "New Delhi Summit. Prime Minister Kishida stated that Japan would cooperate toward the "
        "success of the G20 Summit."
    )
    found = rows(text, title="Japan-India Summit Meeting", published="2023-09-10")
    assert sorted(found) == [
        # the G20 New Delhi Summit and the G20 Summit are one meeting, named with its city
        ("G20 New Delhi Summit", "G20", "leaders", None, None, None, "New Delhi", "IND",
         "in_person", "mentioned"),
        ("Japan-India Summit", "bilateral", "bilateral", None, "2023-09-09", "2023-09-09",
         "New Delhi", "IND", "in_person", "main"),
    ]  # fmt: skip


def test_a_telephone_talk_is_a_virtual_bilateral_meeting_without_a_place() -> None:
    text = (
        "On April 2, 2023, commencing at 4:00 p.m. for approximately 30 minutes, Mr. HAYASHI "
        "Yoshimasa, Minister for Foreign Affairs of Japan, held a telephone talk with Mr. Qin "
        "Gang, Minister of Foreign Affairs of the People's Republic of China."
    )
    title = "Japan-China Foreign Ministers' Telephone Talk"
    assert rows(text, title=title, published="2023-04-03") == [
        (title, "bilateral", "bilateral", None, "2023-04-02", "2023-04-02", None, None,
         "virtual", "main"),
    ]  # fmt: skip


def test_talks_by_telephone_in_the_body_alone() -> None:
    text = "On May 5, Minister Wong spoke by telephone with the Foreign Minister of Japan."
    assert rows(text, published="2024-05-06") == [
        ("telephone call", "bilateral", "bilateral", None, "2024-05-05", "2024-05-05", None,
         None, "virtual", "main"),
    ]  # fmt: skip


def test_met_with_an_office_on_the_sidelines_of_a_summit_reports_the_talks() -> None:
    text = (
        "On the afternoon of August 23, 2023 local time, President Xi Jinping met with Indian "
        "Prime Minister Narendra Modi on the sidelines of the 15th BRICS Summit in Johannesburg."
    )
    assert rows(text, title="President Xi Jinping Meets with Indian Prime Minister") == [
        ("bilateral meeting", "bilateral", "bilateral", None, "2023-08-23", "2023-08-23",
         "Johannesburg", "ZAF", "in_person", "main"),
        ("BRICS Summit", "BRICS", "leaders", 15, None, None, "Johannesburg", "ZAF",
         "in_person", "mentioned"),
    ]  # fmt: skip


def test_the_sidelines_named_first_are_still_not_the_page_s_meeting() -> None:
    text = (
        "On the sidelines of the 15th BRICS Summit in Johannesburg, President Xi Jinping met "
        "with Indian Prime Minister Narendra Modi on August 23."
    )
    found = rows(text, published="2023-08-24")
    assert [(r[0], r[4], r[6], r[9]) for r in found] == [
        ("BRICS Summit", None, "Johannesburg", "mentioned"),
        ("bilateral meeting", "2023-08-23", "Johannesburg", "main"),
    ]


def test_the_date_after_the_host_s_city_is_the_talks_day() -> None:
    text = (
        "Prime Minister Shri Narendra Modi met President Joseph R. Biden on the sidelines of the "
        "G7 Summit in Hiroshima on 20 May 2023."
    )
    found = rows(text, published="2023-05-21")
    assert [(r[0], r[4], r[6], r[9]) for r in found] == [
        ("bilateral meeting", "2023-05-20", "Hiroshima", "main"),
        ("G7 Summit", None, "Hiroshima", "mentioned"),
    ]


def test_two_states_offices_that_met_are_talks() -> None:
    text = (
        "Japanese Prime Minister Fumio Kishida and Chinese President Xi Jinping met on Thursday "
        "on the sidelines of the APEC summit in San Francisco."
    )
    found = rows(text, published="2023-11-17")
    assert [(r[0], r[4], r[6], r[9]) for r in found] == [
        ("bilateral meeting", "2023-11-16", "San Francisco", "main"),
        ("APEC Summit", None, "San Francisco", "mentioned"),
    ]


def test_a_counterpart_or_a_state_s_office_after_met() -> None:
    counterpart = "Foreign Minister Kim met her Japanese counterpart in Tokyo on 3 June 2024."
    office = "Minister Wong met with New Zealand Foreign Minister Winston Peters in Canberra today."
    assert [(r[0], r[4], r[6]) for r in rows(counterpart)] == [
        ("bilateral meeting", "2024-06-03", "Tokyo")
    ]
    assert [(r[0], r[4], r[6]) for r in rows(office, published="2024-02-01")] == [
        ("bilateral meeting", "2024-02-01", "Canberra")
    ]


def test_meeting_others_than_a_government_s_people_is_no_talks() -> None:
    text = (
        "The ministers met in Bangkok on 5 May 2024. The Minister also met with business leaders "
        "and students. Leaders met with the ASEAN Business Advisory Council. The President met "
        "with the press."
    )
    assert rows(text) == []


def test_the_place_a_minister_is_visiting_is_where_the_talks_met() -> None:
    text = (
        "On July 8, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, who is visiting "
        "Manila, the Philippines, held a Foreign Ministers' Meeting with H.E. Mr. Enrique A. "
        "Manalo, Secretary of Foreign Affairs of the Republic of the Philippines."
    )
    found = rows(text, title="Japan-Philippines Foreign Ministers' Meeting", published="2024-07-09")
    assert [(r[0], r[4], r[6], r[7], r[9]) for r in found] == [
        ("Japan-Philippines Foreign Ministers' Meeting", "2024-07-08", "Manila", "PHL", "main")
    ]


def test_talks_on_the_margins_meet_in_the_host_s_city_unless_by_telephone() -> None:
    text = (
        "On the margins of the G20 Foreign Ministers' Meeting in Rio de Janeiro on 21 February "
        "2024, Minister Wong held a telephone talk with the Foreign Minister of Japan. She also "
        "met the Indonesian Foreign Minister."
    )
    found = rows(text, title="Minister holds bilateral talks", published="2024-02-22")
    assert [(r[0], r[4], r[6], r[8], r[9]) for r in found] == [
        ("G20 Foreign Ministers' Meeting", "2024-02-21", "Rio de Janeiro", "in_person",
         "mentioned"),
        ("telephone talk", None, None, "virtual", "main"),
        ("bilateral meeting", None, "Rio de Janeiro", "in_person", "main"),
    ]  # fmt: skip


def test_a_state_of_several_words_in_a_call_s_headline_and_a_summit_telephone_talk() -> None:
    text = (
        "On March 2, Prime Minister Kishida held a summit telephone talk with President Yoon "
        "Suk Yeol."
    )
    title = "Japan-Republic of Korea Summit Telephone Talk"
    assert rows(text, title=title, published="2024-03-03") == [
        (title, "bilateral", "bilateral", None, "2024-03-02", "2024-03-02", None, None,
         "virtual", "main"),
    ]  # fmt: skip


def test_talks_named_by_the_two_states() -> None:
    text = "Vladimir Putin and Narendra Modi held Russian-Indian talks on July 9."
    assert [(r[0], r[1], r[4], r[9]) for r in rows(text, published="2024-07-10")] == [
        ("Russian-Indian talks", "bilateral", "2024-07-09", "main")
    ]


def test_an_office_and_a_counterpart_of_two_states_that_met() -> None:
    two = (
        "Australian Foreign Minister Penny Wong and her Chinese counterpart Wang Yi met in "
        "Beijing on 20 December 2022."
    )
    many = "The ASEAN Foreign Ministers met their Chinese counterpart in Jakarta."
    assert [(r[0], r[4], r[6]) for r in rows(two)] == [
        ("bilateral meeting", "2022-12-20", "Beijing")
    ]
    assert all(r[1] != "bilateral" for r in rows(many))  # a group's talks with a partner


def test_summit_meetings_with_several_leaders_and_a_visiting_office() -> None:
    several = (
        "On the margins of the Tenth Pacific Islands Leaders Meeting (PALM10) in Tokyo, Prime "
        "Minister Kishida held summit meetings with the leaders of Fiji and Tonga."
    )
    visiting = (
        "Chinese Premier Li Qiang met with visiting Vietnamese Prime Minister Pham Minh Chinh "
        "in Beijing on Tuesday."
    )
    assert [(r[0], r[6], r[9]) for r in rows(several, published="2024-07-19")] == [
        ("Pacific Islands Leaders Meeting", "Tokyo", "mentioned"),
        ("bilateral meetings", "Tokyo", "main"),
    ]
    assert [(r[0], r[4], r[6]) for r in rows(visiting, published="2024-03-05")] == [
        ("bilateral meeting", "2024-03-05", "Beijing")  # 5 March 2024 was a Tuesday
    ]


def test_the_date_after_a_host_named_twice_is_still_the_talks_day() -> None:
    text = (
        "Prime Minister Kishida met Prime Minister Rabuka of Fiji on the margins of the Tenth "
        "Pacific Islands Leaders Meeting (PALM10) in Tokyo on 18 July 2024."
    )
    found = rows(text, published="2024-07-19")
    assert [(r[0], r[4], r[6], r[9]) for r in found] == [
        ("bilateral meeting", "2024-07-18", "Tokyo", "main"),
        ("Pacific Islands Leaders Meeting", None, "Tokyo", "mentioned"),
    ]


def test_the_day_that_opens_the_lead_dates_talks_only_the_headline_names() -> None:
    text = (
        "On September 9, 2023, the two leaders exchanged views in New Delhi on the margins of "
        "the G20 New Delhi Summit."
    )
    found = rows(text, title="Japan-India Summit Meeting", published="2023-09-10")
    assert [(r[0], r[4], r[6], r[9]) for r in found] == [
        ("G20 New Delhi Summit", None, "New Delhi", "mentioned"),
        ("Japan-India Summit", "2023-09-09", "New Delhi", "main"),
    ]


def test_a_minister_s_telephone_talk_with_in_a_headline() -> None:
    title = "Foreign Minister Hayashi's Telephone Talk with Foreign Minister Qin Gang"
    text = "On April 2, Minister Hayashi and Foreign Minister Qin exchanged views."
    assert rows(text, title=title, published="2023-04-03") == [
        ("telephone talk", "bilateral", "bilateral", None, "2023-04-02", "2023-04-02", None,
         None, "virtual", "main"),
    ]  # fmt: skip


def test_two_office_holders_one_state_unsaid_that_met() -> None:
    talks = (
        "President Joe Biden and Chinese President Xi Jinping met on Wednesday, November 15, "
        "2023, on the sidelines of the Asia-Pacific Economic Cooperation summit."
    )
    one_side = "Prime Minister Kishida and Foreign Minister Kamikawa met on Monday."
    assert [(r[0], r[4], r[9]) for r in rows(talks, published="2023-11-16")] == [
        ("bilateral meeting", "2023-11-15", "main"),
        ("Asia-Pacific Economic Cooperation Summit", None, "mentioned"),
    ]
    assert rows(one_side) == []  # no state named: one government's people


def test_the_body_s_two_state_name_is_the_headline_s_meeting() -> None:
    text = (
        "On July 25, 2024, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, held a "
        "Japan-ROK Foreign Ministers' Meeting with H.E. Mr. Cho Tae-yul, Minister of Foreign "
        "Affairs of the Republic of Korea, during her visit to Vientiane, Lao PDR."
    )
    found = rows(text, title="Japan-Korea Foreign Ministers' Meeting", published="2024-07-26")
    assert [(r[0], r[4], r[6], r[9]) for r in found] == [
        ("Japan-Korea Foreign Ministers' Meeting", "2024-07-25", "Vientiane", "main")
    ]


def test_meeting_the_head_of_an_international_body_is_no_bilateral_talk() -> None:
    text = (
        "The 31st ASEAN Regional Forum was held in Vientiane on 27 July 2024. The Ministers met "
        "with the ASEAN Secretary-General. The leaders met with youth representatives."
    )
    assert [(r[0], r[1]) for r in rows(text)] == [("ASEAN Regional Forum", "ARF")]


def test_talks_of_an_earlier_year_are_history_not_the_page_s_meeting() -> None:
    text = (
        "President Xi, who first met Prime Minister Modi in 2014, attended the 15th BRICS "
        "Summit in Johannesburg on 23 August 2023."
    )
    found = rows(text, published="2023-08-24")
    assert [(r[0], r[4], r[9]) for r in found] == [
        ("bilateral meeting", None, "mentioned"),
        ("BRICS Summit", "2023-08-23", "main"),
    ]


def test_an_agency_s_day_and_place_between_met_and_with_still_make_talks() -> None:
    # under a headline that is only the agency's name, the lead alone gives the talks
    talks = ("bilateral meeting", "bilateral", "bilateral", None, "2024-03-05", "2024-03-05")
    here = (  # 'here' is the dateline's city; the page is of Wednesday, 6 March 2024
        "BEIJING, March 5 (Xinhua) -- Chinese Premier Li Qiang met here Tuesday with visiting "
        "Vietnamese Prime Minister Pham Minh Chinh."
    )
    there = (
        "Chinese Premier Li Qiang met in Beijing on Tuesday with Vietnamese Prime Minister Pham "
        "Minh Chinh."
    )
    for text in (here, there):
        found = rows(text, title="Xinhua", published="2024-03-06")
        assert found == [(*talks, "Beijing", "CHN", "in_person", "main")], text


def test_words_between_met_and_the_other_side_s_office_still_make_talks() -> None:
    text = (
        "President Xi Jinping met separately with newly elected Vietnamese Prime Minister Pham "
        "Minh Chinh."
    )
    assert [r[:3] for r in rows(text)] == [("bilateral meeting", "bilateral", "bilateral")]
    assert rows("President Xi Jinping met in Beijing on Tuesday with business leaders.") == []


def test_the_one_talk_of_the_body_is_the_one_a_readout_s_headline_names() -> None:
    title = "Secretary Blinken's Meeting with Philippine Secretary of Foreign Affairs Manalo"
    text = (
        "Secretary of State Antony J. Blinken met with Philippine Secretary of Foreign Affairs "
        "Enrique Manalo today."
    )
    found = rows(text, title=title, published="2024-07-27")
    assert [(r[0], r[4], r[9]) for r in found] == [("meeting", "2024-07-27", "main")]


def test_a_meeting_named_after_a_framing_cue_and_at_most_a_few_words() -> None:
    text = (
        "They met on the sidelines of the G7 Summit and within the framework of the 40th and "
        "41st ASEAN Summits."
    )
    assert on_sidelines(text, text.index("G7"))
    assert not on_sidelines(text, text.index("They"))
    assert not on_sidelines(text, text.index("ASEAN"))  # three words between
    assert on_sidelines(text, text.index("ASEAN"), words=3, reach=60)
