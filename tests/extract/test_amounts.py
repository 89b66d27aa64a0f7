"""find_amounts: sums of money and what they are for, checked by hand."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from summitry.extract.amounts import CURRENCIES, AmountMention, find_amounts


def amounts(text: str) -> list[tuple[str, float, str]]:
    """(covered text, value, currency) of every amount."""
    return [(text[a.start : a.end], a.value, a.currency) for a in find_amounts(text)]


@pytest.mark.parametrize(
    ("text", "covered", "value", "currency"),
    [
        ("US$14 million", "US$14 million", 14_000_000, "USD"),
        ("USD 14 million", "USD 14 million", 14_000_000, "USD"),
        ("$1.5 billion", "$1.5 billion", 1_500_000_000, "USD"),
        ("14 million U.S. dollars", "14 million U.S. dollars", 14_000_000, "USD"),
        ("to an annual 14 million U.S. dollars last year", "14 million U.S. dollars", 14e6, "USD"),
        ("KRW 10 billion", "KRW 10 billion", 10_000_000_000, "KRW"),
        ("10 billion won", "10 billion won", 10_000_000_000, "KRW"),
        ("₩10 billion", "₩10 billion", 10_000_000_000, "KRW"),
        ("5 million dollars", "5 million dollars", 5_000_000, "USD"),
        ("EUR 3 million", "EUR 3 million", 3_000_000, "EUR"),
        ("€3m", "€3m", 3_000_000, "EUR"),
        ("¥2 billion", "¥2 billion", 2_000_000_000, "JPY"),
        ("2 billion yen", "2 billion yen", 2_000_000_000, "JPY"),
        ("1.2 trillion won", "1.2 trillion won", 1_200_000_000_000, "KRW"),
        ("S$5 million", "S$5 million", 5_000_000, "SGD"),
        ("A$2 million", "A$2 million", 2_000_000, "AUD"),
        ("500,000 US dollars", "500,000 US dollars", 500_000, "USD"),
        ("USD 500,000", "USD 500,000", 500_000, "USD"),
        ("$300k", "$300k", 300_000, "USD"),
        ("5 Million US Dollars", "5 Million US Dollars", 5_000_000, "USD"),
        ("RM5 million", "RM5 million", 5_000_000, "MYR"),
        ("a USD 240 billion safety net", "USD 240 billion", 240_000_000_000, "USD"),
        ("5,000 won", "5,000 won", 5_000, "KRW"),
        ("US$5-10 million", "US$5-10 million", 5_000_000, "USD"),  # the lower bound
    ],
)
def test_amounts(text: str, covered: str, value: float, currency: str) -> None:
    assert amounts(text) == [(covered, value, currency)]


def test_offsets_cover_the_amount() -> None:
    text = "Korea will contribute US$5 million to the fund."
    (amount,) = find_amounts(text)
    assert (amount.start, amount.end) == (22, 34)


def test_two_currencies_side_by_side() -> None:
    assert amounts("USD 14 million (KRW 16 billion)") == [
        ("USD 14 million", 14_000_000, "USD"),
        ("KRW 16 billion", 16_000_000_000, "KRW"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "the number of mutual visitors has increased rapidly, surpassing 12 million in 2019, on",
        "12 million visitors",
        "hit\n2162\n",
        "| 30,405 view",
        "the 35th APEC Ministerial Meeting",
        "COVID-19",
        "the film that in 2019 won the award",
        "XY$5",
        "the 21 APEC economies",
    ],
)
def test_not_money(text: str) -> None:
    assert find_amounts(text) == []


# -- what the money is for ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "about"),
    [
        (
            "Minister Kang expressed hope that the launch of large-scale, meaningful projects, "
            "such as the Technical Vocational Education and Training program, in 2020 after "
            "expanding the “ASEAN-ROK Cooperation Fund” for ASEAN-ROK cooperation projects to "
            "an annual 14 million U.S. dollars last year would contribute to building capacity.",
            "ASEAN-ROK Cooperation Fund",
        ),
        (
            "Korea will contribute US$5 million to the ASEAN COVID-19 Response Fund.",
            "ASEAN COVID-19 Response Fund",
        ),
        (
            "He said so. US$3 million will go to the ASEAN-ROK Cooperation Fund for "
            "ASEAN-ROK cooperation projects.",
            "ASEAN-ROK Cooperation Fund",
        ),
        (
            "Korea has doubled its annual contribution to the ASEAN-ROK Cooperation Fund to "
            "USD 14 million from 2019.",
            "ASEAN-ROK Cooperation Fund",
        ),
        (  # the nearer name is not introduced by to/for/..., the farther one is
            "The Korea-Mekong Partnership Plan says that US$3 million will go to the Smart "
            "City Fund.",
            "Smart City Fund",
        ),
        (  # "U.S." does not end the sentence
            "Through the Lower Mekong Initiative, the U.S. Government will provide $2 million.",
            "Lower Mekong Initiative",
        ),
        (
            "the Chiang Mai Initiative Multilateralisation (CMIM), a USD 240 billion regional "
            "financial safety net",
            "Chiang Mai Initiative Multilateralisation",
        ),
        ("Korea pledged US$1 million in humanitarian aid.", None),
        ("The ASEAN COVID-19 Response Fund was set up in 2020. Korea gave US$1 million.", None),
        ("Korea gave US$1 million at the Jakarta Convention Center.", None),
    ],
)
def test_about(text: str, about: str | None) -> None:
    (amount,) = find_amounts(text)
    assert amount.about == about


def test_currency_table_uses_iso_codes() -> None:
    for surface, code, where in CURRENCIES:
        assert len(code) == 3 and code.isupper() and code.isalpha(), surface
        assert where in ("pre", "post", "both"), surface


# -- never raises ------------------------------------------------------------------------

_FRAGMENTS = st.sampled_from(
    [
        " ", "-", "US$", "$", "S$", "€", "₩", "KRW ", "USD", "5", "14", "1.5", "2,162", ",",
        " million", " billion", "m", "k", " won", " dollars", " U.S. dollars", "dollarſ",
        " to the ", " Fund", " ASEAN", " for ", ". ", "“", "”", "\n\n", "(CMIM)",
    ]
)  # fmt: skip
_TEXTS = st.text() | st.lists(_FRAGMENTS | st.text(max_size=3), max_size=30).map("".join)


@settings(max_examples=300)
@given(_TEXTS)
@example("0KRW0")  # one currency between two numbers: one amount, spans must not overlap
@example("5 dollarſ")  # a long s must not pass for an "s" in "dollars"
def test_never_raises_and_spans_lie_inside(text: str) -> None:
    previous_end = 0
    for amount in find_amounts(text):
        assert isinstance(amount, AmountMention)
        assert previous_end <= amount.start < amount.end <= len(text)
        assert amount.value >= 0
        assert amount.currency in {code for _, code, _ in CURRENCIES}
        previous_end = amount.end


@pytest.mark.parametrize(
    ("text", "covered", "value", "currency"),
    [
        (
            "the Fund, whose coffers had expanded to one million US dollars in 2015",
            "one million US dollars",
            1_000_000,
            "USD",
        ),
        ("a pledge of US$ two billion", "US$ two billion", 2_000_000_000, "USD"),
        ("half a million dollars", "half a million dollars", 500_000, "USD"),
    ],
)
def test_numbers_in_words(text: str, covered: str, value: float, currency: str) -> None:
    assert amounts(text) == [(covered, value, currency)]


def test_numbers_in_words_need_a_currency_and_a_multiplier() -> None:
    assert find_amounts("one million visitors came, and one of them paid ten dollars") == []


def test_a_bare_dollar_is_the_publishers_own() -> None:
    text = "Canada announced projects totalling nearly $13 million and US$2 million more."
    assert [(a.value, a.currency) for a in find_amounts(text, dollar="CAD")] == [
        (13_000_000, "CAD"),
        (2_000_000, "USD"),
    ]
    assert [a.currency for a in find_amounts(text)] == ["USD", "USD"]
