"""Pages built to be slow (tests/adversarial.py), up to 200 KB, through read, clean and
extract: no component fails, every evidence lies inside the body, and no page takes long."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from summitry.budget import time_limit
from summitry.extract.context import Context
from summitry.extract.entities import gazetteer_entities
from summitry.extract.places import Place, may_place, place_near
from summitry.extract.sentences import split_sentences
from summitry.ingest import record_of
from summitry.kb import load_kb
from summitry.read import page_from_bytes
from summitry.record import Document
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


PLACE_BITS = (
    "in Seoul",
    "at the Lotte Hotel",
    "(May 3, Korea)",
    "in Pontianak, Kalimantan, Indonesia,",
    "Korea",
    "Lima, Peru",
    "held in",
    "hosted by Japan",
    "Singapore",
    "at",
    "in",
    "the",
    ",",
    "Minister",
    "Convention Center",
    "(July 31-August 4, Singapore)",
    "Jakarta",
    "in the",
    "Thai capital",
    "Bangkok",
    "southwest China's",
    "the Kremlin",
    "Hall 1-2 of the QSNCC",
)


@settings(max_examples=60, deadline=None)
@given(
    words=st.lists(st.sampled_from(PLACE_BITS), max_size=60),
    cuts=st.lists(st.tuples(st.floats(0, 1), st.floats(0, 1)), min_size=1, max_size=20),
)
def test_may_place_is_false_only_where_place_near_finds_nothing(
    words: list[str], cuts: list[tuple[float, float]]
) -> None:
    text = " ".join(words)
    ctx = Context(path="p", document=Document(title=None, text=text))
    split_sentences(ctx)
    gazetteer_entities(ctx)
    for a, b in cuts:
        start, end = sorted((int(a * len(text)), int(b * len(text))))
        if not may_place(ctx, start, end):
            assert place_near(text, start, end, load_kb(), ctx.matches_in(start, end)) == Place()
