"""Meetings of a page: name, forum, level, ordinal, acronym, dates, place, format, theme, role.

Each expectation is the record an analyst would write for the sentence (shared/spec/record.md).
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

import pytest

from summitry.extract.pipeline import extract_record
from summitry.record import Document, Meeting


def meetings(
    text: str, title: str | None = None, published: str | None = "2024-11-15", country: str = "KOR"
) -> list[Meeting]:
    doc = Document(title=title, text=text, published=published, publisher_country=country)
    return extract_record("page.txt", doc).meetings


def fields(meeting: Meeting) -> dict[str, Any]:
    """The meeting as the record prints it, without evidence."""
    out = asdict(meeting)
    del out["evidence"]
    return out


def blank(name: str, **given: Any) -> dict[str, Any]:
    """A meeting with every field null but those given (role 'mentioned' by default)."""
    return fields(Meeting(name=name, **given))


# -- one main meeting, every field -------------------------------------------------------


def test_ordinal_acronym_weekday_range_and_video() -> None:
    text = (
        "Deputy Minister for Economic Affairs Lee Tae-ho attended the 3rd APEC Senior "
        "Officials' Meeting (SOM3), held by video conference from August 9 (Mon) to 11 (Wed)."
    )
    assert [fields(m) for m in meetings(text, published="2021-08-12")] == [
        blank(
            "APEC Senior Officials' Meeting",
            acronym="SOM3",
            forum="APEC",
            level="senior_officials",
            ordinal=3,
            start="2021-08-09",
            end="2021-08-11",
            format="virtual",
            role="main",
        )
    ]


def test_day_month_range_venue_city_and_country() -> None:
    text = (
        "The 55th ASEAN Economic Ministers' Meeting (AEM) was held on 15-16 August 2023 at the "
        "Shangri-La Hotel in Semarang, Indonesia."
    )
    assert [fields(m) for m in meetings(text, published="2023-08-17", country="THA")] == [
        blank(
            "ASEAN Economic Ministers' Meeting",
            acronym="AEM",
            forum="ASEAN",
            level="ministerial",
            ordinal=55,
            start="2023-08-15",
            end="2023-08-16",
            city="Semarang",
            country="IDN",
            venue="Shangri-La Hotel",
            format="in_person",
            role="main",
        )
    ]


def test_theme_city_and_year_from_the_page_date() -> None:
    text = (
        "Held under the theme “Cohesive and Responsive ASEAN,” the 36th ASEAN Summit opened in "
        "Hanoi, Viet Nam, on 26 June."
    )
    assert [fields(m) for m in meetings(text, published="2020-06-27")] == [
        blank(
            "ASEAN Summit",
            forum="ASEAN",
            level="leaders",
            ordinal=36,
            start="2020-06-26",
            end="2020-06-26",
            city="Hanoi",
            country="VNM",
            format="in_person",
            theme="Cohesive and Responsive ASEAN",
            role="main",
        )
    ]


def test_yearless_december_date_on_a_january_page_is_last_year() -> None:
    text = "Vice Minister Kim Hong-kyun attended the ASEAN-ROK Dialogue in Seoul on December 18."
    (meeting,) = meetings(text, published="2024-01-05")
    assert (meeting.start, meeting.end) == ("2023-12-18", "2023-12-18")


def test_no_place_and_no_video_leave_format_null() -> None:
    text = "The 25th ASEAN-ROK Foreign Ministers' Meeting was held on August 4."
    (meeting,) = meetings(text, published="2022-08-05")
    assert (meeting.format, meeting.city, meeting.country, meeting.venue) == (None,) * 4
    assert (meeting.start, meeting.role) == ("2022-08-04", "main")


@pytest.mark.parametrize(
    ("phrase", "name", "forum", "level", "ordinal"),
    [
        (
            "the 31st APEC Economic Leaders' Meeting",
            "APEC Economic Leaders' Meeting",
            "APEC",
            "leaders",
            31,
        ),
        ("the 18th East Asia Summit", "East Asia Summit", "EAS", "leaders", 18),
        (
            "the ASEAN Plus Three Summit",
            "ASEAN Plus Three Summit",
            "ASEAN Plus Three",
            "leaders",
            None,
        ),
        (
            "the 23rd ASEAN-Republic of Korea Foreign Ministers' Meeting",
            "ASEAN-ROK Foreign Ministers' Meeting",
            "ASEAN-ROK",
            "ministerial",
            23,
        ),
        (
            "the Asia-Pacific Economic Cooperation Ministerial Meeting",
            "APEC Ministerial Meeting",
            "APEC",
            "ministerial",
            None,
        ),
        (
            "the G20 Foreign Ministers' Meeting",
            "G20 Foreign Ministers' Meeting",
            "G20",
            "ministerial",
            None,
        ),
        pytest.param(
            "the Fifth Mekong-ROK Foreign Ministers' Meeting",
            "Mekong-ROK Foreign Ministers' Meeting",
            "Mekong-ROK",
            "ministerial",
            5,
        ),
    ],
)
def test_name_forum_level_and_ordinal(
    phrase: str, name: str, forum: str, level: str, ordinal: int | None
) -> None:
    (meeting,) = meetings(f"Minister Cho Tae-yul attended {phrase} in Seoul.")
    assert (meeting.name, meeting.forum, meeting.level, meeting.ordinal) == (
        name,
        forum,
        level,
        ordinal,
    )


# -- bilateral talks ---------------------------------------------------------------------


def test_bilateral_talks_are_one_bilateral_meeting() -> None:
    text = (
        "Minister of Foreign Affairs Cho Tae-yul held bilateral talks with Minister for Foreign "
        "Affairs Penny Wong of Australia in Seoul on 10 May 2024."
    )
    (meeting,) = meetings(text)
    assert meeting.name.casefold() in ("bilateral talks", "bilateral meeting")
    assert (meeting.forum, meeting.level, meeting.role) == ("bilateral", "bilateral", "main")
    assert (meeting.start, meeting.end, meeting.city, meeting.country) == (
        "2024-05-10",
        "2024-05-10",
        "Seoul",
        "KOR",
    )
    assert meeting.format == "in_person"


# -- main and mentioned; one meeting named twice -----------------------------------------


def test_main_meeting_and_meetings_only_referred_to() -> None:
    title = "Foreign Minister Attends 25th ASEAN-ROK Foreign Ministers' Meeting"
    text = (
        "Minister of Foreign Affairs Park Jin attended the 25th ASEAN-ROK Foreign Ministers' "
        "Meeting in Phnom Penh, Cambodia, on August 4. At the Meeting, Minister Park recalled "
        "the outcomes of the ASEAN-ROK Commemorative Summit held in Busan in 2019."
    )
    found = meetings(text, title=title, published="2022-08-05")
    assert [(m.name, m.role) for m in found] == [
        ("ASEAN-ROK Foreign Ministers' Meeting", "main"),
        ("ASEAN-ROK Commemorative Summit", "mentioned"),
    ]
    main, summit = found
    assert (main.ordinal, main.start, main.city, main.country, main.format) == (
        25,
        "2022-08-04",
        "Phnom Penh",
        "KHM",
        "in_person",
    )
    assert (summit.forum, summit.level, summit.city, summit.start) == (
        "ASEAN-ROK",
        "leaders",
        "Busan",
        None,
    )


def test_meeting_named_twice_is_one_meeting() -> None:
    text = (
        "The 56th ASEAN Foreign Ministers' Meeting (AMM) opened in Jakarta on July 11. Foreign "
        "ministers of the ten ASEAN member states took part in the ASEAN Foreign Ministers' "
        "Meeting, and the AMM adopted a joint communiqué."
    )
    found = meetings(text, published="2023-07-12")
    assert [(m.name, m.acronym, m.ordinal, m.role) for m in found] == [
        ("ASEAN Foreign Ministers' Meeting", "AMM", 56, "main")
    ]


def test_earlier_meeting_in_a_later_clause_is_mentioned() -> None:
    text = (
        "Minister Cho Tae-yul attended the 57th ASEAN Foreign Ministers' Meeting in Vientiane "
        "on July 26. The Minister noted the progress made since the 43rd ASEAN Summit in "
        "Jakarta."
    )
    found = meetings(text, published="2024-07-27")
    assert [(m.name, m.role, m.city) for m in found] == [
        ("ASEAN Foreign Ministers' Meeting", "main", "Vientiane"),
        ("ASEAN Summit", "mentioned", "Jakarta"),
    ]
    assert found[1].start is None


def test_meeting_announced_for_later_is_mentioned() -> None:
    text = "The 12th Mekong-ROK Foreign Ministers' Meeting will be held in Seoul next year."
    (meeting,) = meetings(text)
    assert meeting.role == "mentioned"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "The Ministry published its annual report on Friday.",
        "The Meeting was productive, and the Summit later agreed on the text.",
        "The ASEAN-ROK Dialogue Relations began in 1989.",
    ],
)
def test_no_meeting_named(text: str) -> None:
    assert meetings(text) == []


def test_evidence_covers_the_name() -> None:
    text = "Korea hosted the 7th Mekong-ROK Foreign Ministers' Meeting in Busan."
    (meeting,) = meetings(text)
    assert meeting.evidence is not None
    start, end = meeting.evidence
    assert "Mekong-ROK Foreign Ministers' Meeting" in text[start:end]


# -- datelines, coordinated ordinals, themes in their own sentence ---------------------------


def test_two_summits_held_together_are_two_main_meetings_and_the_dateline_is_no_date() -> None:
    text = (
        "VIENTIANE, 10 October 2024 – The 44th and 45th ASEAN Summits were held on 8-9 October "
        "2024 in Vientiane, Lao PDR. The theme of Lao PDR's ASEAN Chairmanship is "
        '"ASEAN: Enhancing Connectivity and Resilience".'
    )
    shared = dict(
        forum="ASEAN",
        level="leaders",
        start="2024-10-08",
        end="2024-10-09",
        city="Vientiane",
        country="LAO",
        format="in_person",
        theme="ASEAN: Enhancing Connectivity and Resilience",
        role="main",
    )
    assert [fields(m) for m in meetings(text, published="2024-10-10")] == [
        blank("ASEAN Summit", ordinal=44, **shared),
        blank("ASEAN Summit", ordinal=45, **shared),
    ]


def test_a_dateline_dates_the_meeting_when_nothing_else_does() -> None:
    text = "JAKARTA, 5 September 2023 – The 43rd ASEAN Summit opened in Jakarta today."
    (meeting,) = meetings(text, published=None)
    assert (meeting.ordinal, meeting.start, meeting.end) == (43, "2023-09-05", "2023-09-05")


def test_a_series_named_head_first_with_the_place_before_it() -> None:
    text = (
        "APEC trade ministers met in Arequipa on 17-18 May 2024 for the annual Meeting of "
        "Ministers Responsible for Trade (MRT)."
    )
    assert [fields(m) for m in meetings(text)] == [
        blank(
            "APEC Ministers Responsible for Trade Meeting",
            acronym="MRT",
            forum="APEC",
            level="ministerial",
            start="2024-05-17",
            end="2024-05-18",
            city="Arequipa",
            country="PER",
            format="in_person",
            role="main",
        )
    ]


def test_a_forum_that_meets_under_its_own_name() -> None:
    text = (
        "Dr Vivian Balakrishnan attended the 31st ASEAN Regional Forum (ARF) in Vientiane, "
        "Lao PDR on 27 July 2024. The ARF process remains important."
    )
    assert [fields(m) for m in meetings(text)] == [
        blank(
            "ASEAN Regional Forum",
            acronym="ARF",
            forum="ARF",
            level="ministerial",
            ordinal=31,
            start="2024-07-27",
            end="2024-07-27",
            city="Vientiane",
            country="LAO",
            format="in_person",
            role="main",
        )
    ]


def test_a_readout_of_one_person_meeting_another_is_bilateral_and_today_is_the_page_date() -> None:
    text = (
        "Secretary of State Antony J. Blinken met today with Philippine Secretary of Foreign "
        "Affairs Enrique Manalo. The Secretary reaffirmed the alliance."
    )
    title = "Secretary Blinken's Meeting with Philippine Secretary of Foreign Affairs Manalo"
    assert [fields(m) for m in meetings(text, title=title, published="2024-07-27")] == [
        blank(
            "meeting",
            forum="bilateral",
            level="bilateral",
            start="2024-07-27",
            end="2024-07-27",
            role="main",
        )
    ]


def test_a_summit_inside_a_longer_name_is_no_meeting_and_qualifiers_keep_their_place() -> None:
    text = (
        "Foreign Minister Wang Yi attended the 14th East Asia Summit (EAS) Foreign Ministers' "
        "Meeting in Vientiane, Laos. President Joko Widodo attended the ASEAN-Australia Special "
        "Summit in Melbourne on 4-6 March 2024."
    )
    assert [(m.name, m.forum, m.ordinal) for m in meetings(text)] == [
        ("EAS Foreign Ministers' Meeting", "EAS", 14),
        ("ASEAN-Australia Special Summit", "ASEAN-Australia", None),
    ]


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
        ("bilateral", "bilateral meeting", "bilateral", "main", "Singapore"),
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
