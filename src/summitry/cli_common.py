"""What every `summitry` command shares: the consoles, the --db and --json options, opening
the store, printing JSON, and one-line errors with exit code 1."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console

from summitry.errors import SummitryError

__all__ = [
    "DbOption",
    "JsonOption",
    "err",
    "fail",
    "open_cli_store",
    "out",
    "print_json",
    "run_query",
]

out = Console(soft_wrap=True, emoji=False)
err = Console(stderr=True, soft_wrap=True, emoji=False)

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="SQLite file or database URL [env SUMMITRY_DB; ./summitry.db]"),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


def fail(message: str) -> NoReturn:
    """One line on stderr, exit code 1."""
    err.print(f"error: {message}", markup=False, highlight=False)
    raise typer.Exit(1)


def open_cli_store(db: str | None):  # noqa: ANN201 - a Store, imported late for start-up time
    """The store named by --db (or SUMMITRY_DB, or ./summitry.db); a failure is one line."""
    from summitry.store import open_store

    try:
        return open_store(db)
    except SummitryError as exc:
        fail(str(exc))


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def run_query(run: Any, missing: str | None = None) -> Any:
    """Run a library query; an error, or None where `missing` is given, is one line and exit 1."""
    try:
        result = run()
    except SummitryError as exc:
        missing, result = str(exc), None
    if result is None and missing:
        fail(missing)
    return result
