"""The words of meeting names in kb meeting_cues.yaml, and the patterns built from them."""

from __future__ import annotations

import re

import pytest

from summitry.extract.meeting_names import meeting_names
from summitry.kb import load_kb
from summitry.kb.cues import alternation, meeting_heads, meeting_name_words
from summitry.kb.data import read_yaml
from tests.extract.meeting_cases import meetings


def test_the_head_lists_load_with_their_derived_forms() -> None:
    heads = meeting_heads()
    assert set(heads.words) == {
        "Meeting",
        "Summit",
        "Conference",
        "Retreat",
        "Dialogue",
        "Consultation",
        "Talks",
    }
    assert "Consultations?" in heads.forms  # the plural stays in the name
    assert heads.lower == ("conference", "meeting", "summit")
    assert {"Summits", "Consultations", "Consultationss"} <= set(heads.spellings)
    assert heads.unnamed == ("talks",)


def test_the_name_word_lists_load() -> None:
    words = meeting_name_words()
    assert {"Special", "Informal", "Emergency"} <= words.qualifiers
    assert {"During", "Annual", "Year’s", "the"} <= words.noise
    assert {"Attends", "Sidelines", "Co-chair"} <= words.breaks
    assert [level for _, level in words.levels] == [
        "leaders",
        "senior_officials",
        "ministerial",
        "working_level",
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The Minister attended the 23rd ASEAN-Japan Consultations in Tokyo.",
            (
                "23rd ASEAN-Japan Consultations",
                "ASEAN-Japan Consultations",
                "Consultations",
                "other",
            ),
        ),
        (
            "Minister Attends Special ASEAN-China Foreign Ministers' Meeting",
            (
                "Special ASEAN-China Foreign Ministers' Meeting",
                "Special ASEAN-China Foreign Ministers' Meeting",
                "Meeting",
                "ministerial",
            ),
        ),
        (
            "the 12th Ministers Responsible for Trade (MRT) meeting opened",
            (
                "12th Ministers Responsible for Trade (MRT) meeting",
                "Ministers Responsible for Trade Meeting",
                "Meeting",
                "ministerial",
            ),
        ),
        (
            "During the Successful 10th Korea-Africa Forum Dialogue on Trade",
            (
                "10th Korea-Africa Forum Dialogue on Trade",
                "Korea-Africa Dialogue on Trade",
                "Dialogue",
                "other",
            ),
        ),
        (
            "the 3rd ASEAN Sub-Committee on Biotechnology Meeting",
            (
                "3rd ASEAN Sub-Committee on Biotechnology Meeting",
                "ASEAN Sub-Committee on Biotechnology Meeting",
                "Meeting",
                "working_level",
            ),
        ),
        (
            "the 20th Heads of State Conference in Lima",
            (
                "20th Heads of State Conference",
                "Heads of State Conference",
                "Conference",
                "leaders",
            ),
        ),
        (
            "the APEC senior officials' meeting in Lima",
            (
                "APEC senior officials' meeting",
                "APEC senior officials' Meeting",
                "Meeting",
                "senior_officials",
            ),
        ),
        (
            "the WTO ministerial meeting in Geneva",
            ("WTO ministerial meeting", "WTO Ministerial Meeting", "Meeting", "ministerial"),
        ),
    ],
)
def test_names_are_read_with_the_kb_heads_qualifiers_and_levels(
    text: str, found: tuple[str, str, str, str]
) -> None:
    name = meeting_names(text, load_kb())[0]
    assert (text[name.start : name.end], name.name, name.head, name.level) == found


def test_plural_heads_name_one_meeting_per_ordinal() -> None:
    text = "Leaders met at the 40th and 41st ASEAN Summits in Phnom Penh."
    names = meeting_names(text, load_kb())
    assert [(text[n.start : n.end], n.name, n.level) for n in names] == [
        ("40th and 41st ASEAN Summits", "ASEAN Summit", "leaders"),
        ("41st ASEAN Summits", "ASEAN Summit", "leaders"),
    ]


def test_every_lower_case_head_names_an_earlier_meeting_of_the_series() -> None:
    text = (
        "Minister Kim attended the 3rd Korea-Pacific Islands Foreign Ministers' Conference in "
        "Seoul. The first conference was held in 2011."
    )
    found = meetings(text, published="2019-10-24")
    assert [(m.name, m.ordinal, m.role) for m in found] == [
        ("Korea-Pacific Islands Foreign Ministers' Conference", 3, "main"),
        ("Korea-Pacific Islands Foreign Ministers' Conference", 1, "mentioned"),
    ]


def test_a_lower_case_head_left_unnamed_dates_the_main_meeting() -> None:
    text = (
        "The ministers met at the 5th Mekong-ROK Foreign Ministers' Conference. They held the "
        "conference, on 3 May, in Seoul."
    )
    (meeting,) = meetings(text, published="2019-10-24")
    assert (meeting.name, meeting.start, meeting.city) == (
        "Mekong-ROK Foreign Ministers' Conference",
        "2019-05-03",
        "Seoul",
    )


def test_a_head_before_a_word_that_makes_it_no_meeting_names_none() -> None:
    text = "ASEAN Dialogue Partners met the ASEAN Summit Process group in the Summit Hall."
    assert meeting_names(text, load_kb()) == []


def test_bilateral_nouns_and_means_name_talks_between_two_sides() -> None:
    text = (
        "The two ministers held a series of bilateral video conferences and bilateral "
        "telephone calls."
    )
    names = meeting_names(text, load_kb())
    assert [(text[n.start : n.end], n.forum) for n in names] == [
        ("bilateral video conferences", "bilateral"),
        ("bilateral telephone calls", "bilateral"),
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("the annual summit of APEC leaders", ("annual summit of APEC leaders", "leaders")),
        (
            "a meeting of ASEAN foreign ministers in Jakarta",
            ("meeting of ASEAN foreign ministers", "ministerial"),
        ),
        (
            "the second meeting of ASEAN senior officials",
            ("second meeting of ASEAN senior officials", "senior_officials"),
        ),
    ],
)
def test_a_meeting_of_a_forum_s_member_group(text: str, found: tuple[str, str]) -> None:
    assert "foreign ministers" in meeting_name_words().member_groups
    (name,) = meeting_names(text, load_kb())
    assert (text[name.start : name.end], name.level) == found


def test_every_list_of_meeting_cues_holds_only_strings() -> None:
    """An unquoted On in a YAML list is read as True: 'On' must stay a word of the lists."""
    doc = read_yaml("meeting_cues")
    lists = [v for v in doc.values() if isinstance(v, list)]
    lists += [v for level in doc["name_levels"].values() for v in [level]]
    assert [w for words in lists for w in words if not isinstance(w, str)] == []
    assert "On" in meeting_name_words().noise and "On" in meeting_name_words().breaks


def test_an_alternation_of_phrases_longest_first_and_of_none_matches_nothing() -> None:
    words = alternation(["office", "press office", "spokes*"])
    assert re.fullmatch(words, "press  office")
    assert re.fullmatch(words, "spokeswoman")
    assert re.search(alternation([]), "any text at all") is None
