"""Filters on meetings, commitments and timelines over the example pages (SQLite and
PostgreSQL); values read off the pages (which meeting each reports, where it was held, who
pledged what)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from summitry import query
from summitry.ingest import ingest
from summitry.query.results import TimelineCounts
from summitry.store import Store, open_store
from summitry.store.filters import FilterError, Filters
from tests.conftest import EXAMPLES

KOR_PLEDGE = (
    "pledged that Korea would continue to support ASEAN centrality and the ASEAN Outlook on "
    "the Indo-Pacific (AOIP)."
)
KOR_PLEDGE_SENTENCE = (
    "He explained that the Korea-ASEAN Solidarity Initiative (KASI), announced in 2022, is "
    "being implemented as the ROK’s strategy toward the region, and " + KOR_PLEDGE
)
KOR_MINISTRY = (
    "The Ministry will build on the outcome of the Meeting to prepare for the ASEAN-ROK Summit in "
    "October and to put the Comprehensive Strategic Partnership into practice."
)


@pytest.fixture(scope="module")
def examples(module_target: str) -> Iterator[Store]:
    """The example pages in SQLite, and in PostgreSQL where a test server is set."""
    store = open_store(module_target)
    ingest([EXAMPLES], store)
    yield store
    store.close()


def labels(store: Store, **given: object) -> list[tuple[str, str | None]]:
    found = query.meetings(store, limit=50, filters=Filters.of(**given))  # type: ignore[arg-type]
    return [(m.label, m.start) for m in found]


def test_values_are_checked_and_cleaned() -> None:
    f = Filters.of(forum=["ASEAN", " ", "ASEAN"], country="kor", since="2023", until=None)
    assert (f.forums, f.countries, f.since, f.until) == (("ASEAN",), ("KOR",), "2023", None)
    assert not Filters.of(forum=[], actor=None)
    for bad in ("2023-13", "2023-02-30", "23", "yesterday"):
        with pytest.raises(FilterError, match="give a date as YYYY, YYYY-MM or YYYY-MM-DD"):
            Filters.of(since=bad)
    with pytest.raises(FilterError, match="from 2024 is after to 2023"):
        Filters.of(since="2024", until="2023")
    with pytest.raises(FilterError, match="at most 20 values"):
        Filters.of(forum=[f"F{n}" for n in range(21)])


def test_meetings_of_a_forum_and_of_several(examples: Store) -> None:
    assert labels(examples, forum="ASEAN") == [
        ("43rd ASEAN Summit", "2023-09-07"),
        ("56th ASEAN Foreign Ministers' Meeting", "2023-07-11"),
        ("ASEAN Post Ministerial Conference", None),
    ]
    both = labels(examples, forum=["asean", "APEC"], since="2023")  # any case, either forum
    assert both == [
        ("32nd APEC Economic Leaders' Meeting", "2025-10-31"),
        ("30th APEC Economic Leaders' Meeting", "2023-11-16"),
        ("43rd ASEAN Summit", "2023-09-07"),
        ("56th ASEAN Foreign Ministers' Meeting", "2023-07-11"),
    ]


def test_meetings_by_host_country_level_series_and_order(examples: Store) -> None:
    in_indonesia = labels(examples, country="IDN", level="leaders")
    assert in_indonesia == [
        ("43rd ASEAN Summit", "2023-09-07"),
        ("18th East Asia Summit", "2023-09-07"),
        ("26th ASEAN Plus Three Summit", "2023-09-06"),
        ("G20 Bali Summit", None),  # in Nusa Dua, IDN; dated only by its year
    ]
    aelm = labels(examples, series="APEC Economic Leaders' Meeting")
    assert [start for _, start in aelm] == ["2025-10-31", "2023-11-16", "2022-11-18"]
    oldest = query.meetings(examples, limit=2, sort="date")
    assert [m.label for m in oldest] == [
        "ASEAN-ROK Commemorative Summit",
        "1st Mekong-ROK Summit",
    ]


def test_what_korea_committed_to_at_asean_meetings_since_2020(examples: Store) -> None:
    page = query.commitment_page(
        examples, filters=Filters.of(actor="Korea", forum="ASEAN", since="2020")
    )
    assert [(c.actor, c.when, c.what) for c in page.items] == [
        ("Cho Tae-yul", "2024-07-27", KOR_PLEDGE),
        ("KOR", "2024-07-27", KOR_MINISTRY),  # the ministry's own voice speaks for Korea
    ]
    assert page.total == 2


def test_commitments_of_several_actors_newest_first(examples: Store) -> None:
    both = query.commitment_page(examples, filters=Filters.of(actor=["KOR", "APEC"]), sort="-date")
    assert [(c.when, c.actor_country) for c in both.items] == [
        ("2025-10-31", "KOR"),  # 'The Government will follow up on the outcomes of APEC 2025'
        ("2025-10-31", "APEC"),
        ("2024-07-27", "KOR"),
        ("2024-07-27", "KOR"),
        ("2023-11-16", "APEC"),
        ("2023-11-16", "APEC"),
        ("2022-11-18", "APEC"),
        ("2019-11-25", "KOR"),  # 'The Government will work with ASEAN member states ...'
    ]
    dated = query.commitment_page(examples, filters=Filters.of(since="2023", until="2023"))
    assert [c.when for c in dated.items] == ["2023-09-07", "2023-11-16", "2023-11-16"]


def test_timeline_by_actor_and_date(examples: Store) -> None:
    every = query.timeline(examples, "FTAAP")
    assert len(every) == 4  # 4 pages; APEC's statement stands for the sentence naming it
    said = query.timeline(examples, "FTAAP", filters=Filters.of(actor="APEC", since="2023"))
    assert [(i.date, i.kind, i.speaker) for i in said] == [
        ("2023-11-16", "statement", "APEC"),
        ("2025-10-31", "statement", "APEC"),
    ]
    counts = query.timeline_counts(examples, "FTAAP", filters=Filters.of(since="2023"))
    assert counts == TimelineCounts(2, 0, {"2023-11": 1, "2025-10": 1})


def test_timeline_of_a_phrase_is_filtered_too(examples: Store) -> None:
    every = query.timeline(examples, "Putrajaya Vision")
    assert {i.date for i in every} == {"2022-11-18", "2023-11-16", "2025-10-31"}
    later = query.timeline(examples, "Putrajaya Vision", filters=Filters.of(since="2023"))
    assert {i.date for i in later} == {"2023-11-16", "2025-10-31"}


def test_meetings_an_actor_took_part_in(examples: Store) -> None:
    # Korea's people on the pages reporting each: Moon Jae-in (2019), Yoon Suk Yeol (the EAS
    # and APT summits of 2023), Cho Tae-yul (the 2024 meetings in Vientiane), Lee Jae-myung
    # the undated 2024 meetings stand at 2024, the year of the page reporting them
    korea = labels(examples, actor="KOR")
    assert korea == [
        ("32nd APEC Economic Leaders' Meeting", "2025-10-31"),
        ("ASEAN Regional Forum", None),
        ("ASEAN Plus Three Foreign Ministers' Meeting", None),
        ("ASEAN-ROK Foreign Ministers' Meeting", None),
        ("EAS Foreign Ministers' Meeting", None),
        ("18th East Asia Summit", "2023-09-07"),
        ("26th ASEAN Plus Three Summit", "2023-09-06"),
        ("1st Mekong-ROK Summit", "2019-11-27"),
        ("ASEAN-ROK Commemorative Summit", "2019-11-25"),
    ]
    assert labels(examples, actor="Yoon Suk Yeol") == [
        ("18th East Asia Summit", "2023-09-07"),
        ("26th ASEAN Plus Three Summit", "2023-09-06"),
    ]
    leaders = [korea[0], *korea[5:7]]
    assert labels(examples, actor="KOR", since="2020", level="leaders") == leaders


def test_search_pages_where_an_actor_speaks_or_is_named(examples: Store) -> None:
    named = examples.search("summit", 20, actor="Yoon Suk Yeol")
    assert {h.title for h in named.hits} == {
        "18th East Asia Summit Reaffirms Commitment to an Open and Inclusive Regional Architecture",
        "Prime Minister Attends the 26th ASEAN Plus Three Summit in Jakarta",
    }
    assert examples.search("Vientiane", 20, actor="person:cho-taeyul").total == 1
    assert examples.search("Vientiane", 20, actor="Widodo").total == 0


def test_timeline_statements_of_a_country_include_its_ministers(examples: Store) -> None:
    said = query.timeline(examples, "AOIP", filters=Filters.of(actor="Korea"))
    assert [(i.date, i.speaker, i.text) for i in said] == [
        ("2024-07-27", "Cho Tae-yul", KOR_PLEDGE_SENTENCE)  # the timeline shows it whole
    ]
