"""One spelling for the characters publishers set differently; an ALL-CAPS headline read in
the body's case. Expected values written by hand from the characters' names."""

from __future__ import annotations

import pytest

from summitry.clean.lines import normalise_line
from summitry.clean.typography import dashes_spaced, headline_as_read, normalise_typography, unshout


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("APEC\u00a0Ministers", "APEC Ministers"),  # no-break space
        ("5\u202fDecember\u20092023", "5 December 2023"),  # narrow no-break, thin space
        ("Min\u200dister Cho\u200b", "Minister Cho"),  # zero-width joiner and space
        ("\ufeffASEAN Sum\u00admit", "ASEAN Summit"),  # byte-order mark, soft hyphen
        ("the １５th ASEAN Summit（Jakarta）", "the 15th ASEAN Summit(Jakarta)"),  # full-width
        ("the ﬁnal ofﬁcial ﬂag", "the final official flag"),  # ligatures
        ("Dato\u02bc Sri", "Dato\u2019 Sri"),  # the modifier letter apostrophe
        ("Director\u2010General", "Director-General"),  # the hyphen character
        ("ASEAN\u2013Japan Summit", "ASEAN-Japan Summit"),  # a compound's en dash
        ("2018\u20132022", "2018\u20132022"),  # a range between numbers stays
        ("Ministers\u2019 Meeting \u201cGrow\u201d", "Ministers\u2019 Meeting \u201cGrow\u201d"),
    ],
)
def test_normalise_typography(line: str, expected: str) -> None:
    assert normalise_typography(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("June 5, 2021 - Ottawa - Global Affairs", "June 5, 2021 – Ottawa – Global Affairs"),
        ("June 5, 2021 -- Ottawa", "June 5, 2021 – Ottawa"),
        ("Plan of Action 2018 \u2014 2022", "Plan of Action 2018 – 2022"),
        ("ministers\u2014who met in Lima\u2014agreed", "ministers – who met in Lima – agreed"),
        (
            "2017\u2014Manila, Philippines\u2014Global Affairs",
            "2017 – Manila, Philippines – Global Affairs",
        ),
        ("WASHINGTON\u2014U.S. officials said", "WASHINGTON – U.S. officials said"),
        ("ASEAN\u2014Japan Summit", "ASEAN-Japan Summit"),  # two groupings or states
        ("ASEAN\u2014New Zealand Summit", "ASEAN-New Zealand Summit"),
        ("New Zealand\u2014China relations", "New Zealand-China relations"),  # a name each side
        ("the Republic of Korea\u2014Japan talks", "the Republic of Korea-Japan talks"),
        ("the Mekong\u2014Lancang Cooperation", "the Mekong-Lancang Cooperation"),  # one name
        ("ASEAN-ROK and Kang Kyung-wha", "ASEAN-ROK and Kang Kyung-wha"),  # hyphens stay
        ("- a bullet", "- a bullet"),  # a dash that opens the line is no sentence dash
    ],
)
def test_dashes_spaced(line: str, expected: str) -> None:
    assert dashes_spaced(normalise_typography(line)) == expected


def test_a_long_word_before_a_close_em_dash_is_read_once() -> None:
    word = "x" * 200_000
    assert normalise_typography(word + "\u2014 ") == word + "\u2014 "
    assert normalise_typography(word + "\u2014ASEAN\u2014Japan Summit") == (
        word + " \u2013 ASEAN-Japan Summit"
    )


def test_normalise_line_reads_ascii_dashes_too() -> None:
    assert normalise_line("  Manila -  Global Affairs Canada ") == "Manila – Global Affairs Canada"
    assert normalise_line("Senior Officials\u00a0\u00a0Meeting\t") == "Senior Officials Meeting"


def test_headline_as_read_recases_an_all_caps_headline_from_the_body() -> None:
    body = "The 18th ASEAN Plus Three Foreign Ministers\u2019 Meeting was held in Manila."
    title = "18TH ASEAN PLUS THREE FOREIGN MINISTERS\u2019 MEETING HELD IN MANILA"
    assert headline_as_read(title, body) == (
        "18th ASEAN Plus Three Foreign Ministers\u2019 Meeting held in Manila"
    )


def test_headline_as_read_capitalises_words_the_body_lacks() -> None:
    assert headline_as_read("MINISTERS CONVENE IN LIMA", "Ministers met.") == (
        "Ministers Convene in Lima"
    )


def test_headline_as_read_lowers_the_small_words_of_a_title_case_headline() -> None:
    title = "Foreign Minister Attends The ASEAN Meeting In Seoul: The Talks Of The Day"
    assert headline_as_read(title, "") == (
        "Foreign Minister Attends the ASEAN Meeting in Seoul: The Talks of the Day"
    )
    assert headline_as_read("Leaders Meet As Partners Or Rivals", "") == (
        "Leaders Meet as Partners or Rivals"
    )


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "Viet Nam Welcomes General Secretary To Lam",
            "Viet Nam welcomed General Secretary To Lam on Monday.",
            "Viet Nam Welcomes General Secretary To Lam",
        ),
        ("Leaders Meet In The Hague", "", "Leaders Meet in The Hague"),
        (
            "Visit To An Giang Province",
            "The minister visited An Giang province.",
            "Visit to An Giang Province",
        ),
        ("Talks To Build Trust", "The talks built trust.", "Talks to Build Trust"),
    ],
)
def test_headline_as_read_keeps_the_small_words_that_open_a_name(
    title: str, body: str, expected: str
) -> None:
    assert headline_as_read(title, body) == expected


def test_headline_as_read_keeps_a_headline_in_sentence_case() -> None:
    title = "Minister Kang attends the meeting In Seoul"
    assert headline_as_read(title, "") == title


@pytest.mark.parametrize(
    "title", ["Minister Kang Attends ARF", "APEC SOM", "PH Chairs ASEAN Meeting", None]
)
def test_headline_as_read_keeps_other_headlines(title: str | None) -> None:
    assert headline_as_read(title, "Minister Kang attends the meeting.") == title


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("REPUBLIC OF SINGAPORE", "Republic of Singapore"),
        ("THE MINISTRY OF FOREIGN AFFAIRS AND TRADE", "The Ministry of Foreign Affairs and Trade"),
        ("Republic of Singapore", "Republic of Singapore"),
        ("ASEAN Summit", "ASEAN Summit"),
    ],
)
def test_unshout(line: str, expected: str) -> None:
    assert unshout(line) == expected
