"""Quoted speech: one statement per quotation, by the person the attribution names."""

from __future__ import annotations

from summitry.extract.pipeline import extract_record
from summitry.extract.quotes import quotes_of
from summitry.record import Document

OPENING = (
    "Minister for Trade Simon Crean has welcomed the outcome of the APEC Ministerial Meeting "
    "in Lima.\n\n"
)


def acts(text: str, publisher_country: str = "AUS") -> list[tuple[str, str]]:
    doc = Document(text=text, published="2008-11-21", publisher_country=publisher_country)
    return [(s.speaker, s.act) for s in extract_record("page.txt", doc).statements]


def test_speech_but_not_names_in_quotes() -> None:
    text = 'They adopted the "Lima Declaration" and said: "This is a very good outcome for all."'
    [quote] = quotes_of(text)
    assert text[quote.start : quote.end] == '"This is a very good outcome for all."'


def test_single_quotes_close_after_punctuation_only() -> None:
    text = "'In 2025, we celebrate 50 years of dialogue with ASEAN,' Mr Peters' office says."
    [quote] = quotes_of(text)
    assert text[quote.end - 2 : quote.end] == ",'"


def test_honorific_and_surname_after_the_quote() -> None:
    text = OPENING + (
        "“The crisis requires a comprehensive response. APEC is playing an important role "
        "in the WTO Ministers Meeting in Geneva,” Mr Crean said."
    )
    assert acts(text) == [("Simon Crean", "support"), ("Simon Crean", "state")]


def test_inverted_attribution_and_a_continuing_paragraph() -> None:
    text = OPENING + (
        "“Today’s meeting will provide an opportunity to build momentum,” said Minister Crean.\n\n"
        "“Our goal is to intensify regional cooperation to support the WTO’s agenda.”"
    )
    assert acts(text) == [
        ("Simon Crean", "support"),
        ("Simon Crean", "state"),
        ("Simon Crean", "state"),
    ]


def test_clauses_inside_the_quote_are_the_speakers() -> None:
    text = OPENING + (
        "“Australia remains committed to an open trading system and we urged all economies to "
        "resist protectionism,” Mr Crean said."
    )
    assert acts(text) == [("Simon Crean", "support"), ("Simon Crean", "commit")]


def test_a_quote_that_runs_into_the_next_paragraph_is_not_attributed_there() -> None:
    text = OPENING + (
        "“Yet the region remains the engine of global growth for all of us.”\n\n"
        "Trade Minister Crean also underscored the importance of open markets."
    )
    assert acts(text) == [("Simon Crean", "support"), ("Simon Crean", "state")]


def test_a_curly_quote_may_close_with_a_straight_one() -> None:
    text = OPENING + (
        '“Australia stands ready to support a strong statement on the trading system," he said.'
    )
    assert acts(text) == [("Simon Crean", "support"), ("Simon Crean", "commit")]


def test_a_later_sentence_where_the_speakers_side_acts_is_a_statement_of_its_own() -> None:
    text = OPENING + (
        "“It is high time for APEC to defend the multilateral trading system. Australia stands "
        "ready to support a strong statement,” he said."
    )
    assert acts(text) == [
        ("Simon Crean", "support"),
        ("Simon Crean", "state"),
        ("Simon Crean", "commit"),
    ]


def test_he_said_is_the_person_last_named_or_titled() -> None:
    text = (
        "President Sebastián Piñera opened APEC 2019 in Santiago. The Minister of Foreign "
        "Affairs, Roberto Ampuero, arrived in Port Moresby on Monday.\n"
        "After his arrival, the Minister highlighted Chile's participation in APEC. \"We are "
        'part of this Forum, which sets guidelines for economic integration," he said.'
    )
    assert acts(text, "CHL") == [("Roberto Ampuero", "state"), ("Roberto Ampuero", "state")]


def test_a_possessive_country_in_a_quote_is_not_the_speakers_side_acting() -> None:
    text = OPENING + (
        "“Australia's contribution will promote cooperation in high priority sectors,” Mr "
        "Crean said."
    )
    assert acts(text) == [("Simon Crean", "support"), ("Simon Crean", "state")]


def test_a_paragraph_whose_opening_mark_was_lost_is_quoted_to_its_close() -> None:
    text = OPENING + (
        "We are committed to a new vision for APEC, one where we achieve full integration,” "
        "said Mr Crean at the launch of the meeting."
    )
    [quote] = quotes_of(text)
    assert text[quote.start : quote.end].startswith("We are committed")
    assert text[quote.end - 2 : quote.end] == ",”"
    assert acts(text) == [("Simon Crean", "support"), ("Simon Crean", "commit")]


def test_a_closing_mark_after_an_opening_one_is_no_lost_opening() -> None:
    text = "The Minister said: “Trade is growing across the region,” and left for Lima."
    assert len(quotes_of(text)) == 1


def test_a_single_quoted_catchword_closes_without_a_stop() -> None:
    text = (
        "He appreciated Viet Nam's stewardship towards a ‘Cohesive and Responsive ASEAN’ in "
        "difficult times. He underlined the key role of the EAS."
    )
    # the catchword is no speech, and what follows it is not inside a quotation
    assert quotes_of(text) == []


def test_speech_whose_opening_mark_was_lost_reads_alike_with_straight_marks() -> None:
    lead = "Prime Minister Chris Hipkins arrived in Singapore on Monday.\n\n"
    speech = "We are committed to a new vision for the region and for our partners,{} said"
    tail = " Prime Minister Hipkins at the launch."
    for close in ("”", '"'):
        assert acts(lead + speech.format(close) + tail, "NZL") == [("Chris Hipkins", "commit")]


def test_a_quotation_a_person_s_office_gives_is_the_state_s() -> None:
    text = (
        "Prime Minister KISHIDA Fumio held a summit meeting with President YOON Suk Yeol of "
        "the Republic of Korea in Tokyo on March 16.\n\n"
        "'We will deepen our cooperation with Japan in every field,' Yoon's office said."
    )
    assert acts(text, "JPN") == [("KOR", "commit")]


def test_a_quotation_after_its_attribution_starts_at_the_speaker_s_name() -> None:
    text = OPENING + 'Mr Crean said: "This is a very good outcome for Australian exporters."'
    doc = Document(text=text, published="2008-11-21", publisher_country="AUS")
    found = extract_record("page.txt", doc).statements[-1]
    start = text.index("Crean said:")
    assert (found.speaker, found.act, found.text, found.evidence) == (
        "Simon Crean",
        "state",
        text[start:],
        (start, len(text)),
    )
