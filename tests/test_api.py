"""The HTTP API over real HTTP: uvicorn on loopback over a store of the dev and example pages.

Expected values are read off the pages (and their gold records in ../shared/eval/dev).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from summitry.api.write import label_of
from summitry.app import cache, data
from summitry.store import Store, open_store
from tests.conftest import DEV, EXAMPLES, invoke
from tests.serving import PAGES, running, seeded_store

pytestmark = pytest.mark.skipif(not DEV.is_dir(), reason="../shared/eval/dev is missing")

TOKEN = "test-token-7c1f"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
AMM_TITLE = "2024 APEC Ministerial Meeting (AMM) Outcomes"
PAGE_TEXT = (
    "Minister of Foreign Affairs Cho Tae-yul attended the 36th APEC Ministerial Meeting held in "
    "Seoul on 12 November 2026. He stressed the Free Trade Area of the Asia-Pacific (FTAAP).\n"
)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with seeded_store(tmp_path_factory.mktemp("api")) as seeded:
        yield seeded


@pytest.fixture(scope="module")
def api(store: Store) -> Iterator[httpx.Client]:
    """A client of a read-only server (no token) over the seeded store."""
    with running(store, token=None) as url, httpx.Client(base_url=url, timeout=60) as client:
        yield client


@pytest.fixture
def writable(tmp_path: Path) -> Iterator[tuple[httpx.Client, Store]]:
    """A fresh store with two pages, served with a token and a 4,000-byte page limit."""
    store = open_store(tmp_path / "w.db")
    from summitry.ingest import ingest

    ingest([EXAMPLES / "tha_apec_mrt_2022.txt", EXAMPLES / "html_sgp_arf_2023.html"], store)
    with (
        running(store, token=TOKEN, max_upload_bytes=4000) as url,
        httpx.Client(base_url=url, timeout=60) as client,
    ):
        yield client, store
    store.close()


def _error(response: httpx.Response, status: int) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and body["error"]["status"] == status
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    return body["error"]["message"]


def _amm_meeting_id(api: httpx.Client) -> str:
    items = api.get("/api/meetings", params={"limit": 100}).json()["items"]
    return next(m["id"] for m in items if m["name"] == "APEC Ministerial Meeting")


def test_documents_list_and_one_document(api: httpx.Client) -> None:
    page = api.get("/api/documents", params={"limit": 100}).json()
    assert page["total"] == PAGES and len(page["items"]) == PAGES
    assert "body" not in page["items"][0]
    amm = next(d for d in page["items"] if d["title"] == AMM_TITLE)
    assert amm["published"] == "2024-11-15"
    doc = api.get(f"/api/documents/{amm['id'][:10]}").json()  # a prefix is enough
    assert doc["id"] == amm["id"] and "Lima" in doc["body"]
    assert doc["record"]["document"]["title"] == AMM_TITLE


def test_pagination_is_bounded_and_pages_do_not_overlap(api: httpx.Client) -> None:
    first = api.get("/api/documents", params={"limit": 5}).json()
    second = api.get("/api/documents", params={"limit": 5, "offset": 5}).json()
    assert (first["limit"], second["offset"], first["total"]) == (5, 5, PAGES)
    assert not {d["id"] for d in first["items"]} & {d["id"] for d in second["items"]}
    last = api.get("/api/documents", params={"limit": 5, "offset": 15}).json()
    assert len(last["items"]) == 2
    assert "limit" in _error(api.get("/api/documents", params={"limit": 101}), 422)
    _error(api.get("/api/documents", params={"limit": 0}), 422)
    _error(api.get("/api/meetings", params={"offset": -1}), 422)
    _error(api.get("/api/commitments", params={"limit": "many"}), 422)


def test_search_ranks_and_counts_facets(api: httpx.Client) -> None:
    found = api.get("/api/search", params={"q": "FTAAP", "limit": 50}).json()
    titles = [h["title"] for h in found["items"]]
    assert AMM_TITLE in titles and found["total"] == len(titles)
    assert all("«" in h["snippet"] for h in found["items"])
    forums = {f["value"]: f["count"] for f in found["facets"]["forum"]}
    assert forums.get("APEC") == found["total"]  # every FTAAP page reports an APEC meeting
    years = {f["value"] for f in found["facets"]["year"]}
    assert "2024" in years
    narrowed = api.get("/api/search", params={"q": "FTAAP", "year": "2024"}).json()
    assert [h["title"] for h in narrowed["items"]] == [AMM_TITLE]
    # the chosen facet keeps counting its other values (another year may be added: either)
    assert narrowed["facets"]["year"] == found["facets"]["year"]
    assert narrowed["facets"]["forum"] == [{"value": "APEC", "label": "APEC", "count": 1}]
    _error(api.get("/api/search", params={"q": ""}), 422)


def test_search_says_when_more_match_than_it_ranks(
    api: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    from summitry.store import search

    every = api.get("/api/search", params={"q": "Ministers", "limit": 2}).json()
    assert every["total_exact"] and every["total"] == every["served"] > 2
    monkeypatch.setattr(search, "RANK_WINDOW", 2)  # the newest two ranked: "2+"
    newest = api.get("/api/search", params={"q": "Ministers", "limit": 3}).json()
    assert (newest["total"], newest["total_exact"], newest["served"]) == (2, False, 2)
    assert len(newest["items"]) == 2


def test_search_with_sql_injection_is_an_ordinary_search(api: httpx.Client) -> None:
    plain = api.get("/api/search", params={"q": "FTAAP"}).json()
    hostile = api.get("/api/search", params={"q": "FTAAP'--"}).json()
    assert [h["id"] for h in hostile["items"]] == [h["id"] for h in plain["items"]]
    dropped = api.get("/api/search", params={"q": "'; DROP TABLE documents; --"})
    assert dropped.status_code == 200 and dropped.json()["total"] == 0
    union = api.get("/api/search", params={"q": "x' UNION SELECT id, body FROM documents --"})
    assert union.status_code == 200 and union.json()["total"] == 0
    assert api.get("/api/documents").json()["total"] == PAGES


def test_meetings_and_one_meeting_with_chairs_and_attendees(api: httpx.Client) -> None:
    listed = api.get("/api/meetings", params={"limit": 100}).json()
    labels = [m["label"] for m in listed["items"]]
    assert "35th APEC Ministerial Meeting" in labels and listed["total"] == len(labels)
    starts = [m["start"] for m in listed["items"] if m["start"]]
    assert starts == sorted(starts, reverse=True)
    view = api.get(f"/api/meetings/{_amm_meeting_id(api)}").json()
    assert (view["ordinal"], view["city"], view["country"]) == (35, "Lima", "PER")
    assert view["theme"] == "Empower, Include, Grow"
    roles = {p["name"]: p["role"] for p in view["people"]}
    assert roles["Elmer Schialer"] == "chair" and roles["Desilú León"] == "chair"
    assert roles["Cho Tae-yul"] == "attendee" and roles["Cheong Inkyo"] == "attendee"
    assert [s["title"] for s in view["sources"]] == [AMM_TITLE]
    _error(api.get("/api/meetings/000000000000"), 404)


def test_series_person_country_initiative(api: httpx.Client) -> None:
    series = api.get("/api/series/APEC Ministerial Meeting").json()
    assert 35 in [m["ordinal"] for m in series["meetings"]] and series["forum"] == "APEC"
    cho = api.get("/api/people/Cho Tae-yul").json()
    assert cho["countries"] == ["KOR"]
    assert "Minister of Foreign Affairs" in [t["title"] for t in cho["titles"]]
    assert "35th APEC Ministerial Meeting" in [m["meeting"] for m in cho["meetings"]]
    peru = api.get("/api/countries/per").json()
    assert (peru["code"], peru["name"]) == ("PER", "Peru")
    assert AMM_TITLE in [d["title"] for d in peru["documents"]]
    ftaap = api.get("/api/initiatives/FTAAP").json()
    assert ftaap["name"] == "Free Trade Area of the Asia-Pacific"
    assert AMM_TITLE in [d["title"] for d in ftaap["documents"]]
    for missing in ("/api/people/Nobody Atall", "/api/countries/XXX", "/api/initiatives/Qwzx"):
        _error(api.get(missing), 404)
    _error(api.get("/api/series/Qwzx Meeting"), 404)


def test_country_limit_keeps_the_newest_and_counts_all(api: httpx.Client) -> None:
    full = api.get("/api/countries/KOR", params={"limit": 100}).json()
    one = api.get("/api/countries/KOR", params={"limit": 1}).json()
    assert full["meetings_total"] == one["meetings_total"] == len(full["meetings"]) > 1
    assert one["meetings"] == full["meetings"][:1]  # newest first
    assert one["statement_counts"] == full["statement_counts"]
    assert sum(full["statement_counts"].values()) == len(full["statements"])
    assert len(one["statements"]) == len(one["statement_counts"])  # the newest of each act
    # a page may report several meetings at once (a family of meetings held together)
    assert one["documents_total"] == full["documents_total"] >= len(full["documents"]) > 0
    assert (one["limit"], one["initiatives_total"]) == (1, full["initiatives_total"])
    for bad in (0, 101):
        _error(api.get("/api/countries/KOR", params={"limit": bad}), 422)


def test_timeline_and_commitments(api: httpx.Client) -> None:
    items = api.get("/api/timeline", params={"term": "FTAAP", "limit": 100}).json()
    dates = [i["date"] for i in items["items"] if i["date"]]
    assert dates == sorted(dates) and items["total"] >= len(items["items"]) > 0
    assert AMM_TITLE in {i["title"] for i in items["items"]}
    _error(api.get("/api/timeline", params={"term": "   "}), 422)
    assert sum(items["months"].values()) == items["total"]  # every FTAAP item is dated
    second = api.get("/api/timeline", params={"term": "FTAAP", "limit": 2, "offset": 1}).json()
    assert second["items"] == items["items"][1:3] and second["total"] == items["total"]
    board = api.get("/api/commitments", params={"limit": 100}).json()
    assert board["items"] and all(c["status"] == "open" for c in board["items"])
    korea = api.get("/api/commitments", params={"actor": "KOR", "limit": 100}).json()
    assert 0 < korea["total"] <= board["total"]
    assert api.get("/api/commitments", params={"status": "done"}).json()["total"] == 0
    _error(api.get("/api/commitments", params={"status": "maybe"}), 422)


def test_unknown_paths_and_documents_have_the_error_shape(api: httpx.Client) -> None:
    assert "no document" in _error(api.get("/api/documents/ffffffffffff"), 404)
    _error(api.get("/api/nothing-here"), 404)
    _error(api.delete("/api/documents/abc"), 403)  # read-only server refuses every write


def test_etag_and_304(api: httpx.Client) -> None:
    first = api.get("/api/meetings")
    tag = first.headers["etag"]
    assert tag.startswith('"') and first.headers["cache-control"] == "no-cache"
    again = api.get("/api/meetings", headers={"If-None-Match": tag})
    assert again.status_code == 304 and again.content == b""
    assert api.get("/api/meetings?limit=3").headers["etag"] != tag  # another URL, another tag
    assert api.get("/api/meetings", headers={"If-None-Match": '"other"'}).status_code == 200


@pytest.mark.parametrize("path", ["/api/meetings", "/", "/api/meetings/no-such-meeting"])
def test_head_answers_as_get_without_the_body(api: httpx.Client, path: str) -> None:
    got, head = api.get(path), api.head(path)
    assert head.status_code == got.status_code and head.content == b""
    for name in ("content-type", "content-length", "etag", "content-security-policy"):
        assert head.headers.get(name) == got.headers.get(name), name
    tag = got.headers.get("etag")
    if tag:  # a cached copy is checked with HEAD as with GET
        assert api.head(path, headers={"If-None-Match": tag}).status_code == 304


def test_openapi_and_docs(api: httpx.Client) -> None:
    schema = api.get("/openapi.json").json()
    for path in ("/api/documents", "/api/search", "/api/meetings/{meeting_id}", "/api/timeline"):
        assert path in schema["paths"]
    assert "post" in schema["paths"]["/api/documents"]
    assert api.get("/docs").status_code == 200


def test_writes_refused_on_a_read_only_server(api: httpx.Client) -> None:
    files = {"files": ("page.txt", PAGE_TEXT.encode(), "text/plain")}
    message = _error(api.post("/api/documents", files=files, headers=AUTH), 403)
    assert "SUMMITRY_TOKEN" in message
    assert api.get("/api/documents").json()["total"] == PAGES


def test_upload_needs_the_token(writable: tuple[httpx.Client, Store]) -> None:
    client, store = writable
    files = {"files": ("page.txt", PAGE_TEXT.encode(), "text/plain")}
    response = client.post("/api/documents", files=files)
    _error(response, 401)
    assert response.headers["www-authenticate"] == "Bearer"
    _error(client.post("/api/documents", files=files, headers={"Authorization": "Bearer no"}), 401)
    _error(client.post("/api/corrections", json={}), 401)
    assert store.count() == 2


def test_upload_ingests_and_changes_the_etag(writable: tuple[httpx.Client, Store]) -> None:
    client, store = writable
    before = client.get("/api/documents").headers["etag"]
    labels = [m["label"] for m in client.get("/api/meetings").json()["items"]]
    assert "36th APEC Ministerial Meeting" not in labels  # and this view is now cached
    files = [
        ("files", ("new.txt", PAGE_TEXT.encode(), "text/plain")),
        ("files", ("empty.txt", b"   ", "text/plain")),
    ]
    response = client.post("/api/documents", files=files, headers=AUTH)
    assert response.status_code == 201, response.text
    new, empty = response.json()["items"]
    assert (new["name"], new["status"]) == ("new.txt", "new") and len(new["id"]) == 64
    assert empty["status"] == "failed" and "empty" in empty["error"]
    assert store.count() == 3
    stored = client.get(f"/api/documents/{new['id']}").json()
    assert stored["source"] == "upload:new.txt"
    assert "36th APEC Ministerial Meeting" in [
        m["label"] for m in client.get("/api/meetings").json()["items"]
    ]
    assert client.get("/api/documents", headers={"If-None-Match": before}).status_code == 200
    again = client.post("/api/documents", files=files[:1], headers=AUTH).json()["items"][0]
    assert again["status"] == "unchanged" and again["id"] == new["id"]


def test_an_upload_stored_with_an_empty_body_says_so(writable: tuple[httpx.Client, Store]) -> None:
    client, _ = writable
    page = b"<html><head><title>Leaders Meet</title><script>var a;</script></head></html>"
    files = {"files": ("scripts.html", page, "text/html")}
    item = client.post("/api/documents", files=files, headers=AUTH).json()["items"][0]
    assert item["status"] == "new" and item["error"] is None
    assert item["warnings"] == ["upload:scripts.html: empty body: no text left after cleaning"]
    assert client.get(f"/api/documents/{item['id']}").json()["title"] == "Leaders Meet"


def test_upload_size_limit(writable: tuple[httpx.Client, Store]) -> None:
    client, store = writable
    big = (PAGE_TEXT * 100).encode()  # ~19 kB, over the 4,000-byte page limit
    files = [
        ("files", ("ok.txt", PAGE_TEXT.encode(), "text/plain")),
        ("files", ("big.txt", big, "text/plain")),
    ]
    assert "big.txt" in _error(client.post("/api/documents", files=files, headers=AUTH), 413)
    assert store.count() == 2  # nothing stored, not even the small page
    huge = {"files": ("huge.txt", b"x" * 200_000, "text/plain")}  # over the request limit
    _error(client.post("/api/documents", files=huge, headers=AUTH), 413)
    chunked = client.post("/api/documents", content=iter([b"abc"]), headers=AUTH)
    _error(chunked, 411)


def test_upload_file_name_is_never_a_path(writable: tuple[httpx.Client, Store]) -> None:
    client, _ = writable
    files = {"files": ("../../etc/passwd", PAGE_TEXT.encode(), "text/plain")}
    item = client.post("/api/documents", files=files, headers=AUTH).json()["items"][0]
    assert (item["name"], item["status"]) == ("passwd", "new")
    assert client.get(f"/api/documents/{item['id']}").json()["source"] == "upload:passwd"
    assert label_of("..\\..\\windows\\win.ini") == "win.ini"
    assert label_of("a\x00b\nc") == "a?b?c" and label_of("") == "upload"


def test_corrections_need_the_token_apply_at_once_and_can_be_removed(
    writable: tuple[httpx.Client, Store],
) -> None:
    client, _ = writable
    doc = client.get("/api/documents").json()["items"][0]["id"]
    body = {"target": doc, "action": "set", "field": "document.title", "value": "Fixed title"}
    _error(client.post("/api/corrections", json=body), 401)
    stored = client.post("/api/corrections", json=body, headers=AUTH)
    assert stored.status_code == 201, stored.text
    assert client.get(f"/api/documents/{doc}").json()["title"] == "Fixed title"
    listed = client.get("/api/corrections").json()
    assert [(c["target"], c["field"], c["value"]) for c in listed] == [
        (doc, "document.title", "Fixed title")
    ]
    gone = client.delete(f"/api/corrections/{stored.json()['id']}", headers=AUTH)
    assert gone.status_code == 200 and client.get("/api/corrections").json() == []
    assert client.get(f"/api/documents/{doc}").json()["title"] != "Fixed title"
    _error(client.delete(f"/api/corrections/{stored.json()['id']}", headers=AUTH), 404)
    wrong = {**body, "field": "meetings.999.city"}
    assert "no meetings item 999" in _error(
        client.post("/api/corrections", json=wrong, headers=AUTH), 422
    )
    missing = {**body, "target": "ffffff0"}  # a prefix no stored page has
    _error(client.post("/api/corrections", json=missing, headers=AUTH), 404)
    _error(client.post("/api/corrections", json={"target": doc}, headers=AUTH), 422)


def test_a_crash_is_a_500_in_the_error_shape(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("boom: secret detail")

    monkeypatch.setattr(data, "recent_meetings", broken)
    with running(store, token=None) as url, httpx.Client(base_url=url, timeout=60) as client:
        message = _error(client.get("/api/meetings"), 500)
        assert "secret" not in message  # details go to the log, not to the client
        page = client.get("/")
        assert page.status_code == 500 and "text/html" in page.headers["content-type"]
        assert "internal error" in page.text


def test_serve_command_prints_its_url_and_answers(tmp_path: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {**os.environ, "SUMMITRY_TOKEN": ""}
    args = ["serve", "--db", str(tmp_path / "s.db"), "--port", str(port)]
    proc = subprocess.Popen(
        [sys.executable, "-m", "summitry", *args], env=env, stderr=subprocess.PIPE, text=True
    )
    try:
        first_line = proc.stderr.readline()
        assert f"http://127.0.0.1:{port}/" in first_line
        deadline = time.monotonic() + 30
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/api/documents", timeout=5)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline and proc.poll() is None
                time.sleep(0.2)
        assert response.json()["total"] == 0
        assert "server" not in response.headers  # no "server: uvicorn"
        rebound = httpx.get(f"http://127.0.0.1:{port}/", headers={"Host": "evil.example"})
        assert rebound.status_code == 400 and "server" not in rebound.headers
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    bad = invoke("serve", "--db", str(tmp_path / "no" / "x.db"))
    assert bad.returncode == 1 and b"does not exist" in bad.stderr


def test_view_cache_follows_the_store_version() -> None:
    class FakeStore:
        url = "sqlite:///fake.db"
        version = "1"

    calls: list[str] = []

    @cache.cached(lambda store, _scope: store.version)
    def view(store: FakeStore, name: str) -> list[str]:
        calls.append(name)
        return [name, store.version]

    store = FakeStore()
    try:
        cache.set_size(2)
        assert view(store, "a") == view(store, "a") == ["a", "1"] and calls == ["a"]
        store.version = "2"  # a write: the next read builds the view again
        assert view(store, "a") == ["a", "2"] and calls == ["a", "a"]
        view(store, "b"), view(store, "c")  # over the size: "a" is dropped
        view(store, "a")
        assert calls == ["a", "a", "b", "c", "a"]
        cache.set_size(0)
        view(store, "a"), view(store, "a")
        assert calls[-2:] == ["a", "a"]
    finally:
        cache.set_size(cache.DEFAULT_SIZE)
