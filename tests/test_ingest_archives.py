"""WARC and JSON Lines inputs: each page with its URL and fetch time, stored, searchable by
site, shown and served; the same page at two URLs is one document with both."""

from __future__ import annotations

import base64
import gzip
import hashlib
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from summitry.api import create_app
from summitry.archives import archive_kind
from summitry.cli import app
from summitry.ingest import ingest, raw_pages, records_of
from summitry.store import Store, StoredUrl, open_store
from tests.backends import BACKENDS, target_for

PAGES = Path(__file__).parent / "pages"
ASEAN = (PAGES / "asean.html").read_bytes()
STATE = (PAGES / "state.html").read_bytes()
ASEAN_TITLE = "ASEAN, Republic of Korea reaffirm commitment to strengthen partnership"
STATE_TITLE = "Secretary Blinken's Meeting with Philippine Secretary of Foreign Affairs Manalo"
ASEAN_URL = "https://asean.org/asean-rok-dialogue/"
MIRROR_URL = "https://www.mirror.example.org/news/asean-rok"
STATE_URL = "https://www.state.gov/secretary-blinkens-meeting-with-manalo/"


def _response(
    writer: WARCWriter,
    url: str,
    body: bytes,
    date: str,
    content_type: str = "text/html; charset=UTF-8",
    status: str = "200 OK",
) -> None:
    http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        url,
        "response",
        payload=io.BytesIO(body),
        http_headers=http,
        warc_headers_dict={"WARC-Date": date},
    )
    writer.write_record(record)


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A fresh store on SQLite, and on PostgreSQL where $SUMMITRY_TEST_PG names a server."""
    with target_for(request.param, tmp_path) as target, open_store(target) as store:
        yield store


def write_warc(path: Path, *, gzipped: bool = True) -> Path:
    """A small crawl: two pages, the first again at a mirror, a stylesheet and a 404."""
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gzipped)
        _response(writer, ASEAN_URL, ASEAN, "2024-06-14T09:00:00Z")
        _response(
            writer,
            "https://asean.org/style.css",
            b"body{}",
            "2024-06-14T09:00:01Z",
            content_type="text/css",
        )
        _response(writer, MIRROR_URL, ASEAN, "2024-06-15T10:00:00Z")
        _response(writer, STATE_URL, STATE, "2024-07-28T08:30:00Z")
        _response(
            writer,
            "https://asean.org/gone",
            b"<html><p>Not found</p></html>",
            "2024-06-14T09:00:02Z",
            status="404 Not Found",
        )
    return path


def write_jsonl(path: Path) -> Path:
    lines = [
        json.dumps({"url": STATE_URL, "html": STATE.decode(), "fetched": "2024-07-29"}),
        "",
        "{not json",
        json.dumps({"url": "https://kln.example.lk/p1", "text": (PAGES / "kln.txt").read_text()}),
        json.dumps({"url": "https://example.org/empty", "title": "no body"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("gzipped", [True, False])
def test_each_html_response_of_a_warc_is_a_page_with_its_url_and_fetch_time(
    tmp_path: Path, gzipped: bool
) -> None:
    warc = write_warc(tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc"), gzipped=gzipped)
    pages = [(raw.url, raw.fetched) for _, raw, _ in raw_pages([warc]) if raw is not None]
    assert pages == [
        (ASEAN_URL, "2024-06-14T09:00:00Z"),
        (MIRROR_URL, "2024-06-15T10:00:00Z"),
        (STATE_URL, "2024-07-28T08:30:00Z"),
    ]


def test_archives_are_told_by_their_content_not_their_name(tmp_path: Path) -> None:
    warc = write_warc(tmp_path / "crawl.bin")
    jsonl = write_jsonl(tmp_path / "pages.txt")
    zipped_page = tmp_path / "page.gz"
    zipped_page.write_bytes(gzip.compress(ASEAN))
    assert archive_kind(warc) == "warc"
    assert archive_kind(jsonl) == "jsonl"
    assert archive_kind(PAGES / "asean.html") is None
    assert archive_kind(zipped_page) is None
    assert archive_kind(tmp_path / "missing.warc") is None


def test_jsonl_pages_have_their_urls_and_bad_lines_one_error_each(tmp_path: Path) -> None:
    jsonl = write_jsonl(tmp_path / "pages.jsonl")
    found = list(records_of([jsonl]))
    assert [(source.rsplit(":", 1)[1], error is None) for source, _, error in found] == [
        ("1", True),
        ("3", False),
        ("4", True),
        ("5", False),
    ]
    assert found[0][1].document.url == STATE_URL
    assert found[0][1].document.title == STATE_TITLE
    assert found[2][1].document.url == "https://kln.example.lk/p1"
    assert found[1][2] == f"{jsonl}:3: is not a JSON object (skipped; nothing stored)"
    assert found[3][2] == f'{jsonl}:5: has no "html" or "text" string (skipped; nothing stored)'


def test_a_plain_file_has_no_url() -> None:
    [(_, record, _)] = list(records_of([PAGES / "asean.html"]))
    assert record.document.url is None
    assert record.to_dict()["document"]["url"] is None


def test_a_page_at_two_urls_is_one_document_with_both(tmp_path: Path, db: Store) -> None:
    warc = write_warc(tmp_path / "crawl.warc.gz")
    report = ingest([warc], db)
    assert (report.new, report.unchanged, report.failed) == (2, 1, [])
    assert db.count() == 2
    doc = db.get(report.ids[0])
    assert doc.title == ASEAN_TITLE
    assert doc.url == ASEAN_URL
    assert doc.record["document"]["url"] == ASEAN_URL
    assert doc.urls == [
        StoredUrl(ASEAN_URL, "2024-06-14T09:00:00Z"),
        StoredUrl(MIRROR_URL, "2024-06-15T10:00:00Z"),
    ]


def test_search_by_site_finds_a_page_under_each_of_its_sites(tmp_path: Path, db: Store) -> None:
    warc, jsonl = write_warc(tmp_path / "c.warc.gz"), write_jsonl(tmp_path / "p.jsonl")
    ingest([warc, jsonl], db)
    titles = {
        site: [h.title for h in db.search("minister", site=site).hits]
        for site in ("asean.org", "mirror.example.org", "www.state.gov", "kln.example.lk")
    }
    by_url = db.search("minister", site="https://www.mirror.example.org/x").hits
    facets = dict(db.search("Korea").facets["site"])
    assert titles["asean.org"] == [ASEAN_TITLE]
    assert titles["mirror.example.org"] == [ASEAN_TITLE]
    assert titles["www.state.gov"] == [STATE_TITLE]
    assert len(titles["kln.example.lk"]) == 1
    assert [h.title for h in by_url] == [ASEAN_TITLE]
    assert facets["asean.org"] == 1 and facets["mirror.example.org"] == 1


def test_reingest_adds_nothing_and_force_keeps_every_url(tmp_path: Path, db: Store) -> None:
    warc = write_warc(tmp_path / "c.warc.gz")
    first = ingest([warc], db)
    again = ingest([warc], db)
    forced = ingest([PAGES / "asean.html"], db, force=True)
    doc = db.get(first.ids[0])
    assert (again.new, again.unchanged, again.failed) == (0, 3, [])
    assert (forced.replaced, forced.failed) == (1, [])
    assert doc.source == str(PAGES / "asean.html")
    assert doc.url == ASEAN_URL
    assert [u.url for u in doc.urls] == [ASEAN_URL, MIRROR_URL]


def test_a_revisit_record_adds_its_url_to_the_page_it_repeats(tmp_path: Path, db: Store) -> None:
    path = tmp_path / "dedup.warc.gz"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        _response(writer, ASEAN_URL, ASEAN, "2024-06-14T09:00:00Z")
        revisit = writer.create_revisit_record(
            MIRROR_URL,
            digest=_sha1_digest(ASEAN),
            refers_to_uri=ASEAN_URL,
            refers_to_date="2024-06-14T09:00:00Z",
            warc_headers_dict={"WARC-Date": "2024-08-01T00:00:00Z"},
        )
        writer.write_record(revisit)
    report = ingest([path], db)
    doc = db.get(report.ids[0])
    assert (report.new, report.unchanged, report.failed) == (1, 1, [])
    assert [u.url for u in doc.urls] == [ASEAN_URL, MIRROR_URL]


def _sha1_digest(body: bytes) -> str:
    """The WARC-Payload-Digest warcio writes for a body: sha1, base32."""
    return "sha1:" + base64.b32encode(hashlib.sha1(body).digest()).decode()


def test_a_truncated_archive_keeps_the_pages_before_the_break(tmp_path: Path) -> None:
    whole = write_warc(tmp_path / "c.warc", gzipped=False).read_bytes()
    cut = tmp_path / "cut.warc"
    cut.write_bytes(whole[: whole.index(STATE_URL.encode()) + 900])
    with open_store(tmp_path / "s.db") as store:
        report = ingest([cut], store)
    assert (report.new, report.unchanged) == (1, 1)
    [error] = report.failed
    assert error.startswith(f"{cut}@") and "\n" not in error
    assert "is cut short" in error and STATE_URL in error


def test_a_broken_gzip_archive_keeps_the_pages_before_the_break(tmp_path: Path) -> None:
    warc = write_warc(tmp_path / "c.warc.gz")
    offsets = [int(source.rsplit("@", 1)[1]) for source, _, _ in raw_pages([warc])]
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(warc.read_bytes()[: offsets[-1] + 300])  # inside the State page's member
    with open_store(tmp_path / "s.db") as store:
        report = ingest([cut], store)
    assert report.new >= 1
    [error] = report.failed
    assert error.startswith(f"{cut}@") and "\n" not in error


def test_a_record_over_the_size_limit_is_one_error_naming_its_url(tmp_path: Path) -> None:
    warc = write_warc(tmp_path / "c.warc.gz")
    with open_store(tmp_path / "s.db") as store:
        report = ingest([warc], store, max_bytes=len(STATE) + 10)
    assert report.new == 1  # the State page fits; the ASEAN page and its mirror do not
    assert len(report.failed) == 2
    assert ASEAN_URL in report.failed[0] and "--max-size" in report.failed[0]
    assert MIRROR_URL in report.failed[1] and "\n" not in report.failed[1]


def test_cli_ingest_show_and_search_by_site(tmp_path: Path) -> None:
    warc, db = write_warc(tmp_path / "c.warc.gz"), str(tmp_path / "s.db")
    runner = CliRunner()
    done = runner.invoke(app, ["ingest", str(warc), "--db", db, "--workers", "1"])
    assert done.exit_code == 0, done.output
    assert "2 new, 1 unchanged, 0 failed" in done.output
    with open_store(db) as store:
        doc_id = store.search("Blinken").hits[0].id
    shown = runner.invoke(app, ["show", doc_id[:12], "--db", db])
    assert f"url: {STATE_URL}" in shown.output
    found = runner.invoke(app, ["search", "Korea", "--site", "mirror.example.org", "--db", db])
    assert "1 documents match" in found.output


def test_api_returns_the_urls_and_searches_by_site(tmp_path: Path) -> None:
    warc = write_warc(tmp_path / "c.warc.gz")
    with open_store(tmp_path / "s.db") as store:
        report = ingest([warc], store)
        client = TestClient(create_app(store), base_url="http://localhost")
        doc = client.get(f"/api/documents/{report.ids[0]}").json()
        found = client.get("/api/search", params={"q": "Korea", "site": "mirror.example.org"})
        none = client.get("/api/search", params={"q": "Korea", "site": "state.gov"})
    assert doc["url"] == ASEAN_URL
    assert [u["url"] for u in doc["urls"]] == [ASEAN_URL, MIRROR_URL]
    assert [h["title"] for h in found.json()["items"]] == [ASEAN_TITLE]
    assert none.json()["items"] == []


def test_two_workers_read_an_archive_as_one_process_does(tmp_path: Path) -> None:
    warc, jsonl = write_warc(tmp_path / "c.warc.gz"), write_jsonl(tmp_path / "p.jsonl")
    reports, urls = [], []
    for workers in (1, 2):
        with open_store(tmp_path / f"w{workers}.db") as store:
            report = ingest([warc, jsonl], store, workers=workers)
            reports.append((report.new, report.unchanged, report.failed, report.ids))
            urls.append([[u.url for u in store.get(i).urls] for i in report.ids])
    assert reports[0] == reports[1]
    assert reports[0][:2] == (3, 2) and len(reports[0][2]) == 2
    assert urls[0] == urls[1]
    assert urls[0][0] == [ASEAN_URL, MIRROR_URL]
