"""The HTTP API and web UI in one FastAPI app: JSON under /api, pages everywhere else.

`create_app(store)` builds it; `summitry serve` runs it with uvicorn.
"""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from starlette.middleware.cors import CORSMiddleware

from summitry import __version__
from summitry.api import downloads, routes, write
from summitry.api.caching import KeptAnswers
from summitry.api.compress import GZIP_MIN, add_compression
from summitry.api.errors import catch_crashes, install_error_handlers
from summitry.api.extracting import UploadExtractor
from summitry.api.head import HeadAsGet
from summitry.api.security import (
    add_security_headers,
    check_host,
    guard_writes,
    token_from_env,
    trusted_hosts,
)
from summitry.budget import DEFAULT_PAGE_TIMEOUT
from summitry.read import DEFAULT_MAX_BYTES
from summitry.store import Store

__all__ = ["BODY_FILES", "GZIP_MIN", "create_app", "default_max_body"]

BODY_FILES = 4  # a request may carry this many pages of the largest size
_MULTIPART_SLACK = 64 * 1024

_UNSET = object()
_instances = itertools.count(1)


def create_app(
    store: Store,
    *,
    token: str | None | object = _UNSET,
    max_upload_bytes: int = DEFAULT_MAX_BYTES,
    max_body_bytes: int | None = None,
    hosts: list[str] | None = None,
    web: bool = True,
    page_timeout: float | None = DEFAULT_PAGE_TIMEOUT,
    cors: list[str] | None = None,
) -> FastAPI:
    """The app over `store`; writes need `token` (default: $SUMMITRY_TOKEN; None: read-only).

    A request body is at most `max_body_bytes` (default: default_max_body(max_upload_bytes));
    the Host header must name one of `hosts` (default: trusted_hosts(), the loopback names).
    An uploaded page is extracted in a process of its own within `page_timeout` seconds.
    `cors` lists the origins other sites' scripts may read the API from ('*': any; default
    none, as browsers then refuse cross-site reads). Answers of GZIP_MIN bytes or more are
    gzipped for clients that accept it.
    """
    from summitry import web as ui

    app = FastAPI(
        title="summitry",
        version=__version__,
        description="Meetings, people, outcomes and statements from diplomatic press releases.",
        docs_url=None,  # /docs is a server-rendered page of the UI: no Swagger UI from a CDN
        redoc_url=None,
        lifespan=_lifespan,
    )
    app.state.store = store
    app.state.instance = next(_instances)  # kept answers belong to the app that made them
    app.state.token = token_from_env() if token is _UNSET else (token or None)
    app.state.max_upload_bytes = max_upload_bytes
    app.state.max_request_bytes = max_body_bytes or default_max_body(max_upload_bytes)
    app.state.trusted_hosts = trusted_hosts() if hosts is None else trusted_hosts(extra=hosts)
    app.state.extract_upload = UploadExtractor(page_timeout)
    app.state.render_error = ui.render_error if web else None
    install_error_handlers(app)
    app.include_router(routes.router)
    app.include_router(downloads.router)
    app.include_router(write.router)
    if web:
        ui.install(app)
    # Added last, runs first: kept answers (with their own Host check), check the Host,
    # refuse writes before reading bodies.
    app.middleware("http")(catch_crashes)
    app.middleware("http")(guard_writes)
    app.middleware("http")(check_host)
    app.middleware("http")(add_security_headers)
    app.add_middleware(KeptAnswers)  # a kept answer or a 304 before the layers inside it
    add_compression(app)  # outside the kept answers, which hold bodies as the app made them
    app.add_middleware(HeadAsGet)  # a HEAD is the GET, less its (gzipped) body
    if cors:  # outermost, so that every answer, errors included, carries the headers
        app.add_middleware(
            CORSMiddleware,
            allow_origins=cors,
            allow_methods=["GET", "HEAD"],
            expose_headers=["ETag", "Content-Disposition"],
        )
    return app


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    """On shutdown, end the upload extraction process (a forked worker would outlive us)."""
    yield
    app.state.extract_upload.close()


def default_max_body(max_upload_bytes: int) -> int:
    """BODY_FILES pages of the largest size, and room for the multipart framing."""
    return BODY_FILES * max_upload_bytes + _MULTIPART_SLACK
