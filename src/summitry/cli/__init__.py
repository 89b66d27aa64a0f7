"""The `summitry` command: a thin Typer app over the library.

Each module holds one family of commands (documents, queries, corrections, export, serve) and
`output` what they share. Library errors (SummitryError) become one line on stderr and exit
code 1, in `output.run_query` and `output.fail` only.
"""

from __future__ import annotations

from typing import Annotated

import typer

from summitry import __version__
from summitry.cli.brief import brief
from summitry.cli.corrections import correct_app
from summitry.cli.documents import (
    eval_command,
    extract,
    ingest,
    list_documents,
    show,
)
from summitry.cli.export import export
from summitry.cli.find import meetings, search
from summitry.cli.output import out
from summitry.cli.queries import QUERY_COMMANDS
from summitry.cli.reindex import reindex
from summitry.cli.serve import serve

__all__ = ["app"]

app = typer.Typer(
    help="Turn press releases about multilateral diplomacy into one searchable record.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


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


app.command()(ingest)
app.command("list")(list_documents)
app.command()(show)
app.command()(search)
app.command()(extract)
app.command("eval")(eval_command)
for command in QUERY_COMMANDS:  # meeting, series, timeline ...
    app.command()(command)
app.command()(meetings)
app.command()(export)
app.command()(brief)
app.command()(reindex)
app.command()(serve)
app.add_typer(correct_app, name="correct")
