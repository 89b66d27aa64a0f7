"""The HTTP API and web UI in one FastAPI app: JSON under /api, pages everywhere else.

`create_app(store)` builds it; `summitry serve` runs it with uvicorn.
"""

from __future__ import annotations

from fastapi import FastAPI

from summitry import __version__
from summitry.api import routes, write
from summitry.api.caching import conditional_get
from summitry.api.errors import catch_crashes, install_error_handlers
from summitry.api.extracting import UploadExtractor
from summitry.api.head import HeadAsGet
from summitry.api.security import add_security_headers, guard_writes, token_from_env
from summitry.budget import DEFAULT_PAGE_TIMEOUT
from summitry.read import DEFAULT_MAX_BYTES
from summitry.store import Store

__all__ = ["create_app"]

_MULTIPART_SLACK = 64 * 1024

_UNSET = object()


def create_app(
    store: Store,
    *,
    token: str | None | object = _UNSET,
    max_upload_bytes: int = DEFAULT_MAX_BYTES,
    web: bool = True,
    page_timeout: float | None = DEFAULT_PAGE_TIMEOUT,
) -> FastAPI:
    """The app over `store`; writes need `token` (default: $SUMMITRY_TOKEN; None: read-only).
    An uploaded page is extracted in a process of its own within `page_timeout` seconds."""
    from summitry import web as ui

    app = FastAPI(
        title="summitry",
        version=__version__,
        description="Meetings, people, outcomes and statements from diplomatic press releases.",
        docs_url=None,  # /docs is a server-rendered page of the UI: no Swagger UI from a CDN
        redoc_url=None,
    )
    app.state.store = store
    app.state.token = token_from_env() if token is _UNSET else (token or None)
    app.state.max_upload_bytes = max_upload_bytes
    app.state.max_request_bytes = write.MAX_FILES * max_upload_bytes + _MULTIPART_SLACK
    app.state.extract_upload = UploadExtractor(page_timeout)
    app.state.render_error = ui.render_error if web else None
    install_error_handlers(app)
    app.include_router(routes.router)
    app.include_router(write.router)
    if web:
        ui.install(app)
    # Added last, runs first: refuse writes before reading bodies, then conditional GET.
    app.middleware("http")(catch_crashes)
    app.middleware("http")(conditional_get)
    app.middleware("http")(guard_writes)
    app.middleware("http")(add_security_headers)
    app.add_middleware(HeadAsGet)  # outermost: a HEAD is the GET, less its body
    return app
