"""Meeting names read off the text (meeting_names.py, meeting_parts.py, forums.yaml)."""

from __future__ import annotations

from tests.extract.meeting_cases import meetings


def test_ordinal_and_two_word_acronym_in_brackets() -> None:
    text = (
        "1. Minister of State for External Affairs of India attended the 10th East Asia Summit "
        "Foreign Ministers’ Meeting (10th EAS FMM) on 9 September 2020. The Meeting was held "
        "virtually."
    )
    found = meetings(text, published="2020-09-15")
    assert [(m.name, m.acronym, m.ordinal) for m in found] == [
        ("EAS Foreign Ministers' Meeting", "EAS FMM", 10)
    ]


def test_series_acronym_written_in_the_name() -> None:
    text = (
        "Preparations for the upcoming 15th EAS Summit scheduled in November 2020 were discussed."
    )
    found = meetings(text, published="2020-09-15")
    assert [(m.forum, m.acronym, m.level, m.ordinal) for m in found] == [
        ("EAS", "EAS", "leaders", 15)
    ]


def test_pacific_islands_leaders_meeting_is_its_own_forum() -> None:
    text = (
        "On July 18, the Tenth Pacific Islands Leaders Meeting (PALM10) was held under the "
        "co-chairmanship of the Prime Minister of Japan and the Prime Minister of the Cook "
        "Islands, with the Secretary General of the Pacific Islands Forum (PIF)."
    )
    found = meetings(text, published="2024-07-18")
    assert [(m.name, m.acronym, m.forum, m.level, m.ordinal) for m in found] == [
        ("Pacific Islands Leaders Meeting", "PALM10", "PALM", "leaders", 10)
    ]


def test_acronym_with_a_spaced_number_in_brackets() -> None:
    text = "The leaders met at the Tenth Pacific Islands Leaders Meeting (PALM 10) in Tokyo."
    found = meetings(text, published="2024-07-18")
    assert [(m.acronym, m.ordinal) for m in found] == [("PALM 10", 10)]


def test_forums_of_chinese_and_indian_diplomacy() -> None:
    cases = [
        (
            "Wang Yi chaired the 3rd China-Pacific Island Countries Foreign Ministers' Meeting "
            "in Tianjin on 29 May 2025.",
            ("China-Pacific Island Countries", "ministerial", 3),
        ),
        (
            "The Minister attended the 12th Mekong-Ganga Cooperation Ministerial Meeting in "
            "Bangkok on 16 July 2023.",
            ("Mekong-Ganga Cooperation", "ministerial", 12),
        ),
        (
            "The President attended the China-Arab States Summit in Riyadh on 9 December 2022.",
            ("China-Arab States", "leaders", None),
        ),
    ]
    for text, expected in cases:
        found = meetings(text, published="2025-06-01")
        assert [(m.forum, m.level, m.ordinal) for m in found] == [expected]


def test_a_head_first_name_holds_the_words_before_its_head() -> None:
    text = (
        "The Minister arrived in Papua New Guinea to participate in the Joint Meeting of "
        "Ministers of Foreign Affairs and Trade of the Asia-Pacific Economic Cooperation Forum "
        "(APEC)."
    )
    found = meetings(text, published="2018-11-14", country="CHL")
    assert [(m.name, m.forum, m.level, m.country) for m in found] == [
        ("APEC Ministerial Meeting", "APEC", "ministerial", "PNG")
    ]


def test_the_first_of_a_slashed_acronym_after_related_meetings_is_the_meetings() -> None:
    text = (
        "The Minister attended the 57th ASEAN Foreign Ministers' Meeting and Related Meetings "
        "(AMM/PMC) in Vientiane, Lao PDR."
    )
    found = meetings(text, published="2024-07-28", country="THA")
    assert [(m.name, m.acronym, m.ordinal) for m in found] == [
        ("ASEAN Foreign Ministers' Meeting", "AMM", 57)
    ]


def test_a_roman_ordinal_after_the_numbers_the_meeting() -> None:
    celac = "The VII CELAC Summit was held in Buenos Aires on 24 January 2023."
    mercosur = "The Minister attended the XXXIV Mercosur Summit in Asuncion."
    assert [(m.name, m.ordinal) for m in meetings(celac)] == [("CELAC Summit", 7)]
    assert [(m.name, m.ordinal) for m in meetings(mercosur)] == [("Mercosur Summit", 34)]


def test_a_roman_numeral_inside_a_name_is_no_ordinal() -> None:
    text = "The Phase II Meeting was held in Lima on 3 May 2024."
    assert [(m.name, m.ordinal) for m in meetings(text)] == [("Phase II Meeting", None)]


def test_a_lower_case_plus_joins_the_forums_name() -> None:
    text = "The 27th ASEAN plus Three Summit was held in Vientiane on 10 October 2024."
    assert [(m.forum, m.level, m.ordinal) for m in meetings(text)] == [
        ("ASEAN Plus Three", "leaders", 27)
    ]


def test_a_meeting_named_for_two_states_is_bilateral_whatever_its_rank() -> None:
    # talks between two governments are of level bilateral, at whatever rank they are held
    for text, name in [
        (
            "The Japan-China Foreign Ministers' Meeting was held in Beijing on 2 April.",
            "Japan-China Foreign Ministers' Meeting",
        ),
        (
            "The Japan-China Senior Officials' Meeting was held in Tokyo on 2 April.",
            "Japan-China Senior Officials' Meeting",
        ),
        ("The Japan-China Summit Meeting was held in Beijing on 2 April.", "Japan-China Summit"),
    ]:
        found = meetings(text, published="2024-04-05", country="JPN")
        assert [(m.name, m.forum, m.level) for m in found] == [(name, "bilateral", "bilateral")]


def test_a_bilateral_meeting_whose_name_gives_no_two_states_keeps_its_rank() -> None:
    text = (
        "The ROK and ASEAN launched the bilateral Ministerial Meeting on Transnational Crime "
        "in 2019."
    )
    assert [(m.name, m.forum, m.level) for m in meetings(text)] == [
        ("Ministerial Meeting on Transnational Crime", "bilateral", "ministerial")
    ]


def test_a_meeting_on_a_topic_is_one_meeting_of_the_topics_series() -> None:
    text = (
        "The ASEAN-ROK Ministerial Meeting on Transnational Crime was held in Vientiane on "
        "20 September 2024."
    )
    found = meetings(text, published="2024-09-21")
    assert [(m.name, m.forum, m.level, m.city) for m in found] == [
        (
            "ASEAN-ROK Ministerial Meeting on Transnational Crime",
            "ASEAN-ROK",
            "ministerial",
            "Vientiane",
        )
    ]
