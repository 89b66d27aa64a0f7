"""Rows made from a record at ingest: the completion sentences the commitments view reads."""

from __future__ import annotations

from sqlalchemy import select

from summitry.record import Statement
from summitry.store import Store
from summitry.store.rows import child_rows
from summitry.store.schema import completions
from tests.store.helpers import make_record, page_id

FUND = "ASEAN-ROK Cooperation Fund"
BODY = (
    "Korea pledged more. Mr. Kim said the U.S. support was welcome.\n"
    f"The {FUND} was launched in\nSeoul by Korea. It will grow.\n\n"
    "A hall was opened; the plan has been implemented."
)


def report(**lists: object) -> list[dict[str, object]]:
    record = make_record("Report", BODY, "2021-05-05", **lists)
    made = dict(child_rows(page_id("report"), record))
    return made[completions]


def test_completion_sentences_are_split_as_the_extractor_splits_them() -> None:
    rows = report(initiatives=[FUND, "New Southern Policy"])
    sentences = sorted({(r["idx"], r["text"], r["evidence_start"]) for r in rows})
    launched = f"The {FUND} was launched in\nSeoul by Korea."
    last = "A hall was opened; the plan has been implemented."
    assert sentences == [(0, launched, BODY.index("The ")), (1, last, BODY.index("A hall"))]
    for row in rows:  # offsets into the body, and the page's date on every row
        assert BODY[row["evidence_start"] : row["evidence_end"]] == row["text"]
        assert (row["date"], row["publisher_country"]) == ("2021-05-05", None)
    entities = sorted({r["entity_id"] for r in rows})
    assert entities == ["initiative:asean-rok-cooperation-fund", "initiative:new-southern-policy"]
    assert len(rows) == 4  # each sentence once per initiative of the page


def test_a_page_naming_no_initiative_has_none() -> None:
    assert report() == []
    assert report(initiatives=[FUND], statements=[Statement("KOR", "commit", "x")]) != []


def test_replacing_a_page_replaces_its_completion_rows(store: Store) -> None:
    doc = page_id("report")
    store.add(doc, "r.txt", make_record("R", BODY, "2021-05-05", initiatives=[FUND]))
    quiet = make_record("R", "Nothing was done.", "2021-05-05", initiatives=[FUND])
    with store.engine.connect() as conn:
        assert len(conn.execute(select(completions)).all()) == 2
    store.add(doc, "r.txt", quiet, replace=True)
    with store.engine.connect() as conn:
        assert conn.execute(select(completions)).all() == []
