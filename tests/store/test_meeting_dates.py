"""store.meeting_dates: each reported meeting's place in time, kept right whatever order the
pages arrive in, when a page is replaced or corrected, and the same as `reindex` makes it."""

from __future__ import annotations

from sqlalchemy import select

from summitry import query
from summitry.record import Meeting
from summitry.store import Store, open_store
from summitry.store.corrections import Correction
from summitry.store.schema import builds, meeting_dates
from tests.store.helpers import make_record, page_id

FMM = "ASEAN-ROK Foreign Ministers' Meeting"  # an annual series in the kb
KEY = "meeting:asean-rok-foreign-ministers-meeting-{}"


def _fmm(ordinal: int, start: str | None = None, role: str = "main") -> Meeting:
    return Meeting(FMM, forum="ASEAN-ROK", ordinal=ordinal, start=start, role=role)


def _page(store: Store, name: str, published: str | None, *held: Meeting) -> None:
    record = make_record(name, published=published, meetings=list(held))
    store.add(page_id(name), f"{name}.txt", record)


def _places(store: Store) -> dict[str, tuple[int, str | None]]:
    md = meeting_dates.c
    with store.engine.connect() as conn:
        return {k: (r, d) for k, r, d in conn.execute(select(md.meeting_key, md.rank, md.day))}


def _same_after_reindex(store: Store) -> dict[str, tuple[int, str | None]]:
    kept = _places(store)
    store.reindex()
    assert _places(store) == kept
    return kept


def test_an_undated_meeting_is_placed_by_a_neighbour_that_arrives_later(store: Store) -> None:
    _page(store, "twenty-third", None, _fmm(23))  # no date anywhere: nothing places it yet
    assert _places(store) == {KEY.format(23): (4, None)}
    _page(store, "twenty-second", "2019-08-02", _fmm(22, "2019-08-01"))
    assert _same_after_reindex(store) == {
        KEY.format(22): (0, "2019-08-01"),
        KEY.format(23): (3, "2020"),  # 22nd held in 2019; annual series
    }
    listed = query.meetings(store)
    assert [(m.ordinal, m.year, m.provenance.get("year")) for m in listed] == [
        (23, 2020, "inferred"),
        (22, 2019, None),
    ]
    assert [m.ordinal for m in query.meetings(store, sort="date")] == [22, 23]


def test_better_evidence_moves_a_meeting_and_worse_does_not(store: Store) -> None:
    _page(store, "report", "2024-07-27", _fmm(30))
    assert _places(store) == {KEY.format(30): (2, "2024")}  # the reporting page's year
    _page(store, "mention", "2025-01-01", _fmm(30, "2023-07-24", role="mentioned"))
    assert _places(store) == {KEY.format(30): (1, "2023-07-24")}
    _page(store, "later report", "2026-01-01", _fmm(30))  # a later year tells less
    _page(store, "dated report", "2024-07-28", _fmm(30, "2024-07-26"))
    assert _same_after_reindex(store) == {KEY.format(30): (0, "2024-07-26")}
    _page(store, "only named", "2020-01-01", _fmm(31, "2025-07-01", role="mentioned"))
    assert KEY.format(31) not in _places(store)  # named, never reported: not listed


def test_a_replaced_or_corrected_page_places_its_meetings_again(store: Store) -> None:
    _page(store, "report", "2024-07-27", _fmm(30, "2024-07-26"))
    _page(store, "other", "2024-08-01", _fmm(30))
    assert _places(store) == {KEY.format(30): (0, "2024-07-26")}
    fixed = Correction(page_id("report"), "set", "meetings.0.start", "2024-07-25")
    store.correct(fixed)
    assert _places(store) == {KEY.format(30): (0, "2024-07-25")}
    undated = make_record("report", published="2024-07-27", meetings=[_fmm(30)])
    store.add(page_id("report"), "report.txt", undated, replace=True)
    assert _places(store)[KEY.format(30)][0] == 0  # the correction still applies
    store.uncorrect(store.corrections()[0].id)
    assert _same_after_reindex(store) == {KEY.format(30): (2, "2024")}


def test_a_store_made_before_the_table_lists_by_start_until_reindexed(
    store_target: str,
) -> None:
    with open_store(store_target) as made:
        _page(made, "twenty-third", "2020-09-10", _fmm(23))
        _page(made, "twenty-second", "2019-08-02", _fmm(22, "2019-08-01"))
        with made.engine.begin() as conn:  # as a store made before meeting_dates was
            meeting_dates.drop(conn)
            conn.execute(builds.delete().where(builds.c.name == "meeting_dates"))
    with open_store(store_target) as old:
        assert old.stale_tables() == ["meeting_dates"]
        assert [m.ordinal for m in query.meetings(old)] == [22, 23]  # undated last
        old.reindex()
        assert old.stale_tables() == []
        assert [m.ordinal for m in query.meetings(old)] == [23, 22]  # 2020 before 2019


def test_a_start_set_on_the_meeting_places_it_until_the_correction_goes(store: Store) -> None:
    _page(store, "thirtieth", "2024-07-27", _fmm(30, "2024-07-26"))
    _page(store, "thirty-first", "2025-07-10", _fmm(31, "2025-07-09"))
    assert [m.ordinal for m in query.meetings(store)] == [31, 30]
    moved = store.correct(Correction(KEY.format(30), "set", "start", "2026-01-05"))
    assert _same_after_reindex(store)[KEY.format(30)] == (-1, "2026-01-05")
    assert [m.ordinal for m in query.meetings(store)] == [30, 31]
    _page(store, "dated again", "2024-07-30", _fmm(30, "2024-07-25"))  # a page cannot move it
    assert _places(store)[KEY.format(30)] == (-1, "2026-01-05")
    store.uncorrect(moved.id)
    assert _same_after_reindex(store)[KEY.format(30)] == (0, "2024-07-25")
    assert [m.ordinal for m in query.meetings(store)] == [31, 30]
