"""How a meeting took place, from the words of its sentence (extract.formats)."""

from __future__ import annotations

from summitry.extract.formats import format_between, format_in


def test_video_words_make_a_meeting_virtual() -> None:
    assert format_in("The Minister attended via videoconference from Tokyo.") == "virtual"
    assert format_in("The meeting was held in a hybrid format in Jakarta.") == "hybrid"
    assert format_in("The meeting was held at the Kremlin.") is None


def test_only_the_words_between_the_offsets_count() -> None:
    text = "The summit met in Lima. Officials met virtually."
    assert format_between(text, 0, text.index(".")) is None
    assert format_between(text, text.index("Officials"), len(text)) == "virtual"
