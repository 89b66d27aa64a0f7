"""resolve.refs: what each entity_refs row says of its ref, and a page's person_meetings."""

from __future__ import annotations

from summitry.record import Meeting, Person, Statement
from summitry.resolve.refs import entity_rows, meeting_rows, person_meeting_rows
from tests.store.helpers import make_record

DOC = "d" * 64


def _page() -> object:
    return make_record(
        "Talks",
        "Foreign Minister Kang met her counterparts.",
        "2024-05-02",
        meetings=[
            Meeting(
                "ASEAN-ROK Foreign Ministers' Meeting", ordinal=22, start="2024-05-01", role="main"
            ),
            Meeting("East Asia Summit", role="related"),
            Meeting("ASEAN Regional Forum", ordinal=31, start="2024-05-03", role="main"),
        ],  # fmt: skip
        people=[
            Person("KANG Kyung-wha", "Foreign Minister", "KOR", "attendee"),
            Person("Kang Kyung-wha", None, None, "speaker"),
            Person("Vivian Balakrishnan", "Foreign Minister", "SGP", "host"),
        ],
        statements=[Statement("KANG Kyung-wha", "commit", "Korea will host the next meeting.")],
    )


def test_a_ref_carries_the_name_role_and_act_its_row_gives() -> None:
    rows = entity_rows(DOC, _page())
    got = {
        (r["source"], r["idx"], r["kind"]): (r["name"], r["role"], r["act"])
        for r in rows
        if r["entity_id"] == "person:kang-kyungwha"
    }
    assert got == {
        ("people", 0, "person"): ("KANG Kyung-wha", "attendee", None),
        ("people", 1, "person"): ("Kang Kyung-wha", "speaker", None),
        ("statements", 0, "speaker"): ("KANG Kyung-wha", None, "commit"),
    }


def test_each_main_meeting_once_for_each_person_named() -> None:
    page = _page()
    refs = entity_rows(DOC, page)
    found = person_meeting_rows(refs, meeting_rows(DOC, page))
    assert [(r["entity_id"], r["idx"], r["meeting_key"], r["start"]) for r in found] == [
        ("person:balakrishnan-vivian", 0, "meeting:asean-rok-foreign-ministers-meeting-22",
         "2024-05-01"),
        ("person:balakrishnan-vivian", 2, "meeting:asean-regional-forum-31", "2024-05-03"),
        ("person:kang-kyungwha", 0, "meeting:asean-rok-foreign-ministers-meeting-22",
         "2024-05-01"),
        ("person:kang-kyungwha", 2, "meeting:asean-regional-forum-31", "2024-05-03"),
    ]  # fmt: skip
    assert {r["document_id"] for r in found} == {DOC}


def test_a_page_without_a_main_meeting_or_a_person_has_none() -> None:
    page = _page()
    refs = entity_rows(DOC, page)
    related = [m for m in meeting_rows(DOC, page) if m["role"] != "main"]
    assert person_meeting_rows(refs, related) == []
    assert person_meeting_rows([], meeting_rows(DOC, page)) == []
