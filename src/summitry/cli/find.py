"""`summitry meetings`, and the filter options it shares with search, timeline and
commitments: --forum, --level, --country, --series, --actor (each repeatable: any of the
values), --from and --to; cli.py registers the command."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from summitry.cli.output import (
    DbOption,
    JsonOption,
    fail,
    open_cli_store,
    print_json,
    print_table,
    run_query,
)
from summitry.store.filters import FilterError, Filters

__all__ = [
    "ActorOption",
    "CountryOption",
    "ForumOption",
    "LevelOption",
    "SeriesOption",
    "SinceOption",
    "UntilOption",
    "cli_filters",
    "meetings",
]

ForumOption = Annotated[
    list[str] | None, typer.Option("--forum", help="Only this forum, e.g. ASEAN (repeatable).")
]
LevelOption = Annotated[
    list[str] | None,
    typer.Option("--level", help="Only this meeting level, e.g. leaders (repeatable)."),
]
CountryOption = Annotated[
    list[str] | None,
    typer.Option("--country", help="Only pages naming this country, ISO3 (repeatable)."),
]
SeriesOption = Annotated[
    list[str] | None,
    typer.Option("--series", help="Only this meeting series, e.g. 'ASEAN Summit' (repeatable)."),
]
ActorOption = Annotated[
    list[str] | None,
    typer.Option("--actor", help="Country code or name, or a speaker's name (repeatable)."),
]
SinceOption = Annotated[
    str | None, typer.Option("--from", help="Only dated on or after YYYY[-MM[-DD]].")
]
UntilOption = Annotated[
    str | None, typer.Option("--to", help="Only dated on or before YYYY[-MM[-DD]].")
]


def cli_filters(**given: object) -> Filters:
    """Filters from the options; a bad value is one line and exit code 1."""
    try:
        return Filters.of(**given)  # type: ignore[arg-type]
    except FilterError as exc:
        fail(str(exc))


def meetings(
    db: DbOption = None,
    forum: ForumOption = None,
    level: LevelOption = None,
    country: Annotated[
        list[str] | None,
        typer.Option("--country", help="Only meetings held in this country, ISO3 (repeatable)."),
    ] = None,
    series: SeriesOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    sort: Annotated[
        str, typer.Option("--sort", help="-date (latest first) or date (oldest first).")
    ] = "-date",
    limit: Annotated[int, typer.Option("--limit", min=1, help="How many to list.")] = 50,
    json_out: JsonOption = False,
) -> None:
    """Meetings the stored pages report, latest first, narrowed by forum, level, host country,
    series and dates."""
    from summitry import query as library

    if sort not in ("date", "-date"):
        fail(f"--sort {sort!r}: choose date or -date")
    given = {"forum": forum, "level": level, "country": country, "series": series}
    filters = cli_filters(**given, since=since, until=until)
    store = open_cli_store(db)
    found = run_query(lambda: library.meetings(store, limit=limit, filters=filters, sort=sort))
    store.close()
    if json_out:
        print_json(found)
        return
    table = Table("start", "meeting", "forum", "level", "place", "sources")
    for m in found:
        place = ", ".join(p for p in (m.get("city"), m.get("country")) if p)
        cells = (m["start"], m.get("label") or m["name"], m["forum"], m.get("level"), place)
        table.add_row(*(str(c or "") for c in cells), str(m.get("sources") or ""))
    print_table(table, "no meetings match")
