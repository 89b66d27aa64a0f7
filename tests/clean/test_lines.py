"""A line's headline key compared with a title's, without building it where it cannot match."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from summitry.clean.lines import has_title_key, title_key

PIECES = ["ASEAN", "asean", "-", "–", " ", "  ", "Summit", "SUMMIT", ":", "!", "ß", "ss", "İ", "ﬁ"]
LINES = st.lists(st.sampled_from(PIECES), max_size=12).map("".join)


@given(line=LINES, title=LINES)
def test_has_title_key_is_the_comparison_of_the_keys(line: str, title: str) -> None:
    key = title_key(title)
    assert has_title_key(line, key) == (title_key(line) == key)


def test_has_title_key_on_headlines() -> None:
    key = title_key("ASEAN–ROK Summit: a New Era")
    assert key == "asean rok summit a new era"
    assert has_title_key("asean rok summit - A NEW ERA!", key)
    assert not has_title_key("ASEAN-ROK Summit held in a new era", key)
