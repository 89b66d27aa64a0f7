"""Writes need the bearer token from SUMMITRY_TOKEN; with no token set the API is read-only."""

from __future__ import annotations

import hmac
import os
from collections.abc import Awaitable, Callable

from fastapi import Depends, HTTPException, Request, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from summitry.app import scopes

__all__ = [
    "CORRECTION_BODY_BYTES",
    "LOOPBACK_HOSTS",
    "TOKEN_ENV",
    "check_host",
    "host_allowed",
    "refusal",
    "require_token",
    "token_from_env",
    "trusted_hosts",
]

TOKEN_ENV = "SUMMITRY_TOKEN"
CallNext = Callable[[Request], Awaitable[Response]]
_bearer = HTTPBearer(auto_error=False, description=f"The token in ${TOKEN_ENV} on the server.")


def token_from_env() -> str | None:
    """The write token, read once when the app is built; empty means none."""
    return os.environ.get(TOKEN_ENV) or None


def refusal(authorization: str | None, token: str | None) -> tuple[int, str] | None:
    """(status, message) when a write must be refused, None when it may go ahead."""
    if token is None:
        return 403, f"this server is read-only: start it with {TOKEN_ENV} set to allow writes"
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        return 401, "writes need an 'Authorization: Bearer TOKEN' header"
    if not hmac.compare_digest(given.strip().encode(), token.encode()):
        return 401, "the bearer token is not the one this server was started with"
    return None


def require_token(
    request: Request, _creds: HTTPAuthorizationCredentials | None = Depends(_bearer)
) -> None:
    """Dependency of every write route (it also documents the bearer scheme in OpenAPI)."""
    refused = refusal(request.headers.get("authorization"), request.app.state.token)
    if refused:
        status, message = refused
        headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
        raise HTTPException(status, message, headers=headers)


CORRECTION_BODY_BYTES = 64 * 1024  # a correction is a few short fields
WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
# Pages load only their own CSS and script: an injected tag could run nothing.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


async def add_security_headers(request: Request, call_next: CallNext) -> Response:
    """Every response carries SECURITY_HEADERS."""
    response = await call_next(request)
    response.headers.update(SECURITY_HEADERS)
    return response


async def guard_writes(request: Request, call_next: CallNext) -> Response:
    """Refuse a write before its body is read: no token, no length, or too large."""
    from summitry.api.errors import error_response

    if request.method not in WRITE_METHODS or not request.url.path.startswith("/api/"):
        return await call_next(request)
    refused = refusal(request.headers.get("authorization"), request.app.state.token)
    if refused:
        headers = {"WWW-Authenticate": "Bearer"} if refused[0] == 401 else None
        return error_response(request, *refused, headers=headers)
    length = request.headers.get("content-length", "0" if request.method == "DELETE" else None)
    if length is None or not length.isdigit():
        return error_response(request, 411, "send a Content-Length header with every write")
    limit = request.app.state.max_request_bytes
    if request.url.path.startswith("/api/corrections"):
        limit = min(limit, CORRECTION_BODY_BYTES)
    if int(length) > limit:
        return error_response(request, 413, f"request larger than {limit} bytes")
    try:
        return await call_next(request)
    finally:
        scopes.written(request.app.state.store)  # the next read sees the write


LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "::1")


def trusted_hosts(listen_host: str | None = None, extra: list[str] | None = None) -> list[str]:
    """The loopback names, the interface the server listens on and any names given ("*": any).

    A browser on a page of another site that resolves its own name to this server (DNS
    rebinding) sends that site's name as Host, so such requests are refused.
    """
    names = [*LOOPBACK_HOSTS, listen_host or "", *(extra or [])]
    kept = [n.strip().lower().strip("[]") for n in names]
    return list(dict.fromkeys(n for n in kept if n and n not in ("0.0.0.0", "::")))


def host_allowed(host_header: str, allowed: list[str]) -> bool:
    """Host 'name[:port]' (or '[v6]:port') against names; '*.example.org' matches subdomains."""
    host = host_header.strip().lower()
    if host.startswith("["):
        host = host[1 : host.find("]")] if "]" in host else ""
    elif host.count(":") == 1:
        host = host.partition(":")[0]
    if not host:
        return False
    for name in allowed:
        if name == "*" or host == name:
            return True
        if name.startswith("*.") and host.endswith(name[1:]):
            return True
    return False


async def check_host(request: Request, call_next: CallNext) -> Response:
    """Refuse, with 400, a request whose Host header names no trusted host."""
    from summitry.api.errors import error_response

    allowed = request.app.state.trusted_hosts
    host = request.headers.get("host", "")
    if not host_allowed(host, allowed):
        shown = "".join(ch if ch.isprintable() else "?" for ch in host)[:100]
        message = f"host {shown!r} is not served here (start the server with --trusted-host)"
        return error_response(request, 400, message)
    return await call_next(request)
