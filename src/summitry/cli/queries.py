"""The analyst queries as commands: meeting, series, timeline, person, country, initiative,
commitments. Each prints a table, or JSON with --json; cli.py registers them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from summitry.query.results import MeetingSummary

from summitry.cli.find import (
    ActorOption,
    CountryOption,
    ForumOption,
    LevelOption,
    SeriesOption,
    SinceOption,
    UntilOption,
    cli_filters,
)
from summitry.cli.output import (
    DbOption,
    JsonOption,
    err,
    fail,
    open_cli_store,
    out,
    print_json,
    print_table,
    run_query,
    stored_result,
)


def meeting(
    query: Annotated[
        str, typer.Argument(help="A meeting name fragment, 'NAME ORDINAL', or a meeting id.")
    ],
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """One meeting across every page that names it: place, people, statements, outcomes."""
    from summitry import query as library
    from summitry.query.results import to_json

    store = open_cli_store(db)
    missing = f"no meeting matches {query!r} (try `summitry series NAME`)"
    view = run_query(lambda: library.meeting(store, query), missing)
    others = [m for m in library.find_meetings(store, query, limit=6) if m.id != view.id]
    store.close()
    if others:
        names = "; ".join(f"{m.id} {m.name} {m.ordinal or m.start}" for m in others[:5])
        err.print(f"other meetings match: {names}", markup=False, highlight=False)
    if json_out:
        print_json(view)
        return
    _print_meeting(to_json(view))


def _print_meeting(view: dict[str, Any]) -> None:
    from rich.table import Table

    fields = ("id", "name", "forum", "level", "ordinal", "start", "end", "city", "country")
    marks = view.get("provenance") or {}
    for key in (*fields, "venue", "format", "theme", "year"):
        if view.get(key) is not None:
            _field(key, _marked(view[key], marks.get(key)))
    for key, why in (view.get("inferred") or {}).items():
        _field(f"{key} inferred", why)
    for key, values in (view.get("disagreements") or {}).items():
        shown = "; ".join(f"{v['value']} ({len(v['sources'])} sources)" for v in values)
        out.print(f"sources disagree on {key}: {shown}", highlight=False, markup=False)
    table = Table("person", "title", "country", "role", title="people")
    for p in view["people"]:
        table.add_row(p["name"], p.get("title") or "", p.get("country") or "", p.get("role") or "")
    print_table(table, "people: none found")
    table = Table("speaker", "act", "text", title="statements")
    for speaker, said in view["statements"].items():
        for s in said:
            table.add_row(speaker, s["act"], s["text"])
    print_table(table, "statements: none found")
    table = Table("source", "published", "role", "title", title="sources")
    for s in view["sources"]:
        table.add_row(s["id"][:12], s.get("published") or "", s["role"], s.get("title") or "")
    print_table(table, "sources: none found")


def _marked(value: Any, kind: str | None) -> str:
    """A value with '(inferred)', '(corrected)' or '(disputed)' where it is not plain fact."""
    return f"{value} ({kind})" if kind else str(value)


def _field(key: str, value: Any) -> None:
    """'key: value' with the key in bold; the value printed as it is (no markup)."""
    from rich.text import Text

    out.print(Text.assemble((key, "bold"), f": {value}"), highlight=False)


def series(
    name: Annotated[str, typer.Argument(help="A series name, e.g. 'APEC Ministerial Meeting'.")],
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """The meetings of a series in order, and the ordinals no stored page reports."""
    from rich.table import Table
    from rich.text import Text

    from summitry import query as library

    view = stored_result(
        db, lambda s: library.series(s, name), f"no meeting series matches {name!r}"
    )
    if json_out:
        print_json(view)
        return
    table = Table("id", "ordinal", "start", "city", "country", "role", "sources")
    for m in view.meetings:
        marks = m.provenance
        when = _marked(m.start, marks.get("start")) if m.start else None
        when = when or (_marked(m.year, marks.get("year")) if m.year else None)
        where = [_marked(v, marks.get(k)) if v else None for k, v in _place(m)]
        cells = (m.id, m.ordinal, when, *where, m.role)
        table.add_row(*(str(c) if c is not None else "" for c in cells), str(m.sources))
    out.print(Text.assemble((view.series, "bold"), f" ({view.forum})"), highlight=False)
    print_table(table)
    if view.gaps:
        out.print(f"missing ordinals: {', '.join(map(str, view.gaps))}", highlight=False)


def _place(m: MeetingSummary) -> tuple[tuple[str, str | None], ...]:
    return (("city", m.city), ("country", m.country))


def timeline(
    term: Annotated[str, typer.Argument(help="An initiative, country, person or organisation.")],
    db: DbOption = None,
    forum: ForumOption = None,
    level: LevelOption = None,
    country: CountryOption = None,
    series: SeriesOption = None,
    actor: Annotated[
        list[str] | None,
        typer.Option("--actor", help="Only statements of this speaker, country (repeatable)."),
    ] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    json_out: JsonOption = False,
) -> None:
    """Every dated statement and mention of a term across pages, oldest first."""
    from rich.table import Table

    from summitry import query as library

    given = {"forum": forum, "level": level, "country": country, "series": series}
    filters = cli_filters(**given, actor=actor, since=since, until=until)
    items = stored_result(db, lambda s: library.timeline(s, term, filters=filters or None))
    if json_out:
        print_json(items)
        return
    table = Table("date", "meeting", "kind", "speaker", "act", "text")
    for i in items:
        cells = (i.date, i.meeting, i.kind, i.speaker, i.act, i.text)
        table.add_row(*(c or "" for c in cells))
    print_table(table)


def person(
    name: Annotated[str, typer.Argument(help="A person's name or part of it.")],
    db: DbOption = None,
    limit: Annotated[
        int, typer.Option("--limit", min=1, help="Newest meetings and statements listed.")
    ] = 50,
    json_out: JsonOption = False,
) -> None:
    """One person: titles over time, the newest meetings and statements, and their totals."""
    from rich.table import Table
    from rich.text import Text

    from summitry import query as library

    view = stored_result(
        db, lambda s: library.person(s, name, limit=limit), f"no person matches {name!r}"
    )
    if json_out:
        print_json(view)
        return
    out.print(Text(view.name, style="bold"), highlight=False)
    for t in view.titles:
        span = f"{t.first or '?'} .. {t.last or '?'}, {t.count} pages"
        out.print(f"  {t.title or '(no title)'} ({t.country or '?'}) {span}", markup=False)
    table = Table("start", "meeting", "role")
    for m in view.meetings:
        table.add_row(m.start or "", m.meeting, m.role or "")
    out.print(_listed("meetings", view.meetings, view.meetings_total), markup=False)
    print_table(table)
    table = Table("date", "act", "text")
    for s in view.statements:
        table.add_row(s.date or "", s.act, s.text)
    out.print(_listed("statements", view.statements, view.statements_total), markup=False)
    print_table(table)


def _listed(what: str, items: list[Any], total: int) -> str:
    """'meetings: 50 newest of 1,191' or 'meetings: 12'."""
    return f"{what}: {len(items)} newest of {total:,}" if total > len(items) else f"{what}: {total}"


def commitments(
    db: DbOption = None,
    actor: ActorOption = None,
    status: Annotated[
        str | None, typer.Option("--status", help="open, or done (a later page reports it done).")
    ] = None,
    forum: ForumOption = None,
    level: LevelOption = None,
    country: CountryOption = None,
    series: SeriesOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    sort: Annotated[
        str, typer.Option("--sort", help="date (oldest first) or -date (newest first).")
    ] = "date",
    limit: Annotated[
        int | None,
        typer.Option("--limit", min=1, help="The first N only (default: every commitment)."),
    ] = None,
    json_out: JsonOption = False,
) -> None:
    """Commitments stated on the pages (act 'commit'): who, what, when, where from."""
    from rich.table import Table

    from summitry import query as library

    if sort not in ("date", "-date"):
        fail(f"--sort {sort!r}: choose date or -date")
    given = {"forum": forum, "level": level, "country": country, "series": series}
    filters = cli_filters(**given, actor=actor, since=since, until=until)
    store = open_cli_store(db)
    page = run_query(
        lambda: library.commitment_page(
            store, None, status, limit=limit, scan=None, filters=filters or None, sort=sort
        )
    )
    items = page.items
    store.close()
    if json_out:
        print_json(items)
        return
    table = Table("when", "actor", "what", "meeting", "status")
    for c in items:
        cells = (c.when, c.actor, c.what, c.meeting, c.status)
        table.add_row(*(x or "" for x in cells))
    print_table(table)


def country(
    code: Annotated[str, typer.Argument(help="ISO3 code or a name, e.g. KOR or 'Viet Nam'.")],
    db: DbOption = None,
    limit: Annotated[
        int,
        typer.Option(
            "--limit", min=1, help="Newest meetings, statements per act and top initiatives."
        ),
    ] = 50,
    json_out: JsonOption = False,
) -> None:
    """A country across pages: meetings attended, statements by act, initiatives raised."""
    from rich.table import Table

    from summitry import query as library

    view = stored_result(
        db, lambda s: library.country(s, code, limit=limit), f"no page names {code!r}"
    )
    if json_out:
        print_json(view)
        return
    out.print(f"{view.name} ({view.id}): {view.documents:,} documents", markup=False)
    if view.window < view.documents:
        out.print(f"read from the newest {view.window:,} documents", markup=False)
    table = Table("act", "statements", "listed")
    for act, n in view.statement_counts.items():
        table.add_row(act, f"{n:,}", str(len(view.statements.get(act, []))))
    print_table(table)
    out.print(_listed("meetings", view.meetings, view.meetings_total), markup=False)
    for m in view.meetings:
        out.print(f"  {m.start or '?'}  {m.meeting or m.id}", markup=False)
    raised = f"initiatives raised: {len(view.initiatives)} most raised of"
    out.print(f"{raised} {view.initiatives_total:,}", markup=False)
    for i in view.initiatives:
        out.print(f"  raised: {i.name or i.id} ({i.statements})", markup=False)


def initiative(
    name: Annotated[str, typer.Argument(help="Name, acronym or id, e.g. FTAAP.")],
    db: DbOption = None,
    limit: Annotated[
        int, typer.Option("--limit", min=1, help="First dated mentions and newest meetings.")
    ] = 50,
    json_out: JsonOption = False,
) -> None:
    """An initiative across pages: its names, meetings and dated mentions."""
    from rich.table import Table

    from summitry import query as library

    view = stored_result(
        db, lambda s: library.initiative(s, name, limit=limit), f"no initiative matches {name!r}"
    )
    if json_out:
        print_json(view)
        return
    out.print(f"{view.name} ({view.acronym}, {view.id})", markup=False)
    out.print(f"named in {view.documents} documents; meetings: {view.meetings_total}", markup=False)
    table = Table("date", "meeting", "speaker", "text")
    for i in view.timeline:
        table.add_row(*(x or "" for x in (i.date, i.meeting, i.speaker, i.text)))
    print_table(table)


QUERY_COMMANDS = (meeting, series, timeline, person, commitments, country, initiative)
