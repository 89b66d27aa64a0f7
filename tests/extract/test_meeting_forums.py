"""Which forum holds a meeting, and how its name writes that forum."""

from __future__ import annotations

from tests.extract.meeting_cases import meetings


def test_a_framework_named_in_the_other_order_keeps_the_pages_order() -> None:
    text = (
        "The Deputy Minister spoke on the Mekong-Lancang Cooperation (MLC) at the 9th MLC "
        "Foreign Ministers' Meeting in Chiang Mai, Thailand."
    )
    [meeting] = meetings(text, published="2024-08-17")
    assert meeting.name == "Mekong-Lancang Cooperation Foreign Ministers' Meeting"
    assert meeting.forum == "Lancang-Mekong Cooperation"  # the slot keeps the canonical name
    assert meeting.ordinal == 9


def test_the_order_first_written_in_full_wins() -> None:
    text = (
        "The 6th Lancang-Mekong Cooperation Foreign Ministers' Meeting was held in Chongqing. "
        "Ministers praised the Mekong-Lancang Cooperation."
    )
    assert [m.name for m in meetings(text)] == [
        "Lancang-Mekong Cooperation Foreign Ministers' Meeting"
    ]


def test_an_acronym_alone_gives_the_order_of_its_letters() -> None:
    mlc = "The 6th MLC Foreign Ministers' Meeting was held in Chongqing."
    assert [m.name for m in meetings(mlc)] == [
        "Mekong-Lancang Cooperation Foreign Ministers' Meeting"
    ]
    lmc = "The 6th LMC Foreign Ministers' Meeting was held in Chongqing."
    assert [m.name for m in meetings(lmc)] == [
        "Lancang-Mekong Cooperation Foreign Ministers' Meeting"
    ]


def test_a_forum_spaced_around_its_dash_stays_whole_in_the_name() -> None:
    text = (
        "The Prime Minister will attend the 2nd Mekong – Lancang Cooperation (MLC) Leaders’ "
        "Meeting on 10 January 2018 in Phnom Penh, Cambodia."
    )
    [meeting] = meetings(text, published="2018-01-08", country="THA")
    assert (meeting.name, meeting.ordinal, meeting.level) == (
        "Mekong-Lancang Cooperation Leaders' Meeting",
        2,
        "leaders",
    )
    assert (meeting.start, meeting.city, meeting.country) == ("2018-01-10", "Phnom Penh", "KHM")


def test_a_meeting_naming_no_forum_is_the_joint_frameworks_not_one_sides() -> None:
    text = (
        "The EU and ASEAN reviewed ASEAN-EU relations. The EU welcomed the progress. "
        "The EU side noted the outcome of the Coordination Meeting held in October 2015 in "
        "Bangkok."
    )
    found = meetings(text, published="2016-07-26", country="THA")
    assert [(m.name, m.forum, m.city) for m in found] == [
        ("ASEAN-EU Coordination Meeting", "ASEAN-EU", "Bangkok")
    ]


def test_a_meeting_naming_no_forum_on_a_page_about_the_parent_grouping_is_its() -> None:
    text = (
        "ASEAN leaders met in Jakarta. ASEAN reaffirmed its centrality, and ASEAN welcomed the "
        "ASEAN-EU partnership. The Coordination Meeting was held in Bangkok."
    )
    found = meetings(text, published="2023-09-06", country="IDN")
    assert [(m.name, m.forum) for m in found] == [("ASEAN Coordination Meeting", "ASEAN")]
