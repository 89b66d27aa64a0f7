"""Where a page names its section: trails, a title bar, a topic line (clean/sections.py)."""

import pytest

from summitry.clean.sections import section_in_title, trail_section, trail_steps


@pytest.mark.parametrize(
    ("line", "steps"),
    [
        ("Home » News » Press Releases", ["Home", "News", "Press Releases"]),
        ("You are here: Home / Media / Statements", ["Home", "Media", "Statements"]),
        ("Home | News | Press Releases", ["Home", "News", "Press Releases"]),
        ("Press Releases » Leaders Meet", ["Press Releases", "Leaders Meet"]),
        ("Home » Press Releases » 2023 » December", ["Home", "Press Releases"]),
        ("Top > Foreign Policy > Asia", ["Top", "Foreign Policy", "Asia"]),
        ("Home | About Us | Contact", None),  # a menu, not a trail
        ("Trade > Investment", None),
    ],
)
def test_trail_steps(line: str, steps: list[str] | None) -> None:
    assert trail_steps(line) == steps


def test_a_trail_ending_at_the_headline_names_the_step_before() -> None:
    steps = ["Home", "Media", "Leaders Meet in Jakarta"]
    assert trail_section(steps, "Leaders Meet in Jakarta") == "Media"
    assert trail_section(steps, "Another Headline") == "Leaders Meet in Jakarta"
    assert trail_section(["Home", "Leaders Meet in Jakarta"], "Leaders Meet in Jakarta") is None


@pytest.mark.parametrize(
    ("title", "split"),
    [
        ("Leaders Meet in Jakarta | Press Releases", ("Leaders Meet in Jakarta", "Press Releases")),
        ("Leaders Meet in Jakarta - Joint Statements", None),
        ("ASEAN-Japan Summit - Joint Statement on Climate", None),
    ],
)
def test_a_section_after_the_headline(title: str, split: tuple[str, str] | None) -> None:
    assert section_in_title(title) == (split or (title, None))
