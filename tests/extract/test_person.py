"""A person of the page (extract/person.py)."""

from __future__ import annotations

from summitry.extract.person import PersonMention


def test_a_name_written_family_name_first_with_a_comma_has_the_same_words() -> None:
    person = PersonMention("Lee, Hsien Loong", "Prime Minister", "SGP")
    assert person.tokens == ["Lee", "Hsien", "Loong"]
    assert (person.spans, person.role, person.explicit_country) == ([], "mentioned", False)
