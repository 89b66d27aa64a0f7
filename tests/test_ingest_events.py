"""`summitry ingest --jsonl`: one event per page once its outcome is final (a stored page's
after its transaction commits), and a summary; a killed run has told what is in the store."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from summitry import ingest as ingest_module
from summitry.ingest import ingest
from summitry.store import open_store
from tests.conftest import EXAMPLES, ROOT, invoke

PAGE = (
    "Minister of Foreign Affairs Cho Tae-yul attended the {n}th APEC Ministerial Meeting held "
    "in Lima on 14 November 2024 (reference {n}).\n"
)


def _events(stdout: bytes) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.decode().splitlines() if line.strip()]


def _stored_ids(db: Path) -> set[str]:
    with sqlite3.connect(db) as conn:  # a connection of its own: only committed rows
        return {row[0] for row in conn.execute("SELECT id FROM documents")}


def test_jsonl_tells_each_page_and_a_summary(tmp_path: Path) -> None:
    pages = tmp_path / "in"
    pages.mkdir()
    shutil.copy(EXAMPLES / "tha_apec_mrt_2022.txt", pages / "a.txt")
    shutil.copy(EXAMPLES / "html_sgp_arf_2023.html", pages / "b.html")
    (pages / "c.txt").write_bytes(b"")  # an empty file: failed
    db = tmp_path / "s.db"
    result = invoke("ingest", str(pages), "--db", str(db), "--jsonl", "--workers", "1")
    assert result.returncode == 1  # one page failed
    events = _events(result.stdout)
    by_source = {Path(e["source"]).name: e for e in events[:-1]}
    assert [by_source[n]["event"] for n in ("a.txt", "b.html", "c.txt")] == [
        "stored",
        "stored",
        "failed",
    ]
    assert {by_source["a.txt"]["id"], by_source["b.html"]["id"]} == _stored_ids(db)
    assert by_source["c.txt"]["id"] is None and "c.txt" in by_source["c.txt"]["error"]
    assert events[-1] == {"event": "summary", "new": 2, "unchanged": 0, "replaced": 0, "failed": 1}
    again = _events(invoke("ingest", str(pages / "a.txt"), "--db", str(db), "--jsonl").stdout)
    assert again[0]["event"] == "unchanged" and again[0]["id"] == by_source["a.txt"]["id"]
    assert again[-1]["new"] == 0 and again[-1]["unchanged"] == 1


def test_json_and_jsonl_together_are_refused(tmp_path: Path) -> None:
    result = invoke("ingest", str(EXAMPLES / "tha_apec_mrt_2022.txt"), "--json", "--jsonl")
    assert result.returncode != 0 and b"choose one" in result.stderr


def test_a_stored_event_comes_after_its_batch_commits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest_module, "WRITE_BATCH", 2)
    monkeypatch.setattr(ingest_module, "WRITE_BATCH_ALONE", 2)
    for n in range(5):
        (tmp_path / f"p{n}.txt").write_text(PAGE.format(n=n + 1))
    db = tmp_path / "s.db"
    seen: list[tuple[str, bool]] = []

    def on_event(event: dict[str, Any]) -> None:
        seen.append((event["event"], event["id"] in _stored_ids(db)))

    with open_store(db) as store:
        ingest(sorted(tmp_path.glob("p*.txt")), store, on_event=on_event)
    assert seen == [("stored", True)] * 5


def test_a_killed_ingest_stored_every_page_it_told_of(tmp_path: Path) -> None:
    pages = tmp_path / "in"
    pages.mkdir()
    for n in range(400):
        (pages / f"p{n:03}.txt").write_text(PAGE.format(n=n + 1) * 20)
    db = tmp_path / "s.db"
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("SUMMITRY_DB", None)
    command = [sys.executable, "-m", "summitry", "ingest", str(pages), "--db", str(db)]
    proc = subprocess.Popen(
        [*command, "--jsonl", "--workers", "1"], stdout=subprocess.PIPE, env=env, cwd=ROOT
    )
    assert proc.stdout is not None
    told = [json.loads(proc.stdout.readline())]  # the first batch is committed
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    told += _events(proc.stdout.read())  # the reader's buffer too, which communicate skips
    proc.stdout.close()
    stored = {e["id"] for e in told if e["event"] == "stored"}
    assert told[-1]["event"] != "summary"  # killed before the end
    assert stored and stored <= _stored_ids(db)


def test_the_progress_line_counts_pages_on_a_terminal() -> None:
    from io import StringIO

    from rich.console import Console

    from summitry.cli.ingest_output import IngestProgress

    screen = StringIO()
    with IngestProgress(3, Console(file=screen, force_terminal=True, width=100)) as advance:
        for source, status in (("a.txt", "new"), ("b.txt", "new"), ("c.txt", "failed")):
            advance(source, status)
    assert "2 new, 1 failed" in screen.getvalue()
    with IngestProgress(3, Console(file=StringIO(), force_terminal=False)) as advance:
        assert advance is None  # not a terminal: nothing drawn
