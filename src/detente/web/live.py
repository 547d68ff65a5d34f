"""Live reads for the server: when an ingest publishes a newer store, answer from it.

An ingest replaces the store file by an atomic rename after its batches (store/live.py). The
server keeps the file it opened, so every request at most twice a second compares the path's
identity with it; on a change a thread opens the new file and warms it up as start-up does,
while requests go on being answered from the old one, then the app's store and answer cache are
swapped. Old stores are closed only some time later: closing a DuckDB connection closes the
cursors that requests in flight still use.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Any

from starlette.types import ASGIApp, Receive, Scope, Send

from detente.store import Store
from detente.store.live import open_snapshot

log = logging.getLogger(__name__)

# How often a request may look at the file: a stat costs microseconds, but not on every request.
CHECK_SECONDS = 0.5
# How long a replaced store stays open for the requests that were using it.
RETIRE_SECONDS = 120.0

FileIdentity = tuple[int, int, int, int] | None


def file_identity(path: Path) -> FileIdentity:
    """What changes when a file is replaced or rewritten (None when there is none)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


class LiveReload:
    """ASGI middleware that moves the app onto the newest published store between requests."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        db: Path,
        opened: FileIdentity,
        prepare: Callable[[Store], None],
        answers: Callable[[Store], Any],
        views: Callable[[Store], Any] | None = None,
        check_seconds: float = CHECK_SECONDS,
    ) -> None:
        self.app, self.db, self.prepare, self.answers = app, Path(db), prepare, answers
        self.views = views  # the dashboard's caches, replaced with the answer cache
        self.current = opened  # the identity of the file the app's store was opened from
        self.check_seconds = check_seconds
        self.checked = time.monotonic()
        self.failed: FileIdentity = None
        self.loading = threading.Lock()
        self.retired: deque[tuple[float, Store]] = deque()
        self.reloads = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            self.check(scope["app"].state)
        await self.app(scope, receive, send)

    def check(self, state: Any) -> None:
        """Start loading the published store in the background if it is not the one served."""
        now = time.monotonic()
        if now - self.checked < self.check_seconds:
            return
        self.checked = now
        found = file_identity(self.db)
        if found is None or found in (self.current, self.failed):
            return
        if self.loading.acquire(blocking=False):
            threading.Thread(
                target=self._load, args=(state, found), name="detente-live-reload", daemon=True
            ).start()

    def _load(self, state: Any, found: FileIdentity) -> None:
        try:
            started = time.perf_counter()
            try:
                store = open_snapshot(self.db)
                self.prepare(store)
            except Exception as exc:  # whatever the new file's trouble, the old one still answers
                log.warning("%s: keeping the store being served (%s)", self.db, exc)
                self.failed = found
                return
            old = state.store
            state.store, state.answers = store, self.answers(store)
            if self.views is not None:
                state.views = self.views(store)
            self.current = found
            self.reloads += 1
            self._retire(old)
            seconds = time.perf_counter() - started
            log.info("now serving %s as published (%.1f s to load)", self.db, seconds)
        finally:
            self.loading.release()

    def _retire(self, old: Store) -> None:
        now = time.monotonic()
        self.retired.append((now, old))
        while self.retired and now - self.retired[0][0] > RETIRE_SECONDS:
            _, store = self.retired.popleft()
            store.close()
