"""`summitry export KIND`: the store's records as CSV, NDJSON, xlsx, Parquet, FollowTheMoney
or iCalendar; cli.py registers it."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Annotated, Any

import typer

from summitry.cli.output import DbOption, err, fail, open_cli_store
from summitry.errors import SummitryError

__all__ = ["export"]


def export(
    kind: Annotated[
        str,
        typer.Argument(
            help="documents, meetings, people, statements, commitments, mentions; search or "
            "timeline with a QUERY",
            metavar="KIND",
        ),
    ],
    query: Annotated[
        str | None,
        typer.Argument(
            help="search: the words to find (as `summitry search` takes them); timeline: the "
            "term to follow",
            metavar="QUERY",
        ),
    ] = None,
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
    sort: Annotated[
        str,
        typer.Option("--sort", help="search: relevance (newest stored first), date or -date."),
    ] = "relevance",
) -> None:
    """Write every record of a kind, or every match of a search or timeline, to a file (or
    stdout), streamed from the store."""
    from summitry.export import Filters, write_export

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
        rows = _rows(store, kind, query, filters, sort)
        n = write_export(rows, fmt.lower(), output, kind=kind)
    except SummitryError as exc:
        fail(str(exc))
    finally:
        store.close()
    if output is not None:
        err.print(f"{n:,} {kind} written to {output}", markup=False, highlight=False)


def _rows(store: Any, kind: str, query: str | None, f: Any, sort: str) -> Iterator[dict[str, Any]]:
    """The rows of an export kind, or of a search or timeline of QUERY, at most f.limit."""
    from summitry.export import ExportError, export_rows
    from summitry.export.found import search_rows, timeline_rows
    from summitry.store.search import SORTS
    from summitry.store.search_syntax import query_problem

    if kind not in ("search", "timeline"):
        if query is not None:
            raise ExportError(f"export {kind} takes no QUERY (search and timeline do)")
        return export_rows(store, kind, f)
    if query is None or not query.strip():
        example = "'FTAAP OR Putrajaya'" if kind == "search" else "FTAAP"
        raise ExportError(f"export {kind} needs a QUERY, e.g. summitry export {kind} {example}")
    if kind == "timeline":
        if f.years:
            raise ExportError("export timeline takes --from/--to, not --year")
        rows = timeline_rows(store, query, _timeline_filters(f) or None)
    else:
        problem = query_problem(query)
        if problem or sort not in SORTS:
            raise ExportError(problem or f"--sort: choose one of {', '.join(SORTS)}")
        given = {"year": tuple(str(y) for y in f.years), "forum": f.forums}
        given |= {"country": f.countries, "series": _one(f.series), "actor": _one(f.actor)}
        rows = search_rows(store, query, **given, since=f.since, until=f.until, sort=sort)
    return islice(rows, f.limit)


def _one(value: str | None) -> tuple[str, ...]:
    return (value,) if value else ()


def _timeline_filters(f: Any) -> Any:
    """The timeline's filters (forum, country, series, actor, dates); a bad date is an error."""
    from summitry.export import ExportError
    from summitry.store.filters import FilterError, Filters

    try:
        return Filters.of(
            forum=f.forums, country=f.countries, series=f.series, actor=f.actor,
            since=f.since, until=f.until,
        )  # fmt: skip
    except FilterError as exc:
        raise ExportError(str(exc)) from None
