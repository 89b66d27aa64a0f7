"""A series keeps the meetings its pages report without ordinal or date, placed by the year
inferred for them, and marks that year as inferred."""

from __future__ import annotations

from pathlib import Path

from summitry.query import series
from summitry.store import open_store
from tests.conftest import EXAMPLES, invoke


def test_unnumbered_and_undated_meetings_stay_in_their_series(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    assert invoke("ingest", str(EXAMPLES), "--db", str(db), "--workers", "1").returncode == 0
    with open_store(db) as store:
        arf = series(store, "ASEAN Regional Forum")
        eas = series(store, "East Asia Summit")
    placed = [(m.label, m.start, m.year, m.provenance) for m in arf.meetings]
    assert placed == [
        ("30th ASEAN Regional Forum", "2023-07-14", 2023, {}),
        # the 2024 Foreign Ministers' page reports an ARF with no number and no date
        ("ASEAN Regional Forum", None, 2024, {"year": "inferred"}),
    ]
    assert arf.unplaced_mentions == 0
    assert [(m.label, m.year, m.provenance.get("year")) for m in eas.meetings] == [
        ("18th East Asia Summit", 2023, None),
        ("19th East Asia Summit", 2024, "inferred"),  # "host the 19th East Asia Summit in 2024"
    ]
