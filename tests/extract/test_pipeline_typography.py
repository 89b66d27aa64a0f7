"""A page's record does not depend on its publisher's typography: dev pages rewritten by
tests/typography.py (one rewrite at a time) give the record the page gives as it is, and a
hard-wrapped page scores what the page scores. The expected record is the unrewritten
page's own, made in the same test; bench/typography.py gives the figures for every read
page and rewrite."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import pytest

from summitry.ingest import record_of
from summitry.read import page_from_bytes
from summitry.score import f1, score_page
from tests.conftest import DEV, requires_dev
from tests.typography import gold_headline, rewrite, without_body

PAGES = ("000_7950d7df1642f586", "002_b5b3790510e5e520", "004_6a329f1824cad2b3")
# the rewrites under which each of these pages keeps its record, the body text aside
SAME_RECORD = (
    "apostrophe U+02BC",
    "compound en dash",
    "compound em dash",
    "spaced hyphen",
    "spaced em dash",
    "closed em dash",
    "no-break spaces",
    "narrow no-break spaces",
    "thin spaces",
    "tabs",
    "CR",
    "BOM",
    "ZWJ inside words",
    "soft hyphens inside words",
    "U+FEFF at line starts",
    "full-width digits",
    "full-width punctuation",
    "ligatures",
    "dates as '5th December, 2023'",
    "dates as 'Dec. 5, 2023'",
    "dates as '05.12.2023'",
    "dates as 'Tuesday, 5 December 2023'",
)

pytestmark = requires_dev


@cache
def _page(stem: str) -> tuple[str, dict[str, Any]]:
    text = (DEV / f"{stem}.txt").read_text(encoding="utf-8")
    return text, json.loads((DEV / f"{stem}.gold.json").read_text(encoding="utf-8"))


def _record(stem: str, text: str) -> dict[str, Any]:
    return record_of(page_from_bytes(f"{stem}.txt", text.encode("utf-8"))).to_dict()


@cache
def _unrewritten(stem: str) -> dict[str, Any]:
    return _record(stem, _page(stem)[0])


@pytest.mark.parametrize("stem", PAGES)
@pytest.mark.parametrize("name", SAME_RECORD)
def test_a_rewritten_page_gives_the_same_record(name: str, stem: str) -> None:
    text, gold = _page(stem)
    rewritten = rewrite(name, text, gold_headline(gold))
    assert without_body(_record(stem, rewritten)) == without_body(_unrewritten(stem))


@pytest.mark.parametrize("name", SAME_RECORD)
def test_each_rewrite_changes_a_page(name: str) -> None:
    """No rewrite above passes for want of anything to rewrite on these pages."""
    pages = [_page(stem) for stem in PAGES]
    assert any(rewrite(name, text, gold_headline(gold)) != text for text, gold in pages)


@pytest.mark.parametrize("stem", PAGES)
def test_a_hard_wrapped_page_scores_as_the_page(stem: str) -> None:
    text, gold = _page(stem)
    wrapped = rewrite("hard-wrapped at 72", text, gold_headline(gold))
    assert max(len(line) for line in wrapped.splitlines()) <= 72
    before = f1(*score_page(gold, _unrewritten(stem)).tally.total())[2]
    after = f1(*score_page(gold, _record(stem, wrapped)).tally.total())[2]
    assert after == before


def test_the_rewrites_change_what_they_say() -> None:
    """The rewrites themselves, on a sentence checked by hand."""
    line = "ASEAN-Japan leaders met on 5 December 2023 in Tokyo - the 50th year."
    assert rewrite("compound en dash", line) == line.replace("ASEAN-Japan", "ASEAN\u2013Japan")
    assert rewrite("spaced em dash", line).endswith("Tokyo \u2014 the 50th year.")
    assert rewrite("dates as '5th December, 2023'", line).count("5th December, 2023") == 1
    assert "on 05.12.2023 in" in rewrite("dates as '05.12.2023'", line)
    assert "on Tuesday, 5 December 2023 in" in rewrite("dates as 'Tuesday, 5 December 2023'", line)
    assert "on Dec. 5, 2023 in" in rewrite("dates as 'Dec. 5, 2023'", line)
    assert rewrite("dates as 'December 5, 2023'", "from 3 to 5 December 2023") == (
        "from 3 to 5 December 2023"  # the end of a range keeps its shape
    )
    assert rewrite("full-width digits", "50th") == "\uff15\uff10th"
