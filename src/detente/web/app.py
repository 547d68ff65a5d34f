"""The app factory: a FastAPI app over a read-only store, with its guards and routes."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.middleware.trustedhost import TrustedHostMiddleware

from detente.analysis.keys import key_index
from detente.store import Store, open_store
from detente.web import api, explore, pages
from detente.web.deps import Answers, Views
from detente.web.limits import REQUEST_SECONDS, TooLong, too_long
from detente.web.live import LiveReload, file_identity
from detente.web.security import Guard
from detente.web.worldmap import world_map

STATIC = Path(__file__).resolve().parent / "static"
# DuckDB's buffer pool per server process: the store's pages it keeps are bounded by this, not
# by the store's size (sorts beyond it spill to disk).
DUCKDB_MEMORY = "512MB"


def create_app(
    db: str | Path,
    *,
    token: str | None = None,
    allowed_hosts: Sequence[str] | None = None,
    threads: int | None = None,
    seconds: float = REQUEST_SECONDS,
    warm: bool = True,
) -> FastAPI:
    """Open the store read-only and build the app; answers come from the store's sorted party
    keys (store/sides.py), so start-up and memory do not grow with the events. ``warm``
    computes the actor names and the overview in the background as the app starts."""
    opened = file_identity(Path(db))
    store = open_store(db, read_only=True)

    def prepare(store: Store) -> None:
        """Ready a store to answer (also each one an ingest publishes later: web/live.py)."""
        store.con.execute(f"SET memory_limit = '{DUCKDB_MEMORY}'")
        if threads is not None:
            store.con.execute(f"SET threads = {int(threads)}")
        key_index(store)  # the directory of the keys: small, and says now if the store lacks them

    prepare(store)
    views = Views(store, seconds=seconds)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # The actor names take about a second to read and the overview a dozen queries: a
        # first visitor should not wait for either. Closing waits for the warming to end.
        warming = threading.Thread(target=views.warm, daemon=True) if warm else None
        if warming is not None:
            warming.start()
        yield
        if warming is not None:
            warming.join()
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
    app.state.views = views
    world_map()  # read once here rather than in the first visitor's request
    app.state.token = token
    app.add_exception_handler(TooLong, too_long)
    # Live reads: a store an ingest publishes later replaces this one (and its answer caches).
    app.add_middleware(
        LiveReload, db=Path(db), opened=opened, prepare=prepare,
        answers=lambda published: Answers(published, seconds=seconds),
        views=lambda published: Views(published, seconds=seconds),
    )
    if allowed_hosts is not None:
        # Refuses DNS-rebinding pages that reach a local server under a foreign host name.
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    app.add_middleware(Guard, token=token)  # added last: outermost, so its refusals get headers
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(api.router)
    app.include_router(explore.router)
    app.include_router(pages.router)
    return app
