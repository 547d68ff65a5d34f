"""The web face: a FastAPI app over a read-only store, its security guards, and `serve`."""

from __future__ import annotations

import hmac
import ipaddress
import logging
import os
import socket
from collections.abc import AsyncIterator, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from detente.analysis.actors import ActorQuery, actor_summary
from detente.analysis.changes import dyad_analysis
from detente.analysis.dyads import DyadQuery
from detente.analysis.keys import key_index
from detente.errors import DetenteError
from detente.store import Store, open_store
from detente.web.limits import (
    CACHE_BYTES,
    REQUEST_SECONDS,
    AnswerCache,
    TooLong,
    time_limit,
    too_long,
)
from detente.web.live import LiveReload, file_identity
from detente.web.schemas import ActorOut, dyad_json

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
TOKEN_COOKIE = "detente_token"
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")
# How `serve` hands its settings to the app factory in each uvicorn worker process.
DB_ENV = "DETENTE_SERVE_DB"
HOSTS_ENV = "DETENTE_SERVE_HOSTS"  # comma-separated; unset accepts any Host header
THREADS_ENV = "DETENTE_SERVE_THREADS"  # DuckDB threads per worker; unset lets DuckDB choose
TOKEN_ENV = "DETENTE_TOKEN"  # the same variable `--token` reads
# DuckDB's buffer pool per server process: the store's pages it keeps are bounded by this, not
# by the store's size (sorts beyond it spill to disk).
DUCKDB_MEMORY = "512MB"
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


async def store_for_request(request: Request) -> AsyncIterator[Store]:
    """A per-request cursor on the app's read-only store (DuckDB cursors are per thread).

    Async although it blocks: opening and closing a cursor takes microseconds, far less than
    the two trips to the thread pool a plain generator dependency costs.
    """
    shared: Store = request.app.state.store
    cursor = shared.cursor()
    try:
        with time_limit(cursor, request.app.state.seconds):
            yield cursor
    finally:
        cursor.close()


class Answers:
    """Dyad and actor answers already computed, as JSON (a repeated question costs no encoding
    either); the store is read-only, so none goes stale."""

    def __init__(
        self, store: Store, *, budget: int = CACHE_BYTES, seconds: float = REQUEST_SECONDS
    ) -> None:
        self.store = store
        self.seconds = seconds
        self.cache = AnswerCache(budget)

    @contextmanager
    def _cursor(self) -> Iterator[Store]:
        cursor = self.store.cursor()
        try:
            with time_limit(cursor, self.seconds):
                yield cursor
        finally:
            cursor.close()

    def dyad(self, query: DyadQuery) -> bytes:
        """A dyad's series and changes (DyadOut's JSON)."""
        return self.cache.get(query, lambda: self._dyad(query))

    def actor(self, query: ActorQuery) -> bytes:
        """An actor's summary (ActorOut's JSON)."""
        return self.cache.get(query, lambda: self._actor(query))

    def _dyad(self, query: DyadQuery) -> bytes:
        with self._cursor() as store:
            return dyad_json(*dyad_analysis(store, query))

    def _actor(self, query: ActorQuery) -> bytes:
        with self._cursor() as store:
            return ActorOut.of(actor_summary(store, query)).model_dump_json().encode()


async def answers_for_request(request: Request) -> Answers:
    """The app's cache of dyad and actor answers."""
    answers: Answers = request.app.state.answers
    return answers


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


def create_app(
    db: str | Path,
    *,
    token: str | None = None,
    allowed_hosts: Sequence[str] | None = None,
    threads: int | None = None,
    seconds: float = REQUEST_SECONDS,
) -> FastAPI:
    """Open the store read-only and build the app; answers come from the store's sorted party
    keys (store/sides.py), so start-up and memory do not grow with the events."""
    from detente.web import api, pages

    opened = file_identity(Path(db))
    store = open_store(db, read_only=True)

    def prepare(store: Store) -> None:
        """Ready a store to answer (also each one an ingest publishes later: web/live.py)."""
        store.con.execute(f"SET memory_limit = '{DUCKDB_MEMORY}'")
        if threads is not None:
            store.con.execute(f"SET threads = {int(threads)}")
        key_index(store)  # the directory of the keys: small, and says now if the store lacks them

    prepare(store)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        app.state.store.close()

    app = FastAPI(
        title="detente",
        summary="Political event data: dyads, actors, events and the sentences behind them.",
        version="1",
        docs_url=None,  # the stock docs page loads its scripts from a CDN; /docs is our own
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.store = store
    app.state.seconds = seconds
    app.state.answers = Answers(store, seconds=seconds)
    app.state.token = token
    app.add_exception_handler(TooLong, too_long)
    # Live reads: a store an ingest publishes later replaces this one.
    app.add_middleware(
        LiveReload, db=Path(db), opened=opened, prepare=prepare,
        answers=lambda published: Answers(published, seconds=seconds),
    )
    if allowed_hosts is not None:
        # Refuses DNS-rebinding pages that reach a local server under a foreign host name.
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    app.add_middleware(Guard, token=token)  # added last: outermost, so its refusals get headers
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    return app


def app_from_env() -> FastAPI:
    """The app of one uvicorn worker, built from the settings `serve` put in the environment."""
    db = os.environ.get(DB_ENV)
    if not db:
        raise ServeError(f"{DB_ENV} names no database")
    hosts = os.environ.get(HOSTS_ENV)
    threads = os.environ.get(THREADS_ENV)
    return create_app(
        db, token=os.environ.get(TOKEN_ENV) or None,
        allowed_hosts=hosts.split(",") if hosts else None,
        threads=int(threads) if threads else None,
    )


def worker_threads(workers: int) -> int | None:
    """DuckDB threads per worker: the cores shared out, so that workers do not fight over them."""
    if workers == 1:
        return None
    return max(1, (os.cpu_count() or 1) // workers)


def serve(
    db: str | Path, *, host: str = "127.0.0.1", port: int = 8000, token: str | None = None,
    workers: int = 1, tls: tuple[str, str] | None = None,
) -> None:
    """Serve the API and dashboard with uvicorn, in ``workers`` processes, until interrupted.

    Each worker opens the database read-only and reads the store's sorted party keys, so neither
    start-up nor memory grows with the events; uvicorn shares the port between them. ``tls`` is
    (certificate file, key file) for HTTPS.
    """
    import uvicorn

    check_bind(host, token)
    if workers < 1:
        raise ServeError("--workers must be at least 1")
    open_store(db, read_only=True).close()  # a missing or foreign file fails here, not per worker
    hosts = [*LOCAL_HOSTS, host] if is_local(host) else None
    threads = worker_threads(workers)
    settings = {
        DB_ENV: str(Path(db).resolve()), TOKEN_ENV: token,
        THREADS_ENV: str(threads) if threads else None,
        HOSTS_ENV: ",".join(hosts) if hosts else None,
    }
    for name, value in settings.items():
        if value:
            os.environ[name] = value
        else:
            os.environ.pop(name, None)
    scheme = "https" if tls else "http"
    log.info("serving %s on %s://%s:%d/ with %d worker(s)", db, scheme, host, port, workers)
    config = uvicorn.Config(
        f"{__name__}:app_from_env", factory=True, host=host, port=port, workers=workers,
        log_level="warning", server_header=False,
        ssl_certfile=tls[0] if tls else None, ssl_keyfile=tls[1] if tls else None,
    )
    if workers == 1:
        uvicorn.Server(config).run()
        return
    from uvicorn.supervisors import Multiprocess

    sock = config.bind_socket()
    # uvicorn's shared socket reports protocol 0, so asyncio leaves Nagle's algorithm on for the
    # connections the workers accept, and each answer waited 40 ms for the client's delayed ACK;
    # accepted connections inherit the listener's TCP_NODELAY.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    Multiprocess(config, sockets=[sock]).run()
