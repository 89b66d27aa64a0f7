"""A meeting's theme: the meeting named nearest the quote in its sentence owns it; a quote
whose sentence names no meeting is the main meeting's, or the first of the forum it names."""

from __future__ import annotations

from tests.extract.meeting_cases import meetings


def _themes(text: str, published: str) -> list[tuple[str, str | None]]:
    return [(m.name, m.theme) for m in meetings(text, published=published, country="THA")]


def test_the_meeting_named_nearest_the_quote_owns_the_theme() -> None:
    text = (
        "The Minister attended the 16th BIMSTEC Ministerial Meeting on 29 August 2018 to "
        "prepare for the 4th BIMSTEC Summit in Kathmandu, Nepal, under the theme “Towards a "
        "Peaceful, Prosperous and Sustainable Bay of Bengal Region.”"
    )
    assert dict(_themes(text, "2018-08-30"))["BIMSTEC Summit"] == (
        "Towards a Peaceful, Prosperous and Sustainable Bay of Bengal Region"
    )


def test_a_theme_of_another_meeting_is_not_the_main_meeting_s() -> None:
    text = (
        "Thailand's Commerce Minister attended the APEC Ministerial Meeting in Bangkok on "
        "Thursday. He told the meeting that the APEC Summit was being held this year under "
        "the theme “Open. Connect. Balance.” He said Thailand had plans under the theme."
    )
    assert _themes(text, "2022-11-17") == [
        ("APEC Ministerial Meeting", None),
        ("APEC Summit", "Open. Connect. Balance"),
    ]


def test_a_theme_after_the_meeting_named_between_cue_and_quote() -> None:
    text = (
        "The Director General briefed the press after the ASEAN Senior Officials' Meeting in "
        "Jakarta. Regarding the theme of the 43rd ASEAN Summit in Indonesia, namely “ASEAN "
        "Matters: Epicentrum of Growth”, he said a number of decisions were agreed upon."
    )
    assert _themes(text, "2023-09-03") == [
        ("ASEAN Senior Officials' Meeting", None),
        ("ASEAN Summit", "ASEAN Matters: Epicentrum of Growth"),
    ]


def test_a_forum_s_theme_goes_to_its_meeting_when_the_main_is_another_forum_s() -> None:
    text = (
        "The Prime Minister attended the G20 Osaka Summit. He highlighted the outcome of the "
        "34th ASEAN Summit held in Bangkok in June. This idea formed the basis for the theme "
        "of Thailand's ASEAN Chairmanship “Advancing Partnership for Sustainability”."
    )
    assert _themes(text, "2019-06-30") == [
        ("G20 Osaka Summit", None),
        ("ASEAN Summit", "Advancing Partnership for Sustainability"),
    ]


def test_a_theme_in_single_quotes_reads_alike_curly_or_straight() -> None:
    curly = (
        "Under the theme, ‘Creating a Resilient and Sustainable Future for All’, the 2023 APEC "
        "Economic Leaders’ Meeting was held in San Francisco on 16 November 2023."
    )
    straight = curly.replace("‘", "'").replace("’", "'")
    theme = "Creating a Resilient and Sustainable Future for All"
    assert _themes(curly, "2023-11-17") == [("APEC Economic Leaders' Meeting", theme)]
    assert _themes(straight, "2023-11-17") == [("APEC Economic Leaders' Meeting", theme)]


def test_a_straight_single_quote_near_theme_opens_after_a_space_only() -> None:
    text = (
        "The 44th ASEAN Summit was held in Vientiane on 9 October 2024. The Lao PDR's "
        "Chairmanship theme, 'ASEAN: Enhancing Connectivity and Resilience', guided its work."
    )
    assert _themes(text, "2024-10-10") == [
        ("ASEAN Summit", "ASEAN: Enhancing Connectivity and Resilience")
    ]
