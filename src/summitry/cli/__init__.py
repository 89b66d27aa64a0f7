"""The `summitry` command: a thin Typer app over the library.

Each module holds one family of commands (documents, queries, corrections, export, serve) and
`output` what they share. Library errors (SummitryError) become one line on stderr and exit
code 1, in `output.run_query` and `output.fail` only.

A command's module is imported, and its Click command built, only when it is run or its help
shown (`Commands`): a run of one command does not pay for the options of all the others.
"""

from __future__ import annotations

import errno
import importlib
import os
import sys
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


class _App(typer.Typer):
    """The `summitry` Typer app; a plain `summitry extract FILE... [--jsonl]` is run without
    Click's parsing (see plain_extract)."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        plain = None if args or kwargs else plain_extract(sys.argv[1:])
        if plain is None:
            return super().__call__(*args, **kwargs)
        return _run_extract(*plain)


def plain_extract(argv: list[str]) -> tuple[list[str], bool] | None:
    """(files, jsonl) for `extract FILE... [--jsonl]`, every other option at its default:
    what Typer would pass the command, read without building Click's command, whose
    parameters Typer checks through pydantic (importing it and building the checks cost
    about a sixth of a one-page run). None for anything else (another option, '-', '--',
    an option's environment variable or shell completion set): Typer parses those."""
    if argv[:1] != ["extract"] or any(name in os.environ for name in _EXTRACT_ENV):
        return None
    files = [a for a in argv[1:] if a != "--jsonl"]
    if not files or any(a.startswith("-") for a in files):
        return None
    return files, len(files) < len(argv) - 1


_EXTRACT_ENV = ("SUMMITRY_NER_MODEL", "_SUMMITRY_COMPLETE")


def _run_extract(files: list[str], jsonl: bool) -> None:
    """The extract command as Click's standalone mode runs it: its Exit's code, 130 on an
    interrupt, 1 quietly when the reader of its output has gone (a closed pipe)."""
    from summitry.cli.documents import extract

    try:
        extract(files, jsonl=jsonl)
    except typer.Exit as done:
        sys.exit(done.exit_code)
    except KeyboardInterrupt:
        sys.exit(130)
    except OSError as error:
        if error.errno != errno.EPIPE:
            raise
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no flush error at exit
        sys.exit(1)


app = _App(
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
