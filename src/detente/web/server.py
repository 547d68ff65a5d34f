"""Starting the server: `serve` runs uvicorn workers, each building its app from the environment."""

from __future__ import annotations

import logging
import os
import socket
from pathlib import Path

from fastapi import FastAPI

from detente.store import open_store
from detente.web.app import create_app
from detente.web.security import ServeError, check_bind, is_local

log = logging.getLogger(__name__)

LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")
# How `serve` hands its settings to the app factory in each uvicorn worker process.
DB_ENV = "DETENTE_SERVE_DB"
HOSTS_ENV = "DETENTE_SERVE_HOSTS"  # comma-separated; unset accepts any Host header
THREADS_ENV = "DETENTE_SERVE_THREADS"  # DuckDB threads per worker; unset lets DuckDB choose
TOKEN_ENV = "DETENTE_TOKEN"  # the same variable `--token` reads


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
