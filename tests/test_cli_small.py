"""Small things of the CLI seen in use: plain meeting fields, no internal columns, short id
prefixes, no store made by reading, "none found", several years."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import invoke

AELM_29 = "APEC Economic Leaders' Meeting 29"


def test_meeting_prints_no_markup_and_no_empty_fields(demo: str) -> None:
    result = invoke("meeting", AELM_29, "--db", demo)
    assert result.returncode == 0, result.stderr
    text = result.stdout.decode()
    assert "[bold]" not in text and "None" not in text
    assert "city: Bangkok" in text and "year: 2022" in text


def test_meeting_inferred_lines_are_plain(demo: str) -> None:
    # the 2019 ASEAN-ROK summit page names meetings without their year
    rows = [
        json.loads(line)
        for line in invoke("export", "meetings", "-f", "ndjson", "--db", demo).stdout.splitlines()
    ]
    inferred = [r for r in rows if r["inferred"]]
    if not inferred:
        pytest.skip("no meeting with an inferred field in the examples")
    result = invoke("meeting", inferred[0]["id"], "--db", demo)
    assert result.returncode == 0 and b"[bold]" not in result.stdout
    assert b" inferred: " in result.stdout


def test_list_json_has_no_internal_tags(demo: str) -> None:
    rows = json.loads(invoke("list", "--json", "--db", demo).stdout)
    assert len(rows) == 12 and all("tags" not in r for r in rows)
    shown = json.loads(invoke("show", rows[0]["id"], "--json", "--db", demo).stdout)
    assert "tags" not in shown and shown["id"] == rows[0]["id"]


def test_show_asks_for_six_characters(demo: str) -> None:
    doc_id = json.loads(invoke("list", "--json", "--db", demo).stdout)[0]["id"]
    result = invoke("show", doc_id[:4], "--db", demo)
    assert result.returncode == 1
    assert b"too short: give at least 6 characters" in result.stderr
    assert invoke("show", doc_id[:6], "--db", demo).returncode == 0
    result = invoke("show", "ffffffffff", "--db", demo)
    assert result.returncode == 1 and b"no document" in result.stderr


def test_reading_commands_make_no_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for args in (("list",), ("search", "APEC"), ("meeting", AELM_29), ("export", "people")):
        result = invoke(*args)
        assert result.returncode == 1, args
        assert b"no store at summitry.db" in result.stderr, args
    assert list(tmp_path.iterdir()) == []


def test_empty_results_say_none_found(demo: str, tmp_path: Path) -> None:
    result = invoke("timeline", "Nothing-Like-This-Anywhere", "--db", demo)
    assert result.returncode == 0 and result.stdout.decode().strip() == "none found"
    result = invoke("commitments", "--actor", "Nobody Atall", "--db", demo)
    assert result.stdout.decode().strip() == "none found"
    from summitry.store import open_store

    empty = tmp_path / "empty.db"
    open_store(empty).close()
    result = invoke("list", "--db", str(empty))
    assert result.stdout.decode().strip() == "no documents stored"


def test_several_years_keep_each(demo: str) -> None:
    def published(*years: str) -> set[str]:
        args = [a for y in years for a in ("--year", y)]
        result = invoke("search", "APEC", *args, "--json", "--db", demo)
        return {h["published"][:4] for h in json.loads(result.stdout)["hits"]}

    assert published("2022") == {"2022"} and published("2023") == {"2023"}
    assert published("2022", "2023") == {"2022", "2023"}
