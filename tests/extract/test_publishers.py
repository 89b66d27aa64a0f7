"""Whole pages in the layouts of other publishers, end to end from the file.

The pages in tests/pages/ were written for these tests in the shapes such sites use (a
ministry readout in HTML, a secretariat chairman's statement, a news-agency dateline, a
sign-off block). Each expectation is what an analyst would record for the page.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from summitry.clean import clean
from summitry.extract.pipeline import extract_record
from summitry.read import read_page

PAGES = Path(__file__).resolve().parent.parent / "pages"

# page -> (title, published, main meetings as (name, ordinal, start, end, city))
DOCUMENTS = {
    "apec_news.txt": (
        "APEC Trade Ministers Commit to Inclusive Growth",
        "2024-05-17",
        [
            (
                "APEC Ministers Responsible for Trade Meeting",
                None,
                "2024-05-17",
                "2024-05-18",
                "Arequipa",
            )
        ],
    ),
    "asean_sec.txt": (
        "Chairman's Statement of the 44th and 45th ASEAN Summits",
        "2024-10-09",
        [
            ("ASEAN Summit", 44, "2024-10-08", "2024-10-09", "Vientiane"),
            ("ASEAN Summit", 45, "2024-10-08", "2024-10-09", "Vientiane"),
        ],
    ),
    "dfa.txt": (
        "Secretary Manalo Attends 57th ASEAN Foreign Ministers’ Meeting in Vientiane",
        "2024-07-26",
        [("ASEAN Foreign Ministers' Meeting", 57, "2024-07-24", "2024-07-27", "Vientiane")],
    ),
    "sg.txt": (
        "Minister for Foreign Affairs Dr Vivian Balakrishnan's Attendance at the 31st ASEAN "
        "Regional Forum, 27 July 2024",
        "2024-07-27",
        [("ASEAN Regional Forum", 31, "2024-07-27", "2024-07-27", "Vientiane")],
    ),
    "state.html": (
        "Secretary Blinken's Meeting with Philippine Secretary of Foreign Affairs Manalo",
        "2024-07-27",
        [("meeting", None, "2024-07-27", "2024-07-27", None)],
    ),
    "vn.txt": (
        "Deputy Prime Minister, Foreign Minister Bui Thanh Son attends 57th AMM in Laos",
        "2024-07-25",
        [("ASEAN Foreign Ministers' Meeting", 57, "2024-07-24", "2024-07-27", "Vientiane")],
    ),
}

# page -> people as (name, country, role)
PEOPLE = {
    "apec_news.txt": [("Elizabeth Galdo", "PER", "chair"), ("Todd McClay", "NZL", "attendee")],
    "asean_sec.txt": [
        ("Sonexay Siphandone", "LAO", "chair"),
        ("Anwar Ibrahim", "MYS", "attendee"),
        ("Kao Kim Hourn", "ASEAN", "attendee"),
    ],
    "asean.html": [
        ("Eksiri Pintaruchi", "THA", "co_chair"),
        ("Chung Byung-won", "KOR", "co_chair"),
        ("Kao Kim Hourn", "ASEAN", "attendee"),
    ],
    "mofaj.txt": [("KAMIKAWA Yoko", "JPN", "co_chair"), ("Enrique A. Manalo", "PHL", "co_chair")],
    "g20.txt": [("Fernando Haddad", "BRA", "chair"), ("Kristalina Georgieva", "IMF", "attendee")],
    "state.html": [
        ("Matthew Miller", "USA", "mentioned"),
        ("Antony J. Blinken", "USA", "attendee"),
        ("Enrique Manalo", "PHL", "attendee"),
    ],
}


def record_of(name: str):
    path = PAGES / name
    return extract_record(str(path), clean(read_page(path)))


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_document_and_main_meetings(name: str) -> None:
    title, published, mains = DOCUMENTS[name]
    record = record_of(name)
    assert (record.document.title, record.document.published) == (title, published)
    found = [
        (m.name, m.ordinal, m.start, m.end, m.city) for m in record.meetings if m.role == "main"
    ]
    assert found == mains


@pytest.mark.parametrize("name", sorted(PEOPLE))
def test_people_with_country_and_role(name: str) -> None:
    assert [(p.name, p.country, p.role) for p in record_of(name).people] == PEOPLE[name]


def test_sign_off_block_names_the_publisher_and_date() -> None:
    doc = record_of("kln.txt").document
    assert (doc.published, doc.publisher_country) == ("2024-08-30", "MYS")
    assert [p.name for p in record_of("kln.txt").people] == [
        "Mohamad bin Haji Hasan",
        "Cho Tae-yul",
    ]
