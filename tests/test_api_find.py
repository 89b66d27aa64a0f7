"""Finding exactly over HTTP: filters, sorts and search operators on the read endpoints, the
400 for a parameter an endpoint does not take, next/prev links, facet names, CORS, gzip, and
a schema that describes every parameter and response (served by uvicorn, example pages)."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.testclient import TestClient

from summitry.api import create_app
from summitry.ingest import ingest
from summitry.store import Store, open_store
from tests.conftest import EXAMPLES, invoke
from tests.serving import running

ORIGIN = "https://desk.example.org"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    target = open_store(tmp_path_factory.mktemp("api-find") / "examples.db")
    ingest([EXAMPLES], target)
    yield target
    target.close()


@pytest.fixture(scope="module")
def api(store: Store) -> Iterator[httpx.Client]:
    with running(store, token=None, cors=[ORIGIN]) as url, httpx.Client(base_url=url) as client:
        yield client


def test_an_unknown_parameter_is_refused_naming_the_known_ones(api: httpx.Client) -> None:
    answer = api.get("/api/meetings", params={"forun": "ASEAN"})
    assert answer.status_code == 400
    assert answer.json()["error"]["message"] == (
        "unknown parameter 'forun'; /api/meetings takes: actor, country, format, forum, from, "
        "level, limit, offset, series, sort, to"
    )
    for path in ("/api/documents", "/api/search?q=APEC", "/api/timeline?term=FTAAP",
                 "/api/commitments", "/api/countries/KOR", "/api/corrections",
                 "/api/meetings/meeting:asean-summit-43", "/api/meetings.csv"):  # fmt: skip
        answer = api.get(path, params={"bogus": "1"})
        assert answer.status_code == 400, path
        assert "unknown parameter 'bogus'" in answer.json()["error"]["message"]


def test_meetings_filtered_and_paged_with_links(api: httpx.Client) -> None:
    page = api.get("/api/meetings?forum=ASEAN&forum=APEC&limit=3").json()
    assert page["total"] == 7
    assert [m["label"] for m in page["items"]] == [
        "32nd APEC Economic Leaders' Meeting",
        "30th APEC Economic Leaders' Meeting",
        "43rd ASEAN Summit",
    ]
    assert page["prev"] is None
    assert page["next"].endswith("/api/meetings?forum=ASEAN&forum=APEC&limit=3&offset=3")
    second = api.get(page["next"]).json()
    assert second["prev"].endswith("/api/meetings?forum=ASEAN&forum=APEC&limit=3&offset=0")
    # the undated conference stands at 2023, the year of the page reporting it, marked so
    undated = second["items"][1]
    assert undated["label"] == "ASEAN Post Ministerial Conference" and undated["start"] is None
    assert (undated["year"], undated["provenance"]["year"]) == (2023, "inferred")
    assert [m["start"] for m in second["items"]] == ["2023-07-11", None, "2022-11-18"]
    last = api.get(second["next"]).json()
    assert [m["label"] for m in last["items"]] == ["APEC Ministers Responsible for Trade Meeting"]
    assert last["next"] is None
    held = api.get("/api/meetings", params={"country": "IDN", "from": "2023-09", "sort": "date"})
    assert [m["start"] for m in held.json()["items"]] == ["2023-09-06", "2023-09-07", "2023-09-07"]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("from=2023-13", "from '2023-13': give a date as YYYY, YYYY-MM or YYYY-MM-DD"),
        ("from=2024&to=2023", "from 2024 is after to 2023"),
    ],
)
def test_bad_dates_are_400s(api: httpx.Client, query: str, message: str) -> None:
    for path in ("/api/meetings", "/api/commitments", "/api/timeline?term=FTAAP&x=1"):
        answer = api.get(path.replace("&x=1", "") + ("&" if "?" in path else "?") + query)
        assert answer.status_code == 400
        assert answer.json()["error"]["message"] == message


def test_meetings_by_actor_and_downloads_refuse_what_they_cannot_apply(
    api: httpx.Client,
) -> None:
    page = api.get("/api/meetings?actor=KOR&level=leaders&from=2020").json()
    assert [m["label"] for m in page["items"]] == [
        "32nd APEC Economic Leaders' Meeting",
        "18th East Asia Summit",
        "26th ASEAN Plus Three Summit",
    ]
    csv = api.get("/api/meetings?forum=ASEAN&format=csv")  # reported or mentioned: the 57th
    assert [line.split(",")[0] for line in csv.text.splitlines()[1:]] == [
        "meeting:asean-foreign-ministers-meeting-56",
        "meeting:asean-foreign-ministers-meeting-57",
        "meeting:asean-post-ministerial-conference-fa44755c566a-2",
        "meeting:asean-summit-43",
    ]
    refused = api.get("/api/meetings?actor=KOR&format=csv")
    assert refused.status_code == 400
    assert refused.json()["error"]["message"] == (
        "a download of meetings takes forum, country, from, to and one series"
    )


def test_commitments_of_korea_at_asean_meetings(api: httpx.Client) -> None:
    page = api.get("/api/commitments?actor=KOR&forum=ASEAN&from=2020").json()
    assert [(c["actor"], c["when"]) for c in page["items"]] == [
        ("Cho Tae-yul", "2024-07-27"),
        ("KOR", "2024-07-27"),  # the ministry's own voice speaks for Korea
    ]
    newest = api.get("/api/commitments?actor=KOR&actor=APEC&sort=-date&limit=3").json()
    assert [c["when"] for c in newest["items"]] == ["2025-10-31", "2025-10-31", "2024-07-27"]
    assert newest["total"] == 8 and newest["next"].endswith("offset=3")


def test_timeline_filters(api: httpx.Client) -> None:
    page = api.get("/api/timeline?term=FTAAP&actor=APEC&from=2023").json()
    assert [(i["date"], i["speaker"]) for i in page["items"]] == [
        ("2023-11-16", "APEC"),
        ("2025-10-31", "APEC"),
    ]
    assert page["months"] == {"2023-11": 1, "2025-10": 1}


def test_search_operators_sort_and_facet_labels(api: httpx.Client) -> None:
    assert api.get("/api/search", params={"q": "FTAAP OR Putrajaya"}).json()["total"] == 4
    left = api.get("/api/search", params={"q": 'APEC -"Putrajaya Vision"'}).json()
    assert {h["title"] for h in left["items"]} == {
        "Japan-China Summit Meeting",
        "APEC Ministers Responsible for Trade Meeting (MRT) on 21 – 22 May 2022, Bangkok",
    }
    newest = api.get("/api/search", params={"q": "APEC", "sort": "-date", "limit": 2}).json()
    assert [h["published"] for h in newest["items"]] == ["2025-11-01", "2023-11-17"]
    assert newest["next"].endswith("sort=-date&limit=2&offset=2")
    countries = {f["value"]: f["label"] for f in newest["facets"]["country"]}
    assert countries["KOR"] == "Korea" and countries["USA"] == "United States"
    korea = api.get("/api/search", params={"q": "FTAAP OR Putrajaya", "country": "KOR"}).json()
    assert [h["published"] for h in korea["items"]] == ["2025-11-01"]
    assert "USA" in {f["value"] for f in korea["facets"]["country"]}  # may be added: either
    levels = {f["value"]: f["label"] for f in newest["facets"]["level"]}
    assert levels["senior_officials"] == "senior officials"
    only_minus = api.get("/api/search", params={"q": "-FTAAP"})
    assert only_minus.status_code == 400
    assert only_minus.json()["error"]["message"] == (
        "'-FTAAP' only leaves words out; add a word to look for"
    )


def test_cors_only_for_the_origins_given(api: httpx.Client, store: Store) -> None:
    allowed = api.get("/api/meetings", headers={"Origin": ORIGIN})
    assert allowed.headers["access-control-allow-origin"] == ORIGIN
    other = api.get("/api/meetings", headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in other.headers
    preflight = api.options(
        "/api/meetings",
        headers={"Origin": ORIGIN, "Access-Control-Request-Method": "GET"},
    )
    assert preflight.status_code == 200
    with running(store, token=None) as url, httpx.Client(base_url=url) as plain:
        closed = plain.get("/api/meetings", headers={"Origin": ORIGIN})
        assert closed.status_code == 200
        assert "access-control-allow-origin" not in closed.headers  # off by default


def test_gzip_for_large_answers_only(api: httpx.Client) -> None:
    big = api.get("/api/documents", headers={"Accept-Encoding": "gzip"})
    assert big.headers["content-encoding"] == "gzip"
    assert len(big.content) > 1024 and big.json()["total"] == 12  # httpx unzips it
    raw = httpx.get(str(big.url), headers={"Accept-Encoding": "gzip"})
    with httpx.stream("GET", str(big.url), headers={"Accept-Encoding": "gzip"}) as streamed:
        zipped = b"".join(streamed.iter_raw())
    assert gzip.decompress(zipped) == raw.content
    small = api.get("/api/corrections", headers={"Accept-Encoding": "gzip"})
    assert small.json() == [] and "content-encoding" not in small.headers
    plain = api.get("/api/documents", headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers


def test_every_parameter_and_response_schema_is_described(store: Store) -> None:
    spec = create_app(store, token=None).openapi()
    for path, item in spec["paths"].items():
        for method, op in item.items():
            for param in op.get("parameters", ()):
                where = f"{method.upper()} {path} {param['name']}"
                assert param.get("description"), where
                assert param.get("schema", {}).get("examples") or param.get("examples"), where
            ok = op["responses"].get("200") or op["responses"].get("201") or {}
            schema = (ok.get("content", {}).get("application/json") or {}).get("schema", {})
            ref = schema.get("$ref") or (schema.get("items") or {}).get("$ref")
            if ref:
                component = spec["components"]["schemas"][ref.rsplit("/", 1)[1]]
                assert component.get("description") and component.get("examples"), ref
    for name, component in spec["components"]["schemas"].items():
        if name not in ("HTTPValidationError", "ValidationError") and not name.startswith("Body_"):
            assert component.get("description"), name


def test_serve_cors_option(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = invoke("serve", "--db", str(tmp_path / "s.db"), "--cors", "desk.example.org/x")
    assert bad.returncode == 1
    assert bad.stderr.decode().strip() == (
        "error: --cors 'desk.example.org/x': give an origin like https://example.org, "
        "or '*' for any"
    )
    answers: list[httpx.Response] = []

    def run(app: Any, **_: object) -> None:  # what uvicorn would serve, asked in process
        with TestClient(app, base_url="http://127.0.0.1:8000") as client:
            answers.append(client.get("/api/documents", headers={"Origin": ORIGIN}))

    monkeypatch.setattr("uvicorn.run", run)
    served = invoke(
        "serve", "--db", str(tmp_path / "s.db"), "--cors", "*", env={"SUMMITRY_TOKEN": ""}
    )
    assert served.returncode == 0, served.stderr
    assert answers[0].headers["access-control-allow-origin"] == "*"
