"""The forums and meeting series of forums.yaml against one sentence each, as a press release
of any region would write it: the meeting must come out whole (name, forum, level, ordinal,
dates, city, country) and as the page's main meeting. The cases are in
tests/fixtures/kb/forum_meetings.txt."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.meeting_cases import meetings

CASES_FILE = Path(__file__).parents[1] / "fixtures" / "kb" / "forum_meetings.txt"


def _cases() -> list[object]:
    """One pytest.param per case of the file; a case with a 'gap:' line is a strict xfail."""
    blocks = [b for b in CASES_FILE.read_text(encoding="utf-8").split("\n\n") if b.strip()]
    cases: list[object] = []
    for block in blocks:
        lines = [line for line in block.splitlines() if not line.startswith("#")]
        if not lines:
            continue
        text, expected, *gap = lines
        if len(gap) > 1 or not all(g.startswith("gap: ") for g in gap):
            raise ValueError(f"a case is a sentence, its values and a 'gap:' line: {block!r}")
        values = tuple(None if v == "-" else v for v in expected.split(" | "))
        marks = [pytest.mark.xfail(strict=True, reason=g.removeprefix("gap: ")) for g in gap]
        cases.append(pytest.param(text, values, marks=marks, id=text[:60]))
    return cases


@pytest.mark.parametrize(("text", "expected"), _cases())
def test_a_meeting_of_a_known_forum_comes_out_whole(
    text: str, expected: tuple[str | None, ...]
) -> None:
    found = meetings(text, published="2025-06-30")
    assert found, "no meeting"
    m = found[0]
    ordinal = None if m.ordinal is None else str(m.ordinal)
    got = (m.name, m.forum, m.level, ordinal, m.start, m.end, m.city, m.country)
    assert (got, m.role) == (expected, "main")


def test_the_file_holds_every_case_apart() -> None:
    lines = CASES_FILE.read_text(encoding="utf-8").splitlines()
    values = [line for line in lines if " | " in line and not line.startswith("#")]
    assert len(_cases()) == len(values)
