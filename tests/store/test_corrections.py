"""Corrections: document fields applied on every write and undone on removal; entity views."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from sqlalchemy import select, text

from summitry.record import Meeting
from summitry.store import Correction, CorrectionError, Store, open_store
from summitry.store.corrections import entity_corrections, parse_jsonl
from summitry.store.schema import documents, meetings, records
from tests.store.helpers import SOM_TITLE, page_id, som_record

DOC = page_id("som")


@pytest.fixture
def som(store: Store) -> Store:
    store.add(DOC, "som.txt", som_record())
    return store


@pytest.fixture(scope="module")
def som_kept(module_target: str) -> Iterator[Store]:
    """The page stored once a backend, for the corrections refused: each test checks that its
    correction left the store as it was."""
    with open_store(module_target) as store:
        store.add(DOC, "som.txt", som_record())
        yield store


def meeting_row(store: Store) -> dict:
    with store.engine.connect() as conn:
        return dict(
            conn.execute(select(meetings).where(meetings.c.document_id == DOC)).one()._mapping
        )


def keyed_row(store: Store) -> dict:
    """The page's one meetings row with its page's title (.one(): a rewrite leaves no stale
    copy)."""
    with store.engine.connect() as conn:
        stmt = select(meetings, documents.c.title).join(documents)
        return dict(conn.execute(stmt).one()._mapping)


def kept_extraction(store: Store) -> dict | None:
    with store.engine.connect() as conn:
        found = conn.execute(select(records.c.extracted)).scalar()
    return json.loads(found) if found else None


def test_set_rewrites_record_rows_facets_and_search(som: Store) -> None:
    som.correct(Correction(DOC[:8], "set", "meetings.0.city", "Seoul"))
    som.correct(Correction(DOC, "set", "meetings.0.forum", "ASEAN"))
    som.correct(Correction(DOC, "set", "document.title", "Corrected headline"))
    assert meeting_row(som)["city"] == "Seoul"
    keyed = keyed_row(som)  # the meeting's rows by key follow the record
    assert (keyed["city"], keyed["forum"], keyed["title"]) == (
        "Seoul",
        "ASEAN",
        "Corrected headline",
    )
    record = som.get(DOC).record
    assert record["meetings"][0]["city"] == "Seoul"
    assert record["document"]["title"] == som.get(DOC).title == "Corrected headline"
    assert [h.id for h in som.search("headline").hits] == [DOC]
    assert som.search("officials", forum="ASEAN").total == 1
    assert som.search("officials", forum="APEC").total == 0
    assert som.search("officials").facets["forum"] == [("ASEAN", 1)]  # counts follow too
    assert kept_extraction(som)["meetings"][0]["city"] is None


def test_corrections_survive_replace_and_removal_restores(som: Store) -> None:
    city = som.correct(Correction(DOC, "set", "meetings.0.city", "Seoul"))
    som.correct(Correction(DOC, "clear", "meetings.0.format"))
    assert som.add(DOC, "som.txt", som_record(), replace=True) == "replaced"
    assert (meeting_row(som)["city"], meeting_row(som)["format"]) == ("Seoul", None)
    assert (keyed_row(som)["city"], keyed_row(som)["format"]) == ("Seoul", None)
    som.uncorrect(city.id)
    assert (meeting_row(som)["city"], meeting_row(som)["format"]) == (None, None)
    som.uncorrect(som.corrections()[0].id)
    assert meeting_row(som)["format"] == "virtual"
    assert som.get(DOC).record == som_record().to_dict()
    assert kept_extraction(som) is None


def test_same_change_is_stored_once_and_a_new_value_replaces(som: Store) -> None:
    first = som.correct(Correction(DOC, "set", "meetings.0.ordinal", "2"))
    assert som.correct(Correction(DOC, "set", "meetings.0.ordinal", 2)).id == first.id
    som.correct(Correction(DOC, "set", "meetings.0.ordinal", "3"))
    assert [(c.field, c.value) for c in som.corrections()] == [("meetings.0.ordinal", 3)]
    assert meeting_row(som)["ordinal"] == 3


def test_corrections_for_pages_not_yet_stored_apply_at_ingest(store: Store) -> None:
    store.correct(Correction(DOC, "set", "people.0.country", "NZL"))
    store.add(DOC, "som.txt", som_record())
    assert store.get(DOC).record["people"][0]["country"] == "NZL"


def test_items_gone_after_re_extraction_are_skipped(som: Store) -> None:
    som.correct(Correction(DOC, "set", "meetings.0.city", "Seoul"))
    fewer = som_record()
    fewer.meetings = []
    som.add(DOC, "som.txt", fewer, replace=True)
    assert som.get(DOC).record["meetings"] == []
    fewer.meetings = [Meeting("APEC Ministerial Meeting", forum="APEC")]
    som.add(DOC, "som.txt", fewer, replace=True)
    assert som.get(DOC).record["meetings"][0]["city"] == "Seoul"


@pytest.mark.parametrize(
    ("correction", "message"),
    [
        (Correction(DOC, "set", "meetings.5.city", "Seoul"), "no meetings item 5"),
        (Correction(DOC, "set", "meetings.0.level", "huge"), "not one of leaders"),
        (Correction(DOC, "set", "meetings.0.start", "March 10"), "not an ISO date"),
        (Correction(DOC, "set", "meetings.0.ordinal", "first"), "not a number"),
        (Correction(DOC, "clear", "people.0.name"), "cannot be cleared"),
        (Correction(DOC, "set", "document.text", "x"), "no field 'text'"),
        (Correction(DOC, "set", "countries.0", "KOR"), "give document.FIELD or LIST.N.FIELD"),
        (Correction("zzzzzzzz", "set", "document.title", "x"), "give a document id"),
        (Correction("abcdef12", "set", "document.title", "x"), "no such document"),
        (Correction(DOC, "rename", "document.title", "x"), "choose one of set, clear"),
        (Correction("person:a", "merge", None, "org:b"), "two different ids of one kind"),
        (Correction("person:a", "merge", None, "person:a"), "two different ids of one kind"),
        (Correction("people:a", "split", None, DOC), "give an entity id"),
        (Correction("person:a", "split", None, "nothing"), "no such document"),
        (Correction("", "set", "x", "y"), "give a target"),
    ],
)
def test_bad_corrections_are_one_line_errors_and_store_nothing(
    som_kept: Store, correction: Correction, message: str
) -> None:
    with pytest.raises(CorrectionError, match=message) as caught:
        som_kept.correct(correction)
    assert "\n" not in str(caught.value)
    assert som_kept.corrections() == []
    assert som_kept.get(DOC).record == som_record().to_dict()


def test_entity_corrections_for_resolve(som: Store) -> None:
    som.correct(Correction("person:kang", "merge", None, "person:kang-kw"))
    som.correct(Correction("person:kang-kyung-wha", "merge", None, "person:kang"))
    som.correct(Correction("person:kim", "split", None, DOC[:10]))
    som.correct(Correction("country:KOR", "set", "name", "Republic of Korea"))
    som.correct(Correction("initiative:ftaap", "clear", "acronym"))
    som.correct(Correction(DOC, "set", "meetings.0.city", "Seoul"))
    with som.engine.connect() as conn:
        found = entity_corrections(conn)
    assert found.merges == {
        "person:kang-kw": "person:kang-kyung-wha",
        "person:kang": "person:kang-kyung-wha",
    }
    assert found.splits == {("person:kim", DOC)}
    assert found.fields == {
        "country:KOR": {"name": "Republic of Korea"},
        "initiative:ftaap": {"acronym": None},
    }
    assert som.entity_corrections() == found


def test_import_is_all_or_nothing_and_idempotent(som: Store) -> None:
    lines = [
        json.dumps({"target": DOC, "action": "set", "field": "meetings.0.city", "value": "Lima"}),
        json.dumps({"target": "person:a", "action": "merge", "value": "person:b"}),
    ]
    assert som.import_corrections(parse_jsonl(lines, "c.jsonl")) == (2, 0)
    assert som.import_corrections(parse_jsonl(lines, "c.jsonl")) == (0, 2)
    extra = json.dumps({"target": "person:c", "action": "merge", "value": "person:d"})
    bad = json.dumps({"target": DOC, "action": "set", "field": "meetings.7.city", "value": "X"})
    with pytest.raises(CorrectionError, match="line 4: .*no meetings item 7.*nothing imported"):
        som.import_corrections(parse_jsonl([*lines, extra, bad], "c.jsonl"))
    assert len(som.corrections()) == 2


def test_parse_jsonl_names_every_bad_line() -> None:
    lines = [
        json.dumps({"target": "person:a", "action": "merge", "value": "person:b"}),
        "{not json",
        "",
        json.dumps({"target": "person:a", "action": "rename"}),
        json.dumps(["a list"]),
        json.dumps({"target": "person:a", "action": "set", "field": "x", "value": 1, "extra": 2}),
        json.dumps({"target": "person:a", "action": "merge", "value": "person:b", "note": 5}),
    ]
    with pytest.raises(CorrectionError) as caught:
        parse_jsonl(lines, "in.jsonl")
    message = str(caught.value)
    assert message.startswith("in.jsonl: line 2: not JSON (Expecting property name")
    assert "line 4: action 'rename'" in message and "line 5: not a JSON object" in message
    assert "line 6: unknown keys extra" in message and "line 1" not in message
    assert "line 7: note must be text" in message
    assert message.endswith("(nothing imported)") and "\n" not in message


def test_removing_unknown_correction_is_an_error(som: Store) -> None:
    with pytest.raises(CorrectionError, match="no correction 99"):
        som.uncorrect(99)
    with som.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM corrections")).scalar_one() == 0
    assert som.get(DOC).title == SOM_TITLE
