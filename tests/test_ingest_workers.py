"""`ingest --workers N`: extraction in a process pool, one writer, the same store as one
process; bad inputs, idempotence and a worker that dies."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summitry.cli import app
from summitry.ingest import ingest, raw_pages, record_of, safe_record_of
from summitry.ingest_pool import Step, extracted
from summitry.read import RawPage
from summitry.store import open_store

PAGES = Path(__file__).parent / "pages"


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    """The test pages, one of them twice under another name, an empty file and a PNG."""
    folder = tmp_path / "in"
    shutil.copytree(PAGES, folder)
    shutil.copy(PAGES / "asean.html", folder / "zz_same_as_asean.html")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "logo.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    return folder


def _stored(db: Path) -> dict[str, dict]:
    with open_store(db) as store:
        return {row.id: store.get(row.id).record for row in store.list(limit=100)}


def test_two_workers_store_what_one_process_stores(inputs: Path, tmp_path: Path) -> None:
    with open_store(tmp_path / "one.db") as store:
        one = ingest([inputs], store, workers=1)
    with open_store(tmp_path / "two.db") as store:
        two = ingest([inputs], store, workers=2)
    assert (two.new, two.unchanged, two.failed) == (one.new, one.unchanged, one.failed)
    assert (one.new, one.unchanged, len(one.failed)) == (10, 1, 2)
    assert two.ids == one.ids
    assert _stored(tmp_path / "two.db") == _stored(tmp_path / "one.db")


def test_a_second_run_with_workers_stores_nothing_new(inputs: Path, tmp_path: Path) -> None:
    with open_store(tmp_path / "s.db") as store:
        ingest([inputs], store, workers=2)
        again = ingest([inputs], store, workers=2)
        assert store.count() == 10
    assert (again.new, again.unchanged, len(again.failed)) == (0, 11, 2)


def die_on_kill_page(raw: RawPage) -> tuple:
    """Extraction that kills its process on the page named kill.txt."""
    if raw.source.endswith("kill.txt"):
        os._exit(3)
    return safe_record_of(raw)


def test_a_worker_that_dies_fails_only_its_page(tmp_path: Path) -> None:
    names = ["a.txt", "b.txt", "kill.txt", "c.txt", "d.txt", "e.txt", "f.txt"]
    text = "Foreign Minister Kim met his counterpart in Lima on 14 November 2024."
    steps = [Step(n, RawPage(n, n, text, False, "utf-8"), None, extract=True) for n in names]
    steps.insert(1, Step("bad.txt", None, "bad.txt: is empty (skipped; nothing stored)", False))
    results = list(extracted(steps, die_on_kill_page, workers=2))
    assert [step.source for step, _, _ in results] == [s.source for s in steps]
    errors = {step.source: error for step, _, error in results if error}
    assert errors == {
        "bad.txt": "bad.txt: is empty (skipped; nothing stored)",
        "kill.txt": "kill.txt: its extraction process died (skipped)",
    }
    assert all(record is not None for step, record, _ in results if step.source not in errors)


def test_cli_ingest_with_workers_reports_bad_inputs_in_one_line_each(
    inputs: Path, tmp_path: Path
) -> None:
    db = str(tmp_path / "s.db")
    runner = CliRunner()
    done = runner.invoke(app, ["ingest", str(inputs), "--db", db, "--workers", "2"])
    assert done.exit_code == 1
    assert "10 new, 1 unchanged, 2 failed" in done.output
    errors = [line for line in done.output.splitlines() if line.startswith("error:")]
    assert [e.split(": ", 2)[1].rsplit("/", 1)[1] for e in errors] == ["empty.txt", "logo.html"]
    again = runner.invoke(app, ["ingest", str(inputs), "--db", db, "--workers", "2"])
    assert "0 new, 11 unchanged, 2 failed" in again.output


def _tables(db: Path) -> dict[str, list[tuple]]:
    """Every table's rows, sorted, without the write times."""
    with sqlite3.connect(db) as conn:
        names = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        out = {}
        for name in names:
            if name.startswith(("documents_fts", "sqlite_")) or name == "builds":
                continue
            columns = [c[1] for c in conn.execute(f"PRAGMA table_info({name})")]
            kept = ", ".join(f'"{c}"' for c in columns if c != "ingested_at")
            out[name] = sorted(conn.execute(f"SELECT {kept} FROM {name}"), key=repr)
    return out


def test_rows_made_in_the_workers_are_the_rows_the_writer_makes(
    inputs: Path, tmp_path: Path
) -> None:
    with open_store(tmp_path / "pool.db") as store:
        ingest([inputs], store, workers=2)
    with open_store(tmp_path / "one.db") as store:
        for _, raw, _ in raw_pages([inputs]):
            if raw is not None and not store.has(raw.sha256):
                store.add(raw.sha256, raw.source, record_of(raw))
    pooled, alone = _tables(tmp_path / "pool.db"), _tables(tmp_path / "one.db")
    assert len(pooled["documents"]) == 10 and len(pooled["entity_refs"]) > 100
    assert pooled == alone


def test_pages_in_flight_hold_at_most_the_text_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    from concurrent.futures import Future

    from summitry import ingest_pool

    submitted: list[str] = []

    def done_at_once(pool: object, extract: object, raws: list[RawPage]) -> Future:
        submitted.extend(raw.source for raw in raws)
        future: Future = Future()
        future.set_result([(raw.source, None) for raw in raws])
        return future

    monkeypatch.setattr(ingest_pool, "_submit", done_at_once)
    monkeypatch.setattr(ingest_pool, "IN_FLIGHT_CHARS", 100)
    text = "x" * 60
    steps = [
        Step(f"{n}.txt", RawPage(f"{n}", f"{n}", text, False, "utf-8"), None, True)
        for n in range(6)
    ]
    ahead = []
    for step, record, _ in extracted(steps, lambda raw: (raw.source, None), workers=2):
        ahead.append(len(submitted) - int(step.source.split(".")[0]) - 1)
        assert record == step.raw.source  # type: ignore[union-attr]
    assert ahead == [1, 1, 1, 1, 1, 0]  # 60 + 60 characters pass 100: two pages held at once


def test_pages_go_to_the_pool_a_few_a_task_and_come_back_in_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from concurrent.futures import Future

    from summitry import ingest_pool

    tasks: list[list[str]] = []
    unfinished: list[tuple[Future, list[RawPage]]] = []

    def later(pool: object, extract: object, raws: list[RawPage]) -> Future:
        tasks.append([raw.source for raw in raws])
        future: Future = Future()
        unfinished.append((future, raws))
        return future

    idle_after: list[int] = []

    def idle(coming: int) -> None:  # every task is submitted by now: finish them
        idle_after.append((sum(map(len, tasks)), coming))
        for future, raws in unfinished:
            if not future.done():
                future.set_result([(raw.source.upper(), None) for raw in raws])

    monkeypatch.setattr(ingest_pool, "_submit", later)
    monkeypatch.setattr(ingest_pool, "TASK_PAGES", 3)
    text = "Minister Kim met his counterpart."
    steps = [
        Step(f"p{n}", RawPage(f"p{n}", f"p{n}", text, False, "utf-8"), None, True) for n in range(7)
    ]
    steps.insert(2, Step("stored", RawPage("stored", "s", text, False, "utf-8"), None, False))
    results = list(extracted(steps, lambda raw: (raw.source, None), workers=2, idle=idle))
    assert tasks == [["p0", "p1", "p2"], ["p3", "p4", "p5"], ["p6"]]  # "stored" is not sent
    assert [(s.source, record) for s, record, _ in results] == [
        ("p0", "P0"), ("p1", "P1"), ("stored", None), ("p2", "P2"), ("p3", "P3"),
        ("p4", "P4"), ("p5", "P5"), ("p6", "P6"),
    ]  # fmt: skip
    assert idle_after == [(7, 8)]  # told once, with every page in the pool and all to come
