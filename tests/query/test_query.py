"""Analyst queries over a store of the five dev pages; expected values read off the pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summitry.ingest import ingest
from summitry.query import (
    QueryError,
    commitments,
    find_meetings,
    meeting,
    parse_meeting_query,
    person,
    series,
    timeline,
    timeline_counts,
)
from summitry.query.meeting_find import series_named
from summitry.query.results import Disagreement, to_json
from summitry.query.terms import acronym_of
from summitry.record import Meeting, Person, Statement
from summitry.store import Store, open_store
from tests.conftest import DEV, dev_pages, invoke, requires_dev
from tests.store.helpers import make_record, page_id

AMM_TITLE = "2024 APEC Ministerial Meeting (AMM) Outcomes"
FMM_TITLE = "Minister of Foreign Affairs Attends 23rd ASEAN-ROK Foreign Ministers\u2019 Meeting"
COMMANDS = ["meeting", "series", "timeline", "person", "commitments", "country", "initiative"]


@pytest.fixture(scope="module")
def dev_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    if not DEV.is_dir():
        pytest.skip("../shared/eval/dev is not beside the repo")
    store = open_store(tmp_path_factory.mktemp("query") / "t.db")
    report = ingest(dev_pages(), store)
    assert report.new == 5 and not report.failed
    return store


def _amm(ordinal: int | None, city: str, start: str = "2024-11-14") -> Meeting:
    return Meeting(
        "APEC Ministerial Meeting",
        forum="APEC",
        ordinal=ordinal,
        start=start,
        city=city,
        role="main",
    )


def test_parse_meeting_query_takes_a_trailing_ordinal_or_year() -> None:
    q = parse_meeting_query("ASEAN-ROK Foreign Ministers' 23")
    assert q.words == ("asean-rok", "foreign", "ministers") and q.ordinal == 23
    assert parse_meeting_query("APEC Ministerial Meeting 2024").year == 2024
    assert parse_meeting_query("35th").ordinal is None  # a bare number is a name fragment
    with pytest.raises(QueryError):
        parse_meeting_query("  ")


def test_acronym_of_skips_small_words_and_splits_hyphens() -> None:
    assert acronym_of("Free Trade Area of the Asia-Pacific") == "FTAAP"
    assert acronym_of("Free Trade Agreement Asia Pacific") == "FTAAP"


@requires_dev
def test_meeting_apec_ministerial(dev_store: Store) -> None:
    view = meeting(dev_store, "APEC Ministerial Meeting")
    assert view is not None
    amm = view.summary
    assert (amm.ordinal, amm.city, amm.country) == (35, "Lima", "PER")
    assert (view.summary.start, view.summary.theme) == ("2024-11-14", "Empower, Include, Grow")
    assert AMM_TITLE in [s.title for s in view.sources]
    chairs = {p.name for p in view.people if p.role == "chair"}
    assert chairs == {"Elmer Schialer", "Desilú León"}
    # every view carries disagreements and inferred (empty here) so the API's shape is fixed
    assert "Cho Tae-yul" in view.statements and view.disagreements == {}
    assert view.summary.inferred == {}
    # ids are stable '<kind>:<key>' strings built from the kb series name and the ordinal
    expected = "meeting:apec-ministerial-meeting-35"
    assert view.id == expected
    assert meeting(dev_store, expected).summary.ordinal == 35
    assert meeting(dev_store, "APEC Ministerial Meeting 2024").id == expected


@requires_dev
def test_meeting_by_name_and_ordinal(dev_store: Store) -> None:
    view = meeting(dev_store, "ASEAN-ROK Foreign Ministers 23")
    assert view is not None
    summit = view.summary
    assert (summit.forum, summit.ordinal, summit.start) == ("ASEAN-ROK", 23, "2020-09-09")
    assert [s.title for s in view.sources] == [FMM_TITLE]
    kang = next(p for p in view.people if p.name == "Kang Kyung-wha")
    assert kang.role == "co_chair"
    adopted = {o.document for o in view.outcomes if o.action == "adopted"}
    assert "ASEAN-ROK Plan of Action for the years 2021-2025" in adopted
    assert meeting(dev_store, "ASEAN-ROK Foreign Ministers 24") is None


@requires_dev
def test_find_meetings_lists_reported_meetings_first(dev_store: Store) -> None:
    found = find_meetings(dev_store, "Ministerial")
    assert found[0].name == "APEC Ministerial Meeting" and found[0].ordinal == 35
    assert {m.role for m in found[1:]} == {"mentioned"}


def test_meeting_across_pages_shows_where_sources_disagree(tmp_path: Path) -> None:
    store = open_store(tmp_path / "t.db")
    for name, city, published in (("b", "Cusco", "2024-11-20"), ("a", "Lima", "2024-11-15")):
        record = make_record(name, published=published, meetings=[_amm(35, city)])
        store.add(page_id(name), name, record)
    store.add(page_id("c"), "c", make_record("C", meetings=[_amm(34, "Bangkok", "2023-11-14")]))
    view = meeting(store, "APEC Ministerial Meeting 35")
    assert view is not None and len(view.sources) == 2
    # each disagreeing value names its sources (oldest source first)
    assert view.disagreements == {
        "city": [Disagreement("Lima", [page_id("a")]), Disagreement("Cusco", [page_id("b")])]
    }
    assert view.summary.city == "Lima" and view.summary.start == "2024-11-14"


def test_series_name_alone_gives_its_latest_reported_meeting(tmp_path: Path) -> None:
    store = open_store(tmp_path / "t.db")
    pages = [("a", 34, "2023-11-14"), ("b", 34, "2023-11-14"), ("c", 35, "2024-11-14")]
    for name, n, start in pages:  # the 34th has more pages; the 35th is the latest
        store.add(page_id(name), name, make_record(name, meetings=[_amm(n, "X", start)]))
    only_named = Meeting("APEC Ministerial Meeting", forum="APEC", start="2025-05-01")
    store.add(page_id("d"), "d", make_record("d", meetings=[only_named]))  # mentioned, later
    assert meeting(store, "APEC Ministerial Meeting").summary.ordinal == 35
    assert meeting(store, "APEC Ministerial Meeting 34").summary.ordinal == 34
    found = find_meetings(store, "APEC Ministerial Meeting", limit=2)
    assert [(m.ordinal, m.role) for m in found] == [(35, "main"), (34, "main")]
    assert [m.start for m in find_meetings(store, "APEC Ministerial Meeting")][2:] == ["2025-05-01"]


def test_pages_years_apart_on_one_ordinal_stay_one_meeting(tmp_path: Path) -> None:
    store = open_store(tmp_path / "t.db")
    for name, start in (("a", "2004-11-14"), ("b", "2024-11-14")):
        store.add(page_id(name), name, make_record(name, meetings=[_amm(35, "Lima", start)]))
    other = _amm(None, "Bangkok", "2014-06-01")  # an unnumbered meeting between the two dates
    store.add(page_id("c"), "c", make_record("c", meetings=[other]))
    view = meeting(store, "APEC Ministerial Meeting 35")
    assert len(view.sources) == 2 and set(view.disagreements) == {"start"}


def test_a_name_fragment_finds_series_by_their_stored_names(tmp_path: Path) -> None:
    store = open_store(tmp_path / "t.db")
    fmm = Meeting("ASEAN-ROK Foreign Ministers' Meeting", forum="ASEAN-ROK", role="main")
    pmc = Meeting("ASEAN Post Ministerial Conference with the ROK", forum="ASEAN", role="main")
    for name, m, n in (("a", fmm, 22), ("b", fmm, 23), ("c", pmc, 5)):
        numbered = Meeting(m.name, forum=m.forum, ordinal=n, start=f"{1997 + n}-08-01", role="main")
        store.add(page_id(name), name, make_record(name, meetings=[numbered]))
    with store.engine.connect() as conn:
        assert series_named(conn, ["rok"]) == [
            "asean-rok-foreign-ministers-meeting",  # the shorter name is the closer match
            "asean-post-ministerial-conference-with-the-rok",
        ]
        assert series_named(conn, ["nothing"]) == []
    assert meeting(store, "ROK Foreign 22").summary.ordinal == 22
    assert meeting(store, "ROK Foreign").summary.ordinal == 23  # the latest of the series
    assert {m.name for m in find_meetings(store, "ROK")} == {fmm.name, pmc.name}
    assert series(store, "Post Ministerial").meetings[0].ordinal == 5


def test_an_ordinal_many_series_share_gives_the_reported_meeting(tmp_path: Path) -> None:
    """'Summit 5': five series have a 5th; the one a page reports ranks first, the others
    only mentioned (the latest first), though only the likeliest meetings are read."""
    store = open_store(tmp_path / "t.db")
    forums = ("ASEAN", "EAS", "G20", "APEC", "ASEAN-ROK")
    for n, forum in enumerate(forums):
        role = "main" if forum == "G20" else "mentioned"
        summit = Meeting(
            f"{forum} Summit", forum=forum, ordinal=5, start=f"201{n}-05-01", role=role
        )
        store.add(page_id(forum), forum, make_record(forum, meetings=[summit]))
    assert meeting(store, "Summit 5").summary.name == "G20 Summit"
    found = find_meetings(store, "Summit 5", limit=2)
    assert [(m.name, m.role) for m in found] == [
        ("G20 Summit", "main"),
        ("ASEAN-ROK Summit", "mentioned"),
    ]


def test_series_orders_meetings_and_reports_gaps(tmp_path: Path) -> None:
    store = open_store(tmp_path / "t.db")
    for n, year in ((33, 2022), (31, 2020), (35, 2024)):
        record = make_record(str(n), meetings=[_amm(n, "X", f"{year}-11-14")])
        store.add(page_id(str(n)), str(n), record)
    view = series(store, "APEC Ministerial")
    assert view is not None and view.series == "APEC Ministerial Meeting"
    assert [m.ordinal for m in view.meetings] == [31, 33, 35]
    assert view.gaps == [32, 34]
    assert series(store, "G20 Summit") is None


@requires_dev
def test_series_of_dev_pages(dev_store: Store) -> None:
    view = series(dev_store, "APEC Ministerial Meeting")
    assert view is not None
    assert [(m.ordinal, m.city) for m in view.meetings] == [(35, "Lima")]
    assert view.gaps == [] and view.unplaced_mentions == 1  # named on the 2022 CSOM page


@requires_dev
def test_ftaap_timeline_runs_2021_2022_2024(dev_store: Store) -> None:
    items = timeline(dev_store, "FTAAP")
    assert all(i.date for i in items)
    years = [i.date[:4] for i in items]
    assert list(dict.fromkeys(years)) == ["2021", "2022", "2024"] and years == sorted(years)
    cheong = [i for i in items if i.speaker == "Cheong Inkyo"]
    assert cheong and all(i.meeting == "35th APEC Ministerial Meeting" for i in cheong)
    assert {"date", "meeting", "speaker", "act", "text", "document"} <= set(to_json(items[0]))
    assert all("(FTAAP)" in i.text or "the FTAAP" in i.text for i in items)
    assert [i.date for i in timeline(dev_store, "ftaap")] == [i.date for i in items]
    page = timeline(dev_store, "FTAAP", limit=2, offset=1)
    assert [(i.document, i.text) for i in page] == [(i.document, i.text) for i in items[1:3]]


@requires_dev
def test_timeline_of_undated_page_uses_its_meeting_date(dev_store: Store) -> None:
    items = timeline(dev_store, "Plan of Action")
    assert items and {i.date for i in items} == {"2020-09-09"}
    assert {i.date_source for i in items} == {"meeting"}  # the page gives no date


@requires_dev
def test_timeline_of_a_country_by_name(dev_store: Store) -> None:
    items = timeline(dev_store, "Korea")
    assert items[0].date == "2020-04-05"  # the bilateral video conferences began April 5
    country = [i for i in items if i.kind == "country"]
    assert country and {i.value for i in country} == {"KOR"}
    assert all("Korea" in i.text for i in country)


@requires_dev
def test_person_kang_kyung_wha(dev_store: Store) -> None:
    view = person(dev_store, "Kang Kyung-wha")
    assert view is not None and view.name == "Kang Kyung-wha"
    assert [t.title for t in view.titles] == ["Minister of Foreign Affairs"]
    assert [(m.meeting, m.role) for m in view.meetings] == [
        ("23rd ASEAN-ROK Foreign Ministers' Meeting", "co_chair")
    ]
    assert len(view.statements) > 10
    assert any(s.act == "urge" and "Korean Peninsula" in s.text for s in view.statements)
    assert person(dev_store, "Nobody Atall") is None


@requires_dev
def test_commitments_include_korea_on_asean_rok_page(dev_store: Store) -> None:
    found = commitments(dev_store, actor="KOR")
    kor = [c for c in found if c.title == FMM_TITLE]
    assert len(kor) == 1 and kor[0].when == "2020-09-09" and kor[0].status == "open"
    assert kor[0].what.startswith("ROK government will continue efforts")
    assert commitments(dev_store, actor="Korea") == found
    assert commitments(dev_store, actor="country:KOR") == found  # ids work where names do
    assert commitments(dev_store, status="done") == []
    with pytest.raises(QueryError):
        commitments(dev_store, status="later")


def test_commitment_of_a_person_counts_for_their_country(tmp_path: Path) -> None:
    store = open_store(tmp_path / "t.db")
    said = Statement("Kang Kyung-wha", "commit", "Kang pledged USD 5 million")
    who = Person("Kang Kyung-wha", "Minister of Foreign Affairs", "KOR", "attendee")
    store.add(
        page_id("k"), "k", make_record("K", published="2020-01-02", statements=[said], people=[who])
    )
    found = commitments(store, actor="KOR")
    assert [(c.actor, c.actor_country, c.when) for c in found] == [
        ("Kang Kyung-wha", "KOR", "2020-01-02")
    ]
    assert commitments(store, actor="JPN") == []


@pytest.mark.parametrize("command", COMMANDS)
def test_query_commands_have_help(command: str) -> None:
    result = invoke(command, "--help")
    assert result.returncode == 0 and b"Usage" in result.stdout


@requires_dev
def test_cli_meeting_json(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.db")
    assert invoke("ingest", str(DEV), "--db", db).returncode == 0
    result = invoke("meeting", "ASEAN-ROK Foreign Ministers 23", "--db", db, "--json")
    assert result.returncode == 0, result.stderr
    view = json.loads(result.stdout)
    assert (view["ordinal"], view["start"]) == (23, "2020-09-09")
    missing = invoke("meeting", "G20 Summit", "--db", db)
    assert missing.returncode == 1 and b"no meeting matches" in missing.stderr


def test_timeline_of_a_city_state_is_the_country_not_a_phrase(tmp_path: Path) -> None:
    store = open_store(tmp_path / "t.db")
    body = "Singapore and Peru met in Lima. Singapore welcomed the talks."
    record = make_record("Talks", body, "2024-05-02", countries=["SGP", "PER"])
    store.add(page_id("t"), "t", record)
    items = timeline(store, "Singapore")
    assert [(i.kind, i.value, i.date) for i in items] == [("country", "SGP", "2024-05-02")]
    assert items[0].text == "Singapore and Peru met in Lima."
    assert timeline(store, "Lima") == []  # a city is not the country it lies in


@requires_dev
def test_timeline_counts_agree_with_the_items(dev_store: Store) -> None:
    for term in ("FTAAP", "Korea", "cooperation"):  # two entities, one phrase
        items = timeline(dev_store, term)
        counts = timeline_counts(dev_store, term)
        assert counts.total == len(items) > 0
        by_month: dict[str, int] = {}
        for i in items:
            if i.date:
                by_month[i.date[:7]] = by_month.get(i.date[:7], 0) + 1
        assert counts.months == by_month
        assert counts.undated == sum(1 for i in items if not i.date)
    assert set(timeline_counts(dev_store, "FTAAP").months) >= {"2021-03", "2024-11"}


def test_a_meeting_many_pages_report_reads_people_from_the_earliest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from summitry.query import meeting_view as module

    store = open_store(tmp_path / "t.db")
    for n, day in enumerate(("2024-11-20", "2024-11-15", "2024-11-16")):
        who = Person(f"Delegate Number{n}", "Ambassador", "PER", "attendee")
        record = make_record(str(n), published=day, meetings=[_amm(35, "Lima")], people=[who])
        store.add(page_id(str(n)), str(n), record)
    monkeypatch.setattr(module, "REPORTS_READ", 2)
    view = meeting(store, "APEC Ministerial Meeting 35")
    assert (view.reports, view.reports_read, len(view.sources)) == (3, 2, 3)
    assert sorted(p.name for p in view.people) == ["Delegate Number1", "Delegate Number2"]
