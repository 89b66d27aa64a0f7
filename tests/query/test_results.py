"""The typed results of the queries and their JSON shape (query.results.to_json): the shape
the API, the CLI's --json and the exports give, key for key and in order."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from summitry.query import meeting, series
from summitry.query.results import MeetingSummary, MeetingView, Source, StatementItem, to_json
from summitry.record import Meeting, Record
from summitry.store import Store, open_store
from summitry.store.corrections import Correction
from tests.conftest import invoke
from tests.store.helpers import make_record, page_id

MLC = "Mekong-Lancang Summit"
SUMMARY_KEYS = [
    "id", "label", "series", "name", "acronym", "forum", "level", "ordinal", "start", "end",
    "city", "country", "venue", "format", "theme", "year", "role", "sources", "inferred",
]  # fmt: skip
VIEW_KEYS = ["disagreements", "reports", "reports_read", "people", "chairs", "statements"]


def _page(ordinal: int, day: int) -> Record:
    body = f"The {ordinal}th {MLC} met in Vientiane on {day} May 2024."
    start = f"2024-05-{day}"
    summit = Meeting(MLC, forum="Mekong-Lancang", level="leaders", ordinal=ordinal,
                     start=start, end=start, city="Vientiane", role="main")  # fmt: skip
    return make_record(f"Summit {ordinal}", body, published=start, meetings=[summit])


@pytest.fixture
def summits(tmp_path: Path) -> Iterator[Store]:
    """The 4th and 5th summits, each on a page of its own."""
    with open_store(tmp_path / "t.db") as store:
        store.add(page_id("a"), "a.txt", _page(4, 12))
        store.add(page_id("b"), "b.txt", _page(5, 13))
        yield store


def test_a_meeting_is_typed_and_its_json_keeps_the_api_shape(summits: Store) -> None:
    view = meeting(summits, f"{MLC} 5")
    assert isinstance(view, MeetingView) and isinstance(view.summary, MeetingSummary)
    assert (view.summary.ordinal, view.summary.city, view.summary.sources) == (5, "Vientiane", 1)
    assert view.sources == [Source(page_id("b"), "Summit 5", "MOFA", "2024-05-13", "main")]
    shown = to_json(view)
    # the summary's fields first, its page count replaced by the pages themselves
    assert list(shown) == [*SUMMARY_KEYS, "provenance", *VIEW_KEYS, "outcomes"]
    assert shown["sources"] == [
        {"id": page_id("b"), "title": "Summit 5", "publisher": "MOFA",
         "published": "2024-05-13", "role": "main"}
    ]  # fmt: skip
    assert "corrected" not in shown and "source_ids" not in shown  # None: left out
    cli = json.loads(invoke("meeting", f"{MLC} 5", "--json", "--db", summits.url).stdout)
    assert cli == shown


def test_a_statement_leaves_out_what_it_has_not() -> None:
    said = StatementItem("state", "They agreed.", "d1", [0, 12])
    assert to_json(said) == {"act": "state", "text": "They agreed.", "document": "d1",
                             "evidence": [0, 12]}  # fmt: skip
    cited = StatementItem("state", "They agreed.", "d1", [0, 12], said="agreed", citation="C.")
    assert list(to_json(cited)) == ["act", "text", "document", "evidence", "said", "citation"]


def test_a_corrected_ordinal_is_a_number_and_the_series_still_orders(summits: Store) -> None:
    """`correct set` stores text: the 4th corrected to '6' sorts as 6 (it broke the series
    view with a TypeError), and a field a meeting has no place for is listed after `inferred`."""
    four = "meeting:lancang-mekong-cooperation-leaders-meeting-4"
    summits.correct(Correction(four, "set", "ordinal", "6"))
    summits.correct(Correction(four, "set", "host_note", "moved"))
    view = meeting(summits, four)
    assert view is not None and view.summary.ordinal == 6
    assert view.summary.extra == {"host_note": "moved"}
    assert view.summary.corrected == ["host_note", "ordinal"]
    shown = to_json(view.summary)
    keys = list(shown)
    assert keys[keys.index("inferred") + 1 :] == ["host_note", "corrected", "provenance"]
    found = series(summits, MLC)
    assert found is not None and [m.ordinal for m in found.meetings] == [5, 6]
    summits.correct(Correction(four, "set", "ordinal", "sixth"))
    view = meeting(summits, four)
    assert view is not None and view.summary.ordinal is None  # not a number: no ordinal
