"""The evaluation gate: each set's micro-F1 must not fall below the floor pinned here.

Raise a floor as the extractor improves; lower it only with a reason in the commit message.
The figures come from `summitry eval`, whose scoring tests/test_evaluate.py checks against
shared/eval/score.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from summitry.evaluate import evaluate
from summitry.score import f1
from tests.conftest import DEV

FLOORS = {"dev": 0.997, "train": 0.955}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_micro_f1_stays_above_the_floor(name: str) -> None:
    folder = DEV.parent / name
    if not folder.is_dir():
        pytest.skip(f"{folder} is not beside the repo")
    micro = evaluate(folder).micro()[2]
    assert micro >= FLOORS[name], f"{name} micro-F1 {micro:.3f} fell below the floor {FLOORS[name]}"


TALKS = Path(__file__).resolve().parent / "fixtures" / "talks"
TALKS_FLOOR = 0.97  # the meeting fields' micro-F1 on those pages


def test_talks_between_two_governments_as_ministries_and_agencies_report_them() -> None:
    """Short pages in the ways foreign ministries, leaders' offices and news agencies report
    bilateral talks, scored against gold written by hand: every meeting found, none made up,
    and their fields (dates, place, format, role ...) right but for a few places."""
    counts = evaluate(TALKS).total.counts
    assert counts["meetings"][1:] == [0, 0]  # fp, fn
    slots = [v for k, v in counts.items() if k.startswith("meetings.")]
    tp, fp, fn = (sum(v[i] for v in slots) for i in range(3))
    assert f1(tp, fp, fn)[2] >= TALKS_FLOOR
