"""The person, series and initiative views and the commitments list a page of items and count
the rest in SQL; the stores here are small enough to count by hand."""

from __future__ import annotations

from summitry.query import Corrections, commitment_page, commitments, initiative, person, series
from summitry.record import Meeting, Person, Statement
from summitry.store import Store
from tests.backends import store, store_target  # noqa: F401
from tests.store.helpers import make_record, page_id

CHO = "person:cho-taeyul"
FMM = "ASEAN-ROK Foreign Ministers' Meeting"
# (page, ordinal, date, Cho's title, his statement's act)
PAGES = (
    ("a", 21, "2018-08-02", "Vice Minister", "state"),
    ("b", 22, "2019-08-01", "Minister of Foreign Affairs", "urge"),
    ("c", 23, "2020-09-09", "Minister of Foreign Affairs", "state"),
)


def _cho_store(target: Store) -> Store:
    """Three yearly meetings, each reported by one page naming Cho and quoting him once."""
    for name, ordinal, day, title, act in PAGES:
        fmm = Meeting(FMM, forum="ASEAN-ROK", ordinal=ordinal, start=day, role="main")
        record = make_record(
            name,
            published=day,
            meetings=[fmm],
            people=[Person("Cho Tae-yul", title, "KOR", "attendee")],
            statements=[Statement("Cho Tae-yul", act, f"Cho spoke at the {ordinal}th.")],
        )
        target.add(page_id(name), name, record)
    return target


def test_person_lists_the_newest_and_counts_all(store: Store) -> None:  # noqa: F811
    _cho_store(store)
    view = person(store, "Cho Tae-yul", limit=2)
    assert view is not None and view.id == CHO
    assert [m.id for m in view.meetings] == [
        f"meeting:asean-rok-foreign-ministers-meeting-{n}" for n in (23, 22)
    ]
    assert view.meetings_total == 3 and view.meetings[0].role == "attendee"
    assert [s.date for s in view.statements] == ["2020-09-09", "2019-08-01"]
    assert view.statements_total == 3
    assert view.statements_by_act == {"state": 2, "urge": 1}
    titles = [(t.title, t.country, t.first, t.last, t.count) for t in view.titles]
    assert titles == [
        ("Vice Minister", "KOR", "2018-08-02", "2018-08-02", 1),
        ("Minister of Foreign Affairs", "KOR", "2019-08-01", "2020-09-09", 2),
    ]
    everything = person(store, "Cho Tae-yul", limit=None)
    assert len(everything.meetings) == 3 and len(everything.statements) == 3


def test_person_statements_of_one_act(store: Store) -> None:  # noqa: F811
    view = person(_cho_store(store), "Cho Tae-yul", limit=1, act="state")
    assert [(s.act, s.date) for s in view.statements] == [("state", "2020-09-09")]
    assert view.statements_total == 2  # of act 'state'; by act still counts every act
    assert view.statements_by_act == {"state": 2, "urge": 1}


def test_person_totals_leave_out_split_pages(store: Store) -> None:  # noqa: F811
    _cho_store(store)
    view = person(store, "Cho Tae-yul", corrections=Corrections(splits={(CHO, page_id("c"))}))
    assert view.meetings_total == 2 and view.statements_total == 2
    assert [t.last for t in view.titles] == ["2018-08-02", "2019-08-01"]


def test_short_mentions_are_counted_and_listed_newest_first(store: Store) -> None:  # noqa: F811
    _cho_store(store)
    for name, day in (("s1", "2021-01-05"), ("s2", "2022-03-07")):
        body = "Korean Foreign Minister Cho met his counterparts."
        store.add(page_id(name), name, make_record(name, body=body, published=day))
    view = person(store, "Cho Tae-yul", limit=1)
    assert view.short_mentions_total == 2
    assert [(m.text, m.date) for m in view.short_mentions] == [
        ("Foreign Minister Cho", "2022-03-07")
    ]
    assert view.short_mentions[0].resolved.startswith("only stored person named cho")
    assert person(store, "Foreign Minister Cho").id == CHO
    other = Person("Cho Min-ho", "Minister of Foreign Affairs", "KOR", "attendee")
    store.add(page_id("o"), "o", make_record("o", people=[other]))
    assert person(store, "Cho Tae-yul").short_mentions_total == 0  # now two fit: none


def test_series_counts_every_source_but_merges_from_a_few(store: Store) -> None:  # noqa: F811
    for i in range(25):  # 25 pages report the 22nd, one the 24th
        fmm = Meeting(
            FMM, forum="ASEAN-ROK", ordinal=22, start="2019-08-01", city="Bangkok", role="main"
        )
        store.add(page_id(f"p{i}"), f"p{i}", make_record(f"p{i}", meetings=[fmm]))
    late = Meeting(FMM, forum="ASEAN-ROK", ordinal=24, start="2021-08-04", role="main")
    store.add(page_id("q"), "q", make_record("q", meetings=[late]))
    view = series(store, FMM)
    assert [(m.ordinal, m.sources) for m in view.meetings] == [(22, 25), (24, 1)]
    assert view.gaps == [23] and view.sources_read == 10
    first = view.meetings[0]
    assert first.city == "Bangkok" and first.source_ids and len(first.source_ids) == 10
    assert set(first.source_ids) <= {page_id(f"p{i}") for i in range(25)}
    split = Corrections(splits={("meeting:asean-rok-foreign-ministers-meeting-22", page_id("p0"))})
    assert series(store, FMM, corrections=split).meetings[0].sources == 24


def test_initiative_lists_the_newest_meetings_and_counts_all(store: Store) -> None:  # noqa: F811
    for name, ordinal, day, _, _ in PAGES:  # the FTAAP named at each of the three meetings
        fmm = Meeting(FMM, forum="ASEAN-ROK", ordinal=ordinal, start=day, role="main")
        record = make_record(name, published=day, meetings=[fmm], initiatives=["FTAAP"])
        store.add(page_id(name), name, record)
    view = initiative(store, "FTAAP", limit=1)
    assert view is not None and view.documents == 3 and view.window == 3
    assert view.meetings_total == 3
    assert [(m.id, m.documents) for m in view.meetings] == [
        ("meeting:asean-rok-foreign-ministers-meeting-23", [page_id("c")])
    ]
    assert view.name == "Free Trade Area of the Asia-Pacific"
    assert len(initiative(store, "FTAAP").meetings) == 3


def _pledges(store: Store) -> None:  # noqa: F811
    """Five commitments by KOR, JPN and a minister, dated 2020-2024, one page undated."""
    who = Person("Hayashi Yoshimasa", "Minister for Foreign Affairs", "JPN", "attendee")
    pages = [
        ("2022-01-01", [Statement("KOR", "commit", "Korea will fund ten scholarships")]),
        ("2020-01-01", [Statement("Hayashi Yoshimasa", "commit", "Japan will host the forum")]),
        ("2024-01-01", [Statement("KOR", "commit", "Korea will open a centre")]),
        (None, [Statement("KOR", "commit", "Korea will train nurses")]),
        ("2021-01-01", [Statement("JPN", "commit", "Japan will send experts")]),
    ]
    for n, (day, said) in enumerate(pages):
        store.add(
            page_id(f"p{n}"), f"p{n}", make_record(f"P{n}", "", day, statements=said, people=[who])
        )


def test_commitments_are_paged_in_date_order_by_index(store: Store) -> None:  # noqa: F811
    _pledges(store)
    every = commitments(store)
    assert [c.when for c in every] == [
        "2020-01-01",
        "2021-01-01",
        "2022-01-01",
        "2024-01-01",
        None,
    ]
    page = commitment_page(store, limit=2, offset=1)
    assert (page.items, page.total, page.total_exact) == (every[1:3], 5, True)
    assert commitment_page(store, limit=2, offset=4).items == every[4:]  # the undated one
    assert commitment_page(store, limit=5, offset=9).items == []
    korea = commitment_page(store, actor="Korea", limit=1, offset=2)
    assert ([c.what for c in korea.items], korea.total) == (["Korea will train nurses"], 3)
    japan = commitment_page(store, actor="JPN")  # the minister serves Japan
    assert [c.actor for c in japan.items] == ["Hayashi Yoshimasa", "JPN"]
    assert [c.actor for c in commitment_page(store, actor="hayashi").items] == ["Hayashi Yoshimasa"]
    assert commitment_page(store, actor="person:hayashi-yoshimasa").total == 1
    assert commitment_page(store, actor="100%_").items == []  # LIKE characters are letters


def test_a_status_filter_checks_a_bounded_number_in_order(store: Store) -> None:  # noqa: F811
    _pledges(store)
    every = commitment_page(store, status="open", limit=10)
    assert (every.total, every.total_exact, every.checked) == (5, True, 5)
    first = commitment_page(store, status="open", limit=2)
    assert (len(first.items), first.total, first.total_exact) == (2, 2, False)
    budget = commitment_page(store, status="open", limit=10, scan=3)
    assert (budget.total, budget.total_exact, budget.checked) == (3, False, 3)
    assert commitment_page(store, status="done", limit=10).items == []
