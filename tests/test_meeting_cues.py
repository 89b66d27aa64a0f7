"""Meeting cue words: the YAML lists become regex alternations."""

from __future__ import annotations

import re

from summitry.kb.cues import alternation, meeting_cues


def test_a_star_ends_a_word_and_spaces_match_any_white_space() -> None:
    pattern = re.compile(rf"\b(?:{alternation(['participat*', 'took part'])})\b")
    assert pattern.findall("we participated, took\npart and participation") == [
        "participated",
        "took\npart",
        "participation",
    ]


def test_every_list_loads_and_the_video_cues_match() -> None:
    virtual = re.compile(rf"\b(?:{meeting_cues().virtual})\b", re.IGNORECASE)
    assert virtual.search("the meeting was held via videoconference")
    assert virtual.search("the Summit, held digitally, marked")
    assert not virtual.search("ministers met in Lima")


def test_the_visit_and_met_with_words_match_whole_words_as_written() -> None:
    visit = re.compile(rf"\b(?:{meeting_cues().visit_words})\b")
    assert visit.findall("visited Japan on a visit, a trip") == ["visited", "visit", "trip"]
    assert not visit.search("revisits the Visit")
    met = re.compile(rf"\b(?:{meeting_cues().met_with})\b")
    assert met.findall("held talks\nwith X and met Y, then spoke with Z") == [
        "talks\nwith",
        "met",
        "spoke with",
    ]
    assert not met.search("the talks in Lima")
