"""The `summitry` command: a thin Typer app over the library.

Library errors (SummitryError) become one line on stderr and exit code 1, here and only here.
"""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from summitry import __version__
from summitry.cli_correct import correct_app
from summitry.errors import SummitryError
from summitry.read import DEFAULT_MAX_BYTES
from summitry.record import Document

DOCUMENT_FIELDS = tuple(f for f in Document.__dataclass_fields__ if f != "text")

app = typer.Typer(
    help="Turn press releases about multilateral diplomacy into one searchable record.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.add_typer(correct_app, name="correct")
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="SQLite file or database URL [env SUMMITRY_DB; ./summitry.db]"),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
MaxSizeOption = Annotated[
    int, typer.Option("--max-size", help="Largest input accepted, in bytes.", min=1)
]


def _version(value: bool) -> None:
    if value:
        out.print(f"summitry {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show version.")
    ] = False,
) -> None:
    """summitry: meetings, people, outcomes and statements from diplomatic press releases."""


def _store(db: str | None):
    from summitry.store import open_store

    try:
        return open_store(db)
    except SummitryError as exc:
        err.print(f"error: {exc}", markup=False, highlight=False)
        raise typer.Exit(1) from None


def _print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def _enable_ner(model: str | None) -> None:
    """Switch on the optional spaCy backend; if it cannot load, say why in one line, go on."""
    if model:
        from summitry.extract.ner_spacy import enable

        problem = enable(model)
        if problem:
            err.print(f"warning: {problem}", markup=False, highlight=False)


NerOption = Annotated[
    str | None,
    typer.Option(
        "--ner",
        envvar="SUMMITRY_NER_MODEL",
        help="spaCy model (name or folder) whose entities add to the rule-based core.",
    ),
]


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, globs, or - for stdin.")],
    db: DbOption = None,
    force: Annotated[
        bool, typer.Option("--force", help="Re-extract pages already stored.")
    ] = False,
    max_size: MaxSizeOption = DEFAULT_MAX_BYTES,
    json_out: JsonOption = False,
    ner: NerOption = None,
) -> None:
    """Read press-release pages, extract their records and store them."""
    from summitry.ingest import ingest as run_ingest
    from summitry.read import expand_paths

    _enable_ner(ner)
    store = _store(db)
    inputs = list(expand_paths(paths))
    with _progress(len(inputs)) as advance:
        report = run_ingest(inputs, store, max_bytes=max_size, force=force, on_page=advance)
    store.close()
    for message in report.failed:
        err.print(f"error: {message}", markup=False, highlight=False)
    if json_out:
        _print_json(report.to_dict())
    else:
        out.print(report.summary(), markup=False)
    raise typer.Exit(1 if report.failed else 0)


class _progress:
    """A Rich progress bar on a terminal for runs of more than 20 inputs; else nothing."""

    def __init__(self, total: int):
        self.total = total
        self.bar = None

    def __enter__(self):
        if self.total > 20 and err.is_terminal:
            from rich.progress import Progress

            self.bar = Progress(console=err, transient=True)
            self.bar.start()
            task = self.bar.add_task("ingest", total=self.total)
            return lambda source, status: self.bar.advance(task)  # type: ignore[union-attr]
        return None

    def __exit__(self, *exc: object) -> None:
        if self.bar:
            self.bar.stop()


@app.command("list")
def list_documents(
    db: DbOption = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="How many to show.")] = 50,
    offset: Annotated[int, typer.Option("--offset", min=0, help="How many to skip.")] = 0,
    json_out: JsonOption = False,
) -> None:
    """List stored documents, newest first."""
    store = _store(db)
    rows = store.list(limit=limit, offset=offset)
    store.close()
    if json_out:
        _print_json(rows)
        return
    table = Table("id", "published", "publisher", "title")
    for row in rows:
        table.add_row(
            row["id"][:12],
            row.get("published") or "",
            row.get("publisher") or "",
            row.get("title") or "",
        )
    out.print(table)


@app.command()
def show(
    doc_id: Annotated[str, typer.Argument(help="Document id or a unique prefix of it.")],
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """Show one stored document: metadata, cleaned text and extraction counts."""
    store = _store(db)
    row = store.get(doc_id)
    store.close()
    if row is None:
        err.print(f"error: no document {doc_id!r} in the store (try `summitry list`)", markup=False)
        raise typer.Exit(1)
    if json_out:
        _print_json(row)
        return
    for key in ("id", *DOCUMENT_FIELDS, "source", "ingested_at"):
        out.print(f"[bold]{key}[/bold]: {row.get(key)}", highlight=False)
    record = row.get("record") or {}
    counts = ", ".join(
        f"{len(record.get(k) or [])} {k}"
        for k in ("meetings", "people", "statements", "outcomes", "initiatives")
    )
    out.print(f"[bold]extracted[/bold]: {counts}\n")
    out.print(row.get("body") or "", markup=False, highlight=False)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words to find, e.g. FTAAP.")],
    db: DbOption = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="How many hits.")] = 10,
    forum: Annotated[str | None, typer.Option("--forum", help="Only this forum, e.g. APEC.")] = (
        None
    ),
    level: Annotated[
        str | None, typer.Option("--level", help="Only this meeting level, e.g. ministerial.")
    ] = None,
    year: Annotated[int | None, typer.Option("--year", help="Only this year.")] = None,
    country: Annotated[
        str | None, typer.Option("--country", help="Only pages naming this country (ISO3).")
    ] = None,
    publisher: Annotated[
        str | None, typer.Option("--publisher", help="Only this publisher.")
    ] = None,
    json_out: JsonOption = False,
) -> None:
    """Full-text search over titles and bodies, best first, with snippets and facet counts."""
    store = _store(db)
    result = _query(
        lambda: store.search(
            query, limit, forum=forum, level=level, year=year, country=country, publisher=publisher
        )
    )
    store.close()
    if json_out:
        _print_json(search_dict(result))
        return
    if not result.hits:
        out.print(f"no documents match {query!r}", markup=False)
        return
    table = Table("id", "published", "title", "snippet")
    for h in result.hits:
        table.add_row(h.id[:12], h.published or "", h.title or "", h.snippet)
    out.print(table)
    more = "" if result.total_exact else "+"
    ranked = "" if result.ranked == result.total else f" (facets over the {result.ranked} newest)"
    out.print(f"{result.total}{more} documents match{ranked}", highlight=False)
    for name, values in result.facets.items():
        shown = ", ".join(f"{value} ({n})" for value, n in values)
        out.print(f"[bold]{name}[/bold]: {shown or '-'}", highlight=False)


def hit_dict(hit: Any) -> dict[str, Any]:
    return {
        k: getattr(hit, k) for k in ("id", "title", "published", "publisher", "snippet", "score")
    }


def search_dict(result: Any) -> dict[str, Any]:
    """{"total", "total_exact", "ranked", "hits": [...], "facets": {name: [{"value", "count"}]}}."""
    facets = {
        name: [{"value": value, "count": n} for value, n in values]
        for name, values in result.facets.items()
    }
    return {
        "total": result.total,
        "total_exact": result.total_exact,
        "ranked": result.ranked,
        "hits": [hit_dict(h) for h in result.hits],
        "facets": facets,
    }


@app.command()
def extract(
    files: Annotated[list[str], typer.Argument(help="Files, folders, globs, or - for stdin.")],
    jsonl: Annotated[bool, typer.Option("--jsonl", help="One JSON record per line.")] = False,
    max_size: MaxSizeOption = DEFAULT_MAX_BYTES,
    ner: NerOption = None,
) -> None:
    """Print the extraction record of each page without storing it."""
    from summitry.ingest import records_of

    _enable_ner(ner)
    failed = 0
    for _, record, error in records_of(files, max_bytes=max_size):
        if record is None:
            failed += 1
            err.print(f"error: {error}", markup=False, highlight=False)
            continue
        data = record.to_dict()
        text = json.dumps(data, ensure_ascii=False, indent=None if jsonl else 2)
        sys.stdout.write(text + "\n")
        sys.stdout.flush()
    raise typer.Exit(1 if failed else 0)


def _query(run: Any, missing: str | None = None) -> Any:
    """Run a library query; an error, or None where `missing` is given, is one line and exit 1."""
    try:
        result = run()
    except SummitryError as exc:
        missing, result = str(exc), None
    if result is None and missing:
        err.print(f"error: {missing}", markup=False, highlight=False)
        raise typer.Exit(1)
    return result


@app.command()
def meeting(
    query: Annotated[
        str, typer.Argument(help="A meeting name fragment, 'NAME ORDINAL', or a meeting id.")
    ],
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """One meeting across every page that names it: place, people, statements, outcomes."""
    from summitry import query as library

    store = _store(db)
    missing = f"no meeting matches {query!r} (try `summitry series NAME`)"
    view = _query(lambda: library.meeting(store, query), missing)
    others = library.find_meetings(store, query)[1:]
    store.close()
    if others:
        names = "; ".join(f"{m['id']} {m['name']} {m['ordinal'] or m['start']}" for m in others[:5])
        err.print(f"{len(others)} other meetings match: {names}", markup=False, highlight=False)
    if json_out:
        _print_json(view)
        return
    _print_meeting(view)


def _print_meeting(view: dict[str, Any]) -> None:
    fields = ("id", "name", "forum", "level", "ordinal", "start", "end", "city", "country")
    for key in (*fields, "venue", "format", "theme"):
        out.print(f"[bold]{key}[/bold]: {view.get(key)}", highlight=False)
    out.print(f"[bold]year[/bold]: {view.get('year')}", highlight=False)
    for key, why in (view.get("inferred") or {}).items():
        out.print(f"[bold]{key} inferred[/bold]: {why}", highlight=False, markup=False)
    for key, values in (view.get("disagreements") or {}).items():
        shown = "; ".join(f"{v['value']} ({len(v['sources'])} sources)" for v in values)
        out.print(f"sources disagree on {key}: {shown}", highlight=False, markup=False)
    table = Table("person", "title", "country", "role")
    for p in view["people"]:
        table.add_row(p["name"], p.get("title") or "", p.get("country") or "", p.get("role") or "")
    out.print(table)
    table = Table("speaker", "act", "text")
    for speaker, said in view["statements"].items():
        for s in said:
            table.add_row(speaker, s["act"], s["text"])
    out.print(table)
    table = Table("source", "published", "role", "title")
    for s in view["sources"]:
        table.add_row(s["id"][:12], s.get("published") or "", s["role"], s.get("title") or "")
    out.print(table)


@app.command()
def series(
    name: Annotated[str, typer.Argument(help="A series name, e.g. 'APEC Ministerial Meeting'.")],
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """The meetings of a series in order, and the ordinals no stored page reports."""
    from summitry import query as library

    store = _store(db)
    view = _query(lambda: library.series(store, name), f"no meeting series matches {name!r}")
    store.close()
    if json_out:
        _print_json(view)
        return
    table = Table("id", "ordinal", "start", "city", "country", "role", "sources")
    for m in view["meetings"]:
        cells = (m["id"], m["ordinal"], m["start"], m["city"], m["country"], m["role"])
        table.add_row(*(str(c) if c is not None else "" for c in cells), str(m["sources"]))
    out.print(f"[bold]{view['series']}[/bold] ({view['forum']})", highlight=False)
    out.print(table)
    if view["gaps"]:
        out.print(f"missing ordinals: {', '.join(map(str, view['gaps']))}", highlight=False)


@app.command()
def timeline(
    term: Annotated[str, typer.Argument(help="An initiative, country, person or organisation.")],
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """Every dated statement and mention of a term across pages, oldest first."""
    from summitry import query as library

    store = _store(db)
    items = _query(lambda: library.timeline(store, term))
    store.close()
    if json_out:
        _print_json(items)
        return
    table = Table("date", "meeting", "kind", "speaker", "act", "text")
    for i in items:
        cells = (i["date"], i["meeting"], i["kind"], i["speaker"], i["act"], i["text"])
        table.add_row(*(c or "" for c in cells))
    out.print(table)


@app.command()
def person(
    name: Annotated[str, typer.Argument(help="A person's name or part of it.")],
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """One person: titles over time, meetings, statements."""
    from summitry import query as library

    store = _store(db)
    view = _query(lambda: library.person(store, name), f"no person matches {name!r}")
    store.close()
    if json_out:
        _print_json(view)
        return
    out.print(f"[bold]{view['name']}[/bold]", highlight=False)
    for t in view["titles"]:
        span = f"{t['first'] or '?'} .. {t['last'] or '?'}"
        out.print(f"  {t['title'] or '(no title)'} ({t['country'] or '?'}) {span}", markup=False)
    table = Table("start", "meeting", "role")
    for m in view["meetings"]:
        table.add_row(m["start"] or "", m["meeting"], m["role"] or "")
    out.print(table)
    table = Table("date", "act", "text")
    for s in view["statements"]:
        table.add_row(s["date"] or "", s["act"], s["text"])
    out.print(table)


@app.command()
def commitments(
    db: DbOption = None,
    actor: Annotated[
        str | None, typer.Option("--actor", help="Country code or name, or a speaker's name.")
    ] = None,
    status: Annotated[
        str | None, typer.Option("--status", help="open, or done (a later page reports it done).")
    ] = None,
    json_out: JsonOption = False,
) -> None:
    """Commitments stated on the pages (act 'commit'): who, what, when, where from."""
    from summitry import query as library

    store = _store(db)
    items = _query(lambda: library.commitments(store, actor=actor, status=status))
    store.close()
    if json_out:
        _print_json(items)
        return
    table = Table("when", "actor", "what", "meeting", "status")
    for c in items:
        cells = (c["when"], c["actor"], c["what"], c["meeting"], c["status"])
        table.add_row(*(x or "" for x in cells))
    out.print(table)


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option("--host", help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="TCP port.")] = 8000,
) -> None:
    """Serve the HTTP API (/api, /docs) and the web UI; writes need $SUMMITRY_TOKEN."""
    import uvicorn

    from summitry.api import create_app

    store = _store(db)
    err.print(f"summitry: serving {store.url} at http://{host}:{port}/", markup=False)
    try:
        uvicorn.run(create_app(store), host=host, port=port, log_level="info")
    finally:
        store.close()


@app.command()
def country(
    code: Annotated[str, typer.Argument(help="ISO3 code or a name, e.g. KOR or 'Viet Nam'.")],
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """A country across pages: meetings attended, statements by act, initiatives raised."""
    from summitry import query as library

    store = _store(db)
    view = _query(lambda: library.country(store, code), f"no page names {code!r}")
    store.close()
    if json_out:
        _print_json(view)
        return
    out.print(f"{view['name']} ({view['id']})", markup=False)
    table = Table("act", "statements")
    for act, items in view["statements"].items():
        table.add_row(act, str(len(items)))
    out.print(table)
    for m in view["meetings"]:
        out.print(f"  {m['start'] or '?'}  {m['meeting'] or m['id']}", markup=False)
    for i in view["initiatives"]:
        out.print(f"  raised: {i['name'] or i['id']} ({i['statements']})", markup=False)


@app.command()
def initiative(
    name: Annotated[str, typer.Argument(help="Name, acronym or id, e.g. FTAAP.")],
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """An initiative across pages: its names, meetings and dated mentions."""
    from summitry import query as library

    store = _store(db)
    view = _query(lambda: library.initiative(store, name), f"no initiative matches {name!r}")
    store.close()
    if json_out:
        _print_json(view)
        return
    out.print(f"{view['name']} ({view['acronym']}, {view['id']})", markup=False)
    table = Table("date", "meeting", "speaker", "text")
    for i in view["timeline"]:
        table.add_row(*(x or "" for x in (i["date"], i["meeting"], i["speaker"], i["text"])))
    out.print(table)


if __name__ == "__main__":  # pragma: no cover
    app()
