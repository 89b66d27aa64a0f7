"""Pages built to be slow (tests/adversarial.py), up to 200 KB, through read, clean and
extract: no component fails, every evidence lies inside the body, and no page takes long."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from summitry.budget import time_limit
from summitry.ingest import record_of
from summitry.read import page_from_bytes
from tests.adversarial import GENERATORS, HTML_GENERATORS, page
from tests.extract.test_pipeline import assert_valid, unix_only

KINDS = sorted(GENERATORS)
SECONDS = 120  # far above what a linear pipeline needs for 200 KB, even on a loaded machine


@pytest.mark.slow
@unix_only
@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(kind=st.sampled_from(KINDS), size=st.integers(0, 200_000), seed=st.integers(0, 2**16))
@example(kind="capitalised", size=200_000, seed=1)
@example(kind="ordinals", size=200_000, seed=2)
def test_adversarial_pages_give_valid_records(kind: str, size: int, seed: int) -> None:
    data = page(kind, size, seed)
    if not data.strip():
        return
    raw = page_from_bytes(f"{kind}-{size}", data)
    assert raw.is_html == (kind in HTML_GENERATORS)
    with time_limit(SECONDS):
        record = record_of(raw)
    assert_valid(record)
