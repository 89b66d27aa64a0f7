"""Citations, provenance and briefs over HTTP: the JSON API and the pages of the UI, served
over the dev and example pages."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest

from summitry.store import open_store
from summitry.web.brief import CHROMIUM
from tests.conftest import ROOT, invoke
from tests.serving import running

G20 = "meeting:g20-bali-summit-6000cbad439a-0"
ASEAN_43 = "2933e13b215a"  # "ASEAN Leaders Adopt ASEAN Concord IV at the 43rd ASEAN Summit"
STATE_URL = "https://www.state.gov/secretary-blinkens-meeting-with-manalo/"
MIRROR_URL = "https://mirror.example.org/blinken-manalo"
STATE = (ROOT / "tests" / "pages" / "state.html").read_text("utf-8")
G20_CITATION = (
    "Ministry of Foreign Affairs of the Republic of Indonesia. “G20 Bali Summit Concludes "
    "with Adoption of the Leaders' Declaration.” 2022-11-16. "
)
G20_FILE = "examples/pages/html_g20_bali_summit_2022.html (accessed "  # a file: no URL


@pytest.fixture(scope="module")
def client(base_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, timeout=120) as http:
        yield http


def test_api_document_has_its_citation_and_mention_offsets(client: httpx.Client) -> None:
    doc = client.get(f"/api/documents/{ASEAN_43}").json()
    cited = doc["citation"]
    assert (cited["publisher"], cited["published"], cited["url"]) == (
        "ASEAN Secretariat",
        "2023-09-05",
        None,
    )
    assert cited["source"].endswith("secretariat_asean_summit_2023.txt")
    assert cited["text"].startswith("ASEAN Secretariat. “ASEAN Leaders Adopt ASEAN Concord IV")
    found = {(m["kind"], m["value"]): m["evidence"] for m in doc["mentions"]}
    start, end = found[("initiative", "ASEAN Concord IV")]
    assert doc["body"][start:end] == "ASEAN Concord IV"
    start, end = found[("country", "LAO")]
    assert doc["body"][start:end] == "Lao PDR"


def test_api_meeting_marks_inferred_values_and_cites_statements(client: httpx.Client) -> None:
    view = client.get(f"/api/meetings/{quote(G20, safe='')}").json()
    assert view["provenance"] == {"year": "inferred"}  # the page reports Nusa Dua, IDN
    widodo = view["statements"]["Joko Widodo"][0]
    assert widodo["citation"].startswith(G20_CITATION) and G20_FILE in widodo["citation"]
    assert view["sources"][0]["citation"] == widodo["citation"]


def test_document_page_shows_source_and_copy_citation(client: httpx.Client) -> None:
    html = client.get(f"/documents/{ASEAN_43}").text
    assert "<dt>Source URL</dt>" in html and "none: read from " in html
    assert "examples/pages/secretariat_asean_summit_2023.txt</dd>" in html
    assert '<button type="button" class="copy" data-copy="ASEAN Secretariat. “ASEAN' in html
    assert 'class="hl hl-country"' in html  # countries highlighted at their offsets


def test_meeting_page_badges_and_briefing_link(client: httpx.Client) -> None:
    html = client.get(f"/meetings/{quote(G20, safe='')}").text
    assert 'data-field="country"' not in html  # reported: Nusa Dua, IDN
    assert '2022 <span class="prov prov-inferred" data-field="year"' in html
    assert f'href="/brief/meeting/{quote(G20, safe="")}">Briefing</a>' in html
    assert "copy with citation" in html


def test_timeline_counts_a_sentence_once(client: httpx.Client) -> None:
    html = client.get("/timeline?term=ASEAN Concord IV").text
    assert "1 item, oldest first" in html
    api = client.get("/api/timeline", params={"term": "ASEAN Concord IV"}).json()
    assert api["total"] == 1 and [i["kind"] for i in api["items"]] == ["statement"]


def test_brief_pages(client: httpx.Client) -> None:
    html = client.get("/brief/series/APEC Economic Leaders Meeting")
    assert (
        html.status_code == 200
        and "<h1>Briefing: APEC Economic Leaders&#39; Meeting</h1>" in html.text
    )
    assert '<link rel="stylesheet" href="/static/brief.css">' in html.text  # no inline style
    md = client.get("/brief/country/KOR?format=md")
    assert md.headers["content-type"].startswith("text/markdown")
    assert md.text.startswith("# Briefing: Korea (KOR)")
    assert client.get("/static/brief.css").status_code == 200


@pytest.mark.parametrize(
    ("path", "status", "message"),
    [
        ("/brief/planet/Mars", 400, "cannot brief on &#39;planet&#39;"),
        ("/brief/meeting/No Such Summit", 404, "no meeting &#39;No Such Summit&#39;"),
        ("/brief/country/KOR?format=docx", 400, "format &#39;docx&#39;"),
        ("/brief/person/" + "x" * 301, 400, "at most 300 characters"),
    ],
)
def test_brief_wrong_input(client: httpx.Client, path: str, status: int, message: str) -> None:
    response = client.get(path)
    assert response.status_code == status and message in response.text


def test_brief_pdf(client: httpx.Client) -> None:
    if not CHROMIUM.exists():
        pytest.skip(f"no Chromium at {CHROMIUM}")
    pdfium = pytest.importorskip("pypdfium2")
    response = client.get("/brief/person/Cho Tae-yul?format=pdf")
    assert response.status_code == 200 and response.headers["content-type"] == "application/pdf"
    pdf = pdfium.PdfDocument(response.content)
    text = pdf[0].get_textpage().get_text_range()
    assert "Briefing: Cho Tae-yul" in text and "Minister of Foreign Affairs (KOR)" in text


def test_one_sentence_with_two_acts_is_listed_once(client: httpx.Client) -> None:
    html = client.get(f"/meetings/{quote(G20, safe='')}").text
    assert html.count('<span class="said">In the Declaration, most members strongly') == 1
    assert (
        '<span class="act act-criticize">criticize</span> <span class="act act-state">state</span>'
    ) in html
    assert 'Statements <span class="count">(4)</span>' in html  # 6 statements, 4 sentences


def test_a_persons_sentence_with_two_acts_is_listed_once(client: httpx.Client) -> None:
    html = client.get("/people/Cho Tae-yul").text
    assert html.count('<span class="said">Minister Cho stressed that the CSP would open') == 1
    assert '<span class="act act-state">state</span> <span class="act act-propose">' in html
    listed = html.count('<li class="statement">')  # the count is of sentences, as listed
    assert f'Statements <span class="count">({listed})</span>' in html


def test_document_fetched_at_two_urls_shows_both(tmp_path: Path) -> None:
    lines = [
        {"url": STATE_URL, "html": STATE, "fetched": "2024-07-29T08:00:00Z"},
        {"url": MIRROR_URL, "html": STATE, "fetched": "2024-07-30T08:00:00Z"},
    ]
    pages = tmp_path / "pages.jsonl"
    pages.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    db = tmp_path / "t.db"
    assert invoke("ingest", str(pages), "--db", str(db), "--workers", "1").returncode == 0
    with open_store(db) as store, running(store, token=None) as url:
        (doc_id,) = [d.id for d in store.list()]
        html = httpx.get(f"{url}/documents/{doc_id}", timeout=60).text
        api = httpx.get(f"{url}/api/documents/{doc_id}", timeout=60).json()
    assert "<dt>Source URLs</dt>" in html
    assert f'<li><a href="{STATE_URL}" rel="noopener noreferrer">{STATE_URL}</a></li>' in html
    assert f'<a href="{MIRROR_URL}"' in html
    assert api["citation"]["urls"] == [STATE_URL, MIRROR_URL]
    assert api["citation"]["text"].endswith(f"2024-07-27. {STATE_URL} (accessed 2024-07-29).")
