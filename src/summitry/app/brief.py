"""Briefing books: what an officer takes into a meeting about a meeting, a series, a country
or a person, each line cited to the page it comes from.

The content is built here from the same views the pages show (summitry.app.data); the HTML
template (web/templates/brief.html) and the Markdown writer (app/brief_md.py) only lay it out.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from summitry.app import data
from summitry.errors import SummitryError
from summitry.query.citation import citations
from summitry.query.commitments import commitment_page, commitments_on_pages
from summitry.query.results import Commitment, to_json
from summitry.query.sentences import whole_statements
from summitry.store import Store

__all__ = ["KINDS", "Brief", "BriefError", "Line", "Section", "build_brief"]

KINDS = ("meeting", "series", "country", "person")
SERIES_MEETINGS = 12  # latest meetings of a series a brief covers
STRESSED = 3  # statements quoted per member
SPEAKERS = 12  # members quoted, most statements first
COMMITMENTS = 30
NAME_CHARS = 300


class BriefError(SummitryError):
    """Nothing to brief on: an empty or too long name, or none such in the store."""


@dataclass(slots=True)
class Line:
    """One line of a brief: its text, the pages it is cited to (numbers into Brief.sources)
    and the values in it that are not plain fact ({field: (kind, why)})."""

    text: str
    refs: list[int] = field(default_factory=list)
    flags: list[tuple[str, str]] = field(default_factory=list)  # (inferred|..., why)


@dataclass(slots=True)
class Section:
    title: str
    lines: list[Line] = field(default_factory=list)
    empty: str = "Nothing on the stored pages."


@dataclass(slots=True)
class Brief:
    kind: str
    subject: str
    title: str
    made: str  # YYYY-MM-DD
    link: str  # the subject's page in the web UI
    sections: list[Section] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)  # citation() + n, id


class _Cites:
    """Numbers pages in the order a brief first cites them."""

    def __init__(self) -> None:
        self.order: dict[str, int] = {}

    def __call__(self, *doc_ids: str | None) -> list[int]:
        return [self.order.setdefault(d, len(self.order) + 1) for d in doc_ids if d]


def build_brief(store: Store, kind: str, name: str) -> Brief:
    """The brief on one meeting, series, country or person; BriefError when none matches."""
    if kind not in KINDS:
        raise BriefError(f"cannot brief on {kind!r}: choose one of {', '.join(KINDS)}")
    name = (name or "").strip()
    if not name:
        raise BriefError(f"give the {kind} to brief on, e.g. summitry brief {kind} NAME")
    if len(name) > NAME_CHARS:
        raise BriefError(f"a {kind} name is at most {NAME_CHARS} characters")
    cite = _Cites()
    builder = {"meeting": _meeting, "series": _series, "country": _country, "person": _person}
    brief = builder[kind](store, name, cite)
    with store.engine.connect() as conn:
        found = citations(conn, cite.order)
    brief.sources = [
        {"n": n, "id": d, **(to_json(found[d]) if d in found else {})}
        for d, n in cite.order.items()
    ]
    return brief


def _meeting_json(store: Store, name: str) -> dict[str, Any] | None:
    """The meeting's view in the shape the API answers (query.results.to_json)."""
    return to_json(data.meeting(store, name))


def _made() -> str:
    return datetime.now(UTC).date().isoformat()


def _flags(view: dict[str, Any], *fields: str) -> list[tuple[str, str]]:
    """(kind, why) of each of the fields the view marks inferred, corrected or disputed."""
    marks = view.get("provenance") or {}
    out = []
    for name in fields:
        kind = marks.get(name)
        if kind == "inferred":
            out.append((kind, f"{name} {(view.get('inferred') or {}).get(name, '')}".strip()))
        elif kind == "corrected":
            out.append((kind, f"{name} corrected by a person"))
        elif kind == "disputed":
            vals = (view.get("disagreements") or {}).get(name) or []
            out.append((kind, f"{name}: " + " / ".join(str(v["value"]) for v in vals)))
    return out


def _when(m: dict[str, Any]) -> str:
    start, end = m.get("start"), m.get("end")
    if start:
        return f"{start} to {end}" if end and end != start else str(start)
    return f"{m['year']} (year only)" if m.get("year") else "date not given"


def _where(m: dict[str, Any]) -> str:
    place = ", ".join(str(p) for p in (m.get("venue"), m.get("city")) if p)
    host = m.get("country")
    if place and host:
        return f"{place} ({host})"
    return place or (f"in {host}" if host else "place not given")


def _reporting(view: dict[str, Any]) -> list[str]:
    return [s["id"] for s in view.get("sources") or [] if s.get("role") == "main"]


def _meeting(store: Store, name: str, cite: _Cites) -> Brief:
    view = _meeting_json(store, name)
    if view is None:
        raise BriefError(f"no meeting {name!r} in the store (try: summitry meeting {name!r})")
    reports = _reporting(view) or [s["id"] for s in view.get("sources") or []]
    facts = Section("The meeting", [_meeting_line(view, reports[:2], cite)])
    if view.get("theme"):
        facts.lines.append(
            Line(f"Theme: {view['theme']}", cite(*reports[:1]), _flags(view, "theme"))
        )
    brief = Brief("meeting", view["label"], f"Briefing: {view['label']}", _made(),
                  f"/meetings/{view['id']}")  # fmt: skip
    brief.sections = [
        facts,
        _people_section(view, cite),
        _outcomes_section([view], cite),
        commitments := _commitments_section(
            store, commitments_on_pages(store, reports, COMMITMENTS), cite
        ),
        _stressed_section([view], cite),
        _open_questions([view], commitments, [], cite),
    ]
    return brief


def _meeting_line(view: dict[str, Any], refs: list[str], cite: _Cites) -> Line:
    text = f"{view['label']}: {_when(view)}, {_where(view)}"
    extra = [x for x in (view.get("forum"), (view.get("level") or "").replace("_", " ")) if x]
    text += f"; {', '.join(extra)}" if extra else ""
    chairs = [p["name"] for p in view.get("chairs") or []]
    text += f"; chaired by {', '.join(chairs)}" if chairs else ""
    fields = ("start", "end", "year", "city", "country", "venue", "forum", "level")
    return Line(text, cite(*refs), _flags(view, *fields))


def _people_section(view: dict[str, Any], cite: _Cites) -> Section:
    section = Section("Chairs and attendees", empty="No chairs or attendees named.")
    for p in view.get("people") or []:
        who = ", ".join(x for x in (p["name"], p.get("title")) if x)
        who += f" ({p['country']})" if p.get("country") else ""
        role = (p.get("role") or "").replace("_", "-")
        section.lines.append(Line(f"{who}: {role}", cite(*p.get("documents", [])[:2])))
    return section


def _outcomes_section(views: list[dict[str, Any]], cite: _Cites) -> Section:
    section = Section("Outcomes adopted", empty="No outcomes reported.")
    for view in views:
        prefix = f"{view['label']}: " if len(views) > 1 else ""
        for o in view.get("outcomes") or []:
            text = f"{prefix}{o['action']} {o['document']}"
            section.lines.append(Line(text, cite(o.get("source"))))
    return section


def _commitments_section(store: Store, items: list[Commitment], cite: _Cites) -> Section:
    """Each commitment, whole, and the later page that reports it done, if any."""
    said = [{"text": c.what, "document": c.document, "evidence": c.evidence} for c in items]
    with store.engine.connect() as conn:
        whole_statements(conn, said)
    section = Section("Commitments and follow-up", empty="No commitments stated.")
    for c, whole in zip(items, said, strict=True):
        line = Line(f"{c.actor} ({c.when or 'undated'}): {whole['text']}", cite(c.document))
        done = c.done
        if done:
            line.text += f" Reported done {done.date or ''}: {done.sentence}"
            line.refs += cite(done.document)
        else:
            line.text += " No later page reports it done."
        section.lines.append(line)
    return section


def _commitments(store: Store, pages: list[str], cite: _Cites) -> Section:
    """The commitments stated on the pages reporting the meetings briefed on."""
    return _commitments_section(store, commitments_on_pages(store, pages, COMMITMENTS), cite)


def _stressed_section(views: list[dict[str, Any]], cite: _Cites) -> Section:
    """What each speaker stressed: their statements across the views, most vocal first."""
    said: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for view in views:
        for speaker, items in (view.get("statements") or {}).items():
            said.setdefault(speaker, []).extend((view["label"], s) for s in items)
    section = Section("What each member stressed", empty="No statements recorded.")
    by_count = Counter({k: len(v) for k, v in said.items()})
    for speaker, _ in by_count.most_common(SPEAKERS):
        labels = {id(s): label for label, s in said[speaker]}
        for s, acts in _once([s for _, s in said[speaker]])[:STRESSED]:
            where = f" ({labels[id(s)]})" if len(views) > 1 else ""
            line = Line(f"{speaker}{where}, {acts}: {s['text']}", cite(s.get("document")))
            section.lines.append(line)
    return section


def _once(statements: list[dict[str, Any]]) -> list[tuple[dict[str, Any], str]]:
    """Statements with their acts, one per sentence of a page: two statements found in one
    sentence ('stressed ... and proposed ...') are one line, 'state, propose'."""
    found: dict[tuple[Any, str], tuple[dict[str, Any], list[str]]] = {}
    for s in statements:
        entry = found.setdefault((s.get("document"), s["text"]), (s, []))
        if s["act"] not in entry[1]:
            entry[1].append(s["act"])
    return [(s, ", ".join(acts)) for s, acts in found.values()]


def _open_questions(
    views: list[dict[str, Any]], commitments: Section, gaps: list[int], cite: _Cites
) -> Section:
    """What the pages leave open: values inferred or disputed, meetings no page reports,
    commitments no later page reports done."""
    section = Section("Open questions", empty="None found on the stored pages.")
    for n in gaps:
        section.lines.append(Line(f"No stored page reports meeting number {n} of the series."))
    for view in views:
        for kind, why in _flags(view, *sorted(view.get("provenance") or {})):
            verb = {"inferred": "is inferred, not reported", "disputed": "is disputed"}
            text = f"{view['label']}: {why.split(' ')[0]} {verb.get(kind, 'was corrected')}"
            section.lines.append(Line(text, cite(*_reporting(view)[:1]), [(kind, why)]))
    still_open = [line for line in commitments.lines if "No later page" in line.text]
    if still_open:
        text = f"{len(still_open)} commitment(s) above with no later report of delivery."
        section.lines.append(Line(text, sorted({r for line in still_open for r in line.refs[:1]})))
    return section


def _series(store: Store, name: str, cite: _Cites) -> Brief:
    view = to_json(data.series(store, name))
    if view is None:
        raise BriefError(f"no meeting series {name!r} in the store")
    meetings = view["meetings"][-SERIES_MEETINGS:]
    full = [_meeting_json(store, m["id"]) or m for m in meetings]
    past = Section("Past meetings", empty="No meetings of the series placed.")
    for m in full:
        line = _meeting_line(m, _reporting(m)[:2] or m.get("source_ids", [])[:2], cite)
        if m.get("theme"):
            line.text += f"; theme: {m['theme']}"
        past.lines.append(line)
    reports = [d for m in full for d in _reporting(m)]
    brief = Brief("series", view["series"], f"Briefing: {view['series']}", _made(),
                  f"/series/{view['id']}")  # fmt: skip
    commitments = _commitments_section(
        store, commitments_on_pages(store, reports, COMMITMENTS), cite
    )
    brief.sections = [
        past,
        _outcomes_section(full, cite),
        commitments,
        _stressed_section(full, cite),
        _open_questions(full, commitments, view.get("gaps") or [], cite),
    ]
    return brief


def _country(store: Store, name: str, cite: _Cites) -> Brief:
    view = data.country(store, name)
    if view is None:
        raise BriefError(f"no country {name!r} on the stored pages")
    label = f"{view.name} ({view.code})"
    meetings = Section("Meetings attended", empty="No meetings found.")
    for m in view.meetings[:SERIES_MEETINGS]:
        full = _meeting_json(store, m.id)
        if full is not None:
            meetings.lines.append(_meeting_line(full, _reporting(full)[:1], cite))
    said = Section("Statements", empty="No statements recorded.")
    for s, acts in _once([to_json(s) for s in view.statements]):
        text = f"{s.get('date') or 'undated'}, {acts}, {s.get('speaker')}: {s['text']}"
        said.lines.append(Line(text, cite(s.get("document"))))
    found = commitment_page(store, actor=view.code, limit=COMMITMENTS).items
    commitments = _commitments_section(store, found, cite)
    brief = Brief("country", label, f"Briefing: {label}", _made(), f"/countries/{view.code}")
    brief.sections = [meetings, said, commitments, _open_questions([], commitments, [], cite)]
    return brief


def _person(store: Store, name: str, cite: _Cites) -> Brief:
    view = data.person(store, name)
    if view is None:
        raise BriefError(f"no person {name!r} on the stored pages")
    titles = Section("Offices", empty="No title given on the pages.")
    dated = [(m.start, m.documents[0] if m.documents else None) for m in view.meetings]
    dated += [(s.date, s.document) for s in view.statements]
    page_of = {day: doc for day, doc in reversed(dated) if day and doc}
    for t in view.titles:
        span = t.first if t.first == t.last else f"{t.first} to {t.last}"
        line = Line(f"{t.title} ({t.country or '?'}), {span}")
        line.refs = cite(page_of.get(t.first or ""))  # a page of that day, where one is listed
        titles.lines.append(line)
    meetings = Section("Meetings", empty="No meetings found.")
    for m in view.meetings:
        role = (m.role or "").replace("_", "-")
        text = f"{m.meeting}, {m.start or 'undated'}: {role}"
        meetings.lines.append(Line(text, cite(*m.documents[:2])))
    said = Section("Statements", empty="No statements recorded.")
    for s, acts in _once([to_json(s) for s in view.statements]):
        text = f"{s.get('date') or 'undated'}, {acts}: {s['text']}"
        said.lines.append(Line(text, cite(s.get("document"))))
    found = commitment_page(store, actor=view.id, limit=COMMITMENTS).items
    commitments = _commitments_section(store, found, cite)
    brief = Brief("person", view.name, f"Briefing: {view.name}", _made(),
                  f"/people/{view.name}")  # fmt: skip
    brief.sections = [
        titles,
        meetings,
        said,
        commitments,
        _open_questions([], commitments, [], cite),
    ]
    return brief
