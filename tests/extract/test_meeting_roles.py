"""Meetings of a page: names that stop before a date, roles from what the page reports,
families and lists of meetings, forums named as groupings or met as themselves, and the
place, date and format a meeting's own words, dateline or framing meeting give.

Each expectation is the record an analyst would write for the sentence (shared/spec/record.md).
"""

from __future__ import annotations

from summitry.extract.pipeline import extract_record
from summitry.record import Document
from tests.extract.meeting_cases import meetings

# -- names that stop before a date; which meetings the page reports ----------------------


def test_topic_never_starts_with_a_month_or_weekday() -> None:
    text = (
        "Leaders will gather for the APEC Economic Leaders' Meeting on Friday and Saturday. "
        "The Second MIKTA Foreign Ministers' Meeting on April 14 was held in Mexico City."
    )
    names = [m.name for m in meetings(text, published="2015-04-20")]
    assert names == ["APEC Economic Leaders' Meeting", "MIKTA Foreign Ministers' Meeting"]


def test_meetings_listed_with_the_main_one_are_main_and_share_date_and_place() -> None:
    text = (
        "On 21 July 2010, in Hanoi, Viet Nam, Foreign Minister Kasit Piromya attended the 11th "
        "ASEAN Plus Three Foreign Ministers Meeting, the East Asia Summit (EAS) Foreign "
        "Ministers Informal Consultations and the Third Mekong-Japan Foreign Ministers Meeting."
    )
    found = meetings(text, published="2010-07-22", country="THA")
    assert [(m.forum, m.role, m.start, m.city, m.country) for m in found] == [
        ("ASEAN Plus Three", "main", "2010-07-21", "Hanoi", "VNM"),
        ("EAS", "main", "2010-07-21", "Hanoi", "VNM"),
        ("Mekong-Japan", "main", "2010-07-21", "Hanoi", "VNM"),
    ]


def test_with_no_cue_verb_the_first_meeting_named_is_main() -> None:
    text = (
        "China has announced a donation at the 14th APEC Economic Leaders' Meeting. "
        "Leaders also looked ahead to the G20 Leaders' Summit."
    )
    assert [m.role for m in meetings(text)] == ["main", "mentioned"]


def test_subregional_groupings_are_forums() -> None:
    text = (
        "The 25th Brunei Darussalam-Indonesia-Malaysia-Philippines East ASEAN Growth Area "
        "(BIMP-EAGA) Ministers' Meeting was held in Pontianak. The 16th BIMSTEC Ministerial "
        "Meeting was held in Kathmandu."
    )
    found = meetings(text, published="2021-11-25", country="IDN")
    assert [(m.name, m.forum, m.level, m.ordinal) for m in found] == [
        ("BIMP-EAGA Ministers' Meeting", "BIMP-EAGA", "ministerial", 25),
        ("BIMSTEC Ministerial Meeting", "BIMSTEC", "ministerial", 16),
    ]


def test_a_family_of_meetings_reported_together_is_one_meeting_per_forum() -> None:
    text = (
        "Senior Officials' Meetings (SOMs) of the ASEAN Plus Three (APT), the East Asia Summit "
        "(EAS) and the ASEAN Regional Forum (ARF) took place on July 20-21 in a video format."
    )
    found = meetings(text, published="2020-07-23")
    assert [(m.name, m.acronym, m.role, m.start, m.end, m.format) for m in found] == [
        (
            "ASEAN Plus Three Senior Officials' Meeting",
            "SOM",
            "main",
            "2020-07-20",
            "2020-07-21",
            "virtual",
        ),
        ("EAS Senior Officials' Meeting", "SOM", "main", "2020-07-20", "2020-07-21", "virtual"),
        ("ARF Senior Officials' Meeting", "SOM", "main", "2020-07-20", "2020-07-21", "virtual"),
    ]


def test_forums_listed_before_a_plural_name_and_a_forum_meeting_as_itself() -> None:
    text = (
        "The Minister attended the ASEAN-US and ASEAN Plus Three Foreign Ministers' Meetings, "
        "the EAS Foreign Ministers' Meeting and the ASEAN Regional Forum in Vientiane."
    )
    found = meetings(text, published="2024-07-28")
    assert [(m.forum, m.level, m.role, m.city) for m in found] == [
        ("ASEAN-US", "ministerial", "main", "Vientiane"),
        ("ASEAN Plus Three", "ministerial", "main", "Vientiane"),
        ("EAS", "ministerial", "main", "Vientiane"),
        ("ARF", "ministerial", "main", "Vientiane"),
    ]


def test_bilateral_talks_reported_are_main_unless_announced() -> None:
    text = (
        "The APEC Ministers Responsible for Trade Meeting was held in Hanoi. The Minister "
        "also held bilateral meetings in the margins of the meeting."
    )
    found = meetings(text, published="2017-05-22")
    assert [(m.name, m.role) for m in found] == [
        ("APEC Ministers Responsible for Trade Meeting", "main"),
        ("bilateral meetings", "main"),
    ]


def test_a_trilateral_meeting_is_not_the_page_s_other_forum() -> None:
    text = (
        "On the margins of the G20 meetings, the foreign ministers of China, Japan and the "
        "Republic of Korea held a Trilateral Foreign Ministers' Meeting in Busan."
    )
    (meeting,) = [m for m in meetings(text, published="2019-08-22") if "Trilateral" in m.name]
    assert (meeting.forum, meeting.level, meeting.city) == (
        "China-Japan-ROK",
        "ministerial",
        "Busan",
    )


def test_a_relative_clause_on_how_it_was_held_belongs_to_the_meeting() -> None:
    text = (
        "Prime Minister Jacinda Ardern today attended the ASEAN-New Zealand Commemorative "
        "Summit. The ASEAN-New Zealand Commemorative Summit, which was held digitally, also "
        "marked the 45th anniversary of the partnership."
    )
    (meeting,) = meetings(text, published="2020-11-14", country="NZL")
    assert (meeting.role, meeting.format) == ("main", "virtual")


def test_the_meeting_in_lower_case_refers_back_to_the_last_one_named() -> None:
    text = (
        "Minister Ng concluded her participation in the APEC Ministers Responsible for Trade "
        "Meeting. Hosted by New Zealand, the meeting was held virtually on June 4 and 5, 2021."
    )
    (meeting,) = meetings(text, published="2021-06-05", country="CAN")
    assert (meeting.role, meeting.start, meeting.end, meeting.format) == (
        "main",
        "2021-06-04",
        "2021-06-05",
        "virtual",
    )


def test_joined_or_invited_to_marks_the_meeting_reported() -> None:
    text = (
        "The Prime Minister was invited to the G20 Osaka Summit during 28-29 June 2019. He "
        "recalled the outcome of the 34th ASEAN Summit held in Bangkok during 22-23 June 2019."
    )
    found = meetings(text, published="2019-06-30", country="THA")
    assert [(m.name, m.role) for m in found] == [
        ("G20 Osaka Summit", "main"),
        ("ASEAN Summit", "mentioned"),
    ]


def test_with_no_page_date_a_founding_year_dates_nothing() -> None:
    text = (
        "The 25th BIMP-EAGA Ministers' Meeting was held in Pontianak, Kalimantan, Indonesia on "
        "November 25 and 26. "
        "Established in 1994, BIMP-EAGA aims to raise trade in the sub-region."
    )
    (meeting,) = meetings(text, published=None, country="BRN")
    assert (meeting.start, meeting.end, meeting.city, meeting.country) == (
        None,
        None,
        "Pontianak",
        "IDN",
    )


def test_the_host_city_in_a_name_places_the_meeting() -> None:
    text = "The Prime Minister attended the G20 Osaka Summit during 28-29 June 2019."
    (meeting,) = meetings(text, published="2019-06-30", country="THA")
    assert (meeting.city, meeting.country, meeting.format) == ("Osaka", "JPN", "in_person")


def test_a_dateline_city_places_the_main_meeting() -> None:
    text = (
        "GYEONGJU, North Gyeongsang Province — Foreign and trade ministers from the 21 APEC "
        "member economies met Thursday. The APEC Ministerial Meeting serves as the last "
        "checkpoint before the leaders' summit."
    )
    found = meetings(text, published="2025-10-31")
    assert [(m.name, m.role, m.city, m.country, m.format) for m in found][0] == (
        "APEC Ministerial Meeting",
        "main",
        "Gyeongju",
        "KOR",
        "in_person",
    )


def test_numbered_series_acronyms_are_meetings_of_the_page_s_forum() -> None:
    text = (
        "The Third APEC Senior Officials' Meeting (SOM3) was held in Jeju. SOM3 served to turn "
        "the outcomes of SOM1 and SOM2 into achievements."
    )
    found = meetings(text, published="2025-08-16")
    assert [(m.name, m.acronym, m.ordinal, m.role) for m in found] == [
        ("APEC Senior Officials' Meeting", "SOM3", 3, "main"),
        ("APEC Senior Officials' Meeting", "SOM1", 1, "mentioned"),
        ("APEC Senior Officials' Meeting", "SOM2", 2, "mentioned"),
    ]


def test_a_forum_named_by_its_meeting_s_name_is_the_grouping_unless_met() -> None:
    text = (
        "The Minister attended the ASEAN Plus Three Foreign Ministers' Meeting. ASEAN plays a "
        "central role among fora such as the East Asia Summit (EAS), the ASEAN Regional Forum "
        "(ARF) and the ADMM-Plus. She will attend the East Asia Summit (EAS) in November."
    )
    found = meetings(text, published="2024-07-27")
    assert [(m.name, m.role) for m in found] == [
        ("ASEAN Plus Three Foreign Ministers' Meeting", "main"),
        ("East Asia Summit", "mentioned"),
    ]


def test_a_forum_that_meets_as_a_named_series() -> None:
    text = (
        "The Ministry of Foreign Affairs hosted the 5th Korea-Africa Forum on March 3. Ties have "
        "grown since the 1st Korea-Africa Forum in 2006."
    )
    found = meetings(text, published="2022-03-04")
    assert [(m.name, m.forum, m.level, m.ordinal, m.role) for m in found] == [
        ("Korea-Africa Forum", "Korea-Africa", "ministerial", 5, "main"),
        ("Korea-Africa Forum", "Korea-Africa", "ministerial", 1, "mentioned"),
    ]


def test_an_ordinal_glued_to_the_forum_does_not_double_it() -> None:
    text = (
        "The Minister attended the 18th ASEAN Plus Three Foreign Ministers' Meeting. The "
        "18thASEAN Plus Three Foreign Ministers' Meeting adopted the new Work Plan."
    )
    found = meetings(text, published="2017-08-07", country="MYS")
    assert [(m.name, m.ordinal) for m in found] == [
        ("ASEAN Plus Three Foreign Ministers' Meeting", 18)
    ]


def test_a_meeting_that_frames_the_reported_one_shares_its_place() -> None:
    text = (
        "Prime Minister Pham Minh Chinh on November 13 attended the 17th East Asia Summit (EAS) "
        "in Phnom Penh, Cambodia, within the framework of the 40th and 41st ASEAN Summits."
    )
    found = meetings(text, published="2022-11-13", country="VNM")
    assert [(m.name, m.ordinal, m.role, m.city) for m in found] == [
        ("East Asia Summit", 17, "main", "Phnom Penh"),
        ("ASEAN Summit", 40, "mentioned", "Phnom Penh"),
        ("ASEAN Summit", 41, "mentioned", "Phnom Penh"),
    ]


def test_a_meeting_the_delegation_held_is_reported() -> None:
    doc = Document(
        title="ROK and Central Asia Hold Bilateral Meetings",
        text=(
            "The First Vice Minister held bilateral meetings with his counterparts. "
            "He also held the Seventh Cooperation Forum between the Republic of Korea and "
            "Central Asia in Bishkek."
        ),
        published="2017-10-31",
        publisher_country="KOR",
    )
    found = {m.name: m.role for m in extract_record("page.txt", doc).meetings}
    assert found["Korea-Central Asia Cooperation Forum"] == "main"


def test_meeting_bilaterally_is_bilateral_meetings() -> None:
    doc = Document(
        title=None,
        text=(
            "On the sidelines of the Forum, Foreign Minister Kim met bilaterally with the "
            "Foreign Ministers of 10 African countries."
        ),
        published="2012-10-18",
        publisher_country="KOR",
    )
    found = [(m.name, m.forum, m.role) for m in extract_record("page.txt", doc).meetings]
    assert ("bilateral meetings", "bilateral", "main") in found


def test_a_meeting_concluded_before_is_only_mentioned() -> None:
    text = (
        "Foreign Minister Cho Tae-yul attended the 25th ASEAN-ROK Foreign Ministers' Meeting in "
        "Vientiane on July 26. He noted the partnership established at the recently concluded "
        "24th ASEAN-ROK Summit."
    )
    found = meetings(text, published="2024-07-27", country="KOR")
    assert [(m.name, m.role) for m in found] == [
        ("ASEAN-ROK Foreign Ministers' Meeting", "main"),
        ("ASEAN-ROK Summit", "mentioned"),
    ]


def test_a_meeting_held_in_an_earlier_year_is_only_mentioned() -> None:
    text = (
        "Foreign Minister Cho Tae-yul attended the 25th ASEAN-ROK Foreign Ministers' Meeting in "
        "Vientiane on July 26, 2024. Since the first ASEAN-ROK Summit was held in 1997, "
        "cooperation has grown. The ASEAN-Japan Summit was held in Tokyo in 2024."
    )
    found = meetings(text, published="2024-07-27", country="KOR")
    assert [(m.name, m.role) for m in found] == [
        ("ASEAN-ROK Foreign Ministers' Meeting", "main"),
        ("ASEAN-ROK Summit", "mentioned"),
        ("ASEAN-Japan Summit", "main"),
    ]


def test_a_meeting_hosted_in_an_earlier_year_is_only_mentioned() -> None:
    text = (
        "Foreign Minister Cho Tae-yul attended the 25th ASEAN-ROK Foreign Ministers' Meeting in "
        "Vientiane on July 26, 2024. Korea hosted the APEC Economic Leaders' Meeting in Busan in "
        "2005."
    )
    found = meetings(text, published="2024-07-27", country="KOR")
    assert [(m.name, m.role) for m in found] == [
        ("ASEAN-ROK Foreign Ministers' Meeting", "main"),
        ("APEC Economic Leaders' Meeting", "mentioned"),
    ]


def _roles(text: str, title: str | None = None) -> list[tuple]:
    return [
        (m.name, m.role, m.start, m.city)
        for m in meetings(text, title=title, published="2023-12-18", country="JPN")
    ]


def test_the_meeting_a_journey_was_made_for_hosts_the_talks_the_sentence_reports() -> None:
    # under a headline that names no meeting, the talks are the page's news, not their host
    text = (
        "On November 16, 2023 (local time), Prime Minister KISHIDA Fumio, who is visiting San "
        "Francisco, the United States of America to attend the APEC Economic Leaders' Meeting, "
        "held a Japan-China Summit Meeting with H.E. Mr. Xi Jinping, President of the People's "
        "Republic of China."
    )
    assert _roles(text, title="Xinhua") == [
        ("APEC Economic Leaders' Meeting", "mentioned", None, "San Francisco"),
        ("Japan-China Summit", "main", "2023-11-16", "San Francisco"),
    ]
    text = (
        "On December 16, President Marcos, who is visiting Tokyo to attend the ASEAN-Japan "
        "Commemorative Summit, met with Prime Minister Kishida."
    )
    assert _roles(text) == [
        ("ASEAN-Japan Commemorative Summit", "mentioned", None, "Tokyo"),
        ("bilateral meeting", "main", "2023-12-16", "Tokyo"),
    ]


def test_the_meeting_a_journey_was_made_for_is_reported_when_no_talks_are() -> None:
    text = "President Marcos is visiting Tokyo to attend the ASEAN-Japan Commemorative Summit."
    assert _roles(text) == [("ASEAN-Japan Commemorative Summit", "main", None, "Tokyo")]
    text = (  # talks of an earlier year are history, not the news the journey hosts
        "Prime Minister Kishida, who is visiting San Francisco to attend the APEC Economic "
        "Leaders' Meeting, recalled the Japan-China Summit Meeting of 2022."
    )
    assert _roles(text) == [
        ("APEC Economic Leaders' Meeting", "main", None, "San Francisco"),
        ("Japan-China Summit", "mentioned", None, None),
    ]
