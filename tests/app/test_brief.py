"""`summitry brief`: briefing books on the example pages through the CLI, as Markdown, HTML
and a PDF whose text is read back and whose page is rendered to pixels."""

from __future__ import annotations

from pathlib import Path

import pytest

from summitry.app.brief import build_brief
from summitry.store import open_store
from summitry.web.brief import CHROMIUM
from tests.conftest import invoke

AELM = "APEC Economic Leaders Meeting"
GOLDEN_GATE = "APEC Leaders Issue Golden Gate Declaration in San Francisco"


def _brief(demo: str, *args: str) -> str:
    result = invoke("brief", *args, "--db", demo)
    assert result.returncode == 0, result.stderr
    return result.stdout.decode()


def test_series_brief_lists_past_meetings_outcomes_commitments_and_gaps(demo: str) -> None:
    md = _brief(demo, "series", AELM)
    assert md.startswith("# Briefing: APEC Economic Leaders' Meeting\n")
    past = md.split("## Past meetings")[1].split("##")[0]
    lines = [line for line in past.splitlines() if line.startswith("- ")]
    assert [line.split(":")[0] for line in lines] == [
        "- 29th APEC Economic Leaders' Meeting",
        "- 30th APEC Economic Leaders' Meeting",
        "- 32nd APEC Economic Leaders' Meeting",
    ]
    assert "Bangkok (THA)" in lines[0] and "chaired by Prayut Chan-o-cha" in lines[0]
    assert "theme: Open. Connect. Balance [1]" in lines[0]
    assert lines[1].endswith("theme: Creating a Resilient and Sustainable Future for All [2]")
    assert "- 32nd APEC Economic Leaders' Meeting: adopted Gyeongju Declaration [3]" in md
    assert (
        "- APEC (2023-11-16): They committed to accelerating the implementation of the "
        "Putrajaya Vision 2040 through the Aotearoa Plan of Action. No later page reports "
        "it done. [2]"
    ) in md
    assert "- No stored page reports meeting number 31 of the series." in md
    sources = md.split("## Sources")[1]
    assert f"2. APEC Secretariat. “{GOLDEN_GATE}.” 2023-11-17. " in sources


def test_meeting_brief_marks_inferred_values(demo: str) -> None:
    md = _brief(demo, "meeting", "G20 Bali Summit")
    facts = md.split("## The meeting")[1].split("##")[0]
    assert (
        "G20 Bali Summit: 2022 (year only), Nusa Dua (IDN); G20, leaders; chaired by Joko Widodo"
        in facts
    )
    assert "*(inferred: year page published 2022-11-16)*" in facts
    assert "inferred: country" not in facts  # the page reports Nusa Dua
    assert "- Joko Widodo, President (IDN): chair [1]" in md
    assert "- adopted G20 Bali Leaders' Declaration [1]" in md
    assert "- G20 Bali Summit: year is inferred, not reported [1]" in md


def test_one_sentence_with_two_acts_is_one_line(demo: str) -> None:
    md = _brief(demo, "person", "Cho Tae-yul")
    said = [line for line in md.splitlines() if "Minister Cho stressed that the CSP" in line]
    assert said == [
        "- 2024-07-27, state, propose: Minister Cho stressed that the CSP would open a new "
        "chapter in relations and proposed that the two sides expand cooperation in digital "
        "transformation, supply chains, climate change and maritime security. [1]"
    ]


def test_country_brief_and_html(demo: str) -> None:
    md = _brief(demo, "country", "KOR")
    assert md.startswith("# Briefing: Korea (KOR)")
    assert "pledged that Korea would continue to support ASEAN centrality" in md
    html = _brief(demo, "country", "kor", "--format", "html")
    assert "<h1>Briefing: Korea (KOR)</h1>" in html and "<style>" in html
    assert 'href="#source-1">[1]</a>' in html


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("meeting", "No Such Summit"), "error: no meeting 'No Such Summit' in the store"),
        (("planet", "Mars"), "error: cannot brief on 'planet': choose one of meeting, series"),
        (("series", "  "), "error: give the series to brief on"),
        (("person", "x" * 301), "error: a person name is at most 300 characters"),
        (("country", "KOR", "--format", "docx"), "error: unknown format 'docx'"),
    ],
)
def test_wrong_input_is_one_line(demo: str, args: tuple[str, ...], message: str) -> None:
    result = invoke("brief", *args, "--db", demo)
    assert result.returncode == 1
    err = result.stderr.decode()
    assert err.startswith(message) and err.count("\n") == 1


def test_markdown_escapes_page_text(demo: str) -> None:
    with open_store(demo) as store:
        brief = build_brief(store, "series", AELM)
    brief.sections[0].lines[0].text = "<b>*bold*</b> [x]"
    from summitry.app.brief_md import brief_markdown

    assert "- \\<b\\>\\*bold\\*\\</b\\> \\[x\\] [1]" in brief_markdown(brief)


def test_pdf_prints_the_brief(demo: str, tmp_path: Path) -> None:
    if not CHROMIUM.exists():
        pytest.skip(f"no Chromium at {CHROMIUM}")
    pdfium = pytest.importorskip("pypdfium2")
    target = tmp_path / "aelm.pdf"
    result = invoke("brief", "series", AELM, "--format", "pdf", "-o", str(target), "--db", demo)
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF-")
    pdf = pdfium.PdfDocument(str(target))
    text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    assert "Briefing: APEC Economic Leaders' Meeting" in text
    assert "Gyeongju Declaration" in text and "Sources" in text
    pixels = pdf[0].render(scale=0.5).to_numpy()
    assert pixels.shape[0] > 300 and pixels.min() < 100  # dark text on a white page


def test_pdf_without_chromium_is_one_line(
    demo: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("summitry.web.brief.CHROMIUM", tmp_path / "no-chromium")
    result = invoke(
        "brief", "series", AELM, "-f", "pdf", "-o", str(tmp_path / "x.pdf"), "--db", demo
    )
    assert result.returncode == 1
    assert result.stderr.decode().startswith("error: --format pdf needs Chromium at ")
    assert not (tmp_path / "x.pdf").exists()
