"""YAML parsed once and read back from the user's cache by later processes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from summitry.kb.data import parse_forums, parse_yaml


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SUMMITRY_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_yaml_parsed_then_kept_per_text(folder: Path) -> None:
    assert parse_yaml("words", "- summit\n- meeting\n") == ["summit", "meeting"]
    assert parse_yaml("words", "- summit\n- meeting\n") == ["summit", "meeting"]
    assert parse_yaml("words", "- talks\n") == ["talks"]
    assert parse_yaml("empty", "") == {}
    names = sorted(p.name.rsplit("-", 1)[0] for p in folder.iterdir())
    assert names == ["yaml-empty", "yaml-words"]  # a changed text's entry replaces the old


def test_a_text_parsed_before_is_read_back_without_pyyaml(folder: Path) -> None:
    parse_yaml("words", "a: [1, 2]\n")
    code = (
        "import sys; from summitry.kb.data import parse_forums, parse_yaml; "
        "print(parse_yaml('words', 'a: [1, 2]\\n'), 'yaml' in sys.modules)"
    )
    env = {"SUMMITRY_CACHE_DIR": str(folder), "PYTHONPATH": str(Path(__file__).parents[2] / "src")}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert out.stdout.split() == ["{'a':", "[1,", "2]}", "False"], out.stderr


def test_reordered_names_are_read_from_the_forums_file() -> None:
    doc = {"forums": [{"name": "A-B Cooperation", "reordered": ["B-A Cooperation"]}, {"name": "C"}]}
    forums = parse_forums(doc)
    assert forums["A-B Cooperation"].reordered == ("B-A Cooperation",)
    assert forums["C"].reordered == ()
