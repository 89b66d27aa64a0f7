"""Downloads of a search and of a timeline over real HTTP: `/api/search?format=csv|ndjson` and
`/api/timeline?format=...` list every match or item, with the filters of the JSON pages."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from tests.conftest import DEV
from tests.serving import PAGES, csv_rows, ndjson_rows, running, seeded_store

pytestmark = pytest.mark.skipif(not DEV.is_dir(), reason="../shared/eval/dev is missing")


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    store = seeded_store(tmp_path_factory.mktemp("api_downloads"))
    with store, running(store, token=None) as url, httpx.Client(base_url=url, timeout=60) as client:
        yield client


def test_search_download_has_every_match_not_one_page(api: httpx.Client) -> None:
    page = api.get("/api/search", params={"q": "the", "limit": 5}).json()
    assert page["total"] == PAGES and len(page["items"]) == 5
    response = api.get("/api/search", params={"q": "the", "format": "csv"})
    rows = csv_rows(response)
    assert len(rows) == PAGES and len({r["id"] for r in rows}) == PAGES
    assert 'filename="search.csv"' in response.headers["content-disposition"]
    assert {r["id"] for r in rows} >= {h["id"] for h in page["items"]}


def test_search_download_keeps_operators_filters_and_sort(api: httpx.Client) -> None:
    params = {"q": "APEC", "forum": "APEC", "sort": "-date", "format": "ndjson"}
    rows = ndjson_rows(api.get("/api/search", params=params))
    assert [r["published"] for r in rows] == [
        "2025-11-01", "2024-11-15", "2023-11-17", "2022-11-19", "2022-11-16", "2022-05-23",
        "2021-03-15",
    ]  # fmt: skip
    assert rows[1]["title"] == "2024 APEC Ministerial Meeting (AMM) Outcomes"
    assert set(rows[0]) == {"id", "published", "title", "publisher", "url", "snippet", "citation"}
    only_2023 = csv_rows(
        api.get("/api/search", params={"q": "APEC", "year": "2023", "format": "csv"})
    )
    assert [r["published"] for r in only_2023] == ["2023-11-17", "2023-11-17"]
    either = csv_rows(api.get("/api/search", params={"q": "Putrajaya -Bangkok", "format": "csv"}))
    json_hits = api.get("/api/search", params={"q": "Putrajaya -Bangkok"}).json()["items"]
    assert len(either) == 3 and {r["id"] for r in either} == {h["id"] for h in json_hits}


def test_timeline_download_lists_every_item_with_citations(api: httpx.Client) -> None:
    page = api.get("/api/timeline", params={"term": "FTAAP", "limit": 2}).json()
    rows = csv_rows(api.get("/api/timeline", params={"term": "FTAAP", "format": "csv"}))
    assert page["total"] == len(rows) == 9
    assert [r["date"] for r in rows][:3] == ["2021-03-10", "2022-05-21", "2022-11-15"]
    assert [(r["kind"], r["text"]) for r in rows[:2]] == [
        (i["kind"], i["text"]) for i in page["items"]
    ]
    assert all(r["citation"] and r["document_id"] for r in rows)
    korea = ndjson_rows(
        api.get("/api/timeline", params={"term": "FTAAP", "actor": "KOR", "format": "ndjson"})
    )
    assert len(korea) == 3 and {r["speaker"] for r in korea} == {"Cheong Inkyo"}
    assert {r["date"] for r in korea} == {"2024-11-14"}
    since = {"term": "FTAAP", "from": "2023", "format": "csv"}
    later = csv_rows(api.get("/api/timeline", params=since))
    assert [r["date"] for r in later] == [
        "2023-11-16", "2024-11-14", "2024-11-14", "2024-11-14", "2025-10-31"
    ]  # fmt: skip


def test_bad_downloads_are_refused_in_one_line(api: httpx.Client) -> None:
    bad = api.get("/api/search", params={"q": "-Bangkok", "format": "csv"})
    assert bad.status_code == 400 and "only leaves words out" in bad.text
    assert api.get("/api/search", params={"q": "APEC", "format": "xml"}).status_code == 422
    blank = api.get("/api/timeline", params={"term": "  ", "format": "csv"})
    assert blank.status_code == 422 and "give a term" in blank.text
    date = api.get("/api/timeline", params={"term": "FTAAP", "from": "May", "format": "csv"})
    assert date.status_code == 400
    unknown = api.get("/api/search", params={"q": "APEC", "format": "csv", "fromm": "2023"})
    assert unknown.status_code == 400 and "fromm" in unknown.text


def test_a_download_with_no_match_still_names_its_columns(api: httpx.Client) -> None:
    from summitry.export.found import SEARCH_COLUMNS, TIMELINE_COLUMNS

    none = api.get("/api/search", params={"q": "zzyzxnothing", "format": "csv"})
    assert none.status_code == 200 and none.text.splitlines() == [",".join(SEARCH_COLUMNS)]
    term = api.get("/api/timeline", params={"term": "zzyzxnothing", "format": "csv"})
    assert term.status_code == 200 and term.text.splitlines() == [",".join(TIMELINE_COLUMNS)]
    kind = api.get("/api/export/people", params={"year": 1900})
    assert kind.status_code == 200 and kind.text.startswith("document_id,idx,published,")
    assert api.get("/api/export/people", params={"year": 1900, "format": "ndjson"}).text == ""
