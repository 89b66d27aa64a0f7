"""`summitry eval`: extract gold-annotated pages and score them as shared/eval/score.py does."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summitry.cli import app
from summitry.evaluate import evaluate
from tests.conftest import DEV, invoke

TRAIN = DEV.parent / "train"
SCORER = DEV.parent / "score.py"


def _scorer_json(folder: Path, tmp_path: Path) -> dict:
    """What shared/eval/score.py --json says of the records `summitry extract` prints."""
    pred = tmp_path / "pred.jsonl"
    pages = sorted(folder.glob("*.txt"))
    extracted = invoke("extract", *map(str, pages), "--jsonl")
    assert extracted.returncode == 0, extracted.stderr
    pred.write_bytes(extracted.stdout)
    scored = subprocess.run(
        [sys.executable, str(SCORER), "--gold", str(folder), "--pred", str(pred), "--json"],
        capture_output=True, check=True, text=True,
    )  # fmt: skip
    return json.loads(scored.stdout[: scored.stdout.rindex("micro-F1")])


@pytest.mark.parametrize("folder", [DEV, TRAIN], ids=["dev", "train"])
def test_eval_gives_the_figures_of_the_shared_scorer(folder: Path, tmp_path: Path) -> None:
    if not SCORER.is_file() or not folder.is_dir():
        pytest.skip(f"{folder} is not beside the repo")
    expected = _scorer_json(folder, tmp_path)
    got = evaluate(folder).to_dict()
    assert got["fields"] == expected["fields"]
    assert got["documents"] == pytest.approx(expected["documents"])
    assert got["micro"] == pytest.approx(expected["micro"])


PAGE = """APEC Trade Ministers Meet in Lima
Lima, 15 November 2024 - Minister Cho Tae-yul attended the 35th APEC Ministerial Meeting
in Lima, Peru, on 14 November. He stressed the importance of free trade.
"""
GOLD = {
    "document": {"title": "APEC Trade Ministers Meet in Lima", "published": "2024-11-15"},
    "meetings": [{"name": "APEC Ministerial Meeting", "forum": "APEC", "ordinal": 35,
                  "city": "Lima", "country": "PER", "role": "main"}],
    "people": [{"name": "Cho Tae-yul", "role": "attendee"}],
    "countries": ["NZL"],  # the page names Peru, not New Zealand
}  # fmt: skip


@pytest.fixture
def gold_folder(tmp_path: Path) -> Path:
    (tmp_path / "lima.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "lima.gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    return tmp_path


def test_diff_names_what_was_missed_and_what_was_invented(gold_folder: Path) -> None:
    result = CliRunner().invoke(app, ["eval", str(gold_folder), "--diff"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("== lima  F1 ")
    assert "  missed    countries: 'NZL'" in lines
    assert "  invented  countries: 'PER'" in lines
    assert lines[-1].startswith("micro-F1 ")


def test_json_has_the_shape_of_the_shared_scorer(gold_folder: Path) -> None:
    result = CliRunner().invoke(app, ["eval", str(gold_folder), "--json", "--diff"])
    data = json.loads(result.output)
    assert set(data) == {"micro", "fields", "documents", "diff"}
    assert data["fields"]["countries"] == {"tp": 0, "fp": 1, "fn": 1}
    assert "countries: 'NZL'" in data["diff"]["lima"]["missed"]
    assert "countries: 'PER'" in data["diff"]["lima"]["invented"]


def test_markdown_tables_every_field(gold_folder: Path) -> None:
    result = CliRunner().invoke(app, ["eval", str(gold_folder), "--markdown"])
    assert result.output.startswith(f"### {gold_folder.name} (1 pages)")
    assert "| countries | 0 | 1 | 1 | 0.000 | 0.000 | 0.000 |" in result.output.replace("**", "")


def test_min_f1_fails_a_folder_below_it(gold_folder: Path) -> None:
    assert CliRunner().invoke(app, ["eval", str(gold_folder), "--min-f1", "0"]).exit_code == 0
    result = CliRunner().invoke(app, ["eval", str(gold_folder), "--min-f1", "0.999"])
    assert result.exit_code == 1
    assert "micro-F1" in result.stderr and "< 0.999" in result.stderr


def test_a_gold_without_its_page_is_scored_empty_with_a_warning(gold_folder: Path) -> None:
    (gold_folder / "lost.gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    result = evaluate(gold_folder)
    assert result.pages["lost"].tally.total()[0] == 0
    assert result.problems == [
        f"{gold_folder / 'lost.gold.json'}: no lost.txt or lost.html beside it"
    ]


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        ("missing", "not a folder"),
        ("empty", "no NAME.gold.json files"),
        ("bad", "not a readable gold"),
    ],
)
def test_bad_gold_folders_get_one_line(tmp_path: Path, setup: str, message: str) -> None:
    folder = tmp_path / "gold"
    if setup != "missing":
        folder.mkdir()
    if setup == "bad":
        (folder / "x.gold.json").write_text("{not json", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", str(folder)])
    assert result.exit_code == 1
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
