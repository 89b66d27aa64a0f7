"""Remarks announced before they are given: what follows is the speaker's."""

from __future__ import annotations

from tests.extract.test_statements import acts, extract

OPENING = (
    "On February 20, the G20 Foreign Ministers' Meeting was held in Johannesburg. "
    "Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, attended the meeting.\n"
)


def test_remarks_with_no_act_are_one_statement_of_the_speaker() -> None:
    text = OPENING + (
        "- At the outset, Foreign Minister Iwaya made the following remarks. The international "
        "community faces various challenges. The G20 must find common ground.\n"
        "- The participants discussed the global economy."
    )
    assert acts(text, "JPN") == [("IWAYA Takeshi", "state")]
    assert extract(text, "JPN")[0].text.startswith("At the outset, Foreign Minister Iwaya")


def test_items_after_announced_remarks_speak_for_the_speaker() -> None:
    text = OPENING + (
        "- Foreign Minister Iwaya made the following remarks on matters to which Japan "
        "attaches importance.\n"
        "- (i) Japan supports the priorities of the Presidency. In particular, Japan attaches "
        "importance to debt issues.\n"
        "- (ii) Japan will share its knowledge on disaster risk reduction.\n"
        "2. Session 4\nJapan welcomed the Presidency's efforts."
    )
    # the announcing sentence reports nothing itself; Japan's acts in the items are his; the
    # paragraph after the items is no longer his remarks
    assert acts(text, "JPN") == [
        ("IWAYA Takeshi", "support"),
        ("IWAYA Takeshi", "state"),
        ("IWAYA Takeshi", "commit"),
        ("JPN", "support"),
    ]


def test_bullets_under_a_line_announcing_remarks_are_the_remarks() -> None:
    text = OPENING + (
        "Foreign Minister Iwaya stated as follows:\n"
        "- Japan supports the priorities of the Presidency.\n"
        "- Japan will share its knowledge on disaster risk reduction.\n"
        "Japan welcomed the Presidency's efforts."
    )
    assert acts(text, "JPN") == [
        ("IWAYA Takeshi", "support"),
        ("IWAYA Takeshi", "commit"),
        ("JPN", "support"),
    ]


def test_only_a_verb_of_speaking_announces_remarks() -> None:
    text = OPENING + (
        "Foreign Minister Iwaya's schedule is as follows:\n"
        "- (i) Japan-South Africa Foreign Ministers' Meeting\n"
        "- (ii) Japan supports the priorities of the Presidency."
    )
    assert acts(text, "JPN") == [("JPN", "support")]


def test_said_the_following_before_a_colon() -> None:
    text = OPENING + (
        "Foreign Minister Iwaya said the following:\n"
        "- Japan will share its knowledge on disaster risk reduction."
    )
    assert acts(text, "JPN") == [("IWAYA Takeshi", "commit")]
