"""Shared fixtures: the dev pages beside the repo, the example pages stored once, the CLI run
in this process or as a subprocess, and an export read back."""

from __future__ import annotations

import atexit
import csv
import functools
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "dev"
EXAMPLES = ROOT / "examples" / "pages"


# No wall-clock bound on an example (Hypothesis' default is 200 ms): on a loaded machine the
# first example of a test, which builds what later ones reuse, ran past it.
settings.register_profile("summitry", deadline=None)
settings.load_profile("summitry")

# The suite builds into a cache folder of its own (unless SUMMITRY_CACHE_DIR says otherwise):
# another checkout's knowledge base, written to the user's cache while the suite runs, is
# never what a test reads, and the CLI's subprocesses inherit the folder.
if "SUMMITRY_CACHE_DIR" not in os.environ:
    os.environ["SUMMITRY_CACHE_DIR"] = tempfile.mkdtemp(prefix="summitry-tests-")
    atexit.register(shutil.rmtree, os.environ["SUMMITRY_CACHE_DIR"], ignore_errors=True)


def dev_pages() -> list[Path]:
    return sorted(DEV.glob("*.txt"))


def gold(page: Path) -> dict:
    return json.loads(page.with_name(page.name.split(".")[0] + ".gold.json").read_text("utf-8"))


def run_cli(*args: str, input: bytes | None = None, env: dict | None = None, timeout: int = 120):
    """Run `python -m summitry ARGS` as a user would; returns the CompletedProcess."""
    full_env = {**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})}
    full_env.pop("SUMMITRY_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "summitry", *args],
        input=input,
        capture_output=True,
        env=full_env,
        timeout=timeout,
        cwd=ROOT,
    )


@functools.cache
def cli_command() -> Any:
    """The Click command Typer makes of the app, made once: Typer's CliRunner.invoke makes it
    again at every call, which cost more than most commands run."""
    from typer.main import get_command

    from summitry.cli import app

    return get_command(app)


def invoke(*args: str, input: bytes | str | None = None, env: dict | None = None):
    """Run `summitry ARGS` in this process as Typer's CliRunner does; the result has the fields
    of run_cli's (returncode, stdout and stderr as bytes), without a Python start-up per call."""
    from typer.testing import CliRunner

    try:
        runner = CliRunner(mix_stderr=False)  # type: ignore[call-arg]  # Click < 8.2
    except TypeError:
        runner = CliRunner()  # Click >= 8.2 keeps stderr apart by itself
    full_env = {"SUMMITRY_DB": None, "SUMMITRY_NER_MODEL": None, **(env or {})}
    command = cli_command()
    try:
        with runner.isolation(input=input, env=full_env) as streams:
            try:
                command.main(args=list(args), prog_name=runner.get_default_prog_name(command))
                code = 0
            except SystemExit as stop:
                code = _exit_code(stop.code)
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                stdout, stderr = streams[0].getvalue(), streams[1].getvalue()
    finally:
        ner = sys.modules.get("summitry.extract.ner_spacy")
        if ner is not None:
            ner.disable()  # --ner lasts for one command, as it does in a process of its own
    return subprocess.CompletedProcess(["summitry", *args], code, stdout, stderr)


def _exit_code(code: Any) -> int:
    """A SystemExit's code as the CliRunner reports it: a message is written out, exit 1."""
    if code is None:
        return 0
    if not isinstance(code, int):
        sys.stdout.write(f"{code}\n")
        return 1
    return code


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "test.db")


@pytest.fixture(scope="session")
def demo(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The example pages ingested once, as `make demo` stores them; tests only read it (one
    that writes works on a copy)."""
    db = str(tmp_path_factory.mktemp("demo") / "demo.db")
    result = invoke("ingest", str(EXAMPLES), "--db", db, "--workers", "1")
    assert result.returncode == 0, result.stderr
    return db


def exported_csv(db: str, *args: str) -> list[dict[str, str]]:
    """`summitry export ARGS --db DB` read back as CSV rows."""
    result = invoke("export", *args, "--db", db)
    assert result.returncode == 0, result.stderr
    return list(csv.DictReader(io.StringIO(result.stdout.decode("utf-8"))))


requires_dev = pytest.mark.skipif(
    not DEV.is_dir(), reason="../shared/eval/dev is not beside the repo"
)
