"""Stable ids: spelling variants of one name give one id."""

from __future__ import annotations

from summitry.resolve.keys import initiative_id, meeting_key, person_id, series_slug, slug


def test_person_name_variants_share_one_id() -> None:
    ids = {
        person_id(n)
        for n in (
            "Kang Kyung-wha",
            "Kang, Kyung-wha",
            "KANG Kyung-wha",
            "Kang Kyungwha",
            "H.E. Kang Kyung-wha",
        )
    }
    assert ids == {"person:kang-kyungwha"}
    assert person_id("Desilú León") == person_id("Desilu Leon") == "person:desilu-leon"
    assert person_id("Kang Min-soo") != person_id("Kang Kyung-wha")
    assert person_id("  ") is None


def test_initiative_acronym_long_form_and_variants_share_one_id() -> None:
    expected = "initiative:free-trade-area-of-asia-pacific"
    for name in (
        "FTAAP",
        "Free Trade Area of the Asia-Pacific",
        "free trade area of the asia pacific",
        "Free Trade Agreement Asia Pacific",
        "the Free Trade Area of the Asia-Pacific",
    ):
        assert initiative_id(name) == expected, name
    assert initiative_id("New Southern Policy") == "initiative:new-southern-policy"


def test_meeting_keys_from_kb_series() -> None:
    series = series_slug("ASEAN-Republic of Korea Foreign Ministers' Meeting", "ASEAN-ROK")
    assert series == "asean-rok-foreign-ministers-meeting"
    assert meeting_key(series, 23, None, "x") == "meeting:asean-rok-foreign-ministers-meeting-23"
    assert meeting_key(series, None, "2020-09-09", "x").endswith("-2020-09-09")
    assert slug("Ministers\u2019 Meeting") == "ministers-meeting"
