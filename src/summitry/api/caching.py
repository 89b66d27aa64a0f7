"""Conditional GET: an ETag from the store's content and the URL, 304 on If-None-Match."""

from __future__ import annotations

import hashlib
from collections.abc import Awaitable, Callable

from fastapi import Request, Response
from starlette.concurrency import run_in_threadpool

from summitry import __version__
from summitry.views import data

__all__ = ["CACHE_CONTROL", "conditional_get", "etag_for"]

CACHE_CONTROL = "no-cache"  # clients keep a copy and ask again with If-None-Match
_UNCACHED_PREFIXES = ("/static/",)


def etag_for(fingerprint: str, request: Request) -> str:
    """Same store content, same code version and same URL -> same tag."""
    key = f"{__version__}|{fingerprint}|{request.url.path}?{request.url.query}"
    return '"' + hashlib.sha1(key.encode()).hexdigest()[:24] + '"'


def _matches(header: str | None, tag: str) -> bool:
    if not header:
        return False
    offered = {t.strip().removeprefix("W/") for t in header.split(",")}
    return tag in offered or "*" in offered


async def conditional_get(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    """Answer 304 before doing any work when the client's copy is current."""
    if request.method not in ("GET", "HEAD") or request.url.path.startswith(_UNCACHED_PREFIXES):
        return await call_next(request)
    fingerprint = await run_in_threadpool(data.fingerprint, request.app.state.store)
    tag = etag_for(fingerprint, request)
    headers = {"ETag": tag, "Cache-Control": CACHE_CONTROL}
    if _matches(request.headers.get("if-none-match"), tag):
        return Response(status_code=304, headers=headers)
    response = await call_next(request)
    if response.status_code == 200:
        response.headers.update(headers)
    return response
