"""Limits of the HTTP API over real HTTP: request bodies, correction fields and Host headers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from summitry.api import create_app, default_max_body
from summitry.api.models import CORRECTION_VALUE_CHARS
from summitry.api.security import host_allowed, trusted_hosts
from summitry.read import DEFAULT_MAX_BYTES
from summitry.store import Store, open_store
from tests.conftest import EXAMPLES
from tests.serving import running

TOKEN = "test-token-5d2a"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
MB = 1024 * 1024


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    from summitry.ingest import ingest

    with open_store(tmp_path / "limits.db") as opened:
        ingest([EXAMPLES / "tha_apec_mrt_2022.txt"], opened)
        yield opened


@pytest.fixture
def client(store: Store) -> Iterator[httpx.Client]:
    """A writable server with the default page and body limits."""
    with running(store, token=TOKEN) as url, httpx.Client(base_url=url, timeout=60) as http:
        yield http


def _error(response: httpx.Response, status: int) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and body["error"]["status"] == status
    return body["error"]["message"]


def _rss_bytes() -> int:
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * 4096


def test_default_body_limit_is_four_pages_of_the_largest_size(store: Store) -> None:
    assert create_app(store).state.max_request_bytes == 4 * 5 * MB + 64 * 1024
    assert DEFAULT_MAX_BYTES == 5 * MB
    assert create_app(store, max_body_bytes=1000).state.max_request_bytes == 1000
    assert default_max_body(4000) == 16_000 + 65_536


def test_ten_uploads_of_five_megabytes_are_refused_before_the_body_is_read(
    client: httpx.Client, store: Store
) -> None:
    """The body is declared at 50 MB and streamed: refused with 413, none of it kept."""
    declared = 10 * 5 * MB
    chunk = b"x" * (64 * 1024)
    headers = {
        **AUTH,
        "Content-Length": str(declared),
        "Content-Type": "multipart/form-data; boundary=b",
    }
    before = _rss_bytes()
    try:
        response = client.post(
            "/api/documents",
            content=iter([chunk] * (declared // len(chunk))),
            headers=headers,
        )
    except httpx.TransportError:  # the server may close before the client finished sending
        pytest.fail("the 413 never reached the client")
    assert "larger than 21037056 bytes" in _error(response, 413)
    assert _rss_bytes() - before < 16 * MB
    assert store.count() == 1
    assert client.get("/api/documents").status_code == 200  # the server answers on


def test_a_smaller_body_limit_refuses_what_the_page_limit_allows(store: Store) -> None:
    pages = [
        ("files", (f"p{i}.txt", b"Leaders met in Lima. " * 150, "text/plain")) for i in range(3)
    ]
    with (
        running(store, token=TOKEN, max_upload_bytes=4000, max_body_bytes=6000) as url,
        httpx.Client(base_url=url, timeout=60) as http,
    ):
        _error(http.post("/api/documents", files=pages, headers=AUTH), 413)
        one = http.post("/api/documents", files=pages[:1], headers=AUTH)
        assert one.status_code == 201 and one.json()["items"][0]["status"] == "new"
    assert store.count() == 2


def _correction(store: Store, **fields: object) -> dict[str, object]:
    doc = store.list(limit=1)[0].id
    return {"target": doc, "action": "set", "field": "document.title", "value": "T", **fields}


def test_every_correction_field_is_bounded_with_a_reason(
    client: httpx.Client, store: Store
) -> None:
    ok = client.post("/api/corrections", json=_correction(store, value="A"), headers=AUTH)
    assert ok.status_code == 201, ok.text
    long_value = "x" * 3000
    message = _error(
        client.post("/api/corrections", json=_correction(store, value=long_value), headers=AUTH),
        422,
    )
    assert "body.value" in message and f"at most {CORRECTION_VALUE_CHARS}" in message
    nested = [["a" * 50] * 10] * 10  # ~5,000 characters as JSON
    assert "body.value" in _error(
        client.post("/api/corrections", json=_correction(store, value=nested), headers=AUTH), 422
    )
    for name, size in (("note", 2001), ("target", 201), ("field", 101)):
        body = _correction(store, **{name: "n" * size})
        message = _error(client.post("/api/corrections", json=body, headers=AUTH), 422)
        assert f"body.{name}" in message and "at most" in message
    huge = _correction(store, value="x" * (10 * MB))  # a 10 MB value: not even read
    assert "larger than 65536 bytes" in _error(
        client.post("/api/corrections", json=huge, headers=AUTH), 413
    )
    titles = [c["value"] for c in client.get("/api/corrections").json()]
    assert titles == ["A"]


def test_host_names_other_than_the_trusted_ones_are_refused(client: httpx.Client) -> None:
    port = client.base_url.port
    for host in (f"127.0.0.1:{port}", f"localhost:{port}", "LOCALHOST", f"[::1]:{port}"):
        assert client.get("/api/documents", headers={"Host": host}).status_code == 200, host
    for host in ("attacker.example", f"attacker.example:{port}", "127.0.0.1.attacker.example"):
        message = _error(client.get("/api/documents", headers={"Host": host}), 400)
        assert "--trusted-host" in message
    page = client.get("/", headers={"Host": "rebound.example"})
    assert page.status_code == 400 and "text/html" in page.headers["content-type"]
    assert page.headers["x-content-type-options"] == "nosniff"
    write = client.post("/api/corrections", json={}, headers={**AUTH, "Host": "evil.example"})
    assert write.status_code == 400


def test_trusted_hosts_can_be_given(store: Store) -> None:
    with (
        running(store, token=None, hosts=["summitry.example.org", "*.intranet.test"]) as url,
        httpx.Client(base_url=url, timeout=60) as http,
    ):
        for host in ("summitry.example.org", "a.intranet.test:8000", "localhost"):
            assert http.get("/api/documents", headers={"Host": host}).status_code == 200, host
        for host in ("example.org", "intranet.test.evil.example"):
            assert http.get("/api/documents", headers={"Host": host}).status_code == 400, host


def test_host_matching() -> None:
    assert trusted_hosts() == ["localhost", "127.0.0.1", "::1"]
    assert trusted_hosts("0.0.0.0", ["Docs.Example.org"]) == [
        "localhost",
        "127.0.0.1",
        "::1",
        "docs.example.org",
    ]
    assert trusted_hosts("10.0.0.5")[-1] == "10.0.0.5"
    allowed = trusted_hosts()
    assert host_allowed("[::1]:8000", allowed) and host_allowed("localhost:80", allowed)
    assert not host_allowed("", allowed) and not host_allowed("[::1", allowed)
    assert not host_allowed("localhost.evil.example", allowed)
    assert host_allowed("anything.example", ["*"])
