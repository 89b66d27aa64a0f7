"""Meetings of a page: places after dates and city-states, hosts, lists sharing format,
sessions and earlier meetings of a series, themes, glosses and offices inside names, the
title's meeting, talks held with someone, council levels and lead sentences.

Each expectation is the record an analyst would write for the sentence (shared/spec/record.md).
"""

from __future__ import annotations

from summitry.extract.pipeline import extract_record
from summitry.record import Document, Meeting
from tests.extract.meeting_cases import meetings


def test_a_city_state_is_also_the_city_and_a_date_may_come_before_the_place() -> None:
    text = (
        "On the sidelines of the 2018 ASEAN-related Foreign Ministers' Meetings (July 31-August "
        "4, Singapore), Foreign Minister Kang had a series of bilateral meetings."
    )
    found = meetings(text, published="2018-08-05")
    assert [(m.name, m.city, m.country) for m in found] == [
        ("ASEAN-related Foreign Ministers' Meeting", "Singapore", "SGP"),
        ("bilateral meetings", "Singapore", "SGP"),
    ]


def test_a_comma_after_a_date_outside_brackets_places_nothing() -> None:
    text = (
        "The Minister attended the APEC Ministerial Meeting in Lima. In the APEC Energy "
        "Ministerial Meeting in August 2024, Korea suggested carbon-free energy."
    )
    found = meetings(text, published="2024-11-15")
    assert [(m.name, m.country) for m in found] == [
        ("APEC Ministerial Meeting", "PER"),
        ("APEC Energy Ministerial Meeting", None),
    ]


def test_a_possessive_forum_is_not_part_of_the_series_words() -> None:
    text = (
        "The Asia Pacific Economic Cooperation Forum's Ministers Responsible for Trade Meeting "
        "was held in Singapore on July 21-22, 2009."
    )
    (meeting,) = meetings(text, published="2009-07-23", country="USA")
    assert (meeting.name, meeting.city, meeting.start) == (
        "APEC Ministers Responsible for Trade Meeting",
        "Singapore",
        "2009-07-21",
    )


def test_what_one_meeting_of_a_reported_list_has_all_have() -> None:
    text = (
        "The Sultan joined other ASEAN Leaders for the 8th ASEAN-United States Summit; the "
        "ASEAN-New Zealand Commemorative Summit; and the 2nd ASEAN-Australia Biennial Summit, "
        "held virtually via video conferences."
    )
    found = meetings(text, published="2020-11-14", country="BRN")
    assert [(m.forum, m.role, m.format) for m in found] == [
        ("ASEAN-US", "main", "virtual"),
        ("ASEAN-New Zealand", "main", "virtual"),
        ("ASEAN-Australia", "main", "virtual"),
    ]


def test_a_host_state_named_in_the_sentence_is_the_meeting_s_country() -> None:
    text = (
        "The Minister will attend the 50th ASEAN Foreign Ministers' Meeting, which will be "
        "hosted by the Philippines in August."
    )
    (meeting,) = meetings(text, published="2017-05-23")
    assert (meeting.country, meeting.city) == ("PHL", None)


def test_a_compound_with_next_is_no_sign_of_a_later_meeting() -> None:
    text = (
        "The 8th APEC Tourism Ministerial Meeting (TMM8) closed with the Macao Declaration on a "
        "next-generation tourism industry."
    )
    (meeting,) = meetings(text, published="2014-09-13", country="CHN")
    assert (meeting.acronym, meeting.ordinal, meeting.role) == ("TMM8", 8, "main")


def test_a_committee_meeting_dated_today_and_a_will_after_it() -> None:
    text = (
        "The United States announced at the APEC Budget and Management Committee meeting in "
        "Singapore today that it will contribute $2.3 million."
    )
    (meeting,) = meetings(text, published="2007-08-02", country="USA")
    assert (meeting.name, meeting.level, meeting.role, meeting.start, meeting.city) == (
        "APEC Budget and Management Committee",
        "working_level",
        "main",
        "2007-08-02",
        "Singapore",
    )


def test_a_numbered_session_of_a_body_that_meets_is_a_meeting() -> None:
    text = (
        "The MIKTA Foreign Ministers' Meeting was held in New York on the occasion of the 73rd "
        "session of the UN General Assembly."
    )
    found = meetings(text, published="2018-09-27")
    assert [(m.name, m.forum, m.ordinal, m.role, m.city) for m in found] == [
        ("MIKTA Foreign Ministers' Meeting", "MIKTA", None, "main", "New York"),
        ("UN General Assembly", "UN", 73, "mentioned", None),
    ]


def test_the_nth_meeting_is_an_earlier_meeting_of_the_main_series() -> None:
    text = (
        "Foreign Minister Kang held the 3rd Korea-Pacific Islands Foreign Ministers' Meeting in "
        "Seoul. The first meeting was held in May 2011, and the second meeting was held in "
        "November 2014. They agreed to hold the first meeting of a new dialogue mechanism."
    )
    found = meetings(text, published="2019-10-24")
    assert [(m.forum, m.ordinal, m.role, m.start, m.city) for m in found] == [
        ("Korea-Pacific Islands", 3, "main", None, "Seoul"),
        ("Korea-Pacific Islands", 1, "mentioned", None, None),
        ("Korea-Pacific Islands", 2, "mentioned", None, None),
    ]


def test_a_theme_quoted_a_few_words_after_the_word_theme() -> None:
    text = (
        "The Minister attended the 57th ASEAN Foreign Ministers' Meeting in Vientiane. The "
        "meetings advanced cooperation under the theme of Lao PDR's Chairmanship, \"ASEAN: "
        'Enhancing Connectivity and Resilience".'
    )
    (meeting,) = meetings(text, published="2024-07-28", country="THA")
    assert meeting.theme == "ASEAN: Enhancing Connectivity and Resilience"


def test_a_theme_said_of_another_forum_is_not_the_main_meeting_s() -> None:
    text = (
        "The Prime Minister was invited to the G20 Osaka Summit. This formed the basis for the "
        "theme of Thailand's ASEAN Chairmanship “Advancing Partnership for Sustainability”."
    )
    (meeting, *_) = meetings(text, published="2019-06-30", country="THA")
    assert (meeting.name, meeting.theme) == ("G20 Osaka Summit", None)


def test_a_bracketed_gloss_inside_a_name_and_inaugural_as_first() -> None:
    text = (
        "South Korean Foreign Minister Kim Sung-hwan opened the inaugural Mekong-ROK (Republic "
        "of Korea) Foreign Ministers' Meeting at a Seoul hotel."
    )
    (meeting,) = meetings(text, published="2011-10-28")
    assert (meeting.name, meeting.forum, meeting.ordinal, meeting.role) == (
        "Mekong-ROK Foreign Ministers' Meeting",
        "Mekong-ROK",
        1,
        "main",
    )


def test_a_newspaper_s_apec_is_apec() -> None:
    text = "Ministers met at the convention centre ahead of the Apec Summit on Friday and Saturday."
    found = meetings(text, published="2022-11-17", country="THA")
    assert [(m.name, m.forum, m.level) for m in found] == [("APEC Summit", "APEC", "leaders")]


def test_a_title_meeting_on_whose_sidelines_talks_were_held_is_not_the_main_one() -> None:
    title = (
        "Foreign Minister Holds Separate Bilateral Meetings with Counterparts from ASEAN Countries "
        "on Sidelines of ASEAN-related Foreign Ministers' Meetings"
    )
    text = (
        "On the sidelines of the 2018 ASEAN-related Foreign Ministers' Meetings, Foreign Minister "
        "Kang had a series of bilateral meetings with her counterparts."
    )
    found = meetings(text, title=title, published="2018-08-05")
    assert {(m.name, m.role) for m in found} == {
        ("ASEAN-related Foreign Ministers' Meeting", "mentioned"),
        ("bilateral meetings", "main"),
    }


def test_a_meeting_held_with_someone_is_bilateral_talks_and_a_trilateral_one_too() -> None:
    """The talks of one page with several sides are one series of bilateral meetings."""
    text = (
        "The APEC Ministers Responsible for Trade Meeting was held in Singapore. Ambassador Kirk "
        "held a series of bilateral meetings with APEC counterparts, and a trilateral meeting "
        "with the Mexican and Canadian trade ministers. He also had a meeting with Queen Maxima."
    )
    found = meetings(text, published="2009-07-23", country="USA")
    assert [(m.forum, m.name, m.level, m.role, m.city) for m in found] == [
        ("APEC", found[0].name, "ministerial", "main", "Singapore"),
        ("bilateral", "bilateral meetings", "bilateral", "main", "Singapore"),
        ("trilateral", "trilateral meeting", "other", "main", "Singapore"),
    ]


def test_a_council_meeting_takes_the_council_s_level_and_its_inner_acronym() -> None:
    text = (
        "The Minister attended the 33rd ASEAN Coordinating Council (ACC) Meeting and the "
        "inaugural ASEAN-Gulf Cooperation Council (GCC) Summit."
    )
    found = meetings(text, published="2023-07-12", country="LAO")
    assert [(m.name, m.acronym, m.level, m.ordinal) for m in found] == [
        ("ASEAN Coordinating Council Meeting", "ACC", "ministerial", 33),
        ("ASEAN-GCC Summit", None, "leaders", 1),
    ]


def test_a_lead_saying_ministers_meet_virtually_gives_the_format() -> None:
    text = (
        "Ministers from the 21 APEC member economies are meeting virtually over the next two "
        "days. The 2021 APEC Ministerial Meeting is co-chaired by New Zealand."
    )
    (meeting,) = meetings(text, published="2021-11-08", country="NZL")
    assert (meeting.name, meeting.role, meeting.format) == (
        "APEC Ministerial Meeting",
        "main",
        "virtual",
    )


def test_a_numbered_forum_meeting_as_itself_keeps_its_topic() -> None:
    text = (
        "Foreign Minister Lavrov will take part in the ASEAN-Russia Ministerial Meeting and the "
        "23rd ASEAN Regional Forum on Security."
    )
    found = meetings(text, published="2016-07-23", country="RUS")
    assert [(m.forum, m.ordinal) for m in found] == [("ASEAN-Russia", None), ("ARF", 23)]


def test_a_meeting_name_inside_an_office_is_no_meeting() -> None:
    text = (
        "Vientiane – Deputy Minister Do Hung Viet, head of the ASEAN Senior Officials' Meeting "
        "(SOM) delegation of Viet Nam, attended the ASEAN Plus Three Foreign Ministers' Meeting "
        "in Vientiane, Laos, on July 27."
    )
    found = meetings(text, published="2024-07-27", country="VNM")
    assert [(m.forum, m.role, m.start, m.city) for m in found] == [
        ("ASEAN Plus Three", "main", "2024-07-27", "Vientiane")
    ]


def test_a_headline_without_a_place_keeps_the_state_the_lead_gave() -> None:
    text = (
        "'New Zealand is working ever more intensively with Southeast Asia,' says Mr Peters, "
        "who is currently in Malaysia for the East Asia Summit Foreign Ministers Meeting."
    )
    (found,) = meetings(text, title="Foreign Minister reflects on ASEAN ties", country="NZL")
    assert (found.name, found.city, found.country) == ("EAS Foreign Ministers Meeting", None, "MYS")


def test_a_lead_naming_no_meeting_places_the_main_one() -> None:
    text = (
        "On July 25-26, Foreign Minister Sergey Lavrov will attend the annual high-level ASEAN "
        "events in Vientiane (Laos). It is expected that the ASEAN-Russia Foreign Ministers "
        "Meeting on July 25 will result in practical steps."
    )
    (found,) = meetings(text, published="2016-07-22", country="RUS")
    assert (found.name, found.city, found.country, found.format) == (
        "ASEAN-Russia Foreign Ministers Meeting",
        "Vientiane",
        "LAO",
        "in_person",
    )


def test_a_lead_naming_another_meeting_does_not_place_the_main_one() -> None:
    text = (
        "Preparations for the 35th ASEAN Summit in Bangkok are under way. Foreign Minister "
        "Lavrov attended the ASEAN-Russia Foreign Ministers Meeting on July 25."
    )
    found = {m.name: (m.role, m.city) for m in meetings(text, published="2019-07-26")}
    assert found == {
        "ASEAN Summit": ("mentioned", "Bangkok"),
        "ASEAN-Russia Foreign Ministers Meeting": ("main", None),
    }


def test_a_lead_place_in_another_state_does_not_move_the_main_meeting() -> None:
    text = (
        "On July 25-26, Foreign Minister Sergey Lavrov will attend the annual ASEAN events in "
        "Vientiane (Laos). For the first time, the ASEAN-Russia Summit took place in Russia. "
        "The ASEAN-Russia Foreign Ministers Meeting on July 25 will result in practical steps."
    )
    found = {m.name: (m.role, m.city, m.country) for m in meetings(text, published="2016-07-22")}
    assert found["ASEAN-Russia Summit"] == ("main", None, "RUS")


def test_a_framed_meeting_hosted_by_another_state_does_not_take_the_main_s_city() -> None:
    text = (
        "Foreign Minister Lavrov attended the ASEAN-Russia Foreign Ministers Meeting in "
        "Vientiane on July 25. He recalled the decisions taken within the framework of the "
        "ASEAN-Russia Summit, hosted by Russia in May."
    )
    found = [(m.name, m.city, m.country) for m in meetings(text, published="2016-07-26")]
    assert found == [
        ("ASEAN-Russia Foreign Ministers Meeting", "Vientiane", "LAO"),
        ("ASEAN-Russia Summit", None, "RUS"),
    ]


def test_meetings_later_in_the_week_meet_in_the_main_one_s_city() -> None:
    text = (
        "APEC 2022 Thailand kicked off the APEC Economic Leaders' Week in Bangkok, beginning "
        "with the Concluding Senior Officials' Meeting (CSOM) at the Queen Sirikit National "
        "Convention Center, Bangkok, on 15-16 November 2022. To make preparations for the APEC "
        "Ministerial Meeting and the APEC Economic Leaders' Meeting later in the week, APEC "
        "Senior Officials met to sum up the host year."
    )
    found = [
        (m.name, m.city, m.country, m.venue, m.format)
        for m in meetings(text, published="2022-11-16", country="THA")
    ]
    assert found[1:] == [
        ("APEC Ministerial Meeting", "Bangkok", "THA", None, "in_person"),
        ("APEC Economic Leaders' Meeting", "Bangkok", "THA", None, "in_person"),
    ]


def test_talks_reported_with_a_placed_main_meeting_meet_where_it_met() -> None:
    text = (
        "1. First Vice Minister Kim, together with the delegations from five Central Asian "
        "countries, held the Seventh Cooperation Forum between the Republic of Korea and "
        "Central Asia in Bishkek, Kyrgyzstan, on October 4. In addition, he met bilaterally "
        "with the Vice Foreign Ministers who led the delegations at the Forum."
    )
    title = "ROK and Central Asia Hold the 7th Cooperation Forum and Bilateral Meetings"
    found = [(m.name, m.role, m.city) for m in meetings(text, title, published="2017-10-05")]
    assert found == [
        ("Korea-Central Asia Cooperation Forum", "main", "Bishkek"),
        ("bilateral meetings", "main", "Bishkek"),
    ]


def test_a_meeting_listed_under_a_placed_family_of_meetings_met_there() -> None:
    text = (
        "On the sidelines of the 2018 ASEAN-related Foreign Ministers' Meetings (July 31-August "
        "4, Singapore), Foreign Minister Kang had a series of bilateral meetings. She hoped a "
        "message of support would be sent during the ASEAN-related Foreign Ministers' "
        "Meetings, including the ARF."
    )
    found = {m.name: (m.city, m.country) for m in meetings(text, published="2018-08-05")}
    assert found["ASEAN Regional Forum"] == ("Singapore", "SGP")


def test_forums_beyond_east_asia_name_their_meetings() -> None:
    found = meetings(
        "The Commonwealth Heads of Government Meeting (CHOGM) was held in Kigali, Rwanda, "
        "from 20 to 25 June 2022. The Eighth Ministerial Conference of the Bali Process on "
        "People Smuggling was held in Adelaide on 10 February 2023. The 3rd CELAC-EU Summit "
        "took place in Brussels from 30 November to 1 December 2023.",
        published="2023-12-02",
    )
    assert [(m.name, m.forum, m.level, m.city) for m in found] == [
        ("Commonwealth Heads of Government Meeting", "Commonwealth", "leaders", "Kigali"),
        ("Bali Process Ministerial Conference", "Bali Process", "ministerial", "Adelaide"),
        ("EU-CELAC Summit", "EU-CELAC", "leaders", "Brussels"),
    ]


def test_talks_between_two_states_after_the_name_are_bilateral_and_annual_stays_inside() -> None:
    found = meetings(
        "The 13th Annual Consultation between Malaysia and Indonesia was held in Jakarta on "
        "8 August 2023. Prime Minister Anwar Ibrahim urged the European Union to review its "
        "deforestation regulation. He will attend the 15th India-Japan Annual Summit.",
        published="2023-08-08",
        country="MYS",
    )
    assert [(m.forum, m.ordinal) for m in found] == [("bilateral", 13), ("bilateral", 15)]
    assert found[1].name == "India-Japan Annual Summit"


def main_meeting(text: str, title: str | None = None) -> Meeting:
    doc = Document(text=text, title=title, published="2021-06-05", publisher_country="KOR")
    return next(m for m in extract_record("page.txt", doc).meetings if m.role == "main")


def test_the_place_after_a_name_in_its_sentence() -> None:
    meeting = main_meeting(
        "The 28th APEC Ministerial Meeting was held in Lima, Peru on 17 November."
    )
    assert (meeting.city, meeting.country, meeting.format) == ("Lima", "PER", "in_person")


def test_a_lead_that_says_the_ministers_met_virtually() -> None:
    meeting = main_meeting(
        "Trade ministers of the 21 APEC economies met virtually on Friday. "
        "The APEC Ministers Responsible for Trade Meeting adopted a joint statement."
    )
    assert meeting.format == "virtual"


def test_the_headline_gives_the_date_the_body_leaves_out() -> None:
    meeting = main_meeting(
        "Foreign Minister Chung Eui-yong attended the ASEAN-ROK Foreign Ministers' Meeting.",
        title="Foreign Minister attends ASEAN-ROK Foreign Ministers' Meeting on 3 June 2021",
    )
    assert (meeting.start, meeting.end) == ("2021-06-03", "2021-06-03")


def _places(text: str, title: str | None = None) -> list[tuple]:
    return [
        (m.name, m.city, m.country, m.format, m.role)
        for m in meetings(text, title=title, published="2023-11-17", country="JPN")
    ]


def test_the_meeting_a_journey_was_made_for_met_where_the_journey_went() -> None:
    text = (
        "On November 16, 2023 (local time), Prime Minister KISHIDA Fumio, who is visiting San "
        "Francisco, the United States of America to attend the APEC Economic Leaders' Meeting, "
        "held a Japan-China Summit Meeting with H.E. Mr. Xi Jinping, President of the People's "
        "Republic of China."
    )
    assert _places(text, title="Japan-China Summit Meeting") == [
        ("APEC Economic Leaders' Meeting", "San Francisco", "USA", "in_person", "mentioned"),
        ("Japan-China Summit", "San Francisco", "USA", "in_person", "main"),
    ]
    text = "President Xi arrived in Lima on Thursday for the APEC Economic Leaders' Meeting."
    assert _places(text)[0][:4] == ("APEC Economic Leaders' Meeting", "Lima", "PER", "in_person")


def test_a_state_that_is_its_own_capital_is_where_a_journey_went() -> None:
    text = (
        "On June 1, Prime Minister Kishida, who is visiting Singapore to attend the Shangri-La "
        "Dialogue, held a Summit Meeting with Prime Minister Lawrence Wong."
    )
    found = _places(text, title="Japan-Singapore Summit Meeting")
    assert found[0] == ("Shangri-La Dialogue", "Singapore", "SGP", "in_person", "mentioned")


def test_a_journey_places_only_the_meeting_it_was_made_for() -> None:
    # talks of an earlier year in the same sentence did not meet where the journey went
    text = (
        "Prime Minister Kishida, who is visiting San Francisco to attend the APEC Economic "
        "Leaders' Meeting, recalled the Japan-China Summit Meeting of 2022."
    )
    assert [(name, city) for name, city, *_ in _places(text)] == [
        ("APEC Economic Leaders' Meeting", "San Francisco"),
        ("Japan-China Summit", None),
    ]


def test_a_place_after_the_meeting_s_name_comes_before_the_journey_s() -> None:
    text = "The Minister arrived in Bali for the G20 Summit at the Apurva Kempinski in Nusa Dua."
    assert _places(text)[0][:3] == ("G20 Summit", "Nusa Dua", "IDN")


def test_talks_during_a_visit_meet_where_and_when_the_visit_the_sentence_before_tells_of() -> None:
    text = (
        "External Affairs Minister Dr. S. Jaishankar visited Singapore on March 23-24, 2024. "
        "During the visit, EAM called on Prime Minister Lee Hsien Loong and held talks with "
        "Foreign Minister Vivian Balakrishnan."
    )
    assert [
        (m.name, m.start, m.end, m.city, m.country, m.format, m.role)
        for m in meetings(text, published="2024-03-25", country="IND")
    ] == [("bilateral talks", "2024-03-23", "2024-03-24", "Singapore", "SGP", "in_person", "main")]


def test_talks_during_a_visit_keep_the_place_and_day_their_own_sentence_gives() -> None:
    text = (
        "The Minister visited Jakarta on 5 May 2024. During the visit, he met Thai Foreign "
        "Minister Maris in Bangkok on 6 May."
    )
    found = meetings(text, published="2024-05-08", country="IND")
    assert [(m.start, m.city, m.country) for m in found] == [("2024-05-06", "Bangkok", "THA")]


def test_a_place_after_another_meetings_name_is_that_meetings() -> None:
    text = (
        "The ASEAN Regional Forum Senior Officials' Meeting was held online on June 14. The ROK "
        "informed the meeting that it will host the 16th ARF Experts and Eminent Persons Meeting "
        "in Korea next year."
    )
    found = meetings(text, published="2023-06-15")
    assert [(m.name, m.role, m.country) for m in found] == [
        ("ARF Senior Officials' Meeting", "main", None),
        ("ARF Experts and Eminent Persons Meeting", "mentioned", "KOR"),
    ]


def test_meetings_listed_together_share_the_place_after_the_list() -> None:
    text = (
        "The Minister attended the APEC Ministers Responsible for Trade Meeting. Its results will "
        "be carried forward to the APEC Ministerial Meeting (AMM) and the APEC Economic Leaders' "
        "Meeting in Bangkok in November 2022."
    )
    found = meetings(text, published="2022-05-22")
    assert [(m.name, m.city, m.country) for m in found][1:] == [
        ("APEC Ministerial Meeting", "Bangkok", "THA"),
        ("APEC Economic Leaders' Meeting", "Bangkok", "THA"),
    ]


def test_a_meeting_of_the_forum_later_that_week_is_in_the_main_meetings_state() -> None:
    text = (
        "Ministers opened the 33rd APEC Ministerial Meeting in Bangkok on 17 November 2022. "
        "The APEC Summit will follow on 18-19 November 2022."
    )
    found = meetings(text, published="2022-11-17")
    assert [(m.name, m.start, m.city, m.country) for m in found] == [
        ("APEC Ministerial Meeting", "2022-11-17", "Bangkok", "THA"),
        ("APEC Summit", "2022-11-18", None, "THA"),
    ]


def test_an_undated_or_later_meeting_of_the_forum_is_not_placed() -> None:
    for text in (
        "Ministers opened the 33rd APEC Ministerial Meeting in Bangkok on 17 November 2022 "
        "ahead of the APEC Economic Leaders' Meeting.",
        "Ministers opened the 33rd APEC Ministerial Meeting in Bangkok on 17 November 2022. "
        "The APEC Economic Leaders' Meeting will be held on 30 November 2022.",
    ):
        found = meetings(text, published="2022-11-17")
        assert [m.country for m in found] == ["THA", None]


def test_a_city_summit_is_the_one_summit_the_page_reports() -> None:
    text = (
        "The ASEAN-Russia Summit took place in Russia for the first time. The ministers will "
        "carry out the decisions of the Sochi summit."
    )
    found = meetings(text, published="2016-07-20")
    assert [(m.name, m.city, m.country) for m in found] == [("ASEAN-Russia Summit", "Sochi", "RUS")]


def test_a_city_summit_names_none_of_two_summits() -> None:
    text = (
        "The ASEAN-Russia Summit took place in Russia. The ASEAN-Japan Summit will be held in "
        "December. The ministers will carry out the decisions of the Sochi summit."
    )
    found = meetings(text, published="2016-07-20")
    assert [(m.name, m.city, m.country) for m in found] == [
        ("ASEAN-Russia Summit", None, "RUS"),
        ("ASEAN-Japan Summit", None, None),
    ]
