"""Lines hard-wrapped at a fixed width joined back: paragraphs and a wrapped headline, not a
headline to the prose under it, nor list items. Pages written by hand."""

from __future__ import annotations

import pytest

from summitry.clean.wrapping import unwrap_lines, wrap_width

PAGE = """\
Foreign Ministers Discuss the Implementation of the ASEAN Outlook on the
Indo-Pacific
Foreign Minister Kang Kyung-wha attended the 21st ASEAN-ROK Foreign
Ministers' Meeting held in Bangkok on 1 August 2019 and discussed ways to
strengthen cooperation with the ASEAN member states and the ROK.
Kang said the two sides agreed to expand exchanges in the fields of trade,
investment, culture and tourism.
- a first item of a list that the page gives under the paragraph above it
- a second item
""".splitlines()


def test_wrap_width_is_the_longest_line_of_a_wrapped_page() -> None:
    assert wrap_width(PAGE) == max(len(line) for line in PAGE)


def test_a_page_with_long_lines_is_not_wrapped() -> None:
    lines = ["A headline", "x " * 80, "Short line.", "Another short line."]
    assert wrap_width(lines) is None
    assert unwrap_lines(lines) == lines


def test_unwrap_lines_joins_paragraphs_and_the_headline() -> None:
    assert unwrap_lines(PAGE) == [
        "Foreign Ministers Discuss the Implementation of the ASEAN Outlook on the Indo-Pacific",
        "Foreign Minister Kang Kyung-wha attended the 21st ASEAN-ROK Foreign Ministers' Meeting"
        " held in Bangkok on 1 August 2019 and discussed ways to strengthen cooperation with"
        " the ASEAN member states and the ROK.",
        "Kang said the two sides agreed to expand exchanges in the fields of trade, investment,"
        " culture and tourism.",
        "- a first item of a list that the page gives under the paragraph above it",
        "- a second item",
    ]


def test_a_word_broken_at_its_hyphen_is_joined_whole() -> None:
    lines = [
        "The foreign ministers of all ten member states met for the 22nd ASEAN-",
        "ROK Ministerial Meeting in Bangkok on Thursday, the first of August.",
        "They met again later in the year for the Commemorative Summit in Busan",
        "and spoke of the thirty years of the dialogue partnership between the",
        "member states and the Republic of Korea, and of the years to come in",
        "their work together.",
    ]
    assert unwrap_lines(lines) == [
        "The foreign ministers of all ten member states met for the 22nd ASEAN-ROK Ministerial"
        " Meeting in Bangkok on Thursday, the first of August.",
        " ".join(lines[2:]),
    ]


def test_a_line_ending_with_an_initial_goes_on() -> None:
    lines = [
        "Hanoi, Viet Nam – United States Trade Representative Robert E.",
        "Lighthizer attended the 23rd Ministers Responsible for Trade meeting.",
        "They met again later in the year for the Commemorative Summit in Busan",
        "and spoke of the thirty years of the dialogue partnership between the",
        "member states and the Republic of Korea, and of the years to come in",
        "their work together.",
    ]
    assert unwrap_lines(lines)[0] == (
        "Hanoi, Viet Nam – United States Trade Representative Robert E. Lighthizer attended the"
        " 23rd Ministers Responsible for Trade meeting."
    )


def test_a_paragraph_of_many_lines_is_joined_whole() -> None:
    line = " ".join(["word"] * 12)  # 59 characters, each next 'word' would not fit
    assert unwrap_lines([line] * 80_000) == [" ".join([line] * 80_000)]


def test_a_short_page_of_whole_sentences_is_not_wrapped() -> None:
    lines = [
        "ASEAN Foreign Ministers Meet to Prepare the 43rd Summit and Related Meetings",
        "Jakarta, 11 July 2023",
        "The foreign ministers of ASEAN met in Jakarta to prepare the summit.",
        "They reviewed the work of the community councils over the past year.",
        "The ministers also discussed the situation in Myanmar at length.",
        "The chair will issue a joint communique at the end of the meeting.",
    ]
    assert wrap_width(lines) is None
    assert unwrap_lines(lines) == lines


@pytest.mark.parametrize(
    "line", ["Jakarta, 11 July 2023", "11 July 2023", "Jakarta, Indonesia, 11 July 2023"]
)
def test_a_date_line_does_not_go_on_from_a_full_headline(line: str) -> None:
    lines = [
        "ASEAN Foreign Ministers Meet to Prepare the 43rd Summit and Related Meetings",
        line,
        "The foreign ministers of the ten member states of ASEAN met in the capital",
        "of Indonesia on Tuesday to prepare the summit of the leaders in September,",
        "and they reviewed the work of the three community councils over the past",
        "year in the presence of the Secretary-General of ASEAN and his deputies.",
    ]
    assert unwrap_lines(lines) == [*lines[:2], " ".join(lines[2:])]


def test_a_metadata_line_does_not_go_on_from_a_full_line() -> None:
    lines = [
        "The foreign ministers of the ten member states of ASEAN met in the capital",
        "of Indonesia on Tuesday to prepare the summit of the leaders in September,",
        "and they reviewed the work of the three community councils over the past",
        "year in the presence of the Secretary-General of ASEAN and his deputies in",
        "Posted on 12 July 2023",
    ]
    assert unwrap_lines(lines) == [" ".join(lines[:4]), lines[4]]


def test_a_line_in_lower_case_goes_on_though_it_reads_as_metadata() -> None:
    lines = [
        "The ministers agreed that the APEC Tourism Strategic Plan will be",
        "updated to include the links between the tourist sectors of the region",
        "and that the travel facilitation initiative of the economies will be",
        "reviewed at the next meeting of the tourism ministers of the economies",
        "in Macao.",
    ]
    assert unwrap_lines(lines) == [" ".join(lines)]
