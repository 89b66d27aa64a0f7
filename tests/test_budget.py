"""The per-page time budget: a page past it is named on one line and skipped, the rest go on.

A page is made slow on purpose (a component that sleeps on pages saying SLOW), or the budget is
made tiny; no test measures the clock.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from summitry.budget import PageTimeout, can_limit_here, time_limit
from summitry.cli import app
from summitry.extract import pipeline
from summitry.extract.context import Context
from summitry.ingest import ingest
from summitry.store import open_store
from tests.conftest import invoke
from tests.serving import running

TEXT = (
    "Minister of Foreign Affairs Cho Tae-yul attended the 36th APEC Ministerial Meeting held in "
    "Seoul on 12 November 2026. He stressed the Free Trade Area of the Asia-Pacific (FTAAP).\n"
)
TOKEN = "budget-token-1"


def _dawdle(ctx: Context) -> None:
    if "SLOW" in ctx.text:
        time.sleep(60)


@pytest.fixture
def slow_component(monkeypatch: pytest.MonkeyPatch) -> None:
    """A component that sleeps a minute on any page saying SLOW."""
    monkeypatch.setattr(pipeline, "COMPONENTS", [*pipeline._components(), ("dawdle", _dawdle)])


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Three pages, the middle one slow."""
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text(TEXT, "utf-8")
    (pages / "b-slow.txt").write_text("SLOW. " + TEXT, "utf-8")
    (pages / "c.txt").write_text(TEXT.replace("Seoul", "Lima"), "utf-8")
    return pages


def test_time_limit_interrupts_the_block_and_leaves_no_alarm() -> None:
    with pytest.raises(PageTimeout), time_limit(0.05):
        time.sleep(60)
    with time_limit(5):
        pass
    time.sleep(0.01)  # an alarm left set would fire here


def test_time_limit_does_not_apply_outside_the_main_thread() -> None:
    seen: list[bool] = []
    thread = threading.Thread(target=lambda: seen.append(can_limit_here()))
    thread.start()
    thread.join()
    assert seen == [False] and can_limit_here()


@pytest.mark.parametrize("workers", [1, 2])
def test_ingest_skips_the_slow_page_and_stores_the_others(
    slow_component: None, folder: Path, tmp_path: Path, workers: int
) -> None:
    store = open_store(tmp_path / "s.db")
    report = ingest([folder], store, workers=workers, page_timeout=0.5)
    assert report.new == 2
    [line] = report.failed
    assert "b-slow.txt" in line and "0.5-second page budget" in line and "skipped" in line
    assert store.count() == 2
    store.close()


def test_cli_ingest_and_extract_report_the_slow_page(
    slow_component: None, folder: Path, tmp_path: Path
) -> None:
    runner = CliRunner()
    db = str(tmp_path / "c.db")
    result = runner.invoke(
        app, ["ingest", str(folder), "--db", db, "--workers", "1", "--page-timeout", "0.5"]
    )
    assert result.exit_code == 1
    assert "2 new" in result.stdout and "b-slow.txt: took more than" in result.stderr
    result = runner.invoke(app, ["extract", str(folder), "--jsonl", "--page-timeout", "0.5"])
    assert result.exit_code == 1 and len(result.stdout.splitlines()) == 2
    assert result.stderr.count("page budget") == 1 and "b-slow.txt" in result.stderr


def test_cli_with_a_budget_of_about_nothing_skips_every_page(folder: Path) -> None:
    result = invoke(
        "extract", str(folder / "a.txt"), str(folder / "c.txt"), "--page-timeout", "0.000001"
    )
    assert result.returncode == 1 and result.stdout == b""
    lines = result.stderr.decode().splitlines()
    assert len(lines) == 2 and all("page budget" in line for line in lines)
    assert "a.txt" in lines[0] and "c.txt" in lines[1]


@pytest.fixture
def served(slow_component: None, tmp_path: Path) -> Iterator[tuple[httpx.Client, object]]:
    store = open_store(tmp_path / "api.db")
    with (
        running(store, token=TOKEN, page_timeout=0.5) as url,
        httpx.Client(base_url=url, timeout=60) as client,
    ):
        yield client, store
    store.close()


def test_upload_past_the_budget_is_422_with_the_reason(served) -> None:
    client, store = served
    auth = {"Authorization": f"Bearer {TOKEN}"}
    files = [
        ("files", ("fast.txt", TEXT.encode(), "text/plain")),
        ("files", ("slow.txt", ("SLOW. " + TEXT).encode(), "text/plain")),
    ]
    response = client.post("/api/documents", files=files, headers=auth)
    assert response.status_code == 422, response.text
    message = response.json()["error"]["message"]
    assert "slow.txt" in message and "page budget" in message and "fast.txt" in message
    assert store.count() == 1
    again = client.post("/api/documents", files=files[:1], headers=auth)
    assert again.status_code == 201 and again.json()["items"][0]["status"] == "unchanged"
