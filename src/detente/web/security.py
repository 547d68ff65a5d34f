"""The server's guards: who may bind where, the token check and the security headers."""

from __future__ import annotations

import hmac
import ipaddress
import logging

from fastapi import Request, Response
from fastapi.responses import JSONResponse
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from detente.errors import DetenteError

log = logging.getLogger(__name__)

TOKEN_COOKIE = "detente_token"
# No inline script or style anywhere: injected markup could not run even if it got through.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}


class ServeError(DetenteError):
    """The server cannot start as asked (for instance a public bind without a token)."""


def is_local(host: str) -> bool:
    """Whether a bind address only accepts connections from this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_bind(host: str, token: str | None) -> None:
    """Refuse a bind that other machines can reach unless a token guards it."""
    if not is_local(host) and not token:
        raise ServeError(
            f"binding to {host} lets other machines in: give --token (and share it) or bind "
            "to 127.0.0.1"
        )


def _token_given(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        return header[7:].strip()
    return request.query_params.get("token") or request.cookies.get(TOKEN_COOKIE)


class Guard:
    """Checks the token (when one is set) and adds the security headers to every response,
    errors included; answers HEAD as GET without the body.

    Plain ASGI rather than an ``@app.middleware`` function: those run each request through an
    extra task and stream, which cost the server more CPU than most of its answers.
    """

    def __init__(self, app: ASGIApp, token: str | None) -> None:
        self.app = app
        self.token = token

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        if self.token is not None:
            given = _token_given(request)
            if given is None or not hmac.compare_digest(given.encode(), self.token.encode()):
                refusal = JSONResponse(
                    {"detail": "missing or wrong token"}, status_code=401,
                    headers={"WWW-Authenticate": "Bearer", **SECURITY_HEADERS},
                )
                await refusal(scope, receive, send)
                return
        cookie = None
        if self.token is not None and request.query_params.get("token"):
            # A browser that opened ?token=... keeps it for the page's own API calls; over TLS
            # it never sends it back in clear.
            carrier = Response()
            carrier.set_cookie(
                TOKEN_COOKIE, self.token, httponly=True, samesite="strict",
                secure=scope.get("scheme") == "https",
            )
            cookie = carrier.headers["set-cookie"]
        head = scope["method"] == "HEAD"
        if head:
            scope = {**scope, "method": "GET"}
        started = False

        async def send_guarded(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = MutableHeaders(scope=message)
                headers.update(SECURITY_HEADERS)
                if cookie is not None:
                    headers.append("set-cookie", cookie)
            elif head and message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        try:
            await self.app(scope, receive, send_guarded)
        except Exception:
            # Starlette would answer from outside this guard, without its headers.
            log.exception("unhandled error on %s", scope.get("path"))
            if started:
                raise
            failure = JSONResponse({"detail": "internal error"}, status_code=500)
            await failure(scope, receive, send_guarded)
