"""What every `summitry` command shares: the consoles, the --db and --json options, opening
the store, printing JSON, and one-line errors with exit code 1."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, cast

import typer

from summitry.errors import SummitryError

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

__all__ = [
    "DbOption",
    "JsonOption",
    "MaxSizeOption",
    "PageTimeoutOption",
    "err",
    "fail",
    "open_cli_store",
    "out",
    "print_json",
    "print_table",
    "run_query",
    "stored_result",
]


class _LateConsole:
    """A rich Console made on first use, so that a command which prints nothing through
    rich (extract, export) does not import it; attributes read and set go to the Console."""

    def __init__(self, stderr: bool) -> None:
        object.__setattr__(self, "_stderr", stderr)
        object.__setattr__(self, "_console", None)

    def _made(self) -> Console:
        console = object.__getattribute__(self, "_console")
        if console is None:
            from rich.console import Console

            console = Console(stderr=self._stderr, soft_wrap=True, emoji=False)
            object.__setattr__(self, "_console", console)
        return console

    def __getattr__(self, name: str) -> Any:
        return getattr(self._made(), name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._made(), name, value)

    @property
    def width(self) -> int:
        """A property, as on Console: setting it fixes the width of what is printed."""
        return self._made().width

    @width.setter
    def width(self, value: int) -> None:
        self._made().width = value


out = cast("Console", _LateConsole(stderr=False))
err = cast("Console", _LateConsole(stderr=True))

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="SQLite file or database URL [env SUMMITRY_DB; ./summitry.db]"),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
MaxSizeOption = Annotated[
    int, typer.Option("--max-size", help="Largest input accepted, in bytes.", min=1)
]
PageTimeoutOption = Annotated[
    float,
    typer.Option(
        "--page-timeout",
        metavar="SECONDS",
        min=0,
        help="Skip (and report) a page that takes longer to clean and extract; 0: no limit.",
    ),
]


def fail(message: str) -> NoReturn:
    """One line on stderr, exit code 1."""
    err.print(f"error: {message}", markup=False, highlight=False)
    raise typer.Exit(1)


def open_cli_store(db: str | None, create: bool = False, note_stale: bool = True):  # noqa: ANN201 - a Store, imported late
    """The store named by --db (or SUMMITRY_DB, or ./summitry.db); a failure is one line.

    A SQLite file that does not exist is created only where `create` (ingest, serve): a
    command that reads says there is no store instead of leaving an empty one behind.
    Derived tables built with another kb or resolve version are noted in one line."""
    from summitry.store import open_store
    from summitry.store.connect import resolve_target

    try:
        if not create:
            url, label = resolve_target(db)
            if url.get_backend_name() == "sqlite" and not _exists(url.database):
                fail(f"no store at {label} (`summitry ingest PAGES` makes one)")
        store = open_store(db)
    except SummitryError as exc:
        fail(str(exc))
    if note_stale and store.stale_tables():
        err.print(
            "note: derived tables were built with another kb or resolve version; "
            "`summitry reindex` rebuilds them",
            markup=False,
            highlight=False,
        )
    return store


def _exists(database: str | None) -> bool:
    from pathlib import Path

    return not database or database == ":memory:" or Path(database).exists()


def print_table(table: Table, empty: str = "none found") -> None:
    """The table, or one line saying that nothing was found."""
    if table.row_count:
        out.print(table)
    else:
        out.print(empty, markup=False, highlight=False)


def print_json(value: Any) -> None:
    """A result as indented JSON, in the shape the API answers (query.results.to_json)."""
    from summitry.query.results import to_json

    sys.stdout.write(json.dumps(to_json(value), ensure_ascii=False, indent=2) + "\n")


def stored_result(db: str | None, run: Any, missing: str | None = None) -> Any:
    """Open the store, run a library query on it (`run(store)`, with run_query's one-line
    errors) and close the store again, whatever happened."""
    store = open_cli_store(db)
    try:
        return run_query(lambda: run(store), missing)
    finally:
        store.close()


def run_query(run: Any, missing: str | None = None) -> Any:
    """Run a library query; an error, or None where `missing` is given, is one line and exit 1."""
    try:
        result = run()
    except SummitryError as exc:
        missing, result = str(exc), None
    if result is None and missing:
        fail(missing)
    return result
