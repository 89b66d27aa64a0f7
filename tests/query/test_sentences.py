"""Statements shown whole, and a sentence counted once in a timeline and its chart."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from summitry.query import meeting, timeline, timeline_counts
from summitry.query.results import TimelineCounts
from summitry.query.sentences import looks_cut, whole_sentence
from summitry.store import Store, open_store
from summitry.store.schema import documents, statements, texts
from tests.conftest import EXAMPLES, invoke

CONCORD = (
    "The Leaders adopted the ASEAN Concord IV, which reaffirms their commitment to an ASEAN "
    "that remains relevant, resilient and a centre of regional growth, and to the "
    "realisation of the ASEAN Community."
)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Store:
    db = tmp_path_factory.mktemp("sentences") / "demo.db"
    assert invoke("ingest", str(EXAMPLES), "--db", str(db), "--workers", "1").returncode == 0
    return open_store(db)


def test_whole_sentence_around_offsets_is_split_as_the_extractor_splits() -> None:
    body = (
        "Intro\n\nThe Leaders met. H.E. Mr. Kim adopted X, which matters, and more. "
        "Then \u201cthey left.\u201d Next"
    )
    at = body.index("Kim adopted")
    assert (
        whole_sentence(body, at, at + 15)[2] == "H.E. Mr. Kim adopted X, which matters, and more."
    )
    at = body.index("they left")
    assert whole_sentence(body, at, at + 4)[2] == "Then \u201cthey left.\u201d"  # its quote kept
    assert whole_sentence(body, 5, 500) is None
    assert looks_cut("The Leaders adopted the ASEAN Concord IV, which")
    assert looks_cut("the Leaders adopted the Review.") and not looks_cut("They agreed.")


def test_the_views_take_the_sentence_by_its_stored_span(demo: Store) -> None:
    """The meeting view cuts the sentence from the body at the span ingest stored."""
    with demo.engine.begin() as conn:
        row = conn.execute(
            select(statements).where(statements.c.text.like("%Concord IV, which"))
        ).one()
        body = conn.execute(
            select(texts.c.body)
            .join(documents, documents.c.seq == texts.c.seq)
            .where(documents.c.id == row.document_id)
        ).scalar_one()
        assert body[row.sentence_start : row.sentence_end] == CONCORD
        shorter = (
            row.sentence_start,
            row.sentence_end - len(", and to the realisation of the ASEAN Community."),
        )
        where = (statements.c.document_id == row.document_id, statements.c.idx == row.idx)
        conn.execute(statements.update().where(*where).values(sentence_end=shorter[1]))
    try:
        said = {
            s.said: s.text
            for s in meeting(demo, "ASEAN Summit 43").statements["ASEAN"]
            if s.said is not None
        }
        assert said[row.text] == body[shorter[0] : shorter[1]]
    finally:
        with demo.engine.begin() as conn:
            conn.execute(statements.update().where(*where).values(sentence_end=row.sentence_end))


def test_statement_cut_mid_clause_is_shown_whole(demo: Store) -> None:
    view = meeting(demo, "ASEAN Summit 43")
    said = {s.text: s for s in view.statements["ASEAN"]}
    assert said[CONCORD].said == "The Leaders adopted the ASEAN Concord IV, which"


def test_a_statement_is_counted_once_in_the_timeline_and_its_chart(demo: Store) -> None:
    items = timeline(demo, "ASEAN Concord IV")
    assert [(i.kind, i.text) for i in items] == [("statement", CONCORD)]
    assert timeline_counts(demo, "ASEAN Concord IV") == TimelineCounts(1, 0, {"2023-09": 1})


def test_a_phrase_timeline_counts_the_sentence_once(demo: Store) -> None:
    items = timeline(demo, "Concord")
    assert [(i.kind, i.text) for i in items] == [("statement", CONCORD)]
