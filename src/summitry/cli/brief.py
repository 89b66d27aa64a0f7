"""`summitry brief meeting|series|country|person NAME`: a briefing book as HTML, PDF or
Markdown, every line cited to its page; cli.py registers it."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from summitry.cli.output import DbOption, err, fail, open_cli_store
from summitry.errors import SummitryError

__all__ = ["brief"]


def brief(
    kind: Annotated[str, typer.Argument(help="meeting, series, country or person", metavar="KIND")],
    name: Annotated[
        str,
        typer.Argument(help="Its name or id, e.g. 'APEC Economic Leaders Meeting' or KOR."),
    ],
    db: DbOption = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="html, pdf (through Chromium) or md.")
    ] = "md",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write [default: stdout].")
    ] = None,
) -> None:
    """A printable brief on a meeting, series, country or person, each line cited to its page."""
    from summitry.app.brief import build_brief
    from summitry.web.brief import render_brief

    fmt = fmt.lower()
    if fmt == "pdf" and output is None and sys.stdout.isatty():
        fail("a PDF is binary: give a file with -o FILE")
    store = open_cli_store(db)
    try:
        content = render_brief(build_brief(store, kind.lower(), name), fmt)
    except SummitryError as exc:
        fail(str(exc))
    finally:
        store.close()
    if output is None:
        sys.stdout.buffer.write(content)
        sys.stdout.flush()
        return
    try:
        output.write_bytes(content)
    except OSError as exc:
        fail(f"cannot write {output}: {exc.strerror or exc}")
    err.print(f"brief written to {output} ({len(content):,} bytes)", markup=False, highlight=False)
