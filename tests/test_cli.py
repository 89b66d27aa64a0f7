"""The CLI over real pages: in this process through Typer's CliRunner, and as a subprocess
where the process itself is under test (start-up, one ingest, a killed ingest)."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import DEV, ROOT, dev_pages, gold, invoke, requires_dev, run_cli

COMMANDS = ["ingest", "list", "show", "search", "extract"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    result = invoke(command, "--help")
    assert result.returncode == 0
    assert b"Usage" in result.stdout and len(result.stdout) > 200


def test_every_registered_command_has_help_text() -> None:
    import typer.main

    from summitry.cli import app

    root = typer.main.get_command(app)
    names = [(name,) for name in root.commands]
    names += [("correct", name) for name in root.commands["correct"].commands]
    for name in names:
        result = invoke(*name, "--help")
        assert result.returncode == 0 and b"Usage" in result.stdout, name
        assert len(result.stdout) > 200, name


def test_a_command_imports_its_own_module_and_no_rich() -> None:
    code = (
        "import sys\n"
        "from summitry.cli import app\n"
        "sys.argv = ['summitry', 'extract', sys.argv[1], '--jsonl']\n"
        "try:\n    app()\nexcept SystemExit as e:\n    code = e.code\n"
        "cli = sorted(m for m in sys.modules if m.startswith('summitry.cli.'))\n"
        "print(code, cli, 'rich' in sys.modules, file=sys.stderr)\n"
    )
    page = ROOT / "examples" / "pages" / "kor_board_apec_aelm_2025.txt"
    result = subprocess.run(
        [sys.executable, "-c", code, str(page)], capture_output=True, text=True, check=False
    )
    assert result.stdout.startswith("{"), result.stderr
    cli = "['summitry.cli.documents', 'summitry.cli.ingest_output', 'summitry.cli.output']"
    assert result.stderr.splitlines()[-1] == f"0 {cli} False"


def test_version() -> None:
    result = invoke("--version")
    assert result.returncode == 0 and result.stdout.startswith(b"summitry ")


@requires_dev
def test_extract_jsonl_prints_one_record_per_page_in_order() -> None:
    pages = dev_pages()
    result = invoke("extract", *map(str, pages), "--jsonl")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [r["path"] for r in records] == [str(p) for p in pages]
    for page, record in zip(pages, records, strict=True):
        assert record["document"]["views"] == gold(page)["document"]["views"]
        start, end = record["meetings"][0]["evidence"] if record.get("meetings") else (0, 0)
        assert 0 <= start <= end <= len(record["document"]["text"])


def _ingest(db: str, *paths: str):
    return invoke("ingest", *paths, "--db", db)


@requires_dev
def test_ingest_then_search_ftaap_finds_exactly_the_pages_mentioning_it(db: str) -> None:
    result = run_cli("ingest", str(DEV), "--db", db)  # as a user runs it: a process
    assert result.returncode == 0, result.stderr
    assert b"5 new, 0 unchanged, 0 failed" in result.stdout
    found = json.loads(invoke("search", "FTAAP", "--db", db, "--json").stdout)
    hits = found["hits"]
    assert found["total"] == 3
    assert set(found["facets"]) == {"forum", "level", "year", "country", "publisher"}
    titles = {h["title"] for h in hits}
    mentioning = {gold(p)["document"]["title"] for p in dev_pages() if "FTAAP" in p.read_text()}
    assert titles == mentioning and len(mentioning) == 3
    assert all("FTAAP" in h["snippet"] for h in hits)


@requires_dev
def test_reingest_adds_nothing(db: str) -> None:
    _ingest(db, str(DEV))
    again = _ingest(db, str(DEV))
    assert again.returncode == 0
    assert b"0 new, 5 unchanged, 0 failed" in again.stdout
    listed = json.loads(invoke("list", "--db", db, "--json").stdout)
    assert len(listed) == 5


@requires_dev
def test_show_by_id_prefix(db: str) -> None:
    _ingest(db, str(dev_pages()[0]))
    doc_id = json.loads(invoke("list", "--db", db, "--json").stdout)[0]["id"]
    shown = json.loads(invoke("show", doc_id[:10], "--db", db, "--json").stdout)
    assert shown["title"] == "1st APEC Senior Officials’ Meeting Takes Place"
    missing = invoke("show", "ffffffffffff", "--db", db)
    assert missing.returncode == 1 and b"no document" in missing.stderr


def _bad_inputs(tmp: Path) -> dict[str, tuple[Path, str]]:
    empty = tmp / "empty.txt"
    empty.write_bytes(b"")
    png = tmp / "image.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(512))
    huge = tmp / "huge.txt"
    huge.write_bytes(b"APEC " * (4 * 1024 * 1024))  # 20 MB
    return {"empty": (empty, "is empty"), "png": (png, "is binary"), "huge": (huge, "limit")}


@requires_dev
def test_bad_inputs_get_a_line_each_and_lose_nothing(db: str, tmp_path: Path) -> None:
    _ingest(db, str(DEV))
    bad = _bad_inputs(tmp_path)
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes(
        "Ministra Desilú León presidió la reunión de APEC en Lima, Perú.\n".encode("latin-1")
    )
    scripts = tmp_path / "scripts.html"
    scripts.write_text("<html><body>" + "<script>alert('x')</script>" * 5000 + "</body></html>")
    result = _ingest(db, *(str(p) for p, _ in bad.values()), str(latin1), str(scripts))
    assert result.returncode == 1
    lines = result.stderr.decode().strip().splitlines()
    errors = [line for line in lines if line.startswith("error: ")]
    assert len(errors) == 3
    # the one-line page is all headline: stored, found by its title, and reported
    assert lines[: -len(errors)] == [
        f"warning: {page}: empty body: no text left after cleaning" for page in (latin1, scripts)
    ]
    for (path, reason), line in zip(bad.values(), errors, strict=True):
        assert str(path) in line and reason in line
    assert b"2 new, 0 unchanged, 3 failed" in result.stdout
    listed = json.loads(invoke("list", "--db", db, "--json", "--limit", "100").stdout)
    assert len(listed) == 7
    stored = json.loads(invoke("search", "presidió", "--db", db, "--json").stdout)
    assert len(stored["hits"]) == 1


def test_pages_stored_with_a_problem_get_a_warning_line_each(db: str, tmp_path: Path) -> None:
    scripts = tmp_path / "scripts.html"
    scripts.write_text(
        "<html><head><title>Leaders Meet in Lima</title><script>var a = 1;</script></head>"
        "<body><style>p { color: red }</style></body></html>"
    )
    title_only = tmp_path / "title.txt"
    title_only.write_text("Leaders Meet in Lima\n")
    broken = tmp_path / "broken.txt"
    body = "The Foreign Ministers met in Lima on 14 November 2024 and agreed on a work plan.\n"
    broken.write_bytes(f"Señor Muñoz Meets the Press\n\n{body}".encode() + b"\xff\n")
    nuls = tmp_path / "nuls.txt"
    nuls.write_bytes(f"Ministers Meet in Lima\n\n{body}".encode() + b"\x00\x00\n")
    pages = [str(p) for p in (scripts, title_only, broken, nuls)]
    result = _ingest(db, *pages)
    assert result.returncode == 0, result.stderr
    assert result.stderr.decode().splitlines() == [
        f"warning: {scripts}: empty body: no text left after cleaning",
        f"warning: {title_only}: empty body: no text left after cleaning",
        f"warning: {broken}: 1 invalid UTF-8 sequence replaced with U+FFFD",
        f"warning: {nuls}: 2 NUL bytes removed",
    ]
    assert b"4 new, 0 unchanged, 0 failed, 4 warnings" in result.stdout
    listed = json.loads(invoke("list", "--db", db, "--json").stdout)
    assert sorted(d["title"] or "" for d in listed) == [
        "Leaders Meet in Lima",
        "Leaders Meet in Lima",
        "Ministers Meet in Lima",
        "Señor Muñoz Meets the Press",
    ]
    extracted = invoke("extract", *pages, "--jsonl")
    assert extracted.returncode == 0
    assert extracted.stderr == result.stderr


def _write_pages(folder: Path, count: int) -> None:
    folder.mkdir()
    for i in range(count):
        (folder / f"page{i:04d}.txt").write_text(
            f"Press Releases\n\nMinisters Meet for Round {i}\n\nDate\n2023-01-{i % 28 + 1:02d}\n\n"
            f"1. The {i}th meeting of ministers was held in Bangkok, where they stressed that "
            f"cooperation on trade must continue and agreed to meet again next year (round {i}).\n",
            encoding="utf-8",
        )


@pytest.mark.slow
def test_killed_ingest_leaves_a_consistent_store_and_rerun_completes(tmp_path: Path) -> None:
    pages, db = tmp_path / "pages", str(tmp_path / "kill.db")
    total = 600  # several write batches, so that the kill lands between two commits
    _write_pages(pages, total)
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "summitry", "ingest", str(pages), "--db", db],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + 60
    while time.time() < deadline and _count(db) < 20:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = _count(db)
    assert 0 < partial < total
    assert _integrity(db) == "ok"
    rerun = invoke("ingest", str(pages), "--db", db)
    assert rerun.returncode == 0
    assert f"{total - partial} new, {partial} unchanged, 0 failed".encode() in rerun.stdout
    assert _count(db) == total and _integrity(db) == "ok"


def _count(db: str) -> int:
    if not Path(db).exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return conn.execute("select count(*) from documents").fetchone()[0]
    except sqlite3.DatabaseError:
        return 0


def _integrity(db: str) -> str:
    with sqlite3.connect(db) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def test_extract_with_a_missing_ner_model_warns_once_and_extracts(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        "Foreign Minister Meets Counterpart in Lima\n\n"
        "Foreign Minister Cho Tae-yul met his counterpart in Lima, Peru, on 14 November.\n\n"
        "The two sides agreed to meet again next year.\n"
    )
    missing = str(tmp_path / "no-model")
    result = invoke("extract", str(page), "--jsonl", "--ner", missing)
    assert result.returncode == 0, result.stderr
    warnings = result.stderr.decode().strip().splitlines()
    assert len(warnings) == 1 and warnings[0].startswith(f"warning: --ner {missing}: ")
    [record] = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert record["countries"] == ["PER"]
    assert [p["name"] for p in record["people"]] == ["Cho Tae-yul"]


@requires_dev
def test_search_filters_and_facet_counts(db: str) -> None:
    _ingest(db, str(DEV))
    ftaap = [p for p in dev_pages() if "FTAAP" in p.read_text()]
    found = json.loads(invoke("search", "FTAAP", "--db", db, "--json").stdout)
    years = {f["value"]: f["count"] for f in found["facets"]["year"]}
    assert years == {gold(p)["document"]["published"][:4]: 1 for p in ftaap}
    assert found["facets"]["forum"] == [{"value": "APEC", "label": "APEC", "count": 3}]
    only = json.loads(invoke("search", "FTAAP", "--year", "2022", "--db", db, "--json").stdout)
    thai = [p for p in ftaap if gold(p)["document"]["published"].startswith("2022")]
    assert only["total"] == 1
    assert [h["title"] for h in only["hits"]] == [gold(thai[0])["document"]["title"]]
    printed = invoke("search", "FTAAP", "--forum", "APEC", "--db", db).stdout.decode()
    assert "3 documents match" in printed and "forum: APEC (3)" in printed
    none = json.loads(invoke("search", "FTAAP", "--forum", "G20", "--db", db, "--json").stdout)
    assert (none["total"], none["hits"]) == (0, [])


@requires_dev
def test_commitments_oldest_first_and_limited(db: str) -> None:
    _ingest(db, str(DEV))
    every = json.loads(invoke("commitments", "--db", db, "--json").stdout)
    dates = [c["when"] for c in every if c["when"]]
    assert len(every) == 2 and dates == sorted(dates)  # KOR in 2020, APEC SOM in 2021
    first = json.loads(invoke("commitments", "--limit", "1", "--db", db, "--json").stdout)
    assert first == every[:1]
    printed = invoke("commitments", "--actor", "KOR", "--limit", "1", "--db", db).stdout.decode()
    assert "ROK government" in printed
