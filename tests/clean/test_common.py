"""The headline repeated above a body is dropped once, whatever its case and punctuation."""

from __future__ import annotations

from summitry.clean.common import drop_repeated_title


def test_the_first_repeat_of_the_title_is_dropped_case_and_punctuation_aside() -> None:
    title = "ASEAN–ROK Summit: a New Era"
    lines = ["asean rok summit - a new era!", "The leaders met.", "ASEAN-ROK Summit: A New Era"]
    assert drop_repeated_title(lines, title) == lines[1:]


def test_lines_that_only_share_words_with_the_title_stay() -> None:
    title = "ASEAN-ROK Summit"
    lines = ["ASEAN-ROK Summit held in Busan", "ROK Summit ASEAN", "Summit", ""]
    assert drop_repeated_title(lines, title) == lines
    assert drop_repeated_title(lines, None) == lines
    assert drop_repeated_title(["Straße", "STRASSE"], "strasse") == ["STRASSE"]
