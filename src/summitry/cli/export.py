"""`summitry export KIND`: the store's records as CSV, NDJSON, xlsx, Parquet, FollowTheMoney
or iCalendar; cli.py registers it."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from summitry.cli.output import DbOption, err, fail, open_cli_store
from summitry.errors import SummitryError

__all__ = ["export"]


def export(
    kind: Annotated[
        str,
        typer.Argument(
            help="documents, meetings, people, statements, commitments, mentions", metavar="KIND"
        ),
    ],
    db: DbOption = None,
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="csv, ndjson, xlsx, parquet, ftm (FollowTheMoney) or ics (meetings).",
        ),
    ] = "csv",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write [default: stdout].")
    ] = None,
    year: Annotated[
        list[int] | None, typer.Option("--year", help="Only this year (repeat for several).")
    ] = None,
    forum: Annotated[
        list[str] | None, typer.Option("--forum", help="Only this forum, e.g. APEC (repeatable).")
    ] = None,
    country: Annotated[
        list[str] | None,
        typer.Option("--country", help="Only pages naming this country, ISO3 (repeatable)."),
    ] = None,
    since: Annotated[
        str | None, typer.Option("--from", help="Only dated on or after YYYY[-MM[-DD]].")
    ] = None,
    until: Annotated[
        str | None, typer.Option("--to", help="Only dated on or before YYYY[-MM[-DD]].")
    ] = None,
    series: Annotated[
        str | None, typer.Option("--series", help="meetings: only this series (name or id).")
    ] = None,
    actor: Annotated[
        str | None, typer.Option("--actor", help="commitments: country code, name or speaker.")
    ] = None,
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="At most N rows.")] = None,
) -> None:
    """Write every record of a kind to a file (or stdout), streamed from the store."""
    from summitry.export import Filters, export_rows, write_export

    filters = Filters(
        tuple(year or ()),
        tuple(forum or ()),
        tuple(country or ()),
        since,
        until,
        actor,
        limit,
        series,
    )
    store = open_cli_store(db)
    try:
        n = write_export(export_rows(store, kind, filters), fmt.lower(), output, kind=kind)
    except SummitryError as exc:
        fail(str(exc))
    finally:
        store.close()
    if output is not None:
        err.print(f"{n:,} {kind} written to {output}", markup=False, highlight=False)
