"""The README's command-line examples run on what `make demo` stores (examples/pages)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, ROOT, invoke

QUERIES = {"meeting", "series", "timeline", "person", "country", "initiative", "commitments"}
RUNNABLE = QUERIES | {"export", "search", "list", "brief"}
PLACEHOLDERS = {"PAGES...", "PAGE...", "ID", "GOLD_DIR"}


def readme_examples() -> list[list[str]]:
    """The `summitry ...` lines of the README's first shell block without placeholders."""
    text = (ROOT / "README.md").read_text("utf-8")
    block = re.search(r"## The command line at a glance\s+```sh\n(.*?)```", text, re.S)
    assert block, "README lost its command-line block"
    found = []
    for line in block.group(1).splitlines():
        command = shlex.split(line.split("  #")[0])
        if len(command) < 2 or command[1] not in RUNNABLE:
            continue
        if PLACEHOLDERS & set(command):
            continue
        if "[" in line.split("  #")[0]:
            continue  # optional parts shown in brackets
        found.append(command[1:])
    return found


def test_the_readme_shows_the_query_commands() -> None:
    assert {c[0] for c in readme_examples()} >= QUERIES


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("readme") / "demo.db")
    result = invoke("ingest", str(EXAMPLES), "--db", db, "--workers", "1")
    assert result.returncode == 0, result.stderr
    return db


@pytest.mark.parametrize("command", readme_examples(), ids=" ".join)
def test_readme_example_runs_on_the_demo_store(
    command: list[str], demo: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # where `-o FILE` writes
    result = invoke(*command, "--db", demo)
    assert result.returncode == 0, result.stderr
    assert b"none found" not in result.stdout
    assert result.stdout.strip() or list(tmp_path.iterdir())
