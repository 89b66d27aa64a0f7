"""Downloads: every row of a kind, or of a list route's query, as a CSV or NDJSON file
streamed from the store as it is read (`/api/export/KIND`, `/api/KIND.FMT`, `format=`)."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import StreamingResponse

from summitry.api.models import ERROR_RESPONSES
from summitry.api.params import Since, Until, known_parameters
from summitry.store import Store

__all__ = ["DOWNLOADS", "Format", "download", "router", "send"]

router = APIRouter(
    prefix="/api", responses=ERROR_RESPONSES, dependencies=[Depends(known_parameters)]
)

# The list routes' `format` downloads (declared so that the schema names their media types).
DOWNLOADS: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/csv": {}, "application/x-ndjson": {}}}
}
Format = Annotated[
    str | None,
    Query(
        alias="format",
        pattern="^(csv|ndjson)$",
        description="csv or ndjson: every item (no paging), as a file to download.",
        examples=["csv"],
    ),
]


_MEDIA = {"csv": "text/csv; charset=utf-8", "ndjson": "application/x-ndjson"}
ExportKind = Annotated[
    str,
    Path(
        pattern="^(documents|meetings|people|statements|commitments|mentions)$",
        description="documents, meetings, people, statements, commitments or mentions.",
        examples=["meetings"],
    ),
]


def download(store: Store, kind: str, fmt: str, **filters: Any) -> StreamingResponse:
    """Every row of a kind as CSV or NDJSON, streamed from the store as it is read."""
    from summitry.export import Filters, export_rows

    return send(export_rows(store, kind, Filters(**filters)), fmt, kind)


def send(rows: Iterator[dict[str, Any]], fmt: str, name: str) -> StreamingResponse:
    """Rows as a CSV or NDJSON file named NAME.FMT, written as they are read; the first row
    is read before the response starts, so a query that fails is an error response."""
    from summitry.export import columns_of, csv_lines, ndjson_lines

    first = next(rows, None)
    rows = chain([first], rows) if first is not None else iter(())
    lines = csv_lines(rows, columns_of(name)) if fmt == "csv" else ndjson_lines(rows)
    disposition = f'attachment; filename="{name}.{fmt}"'
    return StreamingResponse(
        lines, media_type=_MEDIA[fmt], headers={"Content-Disposition": disposition}
    )


@router.get(
    "/export/{kind}",
    response_class=StreamingResponse,
    responses={200: {"content": {"text/csv": {}, "application/x-ndjson": {}}}},
)
def export(
    request: Request,
    kind: ExportKind,
    fmt: Annotated[
        str,
        Query(
            alias="format",
            pattern="^(csv|ndjson)$",
            description="csv or ndjson.",
            examples=["ndjson"],
        ),
    ] = "csv",
    year: Annotated[
        list[int] | None, Query(description="Pages of these years.", examples=[2023])
    ] = None,
    forum: Annotated[
        list[str] | None, Query(description="Pages of these forums.", examples=["APEC"])
    ] = None,
    country: Annotated[
        list[str] | None, Query(description="Pages naming these (ISO3).", examples=["KOR"])
    ] = None,
    since: Since = None,
    until: Until = None,
    actor: Annotated[
        str | None,
        Query(max_length=200, description="commitments: this actor only.", examples=["KOR"]),
    ] = None,
    limit: Annotated[
        int | None, Query(ge=1, description="At most this many rows.", examples=[1000])
    ] = None,
) -> StreamingResponse:
    """Every item of a kind as a CSV or NDJSON file, filtered; `summitry export` writes the
    same. `/api/KIND.csv` and `/api/KIND.ndjson` are the same without filters."""
    filters = {"years": tuple(year or ()), "forums": tuple(forum or ()), "actor": actor}
    filters |= {"countries": tuple(country or ()), "since": since, "until": until}
    return download(request.app.state.store, kind, fmt, **filters, limit=limit)


@router.get("/{kind}.{fmt}", response_class=StreamingResponse, include_in_schema=False)
def export_file(
    request: Request,
    kind: ExportKind,
    fmt: Annotated[str, Path(pattern="^(csv|ndjson)$")],
) -> StreamingResponse:
    return download(request.app.state.store, kind, fmt)
