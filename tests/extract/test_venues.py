"""Venues known by name, and where they are (extract.venues)."""

from __future__ import annotations

from summitry.extract.venues import (
    VenueSpan,
    home_within,
    known_venue,
    room_of_known,
    venue_home,
)


def test_a_known_venue_is_read_after_at_or_in() -> None:
    text = "Talks were held in the Great Hall of the People on Friday."
    start = text.index("Great")
    assert known_venue(text, 0, len(text)) == VenueSpan(
        "Great Hall of the People", start, start + len("Great Hall of the People")
    )


def test_a_known_name_without_at_or_in_is_no_venue() -> None:
    text = "Kremlin officials said the talks went well in Moscow."
    assert known_venue(text, 0, len(text)) is None


def test_the_longest_known_name_is_read() -> None:
    text = "He called on the King at the Istana Nurul Iman."
    found = known_venue(text, 0, len(text))
    assert found is not None and found.name == "Istana Nurul Iman"
    home = venue_home(found.name)
    assert home is not None and (home.city, home.country) == ("Bandar Seri Begawan", "BRN")


def test_a_room_of_a_known_venue_gives_the_venue() -> None:
    text = "held at Ballroom Hall 1-2 of the Queen Sirikit National Convention Centre."
    at = text.index(" 1-2")
    found = room_of_known(text, at, len(text))
    assert found is not None and found.name == "Queen Sirikit National Convention Centre"
    spaces = "Ballroom" + " " * 20_000 + "no venue"  # each space tried once, not the run again
    assert room_of_known(spaces, len("Ballroom"), len(spaces)) is None


def test_a_venue_named_in_two_cities_has_no_home() -> None:
    assert venue_home("Peace Palace") is None
    assert venue_home("Presidential Palace") is None
    home = venue_home("hyderabad house")
    assert home is not None and (home.city, home.country) == ("New Delhi", "IND")


def test_a_known_name_inside_a_venues_name_gives_its_home() -> None:
    home = home_within("Kremlin's St Andrew Hall")
    assert home is not None and (home.city, home.country) == ("Moscow", "RUS")
    assert home_within("Kremlinology Centre") is None
    assert home_within("Lotte Hotel") is None


def test_a_known_name_before_another_capitalised_word_is_a_longer_name() -> None:
    text = "The President received him at the Istana Merdeka."
    found = known_venue(text, 0, len(text))
    assert found is not None and found.name == "Istana Merdeka"
    home = venue_home(found.name)
    assert home is not None and (home.city, home.country) == ("Jakarta", "IDN")
    assert known_venue("talks at the Istana Negara", 0, 26) is None  # in two capitals


def test_a_weekday_after_a_known_name_ends_it() -> None:
    text = "Talks were held at the Kremlin Thursday."
    found = known_venue(text, 0, len(text))
    assert found is not None and found.name == "Kremlin"
