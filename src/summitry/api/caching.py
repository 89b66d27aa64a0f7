"""Conditional GET: an ETag from the store's content and the URL, 304 on If-None-Match.

A 200 answer is kept, as bytes, under its ETag in the view cache: the same URL over the
same store content is answered again without running the route, validating the view against
its response model or encoding it anew.
"""

from __future__ import annotations

import hashlib
from collections.abc import Awaitable, Callable

from fastapi import Request, Response
from starlette.concurrency import run_in_threadpool

from summitry import __version__
from summitry.app import cache, data

__all__ = ["CACHE_CONTROL", "conditional_get", "etag_for"]

CACHE_CONTROL = "no-cache"  # clients keep a copy and ask again with If-None-Match
_UNCACHED_PREFIXES = ("/static/",)
KEPT_BODY_BYTES = 256 * 1024  # larger answers are built again each time
_KEPT_HEADERS = ("content-type", "content-language")


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
    """Answer 304 before doing any work when the client's copy is current, and a kept 200
    when this server answered the same URL over the same content before."""
    if request.method not in ("GET", "HEAD") or request.url.path.startswith(_UNCACHED_PREFIXES):
        return await call_next(request)
    store = request.app.state.store
    fingerprint = data.known_version(store)
    if fingerprint is None:
        fingerprint = await run_in_threadpool(data.version, store)
    tag = etag_for(fingerprint, request)
    headers = {"ETag": tag, "Cache-Control": CACHE_CONTROL}
    if _matches(request.headers.get("if-none-match"), tag):
        return Response(status_code=304, headers=headers)
    key = ("response", request.app.state.instance, store.url, tag)
    kept = cache.recall(key)
    if kept is not None:
        body, kept_headers = kept
        return Response(body, headers={**kept_headers, **headers})
    response = await call_next(request)
    if response.status_code != 200:
        return response
    response.headers.update(headers)
    if cache.size() == 0 or not _small(response):
        return response
    body = b"".join([chunk async for chunk in response.body_iterator])  # type: ignore[attr-defined]
    kept_headers = {k: v for k, v in response.headers.items() if k in _KEPT_HEADERS}
    cache.remember(key, (body, kept_headers))
    return Response(body, headers=dict(response.headers))


def _small(response: Response) -> bool:
    length = response.headers.get("content-length")
    return length is not None and length.isdigit() and int(length) <= KEPT_BODY_BYTES
