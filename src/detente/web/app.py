"""The app factory: a FastAPI app over a read-only store, with its guards and routes."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.middleware.trustedhost import TrustedHostMiddleware

from detente.analysis.browse import build_modality_table
from detente.analysis.evidence import build_brief_table
from detente.analysis.key_arrays import load_key_arrays
from detente.analysis.keys import build_key_table
from detente.store import Store, open_store
from detente.web import api, explore, pages
from detente.web.deps import Answers, Views
from detente.web.live import LiveReload, file_identity
from detente.web.security import Guard
from detente.web.worldmap import world_map

STATIC = Path(__file__).resolve().parent / "static"


def create_app(
    db: str | Path,
    *,
    token: str | None = None,
    allowed_hosts: Sequence[str] | None = None,
    keys: bool = True,
    threads: int | None = None,
) -> FastAPI:
    """Open the store read-only and build the app; ``keys`` first copies the dyad keys (as a
    table and as arrays) and the events' listed columns into memory, sorted for dyads and pages."""
    opened = file_identity(Path(db))
    store = open_store(db, read_only=True)

    def prepare(store: Store) -> None:
        """Ready a store to answer (also each one an ingest publishes later: web/live.py)."""
        if threads is not None:
            store.con.execute(f"SET threads = {int(threads)}")
        if keys:
            build_key_table(store)
            load_key_arrays(store)
            build_brief_table(store)
            build_modality_table(store)

    prepare(store)
    views = Views(store)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # The actor names take about a second to read and the overview a dozen queries: a
        # first visitor should not wait for either. Closing waits for the warming to end.
        warming = threading.Thread(target=views.warm, daemon=True) if keys else None
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
    app.state.answers = Answers(store)
    app.state.views = views
    world_map()  # read once here rather than in the first visitor's request
    app.state.token = token
    # Live reads: a store an ingest publishes later replaces this one (and its answer caches).
    app.add_middleware(
        LiveReload, db=Path(db), opened=opened, prepare=prepare, answers=Answers, views=Views
    )
    app.add_middleware(Guard, token=token)
    if allowed_hosts is not None:
        # Refuses DNS-rebinding pages that reach a local server under a foreign host name.
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(api.router)
    app.include_router(explore.router)
    app.include_router(pages.router)
    return app
