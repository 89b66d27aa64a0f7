"""The SQL views (meetings_view, statements_view, commitments_view), read through Datasette's
own Python API where datasette is installed, else with sqlite3; corrections applied."""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import EXAMPLES, invoke

AELM_29 = "meeting:apec-economic-leaders-meeting-29"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("views") / "demo.db"
    result = invoke("ingest", str(EXAMPLES), "--db", str(db), "--workers", "1")
    assert result.returncode == 0, result.stderr
    return db


def _rows(db: Path, sql: str) -> list[dict[str, Any]]:
    con = sqlite3.connect(db)
    con.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in con.execute(sql)]
    finally:
        con.close()


def test_views_are_created_with_the_schema(demo: Path) -> None:
    names = {r["name"] for r in _rows(demo, "SELECT name FROM sqlite_master WHERE type='view'")}
    assert {"meetings_view", "statements_view", "commitments_view"} <= names


def test_meetings_view_has_one_row_per_meeting(demo: Path) -> None:
    rows = _rows(demo, "SELECT * FROM meetings_view")
    assert len({r["id"] for r in rows}) == len(rows)
    aelm = [r for r in rows if r["id"] == AELM_29][0]
    assert (aelm["city"], aelm["country"], aelm["ordinal"]) == ("Bangkok", "THA", 29)
    assert (aelm["start"], aelm["role"], aelm["corrected"]) == ("2022-11-18", "main", 0)


def test_statements_and_commitments_views(demo: Path) -> None:
    said = _rows(demo, "SELECT * FROM statements_view")
    assert len(said) == _rows(demo, "SELECT count(*) AS n FROM statements")[0]["n"]
    g20 = [s for s in said if s["speaker"] == "G20"]
    assert g20 and (g20[0]["speaker_id"], g20[0]["speaker_kind"]) == ("org:g20", "org")
    commitments = _rows(demo, "SELECT * FROM commitments_view ORDER BY date")
    ftaap = [c for c in commitments if "FTAAP" in c["text"]]
    assert (ftaap[0]["date"], ftaap[0]["actor_country"]) == ("2022-11-18", "APEC")
    assert ftaap[0]["meeting_id"] == AELM_29


def test_views_apply_entity_corrections(demo: Path, tmp_path: Path) -> None:
    db = tmp_path / "corrected.db"
    shutil.copyfile(demo, db)
    for args in (
        ("set", AELM_29, "city", "Chiang Mai"),
        ("merge", AELM_29, "meeting:apec-economic-leaders-meeting-30"),
        ("merge", "org:apec", "org:g20"),
    ):
        result = invoke("correct", *args, "--db", str(db))
        assert result.returncode == 0, result.stderr
    rows = {r["id"]: r for r in _rows(db, "SELECT * FROM meetings_view")}
    assert "meeting:apec-economic-leaders-meeting-30" not in rows
    assert rows[AELM_29]["city"] == "Chiang Mai" and rows[AELM_29]["corrected"] == 1
    assert rows[AELM_29]["sources"] >= 2  # the 29th's pages and the 30th's
    said = _rows(db, "SELECT speaker_id FROM statements_view WHERE speaker = 'G20'")
    assert said and {s["speaker_id"] for s in said} == {"org:apec"}


def test_datasette_serves_the_views(demo: Path) -> None:
    datasette_app = pytest.importorskip("datasette.app")

    async def fetch() -> list[dict[str, Any]]:
        ds = datasette_app.Datasette(files=[str(demo)])
        await ds.invoke_startup()
        response = await ds.client.get("/demo/meetings_view.json?_shape=array&_size=max")
        assert response.status_code == 200
        return response.json()

    with ThreadPoolExecutor(1) as pool:  # a loop of its own, whatever else runs one here
        rows = pool.submit(asyncio.run, fetch()).result()
    assert [r["city"] for r in rows if r["id"] == AELM_29] == ["Bangkok"]


def test_views_on_each_backend_and_after_reindex(store_target: str) -> None:
    from sqlalchemy import text

    from summitry.ingest import ingest
    from summitry.store import open_store

    with open_store(store_target) as store:
        ingest([EXAMPLES / "tha_apec_aelm_2022.txt"], store, workers=1)
        store.reindex()
        with store.engine.connect() as conn:
            meetings = conn.execute(text("SELECT id, city FROM meetings_view")).all()
            said = conn.execute(text("SELECT count(*) FROM statements_view")).scalar_one()
            committed = conn.execute(text("SELECT count(*) FROM commitments_view")).scalar_one()
    assert (AELM_29, "Bangkok") in meetings
    assert said > 0 and committed > 0
