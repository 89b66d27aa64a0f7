"""Meeting names read off the text by their head noun (extract/meeting_head_names.py): the
words left of the head, the ordinal or year before them, the acronym and topic after."""

from __future__ import annotations

from summitry.extract.meeting_head_names import names_by_head


def test_a_name_s_year_acronym_and_topic_are_read_around_its_head() -> None:
    text = "the 2023 APEC Ministerial Meeting (AMM) on Trade and Investment"
    (found,) = names_by_head(text, [])
    assert (found.body, found.head, found.year, found.ordinal) == (
        "APEC Ministerial ",
        "Meeting",
        "2023",
        None,
    )
    assert (found.acronym, found.topic) == ("AMM", " on Trade and Investment")
    assert text[found.start : found.end] == text[4:]  # from the year to the topic's end


def test_two_ordinals_joined_by_and_are_two_meetings_of_one_name() -> None:
    found = names_by_head("Leaders met at the 44th and 45th ASEAN Summits in Vientiane.", [])
    assert [(f.ordinal, f.body, f.head) for f in found] == [
        ("44th", "ASEAN ", "Summit"),
        ("45th", "ASEAN ", "Summit"),
    ]
