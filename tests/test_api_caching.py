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

from summitry.app import cache, data
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


def test_the_version_is_read_again_after_a_write_or_the_ttl() -> None:
    class FakeStore:
        url = "sqlite:///version-test.db"

    reads: list[str] = []

    def read(_store: Any) -> str:
        reads.append("read")
        return f"v{len(reads)}"

    store = FakeStore()
    assert versions.version_of(store, read) == "v1"
    assert versions.version_of(store, read) == "v1" and versions.known(store) == "v1"
    versions.forget(store)
    assert versions.known(store) is None
    assert versions.version_of(store, read) == "v2"

    def write_while_reading(_store: Any) -> str:
        versions.forget(store)  # a write commits while the version is being read
        return "v3"

    versions.forget(store)
    assert versions.version_of(store, write_while_reading) == "v3"
    assert versions.known(store) is None  # not kept: it may predate the write
    versions.forget(store)


def test_concurrent_misses_on_one_view_build_it_once() -> None:
    class FakeStore:
        url = "sqlite:///single-flight.db"

    builds: list[str] = []

    @cache.cached(lambda _store: "1")
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
