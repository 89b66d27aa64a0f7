"""Values that are not plain fact: disputed between pages, corrected by a person, inferred from
the series or the rotation; marked in the query views, the CLI's JSON and the exports."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from summitry.query import meeting, series
from summitry.query.provenance import provenance
from summitry.query.results import Disagreement
from summitry.record import Meeting, Record
from summitry.store import Store, open_store
from summitry.store.corrections import Correction
from tests.conftest import EXAMPLES, invoke
from tests.store.helpers import make_record, page_id

MLC = "Mekong-Lancang Summit"


def _page(day: int, city: str) -> Record:
    body = f"The 5th {MLC} met in {city} on {day} May 2024."
    at = body.index(f"5th {MLC}")
    start = f"2024-05-{day}"
    summit = Meeting(MLC, forum="Mekong-Lancang", level="leaders", ordinal=5, start=start,
                     end=start, city=city, role="main", evidence=(at, at + 25))  # fmt: skip
    return make_record(f"Summit in {city}", body, published=f"2024-05-{day + 1}", meetings=[summit])


@pytest.fixture
def two_sides(tmp_path: Path) -> Iterator[Store]:
    """Two pages give the 5th summit 12 May in Vientiane, a third 13 May in Luang Prabang."""
    with open_store(tmp_path / "t.db") as store:
        store.add(page_id("a"), "a.txt", _page(12, "Vientiane"))
        store.add(page_id("b"), "b.txt", _page(13, "Luang Prabang"))
        store.add(page_id("c"), "c.txt", _page(12, "Vientiane"))
        yield store


def test_precedence_corrected_over_inferred_over_disputed() -> None:
    disputed = {"start": [Disagreement("2023-12-30", ["a"]), Disagreement("2024-01-02", ["b"])]}
    inferred = {"country": "apec host 2024: PER (kb rotations)"}
    found = provenance(disputed, inferred, ["country", "start"])
    assert found == {"country": "corrected", "start": "corrected", "year": "disputed"}
    assert provenance({}, {}, None) == {}


def test_disputed_and_corrected_values_are_marked(two_sides: Store) -> None:
    view = meeting(two_sides, f"{MLC} 5")
    assert (view.summary.start, view.summary.city) == ("2024-05-12", "Vientiane")  # two to one
    marks = {"start": "disputed", "end": "disputed", "city": "disputed"}
    assert view.summary.provenance == marks  # both dates fall in 2024: the year is not disputed
    two_sides.correct(Correction(view.id, "set", "venue", "National Convention Centre"))
    view = meeting(two_sides, view.id)
    assert view.summary.venue == "National Convention Centre"
    assert view.summary.provenance == marks | {"venue": "corrected"}
    (listed,) = series(two_sides, MLC).meetings
    assert listed.provenance == view.summary.provenance


def test_a_corrected_page_record_marks_the_meeting(two_sides: Store) -> None:
    two_sides.correct(Correction(page_id("b"), "set", "meetings.0.city", "Vientiane"))
    view = meeting(two_sides, f"{MLC} 5")
    assert view.summary.city == "Vientiane" and "city" not in view.disagreements
    marks = {"start": "disputed", "end": "disputed", "city": "corrected"}
    assert view.summary.provenance == marks
    (listed,) = series(two_sides, MLC).meetings  # lists and exports mark it as well
    assert listed.provenance == marks
    (row,) = [json.loads(line) for line in _export(two_sides).splitlines()]
    assert row["provenance"] == marks


def _export(store: Store) -> bytes:
    return invoke("export", "meetings", "--format", "ndjson", "--db", store.url).stdout


def test_inferred_values_through_the_cli_and_the_export(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.db")
    assert invoke("ingest", str(EXAMPLES), "--db", db, "--workers", "1").returncode == 0
    text = invoke("meeting", "G20 Bali Summit", "--db", db).stdout.decode()
    assert "country: IDN\n" in text and "year: 2022 (inferred)\n" in text  # Nusa Dua, IDN
    table = invoke("series", "East Asia Summit", "--db", db).stdout.decode()
    assert "(inferred)" in table  # the table marks them; its width depends on the console
    listed = json.loads(invoke("series", "East Asia Summit", "--json", "--db", db).stdout)
    (nineteenth,) = [m for m in listed["meetings"] if m["id"] == "meeting:east-asia-summit-19"]
    assert (nineteenth["year"], nineteenth["country"]) == (2024, "LAO")  # the 19th: in Laos
    assert nineteenth["provenance"] == {"year": "inferred"}  # "Lao PDR will ... host the 19th"
    shown = json.loads(invoke("meeting", "G20 Bali Summit", "--json", "--db", db).stdout)
    assert shown["provenance"] == {"year": "inferred"}  # the page reports Nusa Dua, IDN
    assert shown["inferred"]["year"] == "page published 2022-11-16"
    out = invoke("export", "meetings", "--format", "ndjson", "--forum", "G20", "--db", db)
    (row,) = [json.loads(line) for line in out.stdout.splitlines()]
    assert (row["year"], row["country"]) == (2022, "IDN")
    assert row["provenance"] == {"year": "inferred"}
    assert row["participants"] == ["Joko Widodo", "Narendra Modi"]
    assert row["participant_countries"] == ["IDN", "IND"]
