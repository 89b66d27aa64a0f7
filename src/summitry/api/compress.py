"""Gzip for answers of GZIP_MIN bytes or more, when the client accepts it.

The app's http middlewares stream every body on in pieces, and GZipMiddleware compresses
any streamed body whatever its size; joining a short body into one message first lets it
leave the short ones as they are.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from starlette.middleware.gzip import GZipMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["GZIP_MIN", "add_compression"]

GZIP_MIN = 1024  # smaller answers go as they are: compressing them saves less than it costs


class ShortBodiesWhole:
    """Holds an answer's start and body until the body ends or reaches `limit` bytes, then
    sends what it holds as one message and passes the rest on. An answer that declares its
    length (made whole in memory, then streamed on in pieces) is held to its end, so it is
    compressed as one, whether built now or kept from before."""

    def __init__(self, app: ASGIApp, limit: int = GZIP_MIN) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        held: dict[str, Any] = {"start": None, "chunks": [], "size": 0, "passing": False}
        held["whole"] = False

        async def hold(message: Message) -> None:
            if held["passing"]:
                await send(message)
            elif message["type"] == "http.response.start":
                held["start"] = message
                held["whole"] = any(k.lower() == b"content-length" for k, _ in message["headers"])
            elif message["type"] == "http.response.body":
                held["chunks"].append(message.get("body", b""))
                held["size"] += len(held["chunks"][-1])
                more = message.get("more_body", False)
                if not more or (held["size"] >= self.limit and not held["whole"]):
                    await _release(held, send, more)
            else:
                await _release(held, send, True)
                await send(message)

        await self.app(scope, receive, hold)
        if not held["passing"] and held["start"] is not None:
            await _release(held, send, False)


async def _release(held: dict[str, Any], send: Send, more: bool) -> None:
    held["passing"] = True
    if held["start"] is not None:
        await send(held["start"])
    body = b"".join(held["chunks"])
    await send({"type": "http.response.body", "body": body, "more_body": more})


def add_compression(app: FastAPI) -> None:
    """Gzip (GZipMiddleware) over whole short bodies; add it inside HeadAsGet, so that a
    HEAD answers the headers of the compressed GET."""
    app.add_middleware(ShortBodiesWhole, limit=GZIP_MIN)
    app.add_middleware(GZipMiddleware, minimum_size=GZIP_MIN)
