"""`summitry reindex`: rebuild the derived tables of a store from its stored records."""

from __future__ import annotations

from typing import Annotated

import typer

from summitry.cli.output import DbOption, err, fail, open_cli_store, out
from summitry.errors import SummitryError

__all__ = ["reindex"]


def reindex(
    db: DbOption = None,
    only_stale: Annotated[
        bool,
        typer.Option(
            "--only-stale",
            help="Do nothing when every derived table was built with this kb and resolve.",
        ),
    ] = False,
) -> None:
    """Rebuild every derived table (keys, refs, facets) from the stored records, 500 pages
    per transaction: after a kb or summitry upgrade, or to repair a store."""
    store = open_cli_store(db, note_stale=False)
    with store:
        stale = store.stale_tables()
        if only_stale and not stale:
            out.print("every derived table is up to date", markup=False, highlight=False)
            return
        try:
            pages = store.reindex(progress=_progress if err.is_terminal else None)
        except SummitryError as exc:
            fail(str(exc))
    tables = f" ({len(stale)} were stale)" if stale else ""
    out.print(f"reindexed {pages} pages{tables}", markup=False, highlight=False)


def _progress(done: int) -> None:
    err.print(f"{done} pages", end="\r", markup=False, highlight=False)
