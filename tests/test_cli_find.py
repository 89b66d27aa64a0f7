"""Finding exactly from the command line: `summitry meetings` and the filters, sorts and search
operators of search, commitments and timeline, over the example pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, invoke


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    target = str(tmp_path_factory.mktemp("cli-find") / "examples.db")
    assert invoke("ingest", str(EXAMPLES), "--db", target).returncode == 0
    return target


def run_json(*args: str) -> object:
    result = invoke(*args, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_meetings_of_two_forums_since_2023(db: str) -> None:
    found = run_json(
        "meetings", "--db", db, "--forum", "ASEAN", "--forum", "apec", "--from", "2023"
    )
    assert [(m["label"], m["start"]) for m in found] == [
        ("32nd APEC Economic Leaders' Meeting", "2025-10-31"),
        ("30th APEC Economic Leaders' Meeting", "2023-11-16"),
        ("43rd ASEAN Summit", "2023-09-07"),
        ("56th ASEAN Foreign Ministers' Meeting", "2023-07-11"),
    ]
    held = run_json(
        "meetings", "--db", db, "--country", "IDN", "--level", "leaders", "--sort", "date"
    )
    assert [m["label"] for m in held] == [
        "G20 Bali Summit",  # in Nusa Dua, IDN, in 2022
        "26th ASEAN Plus Three Summit",
        "43rd ASEAN Summit",
        "18th East Asia Summit",
    ]
    table = invoke("meetings", "--db", db, "--country", "IDN", "--level", "leaders")
    assert table.returncode == 0 and "Jakarta, IDN" in table.stdout.decode()


def test_meetings_with_nothing_matching_say_so(db: str) -> None:
    result = invoke("meetings", "--db", db, "--forum", "G7")
    assert result.returncode == 0 and result.stdout.decode().strip() == "no meetings match"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("--from", "2023-13"),
            "error: from '2023-13': give a date as YYYY, YYYY-MM or YYYY-MM-DD",
        ),
        (("--from", "2024", "--to", "2023"), "error: from 2024 is after to 2023"),
        (("--sort", "size"), "error: --sort 'size': choose date or -date"),
    ],
)
def test_bad_filters_are_one_line(db: str, args: tuple[str, ...], message: str) -> None:
    result = invoke("meetings", "--db", db, *args)
    assert result.returncode == 1
    assert result.stderr.decode().strip() == message


def test_search_operators(db: str) -> None:
    either = run_json("search", "--db", db, "FTAAP OR Putrajaya")
    assert either["total"] == 4
    left_out = run_json("search", "--db", db, "FTAAP -Putrajaya")
    assert [h["title"] for h in left_out["hits"]] == [
        "APEC Ministers Responsible for Trade Meeting (MRT) on 21 – 22 May 2022, Bangkok"
    ]
    assert run_json("search", "--db", db, '"Asia East Summit"')["total"] == 0
    assert run_json("search", "--db", db, '"East Asia Summit"')["total"] == 4
    only_minus = invoke("search", "--db", db, "--", "-FTAAP")
    assert only_minus.returncode == 1
    assert only_minus.stderr.decode().strip() == (
        "error: '-FTAAP' only leaves words out; add a word to look for"
    )


def test_search_filters_sort_and_facet_names(db: str) -> None:
    found = run_json(
        "search", "--db", db, "APEC", "--from", "2023", "--sort", "-date", "--country", "KOR"
    )
    assert [h["published"] for h in found["hits"]] == ["2025-11-01"]
    countries = {f["value"]: f["label"] for f in found["facets"]["country"]}
    assert countries["KOR"] == "Korea"
    text = invoke("search", "--db", db, "FTAAP").stdout.decode()
    assert "Korea (KOR) (1)" in text and "United States (USA) (2)" in text


def test_what_korea_committed_to_at_asean_meetings(db: str) -> None:
    items = run_json(
        "commitments", "--db", db, "--actor", "Korea", "--forum", "ASEAN", "--from", "2020"
    )
    assert [(c["actor"], c["when"]) for c in items] == [
        ("Cho Tae-yul", "2024-07-27"),
        ("KOR", "2024-07-27"),  # 'The Ministry will build on the outcome of the Meeting ...'
    ]
    newest = run_json(
        "commitments", "--db", db, "--actor", "KOR", "--actor", "APEC", "--sort", "-date"
    )
    assert [c["when"] for c in newest] == [
        "2025-10-31",
        "2025-10-31",
        "2024-07-27",
        "2024-07-27",
        "2023-11-16",
        "2023-11-16",
        "2022-11-18",
        "2019-11-25",
    ]


def test_timeline_filters(db: str, tmp_path: Path) -> None:
    items = run_json("timeline", "--db", db, "FTAAP", "--actor", "APEC", "--from", "2023")
    assert [(i["date"], i["speaker"]) for i in items] == [
        ("2023-11-16", "APEC"),
        ("2025-10-31", "APEC"),
    ]
    none = invoke("timeline", "--db", db, "FTAAP", "--forum", "ASEAN")
    assert none.returncode == 0 and none.stdout.decode().strip() == "none found"


def test_meetings_and_search_by_actor(db: str) -> None:
    took_part = run_json("meetings", "--db", db, "--actor", "Yoon Suk Yeol")
    assert [m["label"] for m in took_part] == [
        "18th East Asia Summit",
        "26th ASEAN Plus Three Summit",
    ]
    found = run_json("search", "--db", db, "Vientiane", "--actor", "person:cho-taeyul")
    assert [h["published"] for h in found["hits"]] == ["2024-07-27"]


def test_meetings_undated_at_their_inferred_year_marked_so(
    db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from summitry.cli import output

    monkeypatch.setattr(output.out, "width", 200)  # its width is fixed when it is made
    result = invoke("meetings", "--db", db, "--forum", "ASEAN")
    assert result.returncode == 0, result.stderr
    rows = [line.split("│")[1:3] for line in result.stdout.decode("utf-8").splitlines()]
    shown = [(when.strip(), name.strip()) for when, name in (r for r in rows if len(r) == 2)]
    assert shown == [
        ("2023-09-07", "43rd ASEAN Summit"),
        ("2023-07-11", "56th ASEAN Foreign Ministers' Meeting"),
        ("2023 (inferred)", "ASEAN Post Ministerial Conference"),  # its page: 2023-07-14
    ]
    oldest = run_json("meetings", "--db", db, "--forum", "ASEAN", "--sort", "date")
    assert [(m["start"], m["year"]) for m in oldest] == [
        (None, 2023),
        ("2023-07-11", 2023),
        ("2023-09-07", 2023),
    ]
    assert oldest[0]["inferred"] == {"year": "page published 2023-07-14"}
