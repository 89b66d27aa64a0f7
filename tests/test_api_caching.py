"""Kept answers and the store version: built once, shared by concurrent readers, and never
served after a write through the API."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from summitry.app import cache, data, scopes
from summitry.app import version as versions
from summitry.store import Store, open_store
from tests.conftest import EXAMPLES
from tests.serving import running

TOKEN = "test-token-91be"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
PAGE = (
    "Minister of Foreign Affairs Cho Tae-yul attended the 37th APEC Ministerial Meeting held in "
    "Lima on 14 November 2027.\n"
)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    from summitry.ingest import ingest

    with open_store(tmp_path / "cached.db") as opened:
        ingest([EXAMPLES / "tha_apec_mrt_2022.txt"], opened)
        yield opened


def test_a_kept_answer_skips_the_route_until_a_write(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    listed = data.list_documents

    def counted(*args: Any) -> Any:
        calls.append(1)
        return listed(*args)

    monkeypatch.setattr(data, "list_documents", counted)
    with running(store, token=TOKEN) as url, httpx.Client(base_url=url, timeout=60) as client:
        first = client.get("/api/documents")
        second = client.get("/api/documents")
        assert first.content == second.content and len(calls) == 1
        assert first.headers["etag"] == second.headers["etag"]
        assert second.headers["content-type"] == "application/json"
        files = {"files": ("new.txt", PAGE.encode(), "text/plain")}
        assert client.post("/api/documents", files=files, headers=AUTH).status_code == 201
        third = client.get("/api/documents")
        assert third.json()["total"] == 2 and len(calls) == 2
        assert third.headers["etag"] != first.headers["etag"]


def test_a_write_from_another_process_is_seen_once_the_version_is_read_again(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from summitry.ingest import ingest

    with running(store, token=None) as url, httpx.Client(base_url=url, timeout=60) as client:
        assert client.get("/api/documents").json()["total"] == 1
        ingest([EXAMPLES / "html_sgp_arf_2023.html"], store)  # not through the API
        monkeypatch.setattr(versions, "VERSION_TTL", 0.0)  # as if VERSION_TTL had passed
        assert client.get("/api/documents").json()["total"] == 2


class FakeStore:
    url = "sqlite:///version-test.db"


def test_the_mark_is_read_again_after_a_write_or_the_ttl() -> None:
    marks = [(1, 10, 0, 0)]
    reads: list[versions.Mark] = []

    def read(_store: Any) -> versions.Mark:
        reads.append(marks[0])
        return marks[0]

    def changes(_store: Any, after: int, upto: int) -> tuple[int, set[str]]:
        return 1, {"series:apec"}

    store = FakeStore()
    versions.forget(store)
    first = versions.current(store, read, changes)
    assert versions.current(store, read, changes) is first and len(reads) == 1
    versions.forget(store)
    assert versions.fresh(store) is None
    assert versions.current(store, read, changes).version("documents") == first.version("documents")
    assert len(reads) == 2

    def write_while_reading(_store: Any) -> versions.Mark:
        versions.forget(store)  # a write commits while the mark is being read
        return marks[0]

    versions.forget(store)
    versions.current(store, write_while_reading, changes)
    assert versions.fresh(store) is None  # not kept: it may predate the write
    versions.forget(store)


def test_a_new_page_moves_on_documents_and_its_series_only() -> None:
    marks = [(1, 10, 0, 0)]
    store = FakeStore()
    versions.forget(store)

    def read(_store: Any) -> versions.Mark:
        return marks[0]

    def changes(_store: Any, after: int, upto: int) -> tuple[int, set[str]]:
        assert (after, upto) == (10, 12)
        return 1, {"series:apec"}

    before = versions.current(store, read, changes)
    marks[0] = (2, 12, 0, 0)  # one page added (seq 12)
    versions.forget(store)
    after = versions.current(store, read, changes)
    assert after.version("documents") != before.version("documents")
    assert after.version("series:apec") != before.version("series:apec")
    assert after.version("series:asean") == before.version("series:asean")
    marks[0] = (2, 14, 0, 0)  # a page replaced: same count, new seq -> a new epoch
    versions.forget(store)
    again = versions.current(store, read, lambda _s, a, u: (1, set()))
    assert again.version("series:asean") != after.version("series:asean")
    marks[0] = (2, 14, 1, 1)  # a correction: a new epoch
    versions.forget(store)
    fixed = versions.current(store, read, changes)
    assert fixed.version("series:asean") != again.version("series:asean")
    versions.forget(store)


def test_concurrent_misses_on_one_view_build_it_once() -> None:
    builds: list[str] = []

    @cache.cached(lambda _store, _scope: "1")
    def slow_view(_store: Any, name: str) -> list[str]:
        builds.append(name)
        time.sleep(0.2)
        return [name]

    got: list[list[str]] = []
    threads = [
        threading.Thread(target=lambda: got.append(slow_view(FakeStore(), "a"))) for _ in range(8)
    ]
    try:
        cache.clear()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert builds == ["a"] and got == [["a"]] * 8
    finally:
        cache.clear()


def test_a_new_page_leaves_meetings_of_other_series_kept(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[str] = []
    meeting = data.meeting.__wrapped__  # type: ignore[attr-defined]

    def counted(store: Store, mid: str) -> Any:
        built.append(mid)
        return meeting(store, mid)

    monkeypatch.setattr(
        data, "meeting", cache.cached(scopes.version, scopes.meeting_scope)(counted)
    )
    with running(store, token=TOKEN) as url, httpx.Client(base_url=url, timeout=60) as client:
        trade = client.get("/api/meetings").json()["items"][0]["id"]
        assert trade.startswith("meeting:apec-ministers-responsible-for-trade")
        first = client.get(f"/api/meetings/{trade}")
        search = client.get("/api/search?q=Lima")
        assert search.json()["total"] == 0 and built == [trade]
        doc_id = client.get("/api/documents").json()["items"][0]["id"]
        page = client.get(f"/documents/{doc_id}")
        files = {"files": ("new.txt", PAGE.encode(), "text/plain")}
        assert client.post("/api/documents", files=files, headers=AUTH).status_code == 201
        # the new page names another series: the trade meeting is answered as kept
        held = {"If-None-Match": first.headers["etag"]}
        again = client.get(f"/api/meetings/{trade}", headers=held)
        assert again.status_code == 304 and built == [trade]
        held = {"If-None-Match": page.headers["etag"]}
        assert client.get(f"/documents/{doc_id}", headers=held).status_code == 304
        # lists and searches show the write at once
        assert client.get("/api/search?q=Lima").json()["total"] == 1
        assert client.get("/api/documents").json()["total"] == 2
        lima = "meeting:apec-ministerial-meeting-37"
        assert client.get(f"/api/meetings/{lima}").json()["city"] == "Lima"
        # a page of the Lima meeting's series is seen on that meeting's page at once
        second = PAGE.replace("Lima on 14", "Lima on 15").encode()
        files = {"files": ("second.txt", second, "text/plain")}
        assert client.post("/api/documents", files=files, headers=AUTH).status_code == 201
        assert client.get(f"/api/meetings/{lima}").json()["reports"] == 2
        assert built == [trade, lima, lima]


def test_a_kept_answer_gives_304_without_running_the_route(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    listed = data.list_documents

    def counted(*args: Any) -> Any:
        calls.append(1)
        return listed(*args)

    monkeypatch.setattr(data, "list_documents", counted)
    with running(store, token=None) as url, httpx.Client(base_url=url, timeout=60) as client:
        first = client.get("/documents")
        assert first.status_code == 200 and "content-security-policy" in first.headers
        tag = first.headers["etag"]
        again = client.get("/documents", headers={"If-None-Match": tag})
        assert again.status_code == 304 and again.content == b"" and len(calls) == 1
        assert again.headers["etag"] == tag and "content-security-policy" in again.headers
        kept = client.get("/documents")
        assert kept.content == first.content
        assert kept.headers["content-type"].startswith("text/html")
        refused = client.get("/documents", headers={"Host": "evil.example"})
        assert refused.status_code == 400 and len(calls) == 1


def test_an_answer_too_large_to_keep_still_gives_304(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from summitry.api import caching

    monkeypatch.setattr(caching, "KEPT_BODY_BYTES", 10)
    with running(store, token=None) as url, httpx.Client(base_url=url, timeout=60) as client:
        first = client.get("/api/documents")
        assert first.status_code == 200 and len(first.content) > 10
        held = {"If-None-Match": first.headers["etag"]}
        again = client.get("/api/documents", headers=held)  # built again, not sent
        assert again.status_code == 304 and again.content == b""
        assert again.headers["etag"] == first.headers["etag"]


def test_kept_answers_and_a_compressor_inside_or_outside_agree(store: Store) -> None:
    from fastapi.testclient import TestClient
    from starlette.middleware.gzip import GZipMiddleware

    from summitry.api import create_app

    inside = create_app(store, token=None)
    inside.add_middleware(GZipMiddleware, minimum_size=10)
    inside.user_middleware.append(inside.user_middleware.pop(0))  # inside the kept answers
    client = TestClient(inside, base_url="http://127.0.0.1")
    zipped = client.get("/api/documents", headers={"Accept-Encoding": "gzip"})
    assert zipped.headers["content-encoding"] == "gzip"
    plain = client.get("/api/documents", headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers and plain.json()["total"] == 1
    outside = create_app(store, token=None)
    outside.add_middleware(GZipMiddleware, minimum_size=10)  # compresses kept answers too
    client = TestClient(outside, base_url="http://127.0.0.1")
    for accepted in ("gzip", "gzip", "identity"):
        answer = client.get("/api/documents", headers={"Accept-Encoding": accepted})
        assert answer.json()["total"] == 1  # decoded as its headers say
        assert answer.headers.get("content-encoding", "identity") == accepted
