"""Highlights built from evidence offsets: nested, cut at their parent's end, always escaped."""

from __future__ import annotations

from summitry.web.highlight import Highlight, highlights, render_marked


def test_highlights_from_evidence_and_names() -> None:
    text = "Minister Kim Gunn met ASEAN delegates on the New Southern Policy."
    record = {
        "people": [{"name": "Kim Gunn", "title": "Minister", "evidence": [9, 17]}],
        "statements": [{"speaker": "Kim Gunn", "act": "state", "evidence": [0, 200]}],  # bad
        "meetings": [{"name": "x", "evidence": [5, 3]}],  # bad: end before start
        "initiatives": ["New Southern Policy", "Not In Text"],
        "organizations": ["ASEAN"],
    }
    found = highlights(record, text)
    assert [(h.kind, text[h.start : h.end]) for h in found] == [
        ("person", "Kim Gunn"),
        ("organization", "ASEAN"),
        ("initiative", "New Southern Policy"),
    ]
    assert [h.anchor for h in found] == ["h1", "h2", "h3"] and found[2].located


def test_render_nests_cuts_crossing_marks_and_escapes() -> None:
    text = "<b>A & B</b> said C"
    marks = [
        Highlight("h1", "statement", "s", 0, 14),
        Highlight("h2", "person", "<i>p</i>", 3, 8),
        Highlight("h3", "outcome", "o", 12, 19),  # crosses h1's end: cut to 12..14
    ]
    html = str(render_marked(text, marks))
    assert html.startswith('<mark id="h1" class="hl hl-statement"')
    assert '&lt;b&gt;<mark id="h2"' in html and "A &amp; B</mark>" in html
    assert 'title="person: &lt;i&gt;p&lt;/i&gt;"' in html
    assert '<mark id="h3" class="hl hl-outcome" data-kind="outcome" title="outcome: o" ' in html
    assert html.endswith("</mark></mark>aid C")
    assert "<b>" not in html and html.count("<mark") == html.count("</mark>") == 3
