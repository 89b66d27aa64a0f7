"""`summitry export search QUERY` and `summitry export timeline TERM` (export.found): every
match or item, with the search's operators and filters, over the example pages (`make demo`
stores the same)."""

from __future__ import annotations

import json

from tests.conftest import exported_csv, invoke

GOLDEN_GATE = "APEC Leaders Issue Golden Gate Declaration in San Francisco"


def _fails(demo: str, *args: str) -> str:
    result = invoke("export", *args, "--db", demo)
    assert result.returncode != 0 and result.stdout == b""
    lines = result.stderr.decode("utf-8").strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in lines[0]
    return lines[0]


def test_search_lists_every_match_with_its_citation(demo: str) -> None:
    rows = exported_csv(demo, "search", "FTAAP")
    assert list(rows[0]) == ["id", "published", "title", "publisher", "url", "snippet", "citation"]
    assert len(rows) == 4  # the four example pages naming FTAAP, as `summitry search` finds
    golden = next(r for r in rows if r["title"] == GOLDEN_GATE)
    assert golden["published"] == "2023-11-17" and golden["publisher"] == "APEC Secretariat"
    assert "«FTAAP»" in golden["snippet"]
    cited = f"APEC Secretariat. \u201c{GOLDEN_GATE}.\u201d 2023-11-17."
    assert golden["citation"].startswith(cited)


def test_search_operators_filters_and_date_order(demo: str) -> None:
    either = exported_csv(demo, "search", "FTAAP OR Putrajaya -Bangkok", "--sort", "date")
    assert [r["published"] for r in either] == ["2023-11-17", "2025-11-01"]
    newest = exported_csv(demo, "search", "APEC", "--sort", "-date", "--from", "2023")
    assert [r["published"] for r in newest] == ["2025-11-01", "2023-11-17", "2023-11-17"]
    assert len(exported_csv(demo, "search", "APEC", "--year", "2022", "--limit", "1")) == 1
    result = invoke("export", "search", "FTAAP", "-f", "ndjson", "--db", demo)
    lines = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    assert {r["id"] for r in lines} == {r["id"] for r in exported_csv(demo, "search", "FTAAP")}


def test_timeline_lists_each_item_oldest_first(demo: str) -> None:
    rows = exported_csv(demo, "timeline", "FTAAP")
    assert [r["date"] for r in rows] == ["2022-05-21", "2022-11-18", "2023-11-16", "2025-10-31"]
    assert {r["kind"] for r in rows} == {"statement"} and {r["speaker"] for r in rows} == {"APEC"}
    first = rows[0]
    assert first["meeting_id"] == "meeting:apec-ministers-responsible-for-trade-meeting-2022-05-21"
    assert "Free Trade Area of the Asia-Pacific (FTAAP)" in first["text"]
    assert first["citation"].startswith("Ministry of Foreign Affairs of the Kingdom of Thailand.")
    assert int(first["evidence_start"]) < int(first["evidence_end"])
    later = exported_csv(demo, "timeline", "FTAAP", "--from", "2023")
    assert [r["date"] for r in later] == ["2023-11-16", "2025-10-31"]


def test_wrong_use_is_one_line(demo: str) -> None:
    assert "needs a QUERY" in _fails(demo, "search")
    assert "needs a QUERY" in _fails(demo, "timeline", "  ")
    assert "takes no QUERY" in _fails(demo, "documents", "FTAAP")
    assert "not --year" in _fails(demo, "timeline", "FTAAP", "--year", "2023")
    assert "--sort" in _fails(demo, "search", "FTAAP", "--sort", "best")
    assert "ics exports meetings" in _fails(demo, "search", "FTAAP", "-f", "ics")
    assert "YYYY" in _fails(demo, "timeline", "FTAAP", "--from", "May")
    assert "only leaves words out" in _fails(demo, "search", "NOT Bangkok")
