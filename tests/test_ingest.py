"""The warm-up before a process's first page: what it loads lives as long as the process, so
it is made with the garbage collector paused and then frozen out of its passes."""

from __future__ import annotations

import gc

import pytest

from summitry import ingest as ingest_module
from summitry.ingest import safe_record_of
from summitry.read import RawPage

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
