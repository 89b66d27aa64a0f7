"""The office word lists of kb/people_words.py, read from kb/titles.yaml."""

from __future__ import annotations

from summitry.kb.people_words import body_office_words


def test_the_offices_of_an_international_body_s_secretariat_load() -> None:
    words = body_office_words()
    assert {"Secretary-General", "Secretary General", "Executive Director"} <= set(words)
    assert "Minister" not in words  # a government's office, not a secretariat's
