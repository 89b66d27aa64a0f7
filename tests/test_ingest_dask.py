"""`ingest --dask`: a LocalCluster of 2 worker processes on loopback, each writing to the real
PostgreSQL of $SUMMITRY_TEST_PG; a worker killed mid-run; a stopped run resumed."""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summitry.cli import app
from summitry.ingest_dask import ingest_on_cluster, units_of
from summitry.store import Store, open_store
from tests.backends import pg_schema_url

PAGES = Path(__file__).parent / "pages"


def write_pages(folder: Path, count: int) -> Path:
    folder.mkdir()
    for i in range(count):
        (folder / f"page{i:04d}.txt").write_text(
            f"Press Releases\n\nMinisters Meet for Round {i}\n\nDate\n2023-01-{i % 28 + 1:02d}\n\n"
            f"1. The {i}th meeting of ministers was held in Bangkok, where they stressed that "
            f"cooperation on trade must continue and agreed to meet again next year.\n",
            encoding="utf-8",
        )
    return folder


def test_without_dask_the_option_says_in_one_line_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *a: None if name == "distributed" else real(name, *a),
    )
    db = tmp_path / "s.db"
    done = CliRunner().invoke(
        app, ["ingest", str(PAGES), "--dask", "tcp://127.0.0.1:1", "--db", str(db)]
    )
    assert done.exit_code == 1
    assert done.output.strip() == "error: --dask needs dask: pip install 'summitry[cluster]'"
    assert not db.exists()


def test_units_are_runs_of_files_and_each_archive_alone(tmp_path: Path) -> None:
    folder = write_pages(tmp_path / "in", 5)
    (folder / "crawl.jsonl").write_text('{"url": "https://a.example/x", "text": "Hello."}\n')
    units = list(units_of([folder], size=2))
    assert [len(u) for u in units] == [1, 2, 2, 1]
    assert units[0] == [str(folder / "crawl.jsonl")]


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
    ) as local:
        yield local.scheduler_address


@pytest.fixture
def pg_store() -> Iterator[Store]:
    with pg_schema_url() as url, open_store(url) as store:
        yield store


def test_a_cluster_ingests_once_and_a_rerun_redoes_nothing(
    cluster: str, pg_store: Store, tmp_path: Path
) -> None:
    folder = write_pages(tmp_path / "in", 40)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "same_as_0.txt").write_bytes((folder / "page0000.txt").read_bytes())
    first = ingest_on_cluster([folder], pg_store, cluster, unit_files=8)
    assert (first.new, first.unchanged) == (40, 1)
    assert [e.rsplit("/", 1)[1] for e in first.failed] == [
        "empty.txt: is empty (skipped; nothing stored)"
    ]
    again = ingest_on_cluster([folder], pg_store, cluster, unit_files=8)
    assert (again.new, again.unchanged, len(again.failed)) == (0, 41, 1)
    assert pg_store.count() == 40


def test_a_worker_killed_mid_run_loses_and_doubles_nothing(
    cluster: str, pg_store: Store, tmp_path: Path
) -> None:
    from distributed import Client

    folder = write_pages(tmp_path / "in", 160)
    result: dict = {}
    run = threading.Thread(
        target=lambda: result.update(
            report=ingest_on_cluster([folder], pg_store, cluster, unit_files=4)
        )
    )
    run.start()
    deadline = time.time() + 120
    while pg_store.count() < 8 and time.time() < deadline:
        time.sleep(0.05)
    with Client(cluster) as client:
        pids = client.run(os.getpid)
    os.kill(next(iter(pids.values())), signal.SIGKILL)
    run.join(timeout=300)
    report = result["report"]
    assert pg_store.count() >= 8 and not report.failed
    # a page the killed worker had written is found stored when its unit runs again
    assert report.new + report.unchanged == 160
    assert pg_store.count() == 160
    assert sorted(report.ids) == sorted(set(report.ids)) and len(report.ids) == 160


def test_dask_with_a_sqlite_store_is_one_line(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    done = CliRunner().invoke(
        app, ["ingest", str(PAGES), "--dask", "tcp://127.0.0.1:1", "--db", str(tmp_path / "s.db")]
    )
    assert done.exit_code == 1
    assert done.output.strip() == (
        "error: --dask writes to PostgreSQL, which every worker reaches: --db postgresql://..."
    )
