"""One error shape for every failure: {"error": {"status", "message"}} (HTML pages get a page)."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping
from http import HTTPStatus

from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from summitry.errors import StoreError, SummitryError

__all__ = ["HtmlRenderer", "error_response", "install_error_handlers", "wants_json"]

HtmlRenderer = Callable[[Request, int, str], Response]
CallNext = Callable[[Request], Awaitable[Response]]
log = logging.getLogger("summitry.api")


def wants_json(request: Request) -> bool:
    """API paths answer JSON; the web UI's paths answer an HTML page."""
    path = request.url.path
    return path.startswith("/api") or path in ("/openapi.json",)


def error_response(
    request: Request, status: int, message: str, headers: Mapping[str, str] | None = None
) -> Response:
    """The error as JSON for the API, else the UI's error page."""
    if wants_json(request) or request.app.state.render_error is None:
        body = {"error": {"status": status, "message": message}}
        return JSONResponse(body, status_code=status, headers=headers)
    response = request.app.state.render_error(request, status, message)
    response.headers.update(headers or {})
    return response


def _validation_message(exc: RequestValidationError) -> str:
    """'query.limit: Input should be less than or equal to 100; ...' in one line."""
    parts = []
    for err in exc.errors()[:5]:
        where = ".".join(str(p) for p in err.get("loc", ()))
        parts.append(f"{where}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def install_error_handlers(app: FastAPI) -> None:
    """Every exception the app can raise becomes the one error shape."""

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).phrase
        return error_response(request, exc.status_code, message, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        return error_response(request, 422, _validation_message(exc))

    @app.exception_handler(StoreError)
    async def store_failed(request: Request, exc: StoreError) -> Response:
        log.error("store error on %s: %s", request.url.path, exc)
        return error_response(request, 503, f"the store cannot answer now ({exc})")

    @app.exception_handler(SummitryError)
    async def refused(request: Request, exc: SummitryError) -> Response:
        return error_response(request, 422, str(exc))

    @app.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception) -> Response:
        return _internal_error(request, exc)


def _internal_error(request: Request, exc: BaseException) -> Response:
    log.error("unexpected error on %s", request.url.path, exc_info=exc)
    return error_response(request, 500, "internal error; the server log has the details")


async def catch_crashes(request: Request, call_next: CallNext) -> Response:
    """A crash below the other middlewares still answers the 500 error shape.

    (Starlette's own last-resort handler cannot answer once another middleware has wrapped
    the exception; this one sits innermost, so it sees the exception first.)
    """
    try:
        return await call_next(request)
    except Exception as exc:  # noqa: BLE001 - every crash becomes one logged 500
        return _internal_error(request, exc)
