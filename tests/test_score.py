"""Scoring one record against its gold: the evaluation's matching, slot by slot."""

from __future__ import annotations

from summitry.score import f1, norm, same, score_page


def test_norm_folds_case_quotes_punctuation_and_a_leading_the() -> None:
    assert (
        norm("The ASEAN-ROK Foreign Ministers\u2019 Meeting")
        == "asean rok foreign ministers meeting"
    )
    assert norm(35) == "35" and norm(35.0) == "35" and norm(None) is None and norm("  ") is None


def test_a_gold_list_accepts_any_of_its_values() -> None:
    assert same(["Ministry of Foreign Affairs", "MOFA"], "mofa")
    assert not same(["Ministry of Foreign Affairs"], None)


def test_f1_counts_an_empty_side_as_perfect() -> None:
    assert f1(0, 0, 0) == (1.0, 1.0, 1.0)
    assert f1(1, 1, 2) == (0.5, 1 / 3, 0.4)


GOLD = {
    "document": {"title": "APEC Ministers Meet in Lima", "published": "2024-11-15"},
    "meetings": [
        {"name": "APEC Ministerial Meeting", "forum": "APEC", "level": "ministerial",
         "ordinal": 35, "city": "Lima", "role": "main"},
        {"name": "APEC Economic Leaders' Meeting", "forum": "APEC", "level": "leaders",
         "role": "mentioned"},
    ],
    "people": [{"name": "Cho Tae-yul", "title": "Minister of Foreign Affairs", "country": "KOR",
                "role": "attendee"}],
    "countries": ["KOR", "PER"],
    "statements": [{"speaker": "Cho Tae-yul", "act": "urge", "text": "he urged ..."}],
}  # fmt: skip


def test_a_page_is_scored_slot_by_slot_and_explained() -> None:
    pred = {
        "document": {"title": "APEC Ministers Meet in Lima", "published": "2024-11-14"},
        "meetings": [
            {"name": "APEC Ministerial Meeting", "forum": "APEC", "level": "ministerial",
             "ordinal": 35, "city": "Cusco", "role": "main"},
            {"name": "ASEAN Summit", "forum": "ASEAN", "level": "leaders", "role": "mentioned"},
        ],
        "people": [{"name": "Cho Tae-yul", "title": "Minister of Foreign Affairs",
                    "country": "KOR", "role": "attendee"}],
        "countries": ["KOR", "PER", "JPN"],
        "statements": [{"speaker": "Cho Tae-yul", "act": "state", "text": "he stressed ..."}],
    }  # fmt: skip
    score = score_page(GOLD, pred)
    counts = score.tally.counts
    assert counts["document.title"] == [1, 0, 0]
    assert counts["document.published"] == [0, 1, 1]
    assert counts["meetings"] == [1, 1, 1]  # one paired, one missed, one invented
    assert counts["meetings.city"] == [0, 1, 1]
    assert counts["meetings.ordinal"] == [1, 0, 0]
    assert counts["people.country"] == [1, 0, 0]
    assert counts["countries"] == [2, 1, 0]
    assert counts["statements"] == [0, 1, 1]
    leaders = "\"APEC Economic Leaders' Meeting\" (forum='APEC', level='leaders', role='mentioned')"
    assert f"meetings: {leaders}" in score.missed
    assert any(m.startswith("meetings: 'ASEAN Summit'") for m in score.invented)
    assert "countries: 'JPN'" in score.invented
    assert "meetings.city [APEC Ministerial Meeting]: gold 'Lima', got 'Cusco'" in score.wrong
    assert "document.published: gold '2024-11-15', got '2024-11-14'" in score.wrong


def test_a_missing_record_loses_every_gold_slot() -> None:
    score = score_page(GOLD, {})
    tp, fp, fn = score.tally.total()
    assert (tp, fp) == (0, 0)
    # doc slots; meetings and their slots; a person and theirs; countries; a statement
    assert fn == 2 + (2 + 5 + 3) + (1 + 3) + 2 + 1
