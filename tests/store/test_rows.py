"""Rows made from a record at ingest: the completion sentences the commitments view reads,
and the span of each statement's and mention's sentence the views cut from the body."""

from __future__ import annotations

from sqlalchemy import select

from summitry.query.sentences import mention_sentences, whole_statements
from summitry.record import Statement
from summitry.store import Store
from summitry.store.rows import child_rows
from summitry.store.schema import completions, mentions, statements
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


SAID = (
    "Ministers met in Sa\u0303o Paulo\u2019s \u201cCaf\u00e9\u201d hall.\n\n"
    "H.E. Mr. Kim said the ASEAN-ROK Cooperation Fund, which grew, \u201cis ours.\u201d "
    "Thailand agreed.In his speech Mr. Lee thanked Japan"
)


def test_statements_and_mentions_keep_the_span_of_their_whole_sentence() -> None:
    """Split as the extractor splits: 'H.E. Mr.' stays inside the sentence, its closing
    quote and the stop of 'agreed.In' are kept; no evidence, no span."""
    kim = SAID.index("Kim said")
    record = make_record(
        "Talks",
        SAID,
        "2021-05-05",
        statements=[
            Statement(
                "KOR", "state", "Kim said the ASEAN-ROK Cooperation Fund, which", (kim, kim + 48)
            ),
            Statement(
                "THA", "support", "Thailand agreed", (SAID.index("Thailand"), SAID.index(".In"))
            ),
            Statement("KOR", "state", "Korea welcomed it"),
        ],
        countries=["THA", "JPN"],
    )
    made = dict(child_rows(page_id("said"), record))
    spans = [(r["sentence_start"], r["sentence_end"]) for r in made[statements]]
    assert [SAID[s:e] if s is not None else None for s, e in spans] == [
        "H.E. Mr. Kim said the ASEAN-ROK Cooperation Fund, which grew, \u201cis ours.\u201d",
        "Thailand agreed.",
        None,
    ]
    by_value = {r["value"]: SAID[r["sentence_start"] : r["sentence_end"]] for r in made[mentions]}
    assert by_value == {"THA": "Thailand agreed.", "JPN": "In his speech Mr. Lee thanked Japan"}


def test_a_stored_span_cuts_the_same_sentence_in_sql(store: Store) -> None:
    """SQL substr counts characters as Python does, past accents and curly quotes."""
    kim = SAID.index("Kim said")
    cut = Statement(
        "KOR", "state", "Kim said the ASEAN-ROK Cooperation Fund, which", (kim, kim + 48)
    )
    doc = page_id("said")
    store.add(
        doc, "s.txt", make_record("Talks", SAID, "2021-05-05", statements=[cut], countries=["JPN"])
    )
    items = [{"text": cut.text, "document": doc, "evidence": list(cut.evidence)}]
    with store.engine.connect() as conn:
        whole_statements(conn, items)
        found = mention_sentences(conn, [(doc, "country", 0), (doc, "country", 1)])
    assert items[0]["text"] == SAID[SAID.index("H.E.") : SAID.index(" Thailand")]
    assert items[0]["said"] == cut.text
    assert found == {(doc, "country", 0): "In his speech Mr. Lee thanked Japan"}
