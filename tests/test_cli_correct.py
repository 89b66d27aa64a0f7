"""`summitry correct` against SQLite and PostgreSQL stores, run in this process (and once as a
subprocess)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.backends import module_target, store_target  # noqa: F401
from tests.conftest import DEV, invoke, requires_dev, run_cli

SOM_PAGE = DEV / "000_7950d7df1642f586.txt"
SOM_TITLE = "1st APEC Senior Officials’ Meeting Takes Place"  # as on the page and in its gold


def cli(*args: str, db: str) -> tuple[int, str, str]:
    done = invoke(*args, "--db", db)
    return done.returncode, done.stdout.decode(), done.stderr.decode()


def shown(db: str, doc: str) -> dict:
    code, stdout, stderr = cli("show", doc, "--json", db=db)
    assert code == 0, stderr
    return json.loads(stdout)["record"]


def corrections(db: str) -> list[dict]:
    code, stdout, stderr = cli("correct", "list", "--json", db=db)
    assert code == 0, stderr
    return json.loads(stdout)


@pytest.fixture
def som_db(store_target: str) -> tuple[str, str]:  # noqa: F811
    code, _, stderr = cli("ingest", str(SOM_PAGE), db=store_target)
    assert code == 0, stderr
    listed = json.loads(invoke("list", "--json", "--db", store_target).stdout)
    return store_target, listed[0]["id"]


@requires_dev
def test_corrections_survive_forced_reingest_and_removal_restores(som_db) -> None:
    db, doc = som_db
    before = shown(db, doc)
    assert before["document"]["title"] == SOM_TITLE
    assert before["meetings"][0]["format"] == "virtual"
    for args in (
        ("set", doc[:8], "meetings.0.city", "Seoul", "--note", "per the ministry"),
        ("set", doc[:8], "document.title", "Corrected SOM headline"),
        ("clear", doc[:8], "meetings.0.format"),
    ):
        code, stdout, stderr = cli("correct", *args, db=db)
        assert code == 0, stderr
        assert stdout.startswith("correction ")
    code, stdout, _ = cli("ingest", str(SOM_PAGE), "--force", db=db)
    assert code == 0 and "1 replaced" in stdout
    after = shown(db, doc)
    assert after["meetings"][0]["city"] == "Seoul"
    assert after["meetings"][0]["format"] is None
    assert after["document"]["title"] == "Corrected SOM headline"
    found = json.loads(cli("search", "headline", "--json", db=db)[1])
    assert [h["id"] for h in found["hits"]] == [doc]
    title_fix = next(c for c in corrections(db) if c["field"] == "document.title")
    assert cli("correct", "rm", str(title_fix["id"]), db=db)[0] == 0
    restored = shown(db, doc)
    assert restored["document"]["title"] == SOM_TITLE
    assert restored["meetings"][0]["city"] == "Seoul"


@requires_dev
def test_export_then_import_into_a_fresh_store(som_db, tmp_path: Path) -> None:
    db, doc = som_db
    cli("correct", "set", doc, "people.0.title", "Deputy Minister", db=db)
    cli("correct", "merge", "person:lee-seong-ho", "person:lee-sung-ho", db=db)
    cli("correct", "split", "person:kim", doc[:10], "--note", "another Kim", db=db)
    cli("correct", "set", "country:KOR", "name", "Republic of Korea", db=db)
    exported = tmp_path / "fixes.jsonl"
    code, _, stderr = cli("correct", "export", str(exported), db=db)
    assert code == 0, stderr
    assert len(exported.read_text("utf-8").splitlines()) == 4
    fresh = str(tmp_path / "fresh.db")
    code, stdout, stderr = cli("correct", "import", str(exported), db=fresh)
    assert (code, stdout.strip()) == (0, "4 added, 0 already stored"), stderr
    code, stdout, _ = cli("correct", "import", str(exported), db=fresh)
    assert stdout.strip() == "0 added, 4 already stored"
    strip = [{k: v for k, v in c.items() if k != "id"} for c in corrections(db)]
    assert [{k: v for k, v in c.items() if k != "id"} for c in corrections(fresh)] == strip
    assert cli("ingest", str(SOM_PAGE), db=fresh)[0] == 0
    assert shown(fresh, doc)["people"][0]["title"] == "Deputy Minister"


def test_invalid_import_lines_are_named_and_nothing_is_stored(
    store_target: str,  # noqa: F811
    tmp_path: Path,
) -> None:
    bad = tmp_path / "bad.jsonl"
    lines = [
        {"target": "person:a", "action": "merge", "value": "person:b"},
        "not json at all",
        {"target": "person:a", "action": "explode"},
        {"target": "a" * 64, "action": "set", "field": "meetings.x.city", "value": "Lima"},
    ]
    bad.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines), "utf-8")
    code, _, stderr = cli("correct", "import", str(bad), db=store_target)
    assert code == 1
    assert len(stderr.strip().splitlines()) == 1
    assert str(bad) in stderr and "nothing imported" in stderr
    assert "line 2: not JSON" in stderr and "line 3: action 'explode'" in stderr
    assert "line 4: record path 'meetings.x.city'" in stderr and "line 1" not in stderr
    assert corrections(store_target) == []
    binary = tmp_path / "bin.jsonl"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    code, _, stderr = cli("correct", "import", str(binary), db=store_target)
    assert code == 1 and "not UTF-8" in stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("set", "abcdef123", "document.title", "x"), "no such document"),
        (("set", "person:a", "name", ""), "give a value"),
        (("clear", "person", "name"), "give a document id (6+ hex characters) or an entity"),
        (("merge", "person:a", "initiative:b"), "two different ids of one kind"),
        (("rm", "42"), "no correction 42"),
        (("import", "/nonexistent/file.jsonl"), "cannot be read"),
    ],
)
def test_bad_commands_are_one_line_errors(
    module_target: str,  # noqa: F811
    args: tuple[str, ...],
    message: str,
) -> None:
    """One store a backend serves every case: a refused command writes nothing."""
    code, _, stderr = cli("correct", *args, db=module_target)
    assert code == 1
    assert stderr.startswith("error: ") and message in stderr
    assert len(stderr.strip().splitlines()) == 1


def test_correct_commands_have_help() -> None:
    for command in ("set", "clear", "merge", "split", "list", "rm", "export", "import"):
        done = invoke("correct", command, "--help")
        assert done.returncode == 0 and b"Usage" in done.stdout


def test_correct_list_runs_as_a_process(tmp_path: Path) -> None:
    done = run_cli("correct", "list", "--json", "--db", str(tmp_path / "s.db"))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []
