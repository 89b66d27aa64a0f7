"""Lines hard-wrapped at a fixed width joined back: paragraphs and a wrapped headline, not a
headline to the prose under it, nor list items. Pages written by hand."""

from __future__ import annotations

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
        "They met again later in the year for the Commemorative Summit in Busan.",
        "A fourth line of the page that fills most of the width it was wrapped.",
    ]
    assert unwrap_lines(lines) == [
        "The foreign ministers of all ten member states met for the 22nd ASEAN-ROK Ministerial"
        " Meeting in Bangkok on Thursday, the first of August.",
        *lines[2:],
    ]


def test_a_line_ending_with_an_initial_goes_on() -> None:
    lines = [
        "Hanoi, Viet Nam – United States Trade Representative Robert E.",
        "Lighthizer attended the 23rd Ministers Responsible for Trade meeting.",
        "The talks in the capital covered the region's trade and the WTO's work.",
        "A fourth line of the page that fills most of the width it was wrapped.",
    ]
    assert unwrap_lines(lines)[0] == (
        "Hanoi, Viet Nam – United States Trade Representative Robert E. Lighthizer attended the"
        " 23rd Ministers Responsible for Trade meeting."
    )


def test_a_paragraph_of_many_lines_is_joined_whole() -> None:
    line = " ".join(["word"] * 12)  # 59 characters, each next 'word' would not fit
    assert unwrap_lines([line] * 80_000) == [" ".join([line] * 80_000)]
