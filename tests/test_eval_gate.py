"""The evaluation gate: each set's micro-F1 must not fall below the floor pinned here.

Raise a floor as the extractor improves; lower it only with a reason in the commit message.
The figures come from `summitry eval`, whose scoring tests/test_evaluate.py checks against
shared/eval/score.py.
"""

from __future__ import annotations

import pytest

from summitry.evaluate import evaluate
from tests.conftest import DEV

FLOORS = {"dev": 0.997, "train": 0.955}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_micro_f1_stays_above_the_floor(name: str) -> None:
    folder = DEV.parent / name
    if not folder.is_dir():
        pytest.skip(f"{folder} is not beside the repo")
    micro = evaluate(folder).micro()[2]
    assert micro >= FLOORS[name], f"{name} micro-F1 {micro:.3f} fell below the floor {FLOORS[name]}"
