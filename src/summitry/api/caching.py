"""Conditional GET and kept answers: an ETag from the versions of what the answer read.

A 200 answer is kept, as bytes, with the scopes it read (see summitry.app.version) and their
versions. While those versions hold, the same URL is answered from memory, and a client whose
If-None-Match names the kept tag gets 304, before the route or any other middleware runs.
This layer sits outside the others, so it checks the Host header itself and keeps the
headers they added (security headers included) with the body.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from summitry import __version__
from summitry.api.security import host_allowed
from summitry.app import cache, scopes
from summitry.app import version as versions

__all__ = ["CACHE_CONTROL", "KEPT_BODY_BYTES", "KeptAnswers", "etag_for"]

CACHE_CONTROL = "no-cache"  # clients keep a copy and ask again with If-None-Match
_UNCACHED_PREFIXES = ("/static/",)
KEPT_BODY_BYTES = 256 * 1024  # larger answers are built again each time
_VARYING = {"vary", "content-encoding"}
_NOT_KEPT = {"content-length", "date", "server", "etag", "cache-control"}


@dataclass(frozen=True, slots=True)
class Kept:
    """A 200 answer, what it read (scope -> version) and its tag."""

    read: dict[str, str]
    tag: str
    body: bytes
    headers: list[tuple[bytes, bytes]]


def etag_for(target: str, read: dict[str, str]) -> str:
    """Same code version, same URL and same versions of what it read -> same tag."""
    versions_read = ";".join(f"{k}={v}" for k, v in sorted(read.items()))
    key = f"{__version__}|{target}|{versions_read}"
    return '"' + hashlib.sha1(key.encode()).hexdigest()[:24] + '"'


def _matches(header: str | None, tag: str) -> bool:
    if not header:
        return False
    offered = {t.strip().removeprefix("W/") for t in header.split(",")}
    return tag in offered or "*" in offered


class KeptAnswers:
    """ASGI middleware: answers GETs from kept answers while what they read is unchanged."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] != "GET"
            or scope["path"].startswith(_UNCACHED_PREFIXES)
        ):
            await self.app(scope, receive, send)
            return
        app_state = scope["app"].state
        headers = Headers(scope=scope)
        if not host_allowed(headers.get("host", ""), app_state.trusted_hosts):
            await self.app(scope, receive, send)  # refused further in, with the reason
            return
        store = app_state.store
        state = versions.fresh(store)
        if state is None:
            state = await run_in_threadpool(scopes.state, store)
        query = scope.get("query_string", b"").decode("latin-1")
        target = f"{scope['path']}?{query}"
        key = ("response", app_state.instance, store.url, target)
        kept = cache.recall(key)
        if kept is not None and all(state.version(s) == v for s, v in kept.read.items()):
            await _answer_kept(kept, headers.get("if-none-match"), send)
            return
        await self._build(scope, receive, send, (key, target, state.version(versions.DOCUMENTS)))

    async def _build(
        self, scope: Scope, receive: Receive, send: Send, about: tuple[tuple, str, str]
    ) -> None:
        """Run the app, tag a 200 by what it read (all documents if it said nothing), and
        keep it if small; a client holding the same tag gets 304 instead of the body."""
        key, target, documents_version = about
        offered = Headers(scope=scope).get("if-none-match")
        parts: list[bytes] = []
        started: dict[str, Message] = {}
        with versions.collecting() as reads:

            async def capture(message: Message) -> None:
                if message["type"] == "http.response.start":
                    message = _tagged(message, reads, target, documents_version, started)
                    if started.get("tag") and _matches(offered, started["tag"]["tag"]):
                        started["not_modified"] = message
                        message = {**message, "status": 304}
                        message["headers"] = _without_body_headers(message["headers"])
                elif message["type"] == "http.response.body":
                    final = not message.get("more_body", False)
                    if "tag" in started:
                        parts.append(message.get("body", b""))
                        if sum(map(len, parts)) > KEPT_BODY_BYTES:
                            started.pop("tag")
                            parts.clear()
                        elif final:  # kept before the client can ask again
                            _keep(key, started["tag"], reads, b"".join(parts), documents_version)
                    if "not_modified" in started:
                        if not final:
                            return
                        message = {"type": "http.response.body", "body": b""}
                await send(message)

            await self.app(scope, receive, capture)


def _keep(
    key: tuple, start: Message, reads: versions.Reads, body: bytes, documents_version: str
) -> None:
    """Keep a 200 answer with what it read, unless a write landed while it was built."""
    if reads.mixed or not cache.size():
        return
    read = dict(reads.versions) or {versions.DOCUMENTS: documents_version}
    kept_headers = [(k, v) for k, v in start["headers"] if k.decode() not in _NOT_KEPT]
    cache.remember(key, Kept(read, start["tag"], body, kept_headers))


def _tagged(
    message: Message,
    reads: versions.Reads,
    target: str,
    documents_version: str,
    started: dict[str, Message],
) -> Message:
    """The response start with ETag and Cache-Control added to a 200."""
    if message["status"] != 200:
        return message
    read = dict(reads.versions) or {versions.DOCUMENTS: documents_version}
    tag = etag_for(target, read)
    headers = MutableHeaders(raw=list(message["headers"]))
    headers["etag"] = tag
    headers["cache-control"] = CACHE_CONTROL
    message = {**message, "headers": headers.raw}
    # streamed answers, and answers that vary with the request's headers (an encoding, an
    # Origin), are tagged but never kept
    if "content-length" in headers and not _VARYING.intersection(headers.keys()):
        # a copy: layers outside may change the headers sent (a compressor does)
        started["tag"] = {**message, "headers": list(headers.raw), "tag": tag}
    return message


def _without_body_headers(raw: list[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
    return [(k, v) for k, v in raw if k.lower() not in (b"content-length", b"content-type")]


async def _answer_kept(kept: Kept, offered: str | None, send: Send) -> None:
    """The kept answer, or 304 when the client holds it already."""
    tagging = [(b"etag", kept.tag.encode()), (b"cache-control", CACHE_CONTROL.encode())]
    if _matches(offered, kept.tag):
        headers = _without_body_headers(kept.headers) + tagging
        await send({"type": "http.response.start", "status": 304, "headers": headers})
        await send({"type": "http.response.body", "body": b""})
        return
    length = [(b"content-length", str(len(kept.body)).encode())]
    headers = kept.headers + tagging + length
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": kept.body})
