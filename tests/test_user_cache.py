"""Built data kept in the user's cache folder: read back when the sources are the same, built
again when they change, and never a failure when the folder cannot be used."""

from __future__ import annotations

import gc
import json
import os
from pathlib import Path

import pytest

from summitry.user_cache import cache_dir, cached, digest, file_stamp
from tests.conftest import EXAMPLES, run_cli


class Builds:
    """A build that counts its calls."""

    def __init__(self, value: object) -> None:
        self.value, self.calls = value, 0

    def __call__(self) -> object:
        self.calls += 1
        return self.value


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SUMMITRY_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_built_once_then_read_back(folder: Path) -> None:
    build = Builds({"words": ["summit", "meeting"]})
    key = digest(["words.yaml", b"- summit\n- meeting\n"])
    assert cached("words", key, build) == {"words": ["summit", "meeting"]}
    assert cached("words", key, build) == {"words": ["summit", "meeting"]}
    assert build.calls == 1
    assert [p.name for p in folder.iterdir()] == [f"words-{key}.pickle"]


def test_changed_sources_build_again_and_replace_the_old_entry(folder: Path) -> None:
    build = Builds(1)
    cached("words", digest(["a"]), build)
    cached("yaml-words", digest(["a"]), build)
    cached("words", digest(["b"]), build)
    assert build.calls == 3
    assert sorted(p.name for p in folder.iterdir()) == [
        f"words-{digest(['b'])}.pickle",
        f"yaml-words-{digest(['a'])}.pickle",
    ]
    assert digest(["ab"]) != digest(["a", "b"])  # parts are kept apart


def test_reading_an_entry_leaves_the_garbage_collector_as_it_was(folder: Path) -> None:
    key = digest(["gc"])
    cached("g", key, Builds([{"a": (1, 2)}] * 3))
    entry = folder / f"g-{key}.pickle"
    assert gc.isenabled()
    assert cached("g", key, Builds(None)) == [{"a": (1, 2)}] * 3  # read back, gc paused
    assert gc.isenabled()
    entry.write_bytes(entry.read_bytes()[:5])  # a damaged entry fails inside the read
    assert cached("g", key, Builds(7)) == 7
    assert gc.isenabled()
    gc.disable()
    try:
        cached("g", key, Builds(8))  # a caller's paused collector stays paused
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_damaged_entry_is_built_again_and_replaced(folder: Path) -> None:
    build = Builds([1, 2, 3])
    key = digest(["x"])
    cached("n", key, build)
    entry = folder / f"n-{key}.pickle"
    entry.write_bytes(entry.read_bytes()[:5])  # cut short, as by a full disk
    assert cached("n", key, build) == [1, 2, 3]
    assert cached("n", key, build) == [1, 2, 3]
    assert build.calls == 2


def test_an_unusable_folder_costs_only_the_build(tmp_path: Path, monkeypatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("SUMMITRY_CACHE_DIR", str(blocker / "cache"))
    build = Builds("value")
    assert cached("n", digest(["x"]), build) == "value"
    assert cached("n", digest(["x"]), build) == "value"
    assert build.calls == 2


def test_a_file_stamp_is_its_name_size_and_time_and_changes_with_them(tmp_path: Path) -> None:
    model = tmp_path / "model.plzma"
    model.write_bytes(b"abc")
    os.utime(model, ns=(1_000, 2_000))
    assert file_stamp(model) == "model.plzma 3 2000"
    model.write_bytes(b"abcd")
    os.utime(model, ns=(1_000, 2_000))
    assert file_stamp(model) == "model.plzma 4 2000"
    assert file_stamp(tmp_path / "absent.so") == ""
    assert file_stamp(tmp_path) == ""  # a folder is no build of a file


def test_a_file_that_cannot_be_read_still_has_its_stamp(tmp_path: Path) -> None:
    model = tmp_path / "model.plzma"
    model.write_bytes(b"abc")
    os.utime(model, ns=(1_000, 2_000))
    model.chmod(0)
    try:
        assert file_stamp(model) == "model.plzma 3 2000"
    finally:
        model.chmod(0o644)


def test_off_and_default_folders(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SUMMITRY_CACHE_DIR", "off")
    assert cache_dir() is None
    build = Builds(5)
    cached("n", "k", build)
    cached("n", "k", build)
    assert build.calls == 2
    monkeypatch.delenv("SUMMITRY_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "summitry"


def test_records_are_the_same_with_the_cache_cold_warm_and_off(tmp_path: Path) -> None:
    """What a user runs: `summitry extract` in fresh processes gives the same records, and
    the second run reads the knowledge base back instead of building it."""
    pages = [
        str(EXAMPLES / "kor_board_apec_aelm_2025.txt"),
        str(EXAMPLES / "tha_apec_aelm_2022.txt"),
    ]
    env = {"SUMMITRY_CACHE_DIR": str(tmp_path / "cache")}
    cold = run_cli("extract", *pages, "--jsonl", env=env)
    entries = sorted(p.name.split("-")[0] for p in (tmp_path / "cache").iterdir())
    assert "kb" in entries and "py3langid" in entries  # the Thai release's body needs the model
    stamps = {p: p.stat().st_mtime_ns for p in (tmp_path / "cache").iterdir()}
    warm = run_cli("extract", *pages, "--jsonl", env=env)
    off = run_cli("extract", *pages, "--jsonl", env={"SUMMITRY_CACHE_DIR": "off"})
    assert cold.returncode == warm.returncode == off.returncode == 0, cold.stderr
    assert cold.stdout == warm.stdout == off.stdout
    assert [json.loads(line)["document"]["language"] for line in warm.stdout.splitlines()] == [
        "en",
        "en",
    ]
    assert {p: p.stat().st_mtime_ns for p in (tmp_path / "cache").iterdir()} == stamps


def test_a_cache_folder_that_cannot_be_made_is_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    page = str(EXAMPLES / "kor_board_apec_aelm_2025.txt")
    out = run_cli("extract", page, "--jsonl", env={"SUMMITRY_CACHE_DIR": str(blocker / "c")})
    assert out.returncode == 0 and out.stderr == b""
    assert json.loads(out.stdout)["document"]["language"] == "en"
