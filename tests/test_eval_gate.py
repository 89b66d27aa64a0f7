"""The evaluation gate: the dev-set micro-F1 must not fall below the floor pinned here.

Raise FLOOR as the extractor improves; lower it only with a reason in the commit message.
"""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import DEV, dev_pages, requires_dev, run_cli

FLOOR = 0.97
SCORER = DEV.parent / "score.py"


@requires_dev
def test_dev_set_f1_stays_above_the_floor(tmp_path) -> None:
    pred = tmp_path / "pred.jsonl"
    result = run_cli("extract", *map(str, dev_pages()), "--jsonl")
    assert result.returncode == 0, result.stderr
    pred.write_bytes(result.stdout)
    scored = subprocess.run(
        [sys.executable, str(SCORER), "--gold", str(DEV), "--pred", str(pred), "--json"],
        capture_output=True,
        check=True,
        text=True,
    )
    table = scored.stdout[: scored.stdout.rindex("micro-F1")]  # the JSON, then a last line
    micro = json.loads(table)["micro"]["f1"]
    assert micro >= FLOOR, f"dev-set micro-F1 {micro:.3f} fell below the floor {FLOOR}"
