"""The API's downloads over real HTTP: `?format=csv|ndjson` on the list routes,
/api/export/KIND with filters, and /api/KIND.csv."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from summitry.store import Store
from tests.conftest import DEV
from tests.serving import csv_rows, ndjson_rows, running, seeded_store

pytestmark = pytest.mark.skipif(not DEV.is_dir(), reason="../shared/eval/dev is missing")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with seeded_store(tmp_path_factory.mktemp("api_export")) as seeded:
        yield seeded


@pytest.fixture(scope="module")
def api(store: Store) -> Iterator[httpx.Client]:
    with running(store, token=None) as url, httpx.Client(base_url=url, timeout=60) as client:
        yield client


def test_documents_as_csv_list_every_document(api: httpx.Client, store: Store) -> None:
    response = api.get("/api/documents", params={"format": "csv"})
    rows = csv_rows(response)
    assert len(rows) == store.count()
    assert 'filename="documents.csv"' in response.headers["content-disposition"]
    assert "Japan-China Summit Meeting" in {r["title"] for r in rows}
    assert csv_rows(api.get("/api/documents.csv")) == rows


def test_meetings_as_ndjson_one_row_per_meeting(api: httpx.Client) -> None:
    rows = ndjson_rows(api.get("/api/meetings", params={"format": "ndjson"}))
    assert len({r["id"] for r in rows}) == len(rows)
    aelm = [r for r in rows if r["id"] == "meeting:apec-economic-leaders-meeting-29"]
    assert (aelm[0]["city"], aelm[0]["country"]) == ("Bangkok", "THA")
    assert ndjson_rows(api.get("/api/meetings.ndjson")) == rows


def test_commitments_download_keeps_the_actor(api: httpx.Client) -> None:
    every = csv_rows(api.get("/api/commitments", params={"format": "csv"}))
    apec = csv_rows(api.get("/api/commitments", params={"format": "csv", "actor": "APEC"}))
    assert 0 < len(apec) < len(every)
    assert {r["actor_country"] for r in apec} == {"APEC"}


def test_export_route_filters(api: httpx.Client) -> None:
    years = csv_rows(api.get("/api/export/documents?year=2022&year=2023"))
    assert {r["published"][:4] for r in years} == {"2022", "2023"}
    people = ndjson_rows(api.get("/api/export/people", params={"format": "ndjson", "limit": 2}))
    assert len(people) == 2 and people[0]["person_id"].startswith("person:")
    dated = csv_rows(api.get("/api/export/statements", params={"from": "2023-01-01", "to": "2023"}))
    assert dated and {r["published"][:4] for r in dated} == {"2023"}


def test_bad_kind_or_format_is_422(api: httpx.Client) -> None:
    assert api.get("/api/export/speeches").status_code == 422
    assert api.get("/api/documents", params={"format": "xml"}).status_code == 422
    assert api.get("/api/people.csv").status_code == 200
    assert api.get("/api/documents.xml").status_code in (404, 422)
