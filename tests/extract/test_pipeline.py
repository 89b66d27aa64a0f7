"""The whole pipeline: a record for any text, evidence inside the body, no component lost.

Robustness first: extract_record must return a valid record, never raise, for arbitrary
text, and a page with nothing diplomatic in it gives empty lists.
"""

from __future__ import annotations

import json
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from summitry.extract import pipeline
from summitry.extract.context import Context
from summitry.extract.pipeline import extract_record
from summitry.record import Document, Record

LISTS = (
    "meetings",
    "people",
    "countries",
    "organizations",
    "initiatives",
    "outcomes",
    "amounts",
    "statements",
)


def extract(text: str, title: str | None = None, published: str | None = "2024-11-15") -> Record:
    doc = Document(title=title, text=text, published=published, publisher_country="KOR")
    return extract_record("page.txt", doc)


def assert_valid(record: Record) -> None:
    """No component failed, and every evidence pair lies inside document.text."""
    assert record.errors == []
    size = len(record.document.text)
    for name in ("meetings", "people", "outcomes", "amounts", "statements"):
        for item in getattr(record, name):
            if item.evidence is not None:
                start, end = item.evidence
                assert 0 <= start <= end <= size, (name, item)
    json.dumps(record.to_dict())


def assert_empty(record: Record) -> None:
    assert_valid(record)
    assert {name: getattr(record, name) for name in LISTS} == {name: [] for name in LISTS}


class _Deadline(BaseException):
    """Raised by the alarm; a BaseException so that the pipeline cannot swallow it."""


@contextmanager
def deadline(seconds: int) -> Iterator[None]:
    def _raise(*_: object) -> None:
        raise _Deadline(f"still running after {seconds}s")

    previous = signal.signal(signal.SIGALRM, _raise)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


unix_only = pytest.mark.skipif(sys.platform == "win32", reason="needs SIGALRM")


# -- a page end to end -------------------------------------------------------------------


def test_a_short_release_end_to_end() -> None:
    title = "Foreign Minister Attends 26th ASEAN-ROK Foreign Ministers' Meeting"
    text = (
        "Minister of Foreign Affairs Cho Tae-yul attended the 26th ASEAN-ROK Foreign Ministers' "
        "Meeting in Vientiane, Lao PDR, on July 26. Minister Cho stressed that Korea will "
        "deepen its partnership with ASEAN. The ASEAN side welcomed Korea's pledge of USD 2 "
        "million to the ASEAN-ROK Cooperation Fund."
    )
    record = extract(text, title=title, published="2024-07-27")
    assert_valid(record)
    assert record.path == "page.txt"
    assert record.document.text == text
    assert [(m.name, m.ordinal, m.start, m.city, m.country, m.role) for m in record.meetings] == [
        ("ASEAN-ROK Foreign Ministers' Meeting", 26, "2024-07-26", "Vientiane", "LAO", "main")
    ]
    assert [(p.name, p.country, p.role) for p in record.people] == [
        ("Cho Tae-yul", "KOR", "attendee")
    ]
    assert sorted(record.countries) == ["KOR", "LAO"]
    assert record.organizations == ["ASEAN"]
    assert record.initiatives == ["ASEAN-ROK Cooperation Fund"]
    assert [(a.value, a.currency) for a in record.amounts] == [(2_000_000, "USD")]
    assert [(s.speaker, s.act) for s in record.statements] == [
        ("Cho Tae-yul", "state"),
        ("ASEAN", "support"),
    ]
    assert "errors" not in record.to_dict()


def test_a_failing_component_is_noted_and_the_rest_still_runs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    extract("")  # fills pipeline.COMPONENTS

    def broken(ctx: Context) -> None:
        raise RuntimeError("boom")

    components = [("broken", broken), *pipeline.COMPONENTS]
    monkeypatch.setattr(pipeline, "COMPONENTS", components)
    record = extract("Korea and Thailand signed the agreement.")
    assert record.errors == ["broken: RuntimeError: boom"]
    assert record.countries == ["KOR", "THA"]


# -- bad inputs give valid, empty records ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        " \n\n\t ",
        "Preheat the oven to 180 degrees. Mix 200 g of flour with two eggs and a pinch of salt. "
        "Bake for 25 minutes, then let it cool.",
        "وزير الخارجية يلتقي نظيره في العاصمة. واتفق الجانبان على تعزيز التعاون.",
        "שר החוץ נפגש עם עמיתו בבירה. הצדדים הסכימו להרחיב את שיתוף הפעולה.",
        "\u202eKorea\u202c \u200f\u200e\ufeff\x00\x07",
        "🙂🌏🤝 " * 50,
        "ǅ ǈ ǋ ǲ ᾈ ᾉ ῼ Ⅻ ⅻ ﬀ ﬁ İ ı ß ẞ",
    ],
)
def test_bad_inputs_give_a_valid_record(text: str) -> None:
    record = extract(text)
    assert_valid(record)
    if "Korea" not in text:
        assert_empty(record)


def test_a_megabyte_of_one_lowercase_word() -> None:
    """'summit ' * 150000 (about 1 MB) finishes (about 2 s here) and names nothing."""
    assert_empty(extract("summit " * 150_000))


def test_a_page_date_that_is_not_a_date() -> None:
    record = extract("The Meeting was held on 14 November.", published="not a date")
    assert_valid(record)


@unix_only
def test_a_long_hyphenated_chain_of_names_finishes() -> None:
    """26 country names joined by hyphens, no keyword after: about 2**26 regex steps."""
    chain = "-".join(
        "Korea Japan China Russia India Brazil Chile Peru Mexico Canada Laos Fiji Tonga Samoa "
        "Nauru Palau Oman Iran Iraq Cuba Mali Chad Togo Niue Benin Gabon".split()
    )
    with deadline(10):
        extract(f"The {chain} partnership was discussed.")


@unix_only
def test_a_long_run_of_capitalised_words_finishes() -> None:
    """56 kB of one capitalised word finishes (a guard against quadratic patterns)."""
    with deadline(10):
        extract("Summit " * 8_000)


# -- properties --------------------------------------------------------------------------

_WORDS = [
    *(
        "Minister of Foreign Affairs Cho Tae-yul Kang, Kyung-wha the 35th APEC ASEAN ASEAN-ROK "
        "Ministerial Meeting Summit (AMM) in Lima, Peru on November 14 15-16 2022 (Wed) to "
        "stressed that he She urged was adopted endorsed by Korea, Japan and Plan Action "
        "Initiative Fund Vision 2040 Hong Kong, China South Sea USD million theme virtually "
        "co-chaired The two sides agreed expressed concern Dr. Secretary-General Roadmap (FTAAP) "
        "Penny Wong, Australia's member economies will It They at"
    ).split(),
    *["“", "”", '"', ".", ",", "\n\n", "•"],
]
_DIPLOMATIC = st.lists(st.sampled_from(_WORDS), max_size=60).map(" ".join)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
@example("")
@example("A.")
@example("(")
@example("“")
def test_never_raises_on_any_text(text: str) -> None:
    assert_valid(extract(text))


@settings(max_examples=100, deadline=None)
@given(_DIPLOMATIC, st.one_of(st.none(), _DIPLOMATIC))
@example("Kang, Kyung-wha stressed that he urged", None)
@example("was adopted by Korea, Japan and", "Summit")
@example("from March 10 (Wed) to 12 (Fri)", "ASEAN-ROK Meeting")
def test_never_raises_on_diplomatic_word_salad(text: str, title: str | None) -> None:
    assert_valid(extract(text, title=title))
