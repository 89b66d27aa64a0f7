"""Queries over pages written for the purpose: one meeting from two layouts, short names,
inferred years, commitments reported done, country and initiative pages, corrections."""

from __future__ import annotations

from pathlib import Path

import pytest

from summitry.ingest import ingest
from summitry.query import (
    Corrections,
    QueryError,
    commitments,
    country,
    initiative,
    meeting,
    meetings,
    person,
    series,
)
from summitry.record import Person
from summitry.store import Store, open_store
from tests.conftest import DEV, dev_pages, requires_dev
from tests.store.helpers import make_record, page_id

HERE = Path(__file__).parents[1] / "fixtures" / "resolve"
FMM22 = ("fmm22_kor_mofa.txt", "fmm22_asean.html")
KANG = "person:kang-kyungwha"


def _store(tmp_path: Path, *names: str, dev: bool = False) -> Store:
    store = open_store(tmp_path / "t.db")
    paths = [HERE / n for n in names] + (dev_pages() if dev else [])
    report = ingest(paths, store)
    assert not report.failed and report.new == len(paths)
    return store


def test_one_meeting_from_two_layouts(tmp_path: Path) -> None:
    store = _store(tmp_path, *FMM22)
    view = meeting(store, "ASEAN-ROK Foreign Ministers' Meeting 22")
    assert view is not None and view.id == "meeting:asean-rok-foreign-ministers-meeting-22"
    assert len(view.sources) == 2 and {s.role for s in view.sources} == {"main"}
    fmm = view.summary
    assert (fmm.city, fmm.country, fmm.start) == ("Bangkok", "THA", "2019-08-01")
    assert {p.name for p in view.chairs} == {"Don Pramudwinai", "Kang Kyung-wha"}
    assert fmm.inferred == {} and view.disagreements == {}  # both pages agree
    assert meeting(store, view.id).sources == view.sources
    found = series(store, "ASEAN-ROK Foreign Ministers' Meeting")
    assert [m.ordinal for m in found.meetings] == [22] and found.cadence == "annual"


def test_23rd_without_year_gets_2020_from_the_22nd(tmp_path: Path) -> None:
    store = _store(tmp_path, FMM22[0], "fmm23_no_year.txt")
    view = meeting(store, "meeting:asean-rok-foreign-ministers-meeting-23")
    assert view is not None and view.summary.start is None
    assert view.summary.year == 2020
    assert view.summary.inferred["year"] == "22nd held in 2019; annual series"
    listed = series(store, "series:asean-rok-foreign-ministers-meeting").meetings
    assert [(m.ordinal, m.year) for m in listed] == [(22, 2019), (23, 2020)]
    listed = meetings(store, limit=5)  # the 23rd at its inferred year, 2020, before 2019
    assert [(m.ordinal, m.year) for m in listed] == [(23, 2020), (22, 2019)]
    assert listed[0].provenance["year"] == "inferred"


@requires_dev
def test_minister_kang_resolves_to_kang_kyung_wha_across_pages(tmp_path: Path) -> None:
    store = _store(tmp_path, "fmm23_no_year.txt", dev=DEV.is_dir())
    view = person(store, "Minister Kang")
    assert view is not None and view.id == KANG and view.name == "Kang Kyung-wha"
    short_pages = {m.document for m in view.short_mentions}
    assert page_id_of(HERE / "fmm23_no_year.txt") in short_pages
    assert person(store, "KANG, Kyung-wha").id == KANG
    other = Person("Kang Min-soo", "Minister of Trade", "KOR", "attendee")
    store.add(page_id("t"), "t", make_record("T", people=[other]))
    with pytest.raises(QueryError, match="may be"):
        person(store, "Minister Kang")  # two Kangs are ministers: refused, not guessed
    assert person(store, "Foreign Minister Kang").id == KANG  # the title decides


def page_id_of(path: Path) -> str:
    from summitry.store import document_id

    return document_id(path.read_bytes())


def test_commitment_reported_done_by_a_later_page(tmp_path: Path) -> None:
    store = _store(tmp_path, FMM22[0], "startup_launched.txt")
    found = [c for c in commitments(store, actor="KOR") if "Startup" in c.what]
    assert len(found) == 1 and found[0].when == "2019-08-01"
    done = found[0].done
    assert found[0].status == "reported_done" and done.date == "2020-06-15"
    assert done.sentence.startswith("The ASEAN-ROK Startup Partnership Programme was launched")
    assert commitments(store, status="done")[0].document == found[0].document
    assert all(c.status == "open" for c in commitments(store, status="open"))
    assert commitments(store, actor=KANG) == found


def test_country_and_initiative_pages(tmp_path: Path) -> None:
    store = _store(tmp_path, *FMM22)
    kor = country(store, "Republic of Korea")
    assert kor.id == "country:KOR" and kor.code == "KOR"
    assert [m.id for m in kor.meetings] == ["meeting:asean-rok-foreign-ministers-meeting-22"]
    assert {"state", "commit"} <= set(kor.statements)
    raised = {i.name for i in kor.initiatives}
    assert "ASEAN-ROK Startup Partnership Programme" in raised
    with pytest.raises(QueryError):
        country(store, "Atlantis")
    nsp = initiative(store, "New Southern Policy")
    assert nsp.id == "initiative:new-southern-policy" and len(nsp.meetings) == 1
    assert initiative(store, "Nothing Such Fund") is None


def test_corrections_merge_and_set_fields(tmp_path: Path) -> None:
    store = _store(tmp_path, FMM22[0], "fmm23_no_year.txt")
    m22, m23 = (f"meeting:asean-rok-foreign-ministers-meeting-{n}" for n in (22, 23))
    fixes = Corrections(merges={m23: m22}, fields={m22: {"theme": "Partners for Peace"}})
    view = meeting(store, m23, corrections=fixes)
    assert view.id == m22 and len(view.sources) == 2
    assert view.summary.theme == "Partners for Peace" and view.summary.corrected == ["theme"]
    split = Corrections(splits={(KANG, page_id_of(HERE / FMM22[0]))})
    assert person(store, "Kang Kyung-wha", corrections=split) is None


@pytest.mark.parametrize(
    "text", ["meeting:", "person:", "%", "_", "'; DROP TABLE x; --", "\x00", "ü" * 5000]
)
def test_odd_queries_give_nothing_or_one_error(tmp_path: Path, text: str) -> None:
    store = _store(tmp_path, FMM22[0])
    for run in (meeting, person, initiative, series):
        try:
            assert not run(store, text)
        except QueryError as exc:
            assert "\n" not in str(exc)
    with pytest.raises(QueryError):
        country(store, text)
    assert store.count() == 1


def test_the_first_later_report_is_found_past_many_earlier_pages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Candidates are the earliest later pages naming the initiative (by the index), and of
    two reports the earlier counts, whatever the pages' ids."""
    import importlib

    from summitry.record import Statement

    module = importlib.import_module("summitry.query.commitments")

    fund = "ASEAN-ROK Cooperation Fund"
    store = open_store(tmp_path / "t.db")
    said = Statement("KOR", "commit", f"Korea will double the {fund} next year.")
    pledge = make_record("Pledge", published="2019-03-01", statements=[said], initiatives=[fund])
    store.add(page_id("pledge"), "pledge", pledge)
    for n in range(3):  # earlier pages that name the fund too
        old = make_record(f"Old {n}", f"The {fund} met.", f"2018-01-0{n + 1}", initiatives=[fund])
        store.add(page_id(f"old{n}"), f"old{n}", old)
    for name, day in (("late", "2023-05-05"), ("first", "2021-05-05")):
        body = f"Korea said the doubled {fund} was launched in {day[:4]}."
        report = make_record(name, body, day, initiatives=[fund], countries=["KOR"])
        store.add(page_id(name), name, report)
    monkeypatch.setattr(module, "CANDIDATE_PAGES", 2)  # fewer than the earlier pages
    (item,) = commitments(store, actor="KOR")
    assert item.status == "reported_done"
    assert (item.done.date, item.done.document) == ("2021-05-05", page_id("first"))


def test_a_report_is_found_from_the_sentences_kept_at_ingest(tmp_path: Path) -> None:
    """The later page's text is not read again: emptied after ingest, its report still
    counts, with the sentence and its offsets as ingest found them."""
    from sqlalchemy import update

    from summitry.store.schema import texts

    store = _store(tmp_path, FMM22[0], "startup_launched.txt")
    body = store.get(page_id_of(HERE / "startup_launched.txt")).record["document"]["text"]
    with store.engine.begin() as conn:
        conn.execute(update(texts).values(body=""))
    (found,) = [c for c in commitments(store, actor="KOR") if "Startup" in c.what]
    start, end = found.done.evidence
    assert found.status == "reported_done" and found.done.date == "2020-06-15"
    assert found.done.sentence == body[start:end] and start == 3
    assert found.done.sentence.endswith("from the ten ASEAN Member States.")


def test_a_report_must_name_the_actor_in_any_case(tmp_path: Path) -> None:
    """A later sentence naming another country is passed over; one naming the actor in
    capitals counts (names are matched case-blind, in SQL and again in Python)."""
    from summitry.record import Statement

    fund = "Mekong Green Growth Fund"
    store = open_store(tmp_path / "t.db")
    said = Statement("KOR", "commit", f"Korea will double the {fund} next year.")
    pledge = make_record("Pledge", published="2019-03-01", statements=[said], initiatives=[fund])
    store.add(page_id("pledge"), "pledge", pledge)
    for name, day, who in (("other", "2020-01-01", "Thailand"), ("caps", "2021-01-01", "KOREA")):
        body = f"Officials met. The {fund} was launched by {who}."
        store.add(page_id(name), name, make_record(name, body, day, initiatives=[fund]))
    (item,) = commitments(store, actor="KOR")
    assert (item.status, item.done.document) == ("reported_done", page_id("caps"))
    assert item.done.sentence == f"The {fund} was launched by KOREA."
