"""The warm-up before a process's first page: what it loads lives as long as the process, so
it is made with the garbage collector paused and then frozen out of its passes. While pages
go through, young collections are spaced out, and the thresholds come back after."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from summitry import ingest as ingest_module
from summitry.ingest import YOUNG_COLLECTION, ingest, safe_record_of
from summitry.read import RawPage
from summitry.store import open_store

TEXT = "Foreign Minister Kim met his counterpart in Lima on 14 November 2024."


def _page() -> RawPage:
    return RawPage("a.txt", "a.txt", TEXT, False, "utf-8")


def test_the_warm_up_freezes_what_it_loaded_and_turns_the_collector_back_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ingest_module, "_LOADED", [])
    frozen = gc.get_freeze_count()
    record, error = safe_record_of(_page())
    assert error is None and record is not None
    assert record.document.text == TEXT
    assert gc.isenabled()
    assert gc.get_freeze_count() > frozen
    frozen = gc.get_freeze_count()
    safe_record_of(_page())  # warmed up: nothing more is frozen
    assert gc.get_freeze_count() == frozen


def test_a_collector_the_caller_paused_stays_paused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest_module, "_LOADED", [])
    gc.disable()
    try:
        assert safe_record_of(_page())[1] is None
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_young_collections_are_spaced_while_pages_go_through(tmp_path: Path) -> None:
    page = tmp_path / "a.txt"
    page.write_text(TEXT, encoding="utf-8")
    before = gc.get_threshold()
    seen: list[tuple[int, ...]] = []
    with open_store(tmp_path / "s.db") as store:
        report = ingest([page], store, on_event=lambda _: seen.append(gc.get_threshold()))
    assert report.new == 1
    assert seen == [(YOUNG_COLLECTION, *before[1:])]
    assert gc.get_threshold() == before


def test_the_thresholds_come_back_when_ingest_fails(tmp_path: Path) -> None:
    before = gc.get_threshold()

    class Broken:
        def stored(self, ids: list[str]) -> set[str]:
            raise RuntimeError("the store went away")

    page = tmp_path / "a.txt"
    page.write_text(TEXT, encoding="utf-8")
    with pytest.raises(RuntimeError, match="went away"):
        ingest([page], Broken())
    assert gc.get_threshold() == before
