"""How a stored page is cited: publisher, title, date, every URL, and when it was read."""

from __future__ import annotations

import json
from pathlib import Path

from summitry.query.citation import citation, citations, cite_item
from summitry.store import open_store
from tests.conftest import ROOT, invoke

STATE_URL = "https://www.state.gov/secretary-blinkens-meeting-with-manalo/"
MIRROR_URL = "https://mirror.example.org/blinken-manalo"
STATE = (ROOT / "tests" / "pages" / "state.html").read_text("utf-8")


def test_citation_of_a_fetched_page() -> None:
    doc = {
        "publisher": "ASEAN Secretariat",
        "title": "ASEAN Leaders Adopt ASEAN Concord IV at the 43rd ASEAN Summit",
        "published": "2023-09-05",
        "url": "https://asean.org/a",
        "urls": [
            {"url": "https://asean.org/a", "fetched": "2024-06-14T09:00:00Z"},
            {"url": "https://mirror.example.org/a", "fetched": "2024-06-15T10:00:00Z"},
        ],
        "ingested_at": "2026-12-01T10:00:00+00:00",
    }
    found = citation(doc)
    assert found.urls == ["https://asean.org/a", "https://mirror.example.org/a"]
    assert found.accessed == "2024-06-14"  # the first fetch, not the day it was stored
    assert found.text == (
        "ASEAN Secretariat. “ASEAN Leaders Adopt ASEAN Concord IV at the 43rd ASEAN Summit.” "
        "2023-09-05. https://asean.org/a (accessed 2024-06-14)."
    )
    quote = cite_item("The Leaders adopted the ASEAN Concord IV.", doc)
    assert quote.startswith("“The Leaders adopted the ASEAN Concord IV.” — ASEAN Secretariat.")


def test_citation_of_a_file_without_publisher_or_date() -> None:
    doc = {"title": "A page.", "source": "pages/a.txt", "ingested_at": "2026-12-05T08:00:00"}
    assert (
        citation(doc).text == "Unknown publisher. “A page.” n.d. pages/a.txt (accessed 2026-12-05)."
    )


def test_a_page_met_at_two_urls_is_cited_with_both(tmp_path: Path) -> None:
    lines = [
        {"url": STATE_URL, "html": STATE, "fetched": "2024-07-29T08:00:00Z"},
        {"url": MIRROR_URL, "html": STATE, "fetched": "2024-07-30T08:00:00Z"},
    ]
    pages = tmp_path / "pages.jsonl"
    pages.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    db = str(tmp_path / "t.db")
    assert invoke("ingest", str(pages), "--db", db, "--workers", "1").returncode == 0
    with open_store(db) as store, store.engine.connect() as conn:
        (doc_id,) = [d.id for d in store.list()]
        found = citations(conn, [doc_id])[doc_id]
    assert found.urls == [STATE_URL, MIRROR_URL]
    assert (found.publisher, found.published, found.accessed) == (
        "U.S. Department of State",
        "2024-07-27",  # the page's own date
        "2024-07-29",  # its first fetch
    )
    assert found.text.endswith(f"2024-07-27. {STATE_URL} (accessed 2024-07-29).")
