"""What routes depend on: the store and cached answers per request, and shared parameter types."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from typing import Annotated

from fastapi import Depends, Path, Query, Request

from detente.analysis.actors import ActorQuery, actor_summary
from detente.analysis.changes import dyad_analysis
from detente.analysis.dyads import DyadQuery, Interval, Unit
from detente.analysis.schemas import ActorOut, dyad_json
from detente.store import Store

# Distinct dyad and actor queries kept (users flip between a few dyads and period lengths).
CACHE_SIZE = 512
# Party codes: a country or organisation code, a sector, or both ("CHN", "CHNMIL", "IGOUNO").
CODE = r"^[A-Za-z0-9]{1,24}$"


async def store_for_request(request: Request) -> AsyncIterator[Store]:
    """A per-request cursor on the app's read-only store (DuckDB cursors are per thread).

    Async although it blocks: opening and closing a cursor takes microseconds, far less than
    the two trips to the thread pool a plain generator dependency costs.
    """
    shared: Store = request.app.state.store
    cursor = shared.cursor()
    try:
        yield cursor
    finally:
        cursor.close()


class Answers:
    """Dyad and actor answers already computed; the store is read-only, so none goes stale."""

    def __init__(self, store: Store, size: int = CACHE_SIZE) -> None:
        self.store = store
        self.dyad = functools.lru_cache(maxsize=size)(self._dyad)
        self.actor = functools.lru_cache(maxsize=size)(self._actor)

    @contextmanager
    def _cursor(self) -> Iterator[Store]:
        cursor = self.store.cursor()
        try:
            yield cursor
        finally:
            cursor.close()

    def _dyad(self, query: DyadQuery) -> bytes:
        # Kept as JSON: a repeated question costs no encoding either.
        with self._cursor() as store:
            return dyad_json(*dyad_analysis(store, query))

    def _actor(self, query: ActorQuery) -> ActorOut:
        with self._cursor() as store:
            return ActorOut.of(actor_summary(store, query))


async def answers_for_request(request: Request) -> Answers:
    """The app's cache of dyad and actor answers."""
    answers: Answers = request.app.state.answers
    return answers


StoreDep = Annotated[Store, Depends(store_for_request)]
AnswersDep = Annotated[Answers, Depends(answers_for_request)]
Code = Annotated[str, Path(pattern=CODE, description="code prefix, e.g. CHN or CHNGOV")]
Since = Annotated[dt.date | None, Query(description="first day (YYYY-MM-DD)")]
Until = Annotated[dt.date | None, Query(description="last day, inclusive")]
By = Annotated[Interval, Query(description="period length")]
CountUnit = Annotated[Unit, Query(description="count unique events or their mentions")]
