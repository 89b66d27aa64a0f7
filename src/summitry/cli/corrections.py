"""`summitry correct ...`: corrections made by people, kept apart from extractions."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from summitry.cli.output import DbOption, err, fail, out, print_json
from summitry.errors import SummitryError

correct_app = typer.Typer(
    help="Correct extracted fields and entities; corrections survive re-ingest.",
    no_args_is_help=True,
    add_completion=False,
)
NoteOption = Annotated[str | None, typer.Option("--note", help="Why, for the record.")]
TargetArg = Annotated[
    str,
    typer.Argument(help="A document id (or unique prefix), or an entity id such as person:KEY."),
]
FieldArg = Annotated[
    str, typer.Argument(help="A record path for documents (meetings.0.city), else a field name.")
]


def _run(db: str | None, action: Any) -> Any:
    """Open the store, run action(store), close it; a SummitryError is one line and exit 1."""
    from summitry.store import open_store

    try:
        with open_store(db) as store:
            return action(store)
    except SummitryError as exc:
        fail(str(exc))


def _save(db: str | None, **fields: Any) -> None:
    from summitry.store import Correction

    stored = _run(db, lambda store: store.correct(Correction(**fields)))
    out.print(f"correction {stored.id}: {_describe(stored)}", markup=False, highlight=False)


def _describe(c: Any) -> str:
    if c.action in ("merge", "split"):
        return f"{c.action} {c.target} {c.value}"
    value = "" if c.action == "clear" else f" = {json.dumps(c.value, ensure_ascii=False)}"
    return f"{c.action} {c.target} {c.field}{value}"


@correct_app.command("set")
def set_field(
    target: TargetArg, field: FieldArg, value: str, db: DbOption = None, note: NoteOption = None
) -> None:
    """Set a field: `correct set 3f2a9c meetings.0.city Lima`."""
    _save(db, target=target, action="set", field=field, value=value, note=note)


@correct_app.command("clear")
def clear_field(
    target: TargetArg, field: FieldArg, db: DbOption = None, note: NoteOption = None
) -> None:
    """Clear a field (store no value): `correct clear 3f2a9c meetings.0.venue`."""
    _save(db, target=target, action="clear", field=field, note=note)


@correct_app.command()
def merge(
    keep: Annotated[str, typer.Argument(help="The entity id kept, e.g. person:kang-kyung-wha.")],
    other: Annotated[str, typer.Argument(help="The entity id folded into it.")],
    db: DbOption = None,
    note: NoteOption = None,
) -> None:
    """Merge two entities of one kind: OTHER becomes KEEP."""
    _save(db, target=keep, action="merge", value=other, note=note)


@correct_app.command()
def split(
    entity: Annotated[str, typer.Argument(help="The entity id, e.g. person:kim-jong-un.")],
    document: Annotated[str, typer.Argument(help="The document whose mentions leave it.")],
    db: DbOption = None,
    note: NoteOption = None,
) -> None:
    """Split an entity: the mentions in DOCUMENT are someone or something else."""
    _save(db, target=entity, action="split", value=document, note=note)


@correct_app.command("list")
def list_corrections(
    db: DbOption = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Every correction, oldest first."""
    from rich.table import Table

    found = _run(db, lambda store: store.corrections())
    if json_out:
        rows = [{"id": c.id, **c.to_dict()} for c in found]
        print_json(rows)
        return
    table = Table("id", "action", "target", "field", "value", "note", "created")
    for c in found:
        value = "" if c.value is None else json.dumps(c.value, ensure_ascii=False)
        cells = (c.action, c.target, c.field or "", value, c.note or "", c.created_at or "")
        table.add_row(str(c.id), *cells)
    out.print(table)


@correct_app.command("rm")
def remove(
    correction_id: Annotated[int, typer.Argument(help="The id shown by `correct list`.")],
    db: DbOption = None,
) -> None:
    """Remove a correction; a document field goes back to its extracted value."""
    gone = _run(db, lambda store: store.uncorrect(correction_id))
    out.print(f"removed correction {correction_id}: {_describe(gone)}", markup=False)


@correct_app.command("export")
def export(
    file: Annotated[str, typer.Argument(help="A file to write, or - for stdout.")] = "-",
    db: DbOption = None,
) -> None:
    """Write every correction as JSON Lines, for `correct import` into another store."""
    found = _run(db, lambda store: store.corrections())
    lines = "".join(json.dumps(c.to_dict(), ensure_ascii=False) + "\n" for c in found)
    if file == "-":
        sys.stdout.write(lines)
        return
    try:
        Path(file).write_text(lines, encoding="utf-8")
    except OSError as exc:
        fail(f"{file}: cannot be written ({exc.strerror or exc}); choose another path")
    err.print(f"{len(found)} corrections written to {file}", markup=False, highlight=False)


@correct_app.command("import")
def import_corrections(
    file: Annotated[str, typer.Argument(help="A JSON Lines file from `correct export`, or -.")],
    db: DbOption = None,
) -> None:
    """Add the corrections of a JSONL file; those already stored are skipped (idempotent)."""
    from summitry.store.corrections import parse_jsonl

    text = _read_text(file)
    try:
        numbered = parse_jsonl(text.splitlines(), file)
    except SummitryError as exc:
        fail(str(exc))
        return
    added, known = _run(db, lambda store: store.import_corrections(numbered))
    out.print(f"{added} added, {known} already stored", markup=False, highlight=False)


def _read_text(file: str) -> str:
    """The file's UTF-8 text; a missing or binary file is one line and exit 1."""
    try:
        data = sys.stdin.buffer.read() if file == "-" else Path(file).read_bytes()
        return data.decode("utf-8")
    except OSError as exc:
        fail(f"{file}: cannot be read ({exc.strerror or exc})")
    except UnicodeDecodeError:
        fail(f"{file}: not UTF-8 text; give the JSON Lines written by `correct export`")
    return ""
