"""`summitry serve`: the HTTP API and the web UI over one store."""

from __future__ import annotations

import re
from typing import Annotated

import typer

from summitry.budget import DEFAULT_PAGE_TIMEOUT
from summitry.cli.output import (
    DbOption,
    MaxSizeOption,
    PageTimeoutOption,
    err,
    fail,
    open_cli_store,
)
from summitry.read import DEFAULT_MAX_BYTES

__all__ = ["serve"]

_ORIGIN = re.compile(r"^https?://[^/\s:]+(:\d{1,5})?$")


def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option("--host", help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="TCP port.")] = 8000,
    trusted_host: Annotated[
        list[str] | None,
        typer.Option(
            "--trusted-host",
            help="A name clients reach the server by (repeatable; '*.example.org', '*' for any); "
            "loopback names and --host are always trusted.",
        ),
    ] = None,
    max_size: MaxSizeOption = DEFAULT_MAX_BYTES,
    max_body: Annotated[
        int | None,
        typer.Option("--max-body", min=1, help="Largest request body, in bytes [4 x --max-size]."),
    ] = None,
    page_timeout: PageTimeoutOption = DEFAULT_PAGE_TIMEOUT,
    cors: Annotated[
        list[str] | None,
        typer.Option(
            "--cors",
            metavar="ORIGIN",
            help="Let scripts of this site read the API, e.g. https://example.org "
            "(repeatable; '*' for any site). Default: no other site.",
        ),
    ] = None,
) -> None:
    """Serve the HTTP API (/api, /docs) and the web UI; writes need $SUMMITRY_TOKEN."""
    import uvicorn

    from summitry.api import create_app

    for origin in cors or ():
        if origin != "*" and not _ORIGIN.match(origin):
            fail(f"--cors {origin!r}: give an origin like https://example.org, or '*' for any")
    store = open_cli_store(db, create=True)
    hosts = [host, *(trusted_host or [])]
    app = create_app(
        store,
        max_upload_bytes=max_size,
        max_body_bytes=max_body,
        hosts=hosts,
        page_timeout=page_timeout or None,
        cors=cors,
    )
    err.print(f"summitry: serving {store.url} at http://{host}:{port}/", markup=False)
    try:
        uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)
    finally:
        store.close()
