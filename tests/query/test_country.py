"""The country view's limits and totals over five hand-made pages (SQLite and PostgreSQL).

Singapore is named on pages p1 to p4, never on p5:
  p1 2023-03-01  56th AMM; Balakrishnan (SGP) attends; supports FTAAP, states a view
  p2 2024-03-01  57th AMM; Balakrishnan attends and supports FTAAP and the Green Shipping
                 Corridor Fund; 'SGP' itself commits to the Fund; Cho (KOR) supports it too
  p3 2025-03-01  Shangri-La Dialogue; Balakrishnan is only mentioned but supports the Fund
  p4 2022-01-01  East Asia Summit; Lee Hsien Loong (SGP) is only mentioned and says nothing
  p5 2024-06-01  Korea only: Cho (KOR) attends and supports the Fund
"""

from __future__ import annotations

import importlib

import pytest

from summitry.query import Corrections, country
from summitry.record import Meeting, Person, Statement
from summitry.store import Store
from tests.backends import store, store_target  # noqa: F401
from tests.store.helpers import make_record, page_id

naming = importlib.import_module("summitry.query.naming")
country_module = importlib.import_module("summitry.query.country")  # the package exports the view
FUND = "Green Shipping Corridor Fund"
FTAAP = "Free Trade Area of the Asia-Pacific"
VB = "Vivian Balakrishnan"
CHO = "Cho Tae-yul"
AMM = "ASEAN Foreign Ministers' Meeting"


def _page(into: Store, name: str, date: str, meeting: Meeting, **lists: object) -> None:
    record = make_record(name, f"{name} text.", published=date, meetings=[meeting], **lists)
    assert into.add(page_id(name), name, record) == "new"


def _minister(name: str, code: str, role: str) -> Person:
    return Person(name, "Minister for Foreign Affairs", code, role)


@pytest.fixture
def pages(store: Store) -> Store:  # noqa: F811
    amm56 = Meeting(AMM, forum="ASEAN", ordinal=56, start="2023-03-01", role="main")
    amm57 = Meeting(AMM, forum="ASEAN", ordinal=57, start="2024-03-01", role="main")
    _page(store, "p1", "2023-03-01", amm56, countries=["SGP"], initiatives=[FTAAP],
          people=[_minister(VB, "SGP", "attendee")],
          statements=[Statement(VB, "support", f"Balakrishnan supported the {FTAAP}"),
                      Statement(VB, "state", "Balakrishnan stated views")])  # fmt: skip
    _page(store, "p2", "2024-03-01", amm57, countries=["SGP", "KOR"], initiatives=[FTAAP, FUND],
          people=[_minister(VB, "SGP", "attendee"), _minister(CHO, "KOR", "attendee")],
          statements=[Statement(VB, "support", f"Balakrishnan backed the {FTAAP} and the {FUND}"),
                      Statement("SGP", "commit", f"Singapore committed to the {FUND}"),
                      Statement(CHO, "support", f"Cho supported the {FUND}")])  # fmt: skip
    sld = Meeting("Shangri-La Dialogue", start="2025-03-01", role="main")
    _page(store, "p3", "2025-03-01", sld, countries=["SGP"], initiatives=[FUND],
          people=[_minister(VB, "SGP", "mentioned")],
          statements=[Statement(VB, "support", f"Balakrishnan welcomed the {FUND}")])  # fmt: skip
    eas = Meeting("East Asia Summit", forum="EAS", start="2022-01-01", role="main")
    lee = Person("Lee Hsien Loong", "Prime Minister", "SGP", "mentioned")
    _page(store, "p4", "2022-01-01", eas, countries=["SGP"], people=[lee])
    amm_kor = Meeting("ASEAN-ROK Summit", forum="ASEAN", start="2024-06-01", role="main")
    _page(store, "p5", "2024-06-01", amm_kor, countries=["KOR"], initiatives=[FUND],
          people=[_minister(CHO, "KOR", "attendee")],
          statements=[Statement(CHO, "support", f"Cho supported the {FUND}")])  # fmt: skip
    return store


def _texts(view: dict, act: str) -> list[str]:
    return [s.text for s in view.statements[act]]


def test_everything_with_no_limit(pages: Store) -> None:
    view = country(pages, "Singapore", limit=None)
    assert (view.id, view.documents, view.window) == ("country:SGP", 4, 4)
    assert view.statement_counts == {"support": 3, "commit": 1, "state": 1}
    assert _texts(view, "support") == [  # newest first; Cho's statement is Korea's
        f"Balakrishnan welcomed the {FUND}",
        f"Balakrishnan backed the {FTAAP} and the {FUND}",
        f"Balakrishnan supported the {FTAAP}",
    ]
    assert _texts(view, "commit") == [f"Singapore committed to the {FUND}"]  # said by 'SGP'
    # p4's meeting is not one: Lee is only mentioned there and says nothing.
    assert [(m.meeting, m.start) for m in view.meetings] == [
        ("Shangri-La Dialogue", "2025-03-01"),  # Balakrishnan speaks there
        ("57th ASEAN Foreign Ministers' Meeting", "2024-03-01"),
        ("56th ASEAN Foreign Ministers' Meeting", "2023-03-01"),
    ]
    assert view.meetings_total == 3
    assert view.meetings[1].documents == [page_id("p2")]
    assert [(i.name, i.statements) for i in view.initiatives] == [(FUND, 3), (FTAAP, 2)]
    assert view.initiatives_total == 2


def test_limit_keeps_the_newest_and_counts_all(pages: Store) -> None:
    view = country(pages, "SGP", limit=1)
    assert view.documents == 4
    assert view.statement_counts == {"support": 3, "commit": 1, "state": 1}
    assert {act: _texts(view, act) for act in view.statements} == {
        "support": [f"Balakrishnan welcomed the {FUND}"],
        "commit": [f"Singapore committed to the {FUND}"],
        "state": ["Balakrishnan stated views"],
    }
    assert [m.id for m in view.meetings] == ["meeting:shangri-la-dialogue-2025-03-01"]
    assert view.meetings_total == 3
    assert [(i.name, i.statements) for i in view.initiatives] == [(FUND, 3)]
    assert view.initiatives_total == 2
    item = view.statements["support"][0]
    assert (item.date, item.document, item.meeting) == (
        "2025-03-01",
        page_id("p3"),
        "Shangri-La Dialogue",
    )


def test_corrections_split_merge_and_fields(pages: Store) -> None:
    split = Corrections(splits={("country:SGP", page_id("p3"))})
    view = country(pages, "SGP", corrections=split)
    assert view.documents == 3  # p3 no longer counts for Singapore, nor its statement
    assert view.statement_counts == {"support": 2, "commit": 1, "state": 1}
    assert view.meetings_total == 2
    assert [(i.name, i.statements) for i in view.initiatives] == [(FTAAP, 2), (FUND, 2)]
    merged = country(pages, "SGP", corrections=Corrections(merges={"country:KOR": "country:SGP"}))
    assert merged.documents == 5  # p5 names Korea, now folded into Singapore
    named = Corrections(fields={"country:SGP": {"name": "Republic of Singapore"}})
    view = country(pages, "SGP", corrections=named)
    assert (view.name, view.corrected) == ("Republic of Singapore", ["name"])


def test_a_country_no_page_names(pages: Store) -> None:
    assert country(pages, "JPN") is None


def test_lists_come_from_the_newest_window_pages(
    pages: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(naming, "WINDOW", 2)
    monkeypatch.setattr(country_module, "WINDOW", 2)
    view = country(pages, "SGP", limit=None)
    assert (view.documents, view.window) == (4, 2)  # p3 and p2 are the newest two
    assert view.statement_counts == {"support": 2, "commit": 1}  # p1's are left out
    assert _texts(view, "commit") == [f"Singapore committed to the {FUND}"]  # 'SGP' on p2
    assert [m.meeting for m in view.meetings] == [
        "Shangri-La Dialogue",
        "57th ASEAN Foreign Ministers' Meeting",
    ]
    assert view.meetings_total == 2
    assert [(i.name, i.statements) for i in view.initiatives] == [(FUND, 3), (FTAAP, 1)]


def test_a_day_of_pages_past_the_window_keeps_the_last_ids(store: Store) -> None:  # noqa: F811
    day = Meeting("East Asia Summit", forum="EAS", start="2024-05-01", role="main")
    for name in ("d1", "d2", "d3"):
        _page(store, name, "2024-05-01", day, countries=["SGP"],
              people=[_minister(VB, "SGP", "attendee")],
              statements=[Statement(VB, "state", f"Balakrishnan spoke on {name}")])  # fmt: skip
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(naming, "WINDOW", 2)
        view = country(store, "SGP", limit=None)
    kept = sorted([page_id("d1"), page_id("d2"), page_id("d3")], reverse=True)[:2]
    assert sorted(i.document for i in view.statements["state"]) == sorted(kept)
    assert view.statement_counts == {"state": 2} and view.documents == 3


def test_the_window_is_the_same_after_reindex_and_replace(
    pages: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(naming, "WINDOW", 2)
    monkeypatch.setattr(country_module, "WINDOW", 2)
    before = country(pages, "SGP")
    assert pages.reindex() == 5
    assert country(pages, "SGP") == before
    sld = Meeting("Shangri-La Dialogue", start="2025-03-01", role="main")
    said = [Statement(VB, "support", f"Balakrishnan welcomed the {FUND}")]
    p3 = make_record("p3", "p3 text.", published="2025-03-01", meetings=[sld],
                     countries=["SGP"], initiatives=[FUND],
                     people=[_minister(VB, "SGP", "mentioned")], statements=said)  # fmt: skip
    assert pages.add(page_id("p3"), "p3", p3, replace=True) == "replaced"
    assert country(pages, "SGP") == before
