"""The commands about pages: ingest, list, show, search, extract and eval."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from summitry.budget import DEFAULT_PAGE_TIMEOUT
from summitry.cli.ingest_output import IngestProgress, events_of_units, print_event
from summitry.cli.output import (
    DbOption,
    JsonOption,
    MaxSizeOption,
    PageTimeoutOption,
    err,
    fail,
    open_cli_store,
    out,
    print_json,
    print_table,
    run_query,
    stored_result,
)
from summitry.read import DEFAULT_MAX_BYTES
from summitry.record import Document

if TYPE_CHECKING:
    from summitry.store import StoredDocument

DOCUMENT_FIELDS = tuple(f for f in Document.__dataclass_fields__ if f != "text")


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


def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, globs, or - for stdin.")],
    db: DbOption = None,
    force: Annotated[
        bool, typer.Option("--force", help="Re-extract pages already stored.")
    ] = False,
    max_size: MaxSizeOption = DEFAULT_MAX_BYTES,
    page_timeout: PageTimeoutOption = DEFAULT_PAGE_TIMEOUT,
    json_out: JsonOption = False,
    jsonl: Annotated[
        bool,
        typer.Option(
            "--jsonl",
            help="One JSON event per page on stdout as it is stored, and a summary event.",
        ),
    ] = False,
    ner: NerOption = None,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers", min=1, help="Processes that extract pages [default: the machine's cores]."
        ),
    ] = None,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask",
            metavar="SCHEDULER",
            help="Extract on this Dask cluster (tcp://host:8786), writing to --db postgresql://...",
        ),
    ] = None,
) -> None:
    """Read press-release pages (files, WARC archives, JSON Lines), extract and store them."""
    from summitry.archives import archive_kind
    from summitry.ingest import ingest as run_ingest
    from summitry.ingest_pool import default_workers
    from summitry.read import expand_paths

    if json_out and jsonl:
        fail("--json and --jsonl: choose one")
    if dask:
        from summitry.ingest_dask import dask_missing

        problem = dask_missing()
        if problem:
            fail(problem)
    _enable_ner(ner)
    store = open_cli_store(db, create=True)
    inputs = list(expand_paths(paths))
    archives = any(_may_be_archive(p) and archive_kind(p) for p in inputs)
    workers = workers or default_workers()
    pages = None if archives else len(inputs)  # an archive's pages are counted as read
    events = print_event if jsonl else None
    with IngestProgress(pages) as advance:
        if dask:
            from summitry.ingest_dask import ingest_on_cluster

            on_page = events_of_units(advance, events)
            report = run_query(
                lambda: ingest_on_cluster(
                    inputs, store, dask, max_bytes=max_size, force=force, on_page=on_page
                )
            )
        else:
            report = run_ingest(
                inputs,
                store,
                max_bytes=max_size,
                force=force,
                on_page=advance,
                workers=workers if pages is None else min(workers, pages),
                page_timeout=page_timeout or None,
                on_event=events,
            )
    store.close()
    for message in report.warnings:
        err.print(f"warning: {message}", markup=False, highlight=False)
    for message in report.failed:
        err.print(f"error: {message}", markup=False, highlight=False)
    if json_out:
        print_json(report.to_dict())
    elif jsonl:
        counts = {"new": report.new, "unchanged": report.unchanged, "replaced": report.replaced}
        print_event({"event": "summary", **counts, "failed": len(report.failed)})
    else:
        out.print(report.summary(), markup=False)
    raise typer.Exit(1 if report.failed else 0)


def _may_be_archive(path: object) -> bool:
    """Whether to look inside an input for a WARC or JSONL archive (for the progress bar):
    any but stdin and files named as plain pages, so that a million pages are not opened
    twice."""
    from pathlib import Path

    from summitry.read import PAGE_SUFFIXES

    plain = PAGE_SUFFIXES - {"", ".warc", ".jsonl", ".ndjson"}
    return str(path) != "-" and Path(str(path)).suffix.lower() not in plain


def list_documents(
    db: DbOption = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="How many to show.")] = 50,
    offset: Annotated[int, typer.Option("--offset", min=0, help="How many to skip.")] = 0,
    json_out: JsonOption = False,
) -> None:
    """List stored documents, newest first."""
    from rich.table import Table

    store = open_cli_store(db)
    rows = store.list(limit=limit, offset=offset)
    store.close()
    if json_out:
        print_json([row.to_dict() for row in rows])
        return
    table = Table("id", "published", "publisher", "title")
    for row in rows:
        table.add_row(row.id[:12], row.published or "", row.publisher or "", row.title or "")
    print_table(table, "no documents stored")


def show(
    doc_id: Annotated[str, typer.Argument(help="Document id or a unique prefix of it.")],
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """Show one stored document: metadata, cleaned text and extraction counts."""
    from rich.markup import escape

    from summitry.store.ids import MIN_PREFIX

    row: StoredDocument | None = stored_result(db, lambda s: s.get(doc_id))
    if row is None and len(doc_id.strip()) < MIN_PREFIX:
        fail(f"{doc_id!r} is too short: give at least {MIN_PREFIX} characters of the id")
    if row is None:
        fail(f"no document {doc_id!r} in the store (try `summitry list`)")
    if json_out:
        print_json(row.to_dict())
        return
    for key in ("id", *DOCUMENT_FIELDS, "source", "ingested_at"):
        out.print(f"[bold]{key}[/bold]: {escape(str(getattr(row, key)))}", highlight=False)
    others = [u.url for u in row.urls if u.url != row.url]
    if others:
        out.print(f"[bold]also at[/bold]: {escape(', '.join(others))}", highlight=False)
    record = row.record
    counts = ", ".join(
        f"{len(record.get(k) or [])} {k}"
        for k in ("meetings", "people", "statements", "outcomes", "initiatives")
    )
    out.print(f"[bold]extracted[/bold]: {counts}\n")
    out.print(row.body or "", markup=False, highlight=False)


def extract(
    files: Annotated[list[str], typer.Argument(help="Files, folders, globs, or - for stdin.")],
    jsonl: Annotated[bool, typer.Option("--jsonl", help="One JSON record per line.")] = False,
    max_size: MaxSizeOption = DEFAULT_MAX_BYTES,
    page_timeout: PageTimeoutOption = DEFAULT_PAGE_TIMEOUT,
    ner: NerOption = None,
) -> None:
    """Print the extraction record of each page without storing it."""
    from summitry.ingest import records_of

    _enable_ner(ner)
    failed = 0

    def warn(line: str) -> None:
        err.print(f"warning: {line}", markup=False, highlight=False)

    for _, record, error in records_of(
        files, max_bytes=max_size, on_warning=warn, page_timeout=page_timeout or None
    ):
        if record is None:
            failed += 1
            err.print(f"error: {error}", markup=False, highlight=False)
            continue
        data = record.to_dict()
        text = json.dumps(data, ensure_ascii=False, indent=None if jsonl else 2)
        sys.stdout.write(text + "\n")
        sys.stdout.flush()
    raise typer.Exit(1 if failed else 0)


def eval_command(
    folders: Annotated[
        list[Path], typer.Argument(help="Folders of NAME.txt or NAME.html beside NAME.gold.json.")
    ],
    detail: Annotated[bool, typer.Option("--detail", help="Every field, and each page.")] = False,
    diff: Annotated[
        bool, typer.Option("--diff", help="Per page: what was missed, invented or wrong.")
    ] = False,
    json_out: JsonOption = False,
    markdown: Annotated[
        bool, typer.Option("--markdown", help="Per-field P/R/F1 as Markdown tables.")
    ] = False,
    min_f1: Annotated[
        float | None, typer.Option("--min-f1", help="Exit 1 when a folder's micro-F1 is lower.")
    ] = None,
) -> None:
    """Extract gold-annotated pages and score the records against the gold."""
    from summitry.evaluate import diff_lines, evaluate, markdown_lines, table_lines

    results = [run_query(lambda f=folder: evaluate(f)) for folder in folders]
    if json_out:
        data = [r.to_dict(diff=diff) for r in results]
        print_json(
            data[0]
            if len(data) == 1
            else {str(r.folder): d for r, d in zip(results, data, strict=True)}
        )
    for result in [] if json_out else results:
        if len(results) > 1 and not markdown:
            out.print(f"# {result.folder}", markup=False, highlight=False)
        lines = markdown_lines(result) if markdown else table_lines(result, detail)
        if diff:
            lines = diff_lines(result) + lines
        sys.stdout.write("\n".join(lines) + "\n\n" * (len(results) > 1))
    for result in results:
        for problem in result.problems:
            err.print(f"warning: {problem}", markup=False, highlight=False)
    below = [r for r in results if min_f1 is not None and r.micro()[2] < min_f1]
    for result in below:
        err.print(f"error: {result.folder}: micro-F1 {result.micro()[2]:.3f} < {min_f1}")
    raise typer.Exit(1 if below else 0)
