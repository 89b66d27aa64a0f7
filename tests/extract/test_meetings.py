"""Meetings of a page: name, forum, level, ordinal, acronym, dates, place, format, theme, role.

Each expectation is the record an analyst would write for the sentence (shared/spec/record.md).
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

import pytest

from summitry.record import Meeting
from tests.extract.meeting_cases import meetings


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


def test_next_instance_named_by_ordinal_and_head_is_another_meeting_of_the_series() -> None:
    text = (
        "The government of the Republic of Korea hosted the 3rd Korea-Africa Forum on "
        "October 17. The documents adopted at the Forum call for holding the 4th Forum in "
        "Africa in 2015."
    )
    found = meetings(text, published="2012-10-18")
    assert [(m.name, m.ordinal, m.role) for m in found] == [
        ("Korea-Africa Forum", 3, "main"),
        ("Korea-Africa Forum", 4, "mentioned"),
    ]


def test_inaugural_instance_with_words_of_the_series_is_another_meeting() -> None:
    text = (
        "Mr Peters is in Malaysia for the East Asia Summit Foreign Ministers' Meeting. It is "
        "his tenth such meeting since the inaugural Foreign Ministers' meeting in Kuala Lumpur "
        "in December 2005."
    )
    found = meetings(text, published="2025-07-11")
    earlier = [m for m in found if m.ordinal == 1]
    assert [(m.forum, m.role, m.city) for m in earlier] == [("EAS", "mentioned", "Kuala Lumpur")]


def test_a_qualifier_that_is_part_of_a_series_name_keeps_the_series() -> None:
    text = (
        "The Informal Senior Officials' Meeting opened the year. Chile will host APEC in 2019 "
        "under the theme “Connecting People, Building the Future”."
    )
    (meeting,) = meetings(text, published="2018-12-14")
    assert (meeting.name, meeting.forum, meeting.level) == (
        "APEC Informal Senior Officials' Meeting",
        "APEC",
        "senior_officials",
    )


def test_first_in_lower_case_before_the_series_name_is_no_ordinal() -> None:
    text = (
        "President Lee chaired the 32nd APEC Economic Leaders' Meeting in Gyeongju on November "
        "1, the first APEC Leaders' Meeting hosted by Korea in 20 years."
    )
    found = meetings(text, published="2025-11-02")
    assert [(m.name, m.ordinal) for m in found] == [("APEC Economic Leaders' Meeting", 32)]


def test_a_forums_ministers_meeting_and_ministerial_meeting_are_one_meeting() -> None:
    text = (
        "APEC helps narrow the differences remaining from the July WTO Ministers Meeting in "
        "Geneva. In May, ministers did the work to facilitate a WTO Ministerial Meeting in "
        "Geneva in July."
    )
    found = meetings(text, published="2008-11-24")
    assert [(m.forum, m.level, m.city) for m in found] == [("WTO", "ministerial", "Geneva")]


def test_a_numbered_head_first_name_of_a_kb_series_is_one_meeting() -> None:
    text = (
        "President Xi Jinping attended the 24th Meeting of the Council of Heads of State of "
        "the Shanghai Cooperation Organisation (SCO) in Astana on July 4."
    )
    (meeting,) = meetings(text, published="2024-07-05")
    assert (meeting.name, meeting.forum, meeting.level, meeting.ordinal, meeting.city) == (
        "SCO Council of Heads of State",
        "SCO",
        "leaders",
        24,
        "Astana",
    )


def test_a_summit_of_china_and_central_asia_is_that_frameworks() -> None:
    (meeting,) = meetings("The China-Central Asia Summit was held in Xi'an on May 18-19, 2023.")
    assert (meeting.forum, meeting.level, meeting.start, meeting.end) == (
        "China-Central Asia",
        "leaders",
        "2023-05-18",
        "2023-05-19",
    )


def test_a_groupings_count_in_brackets_stays_inside_the_name() -> None:
    text = (
        "Wang Yi called on ASEAN countries to safeguard peace at the China-ASEAN (10+1) Foreign "
        "Ministers' Meeting in Vientiane, Laos."
    )
    (meeting,) = meetings(text, published="2024-07-26")
    assert (meeting.forum, meeting.level, meeting.city) == (
        "ASEAN-China",
        "ministerial",
        "Vientiane",
    )


def test_the_one_talk_the_body_tells_of_is_the_bilateral_meeting_the_title_names() -> None:
    text = (
        "On November 16 (local time), on the occasion of the APEC Economic Leaders' Week in San "
        "Francisco, United States, Prime Minister KISHIDA Fumio held a meeting with President Xi "
        "Jinping of the People's Republic of China."
    )
    found = meetings(
        text, title="Japan-China Summit Meeting", published="2023-11-17", country="JPN"
    )
    assert [(m.forum, m.start, m.city, m.role) for m in found] == [
        ("bilateral", "2023-11-16", "San Francisco", "main")
    ]


def test_plural_names_after_a_list_of_forums_are_each_forums_meetings() -> None:
    text = (
        "The SOMs of the APT, the EAS and the ARF will be followed by Foreign Ministers' "
        "Meetings and Summits in the second half of the year."
    )
    found = meetings(text, published="2020-07-22")
    assert sorted((m.name, m.level, m.role) for m in found) == [
        ("ARF Ministerial Meeting", "ministerial", "mentioned"),
        ("ASEAN Plus Three Foreign Ministers' Meeting", "ministerial", "mentioned"),
        ("ASEAN Plus Three Summit", "leaders", "mentioned"),
        ("EAS Foreign Ministers' Meeting", "ministerial", "mentioned"),
        ("East Asia Summit", "leaders", "mentioned"),
    ]


def test_a_qualified_forum_meeting_is_not_the_forums_meeting_named_before() -> None:
    text = (
        "The Ministers noted the ASEAN-EU Coordination Meeting held in October 2015 in Bangkok "
        "and the Informal ASEAN-EU Meeting in November 2015 in Luxembourg."
    )
    found = meetings(text, published="2016-07-26", country="THA")
    assert [(m.name, m.city) for m in found] == [
        ("ASEAN-EU Coordination Meeting", "Bangkok"),
        ("Informal ASEAN-EU Meeting", "Luxembourg"),
    ]
