"""`summitry export`: each kind and format, read back with the csv module, json, openpyxl and
pyarrow, over the example pages (`make demo` stores the same)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, exported_csv, invoke

KINDS = ("documents", "meetings", "people", "statements", "commitments", "mentions")


def _ndjson(demo: str, *args: str) -> list[dict]:
    result = invoke("export", *args, "--format", "ndjson", "--db", demo)
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]


def test_documents_csv_has_one_row_per_stored_page(demo: str) -> None:
    rows = exported_csv(demo, "documents")
    assert len(rows) == 12  # the twelve example pages
    japan = [r for r in rows if r["title"] == "Japan-China Summit Meeting"]
    assert japan and japan[0]["published"] == "2023-11-17"
    assert japan[0]["publisher_country"] == "JPN"


def test_meetings_are_one_row_each_across_pages(demo: str) -> None:
    rows = _ndjson(demo, "meetings")
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    aelm = [r for r in rows if r["id"] == "meeting:apec-economic-leaders-meeting-29"]
    assert len(aelm) == 1
    assert (aelm[0]["city"], aelm[0]["country"], aelm[0]["ordinal"]) == ("Bangkok", "THA", 29)
    assert aelm[0]["start"] == "2022-11-18" and aelm[0]["corrected"] == []


def test_meetings_export_applies_entity_corrections(demo: str, tmp_path: Path) -> None:
    db = tmp_path / "corrected.db"
    db.write_bytes(Path(demo).read_bytes())
    meeting = "meeting:apec-economic-leaders-meeting-29"
    result = invoke("correct", "set", meeting, "city", "Chiang Mai", "--db", str(db))
    assert result.returncode == 0, result.stderr
    rows = [r for r in _ndjson(str(db), "meetings") if r["id"] == meeting]
    assert rows[0]["city"] == "Chiang Mai" and rows[0]["corrected"] == ["city"]


def test_people_carry_their_ids_and_evidence(demo: str) -> None:
    rows = exported_csv(demo, "people")
    lee = [r for r in rows if r["name"] == "Lee Jae-myung"]
    assert lee[0]["person_id"] == "person:jaemyung-lee"
    assert (lee[0]["title"], lee[0]["country"], lee[0]["role"]) == ("President", "KOR", "chair")
    assert int(lee[0]["evidence_start"]) < int(lee[0]["evidence_end"])


def test_statements_and_commitments(demo: str) -> None:
    said = _ndjson(demo, "statements")
    assert {"agree", "support"} <= {s["act"] for s in said}
    commitments = exported_csv(demo, "commitments")
    ftaap = [c for c in commitments if "FTAAP" in c["what"]]
    assert ftaap[0]["when"] == "2022-11-18" and ftaap[0]["actor"] == "APEC"
    assert {c["status"] for c in commitments} <= {"open", "reported_done"}


def test_mentions_and_filters(demo: str) -> None:
    every = exported_csv(demo, "mentions")
    assert {"country", "organization"} <= {m["kind"] for m in every}
    korea = exported_csv(demo, "documents", "--country", "kor")
    assert 0 < len(korea) < 12
    years = exported_csv(demo, "documents", "--year", "2022", "--year", "2023")
    assert {r["published"][:4] for r in years} == {"2022", "2023"}
    assert len(exported_csv(demo, "documents", "--year", "2022")) < len(years)
    ranged = exported_csv(demo, "documents", "--from", "2023-01-01", "--to", "2023-12")
    assert ranged and {r["published"][:4] for r in ranged} == {"2023"}
    assert len(exported_csv(demo, "statements", "--limit", "3")) == 3


def test_file_output_and_errors(demo: str, tmp_path: Path) -> None:
    out = tmp_path / "people.ndjson"
    result = invoke("export", "people", "-f", "ndjson", "-o", str(out), "--db", demo)
    assert result.returncode == 0 and b"written to" in result.stderr
    assert len(out.read_text("utf-8").splitlines()) == len(exported_csv(demo, "people"))
    bad = invoke("export", "speeches", "--db", demo)
    assert bad.returncode == 1 and b"choose one of documents" in bad.stderr
    bad = invoke("export", "people", "--format", "pdf", "--db", demo)
    assert bad.returncode == 1 and b"unknown format" in bad.stderr
    bad = invoke("export", "people", "--format", "xlsx", "--db", demo)
    assert bad.returncode == 1 and b"-o FILE" in bad.stderr


def test_xlsx_reads_back(demo: str, tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "meetings.xlsx"
    assert invoke("export", "meetings", "-f", "xlsx", "-o", str(out), "--db", demo).returncode == 0
    sheet = openpyxl.load_workbook(out, read_only=True)["meetings"]
    header, *rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert header[:3] == ["id", "label", "series"]
    by_id = {r[0]: dict(zip(header, r, strict=True)) for r in rows}
    assert by_id["meeting:apec-economic-leaders-meeting-29"]["city"] == "Bangkok"


def test_parquet_reads_back(demo: str, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "statements.parquet"
    result = invoke("export", "statements", "-f", "parquet", "-o", str(out), "--db", demo)
    assert result.returncode == 0, result.stderr
    table = pq.read_table(out)
    assert table.num_rows == len(exported_csv(demo, "statements"))
    assert str(table.schema.field("idx").type) == "int64"
    assert "agree" in table.column("act").to_pylist()


def test_export_streams_in_batches(demo: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from summitry.export import rows
    from summitry.store import open_store

    monkeypatch.setattr(rows, "BATCH", 2)  # every kind crosses several batches
    store = open_store(demo)
    try:
        for kind in ("documents", "people", "statements", "mentions"):
            small = list(rows.export_rows(store, kind))
            keys = [tuple(r.get(k) for k in ("document_id", "id", "kind", "idx")) for r in small]
            assert len(keys) == len(set(keys)), kind
        assert len(list(rows.export_rows(store, "documents"))) == 12
    finally:
        store.close()


def test_documents_carry_the_url_they_were_fetched_from(tmp_path: Path) -> None:
    page = (EXAMPLES / "tha_apec_mrt_2022.txt").read_text("utf-8")
    url = "https://www.mfa.go.th/en/content/apec-mrt-2022"
    line = json.dumps({"url": url, "text": page, "fetched": "2022-05-23"})
    (tmp_path / "pages.jsonl").write_text(line + "\n", encoding="utf-8")
    db = str(tmp_path / "urls.db")
    assert invoke("ingest", str(tmp_path / "pages.jsonl"), "--db", db).returncode == 0
    assert [r["url"] for r in exported_csv(db, "documents")] == [url]


def test_commitments_filtered_by_the_pages_forum(demo: str) -> None:
    every = exported_csv(demo, "commitments")
    g20 = exported_csv(demo, "commitments", "--forum", "G20")
    assert 0 < len(g20) < len(every)
    assert {c["meeting"] for c in g20} == {"G20 Bali Summit"}


@pytest.mark.parametrize(
    ("fmt", "kind", "module"),
    [
        ("xlsx", "people", "openpyxl"),
        ("parquet", "people", "pyarrow"),
        ("ftm", "people", "followthemoney"),
        ("ics", "meetings", "icalendar"),
    ],
)
def test_without_the_export_extra_one_line_says_what_to_install(
    demo: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str, kind: str, module: str
) -> None:
    monkeypatch.setitem(sys.modules, module, None)  # as if not installed
    result = invoke("export", kind, "-f", fmt, "-o", str(tmp_path / f"out.{fmt}"), "--db", demo)
    assert result.returncode == 1
    assert result.stderr.decode().strip().endswith("pip install 'summitry[export]'")
    assert len(result.stderr.decode().strip().splitlines()) == 1


def test_every_kind_has_the_columns_it_declares(demo: str) -> None:
    from summitry.export.rows import COLUMNS

    for kind in KINDS:
        rows = _ndjson(demo, kind)
        assert rows, kind
        assert tuple(rows[0]) == COLUMNS[kind], kind


def test_an_export_with_no_rows_still_has_its_header(demo: str, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from summitry.export.rows import COLUMNS

    result = invoke("export", "people", "--year", "1900", "--db", demo)
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode("utf-8").splitlines() == [",".join(COLUMNS["people"])]
    out = tmp_path / "none.xlsx"
    result = invoke(
        "export", "documents", "--year", "1900", "-f", "xlsx", "-o", str(out), "--db", demo
    )
    assert result.returncode == 0, result.stderr
    assert "0 documents written" in result.stderr.decode("utf-8")
    sheet = load_workbook(out, read_only=True)["documents"]
    assert [list(r) for r in sheet.iter_rows(values_only=True)] == [list(COLUMNS["documents"])]
