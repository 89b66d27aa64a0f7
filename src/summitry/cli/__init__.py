"""The `summitry` command: a thin Typer app over the library.

Each module holds one family of commands (documents, queries, corrections, export, serve) and
`output` what they share. Library errors (SummitryError) become one line on stderr and exit
code 1, in `output.run_query` and `output.fail` only.

A command's module is imported, and its Click command built, only when it is run or its help
shown (`Commands`): a run of one command does not pay for the options of all the others.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, MutableMapping
from typing import Annotated, Any

import typer
import typer.main
from typer.core import TyperGroup

from summitry import __version__

__all__ = ["app"]

# Every command, in the order `summitry --help` lists it: its module and the function or
# Typer app there (a function's name is the command's name unless given here).
COMMANDS: dict[str, tuple[str, str]] = {
    "ingest": ("documents", "ingest"),
    "list": ("documents", "list_documents"),
    "show": ("documents", "show"),
    "search": ("find", "search"),
    "extract": ("documents", "extract"),
    "eval": ("documents", "eval_command"),
    "meeting": ("queries", "meeting"),
    "series": ("queries", "series"),
    "timeline": ("queries", "timeline"),
    "person": ("queries", "person"),
    "commitments": ("queries", "commitments"),
    "country": ("queries", "country"),
    "initiative": ("queries", "initiative"),
    "meetings": ("find", "meetings"),
    "export": ("export", "export"),
    "brief": ("brief", "brief"),
    "reindex": ("reindex", "reindex"),
    "serve": ("serve", "serve"),
    "correct": ("corrections", "correct_app"),
}


def build_command(name: str) -> Any:
    """The Click command (or group, for a Typer app) of one `summitry` command."""
    module, attribute = COMMANDS[name]
    target = getattr(importlib.import_module(f"summitry.cli.{module}"), attribute)
    if isinstance(target, typer.Typer):
        group = typer.main.get_command(target)
        group.name = name
        return group
    single = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
    single.command(name)(target)
    return typer.main.get_command(single)


class _Commands(MutableMapping[str, Any]):
    """The group's commands by name, each built the first time it is looked up."""

    def __init__(self) -> None:
        self.built: dict[str, Any] = {}

    def __getitem__(self, name: str) -> Any:
        if name not in self.built:
            if name not in COMMANDS:
                raise KeyError(name)
            self.built[name] = build_command(name)
        return self.built[name]

    def __setitem__(self, name: str, command: Any) -> None:
        self.built[name] = command

    def __delitem__(self, name: str) -> None:
        del self.built[name]

    def __iter__(self) -> Iterator[str]:
        yield from COMMANDS
        yield from (name for name in self.built if name not in COMMANDS)

    def __len__(self) -> int:
        return len(COMMANDS) + sum(name not in COMMANDS for name in self.built)


class CommandsOnDemand(TyperGroup):
    """The top group, its commands built on demand (see the module's docstring)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.commands = _Commands()


app = typer.Typer(
    cls=CommandsOnDemand,
    help="Turn press releases about multilateral diplomacy into one searchable record.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        from summitry.cli.output import out

        out.print(f"summitry {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show version.")
    ] = False,
) -> None:
    """summitry: meetings, people, outcomes and statements from diplomatic press releases."""
