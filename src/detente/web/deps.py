"""What routes depend on: the store and cached answers per request, and shared parameter types."""

from __future__ import annotations

import datetime as dt
import functools
import logging
import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Annotated

from fastapi import Depends, Path, Query, Request
from pydantic import Field

from detente.analysis.actors import ActorQuery, actor_summary
from detente.analysis.browse import filtered_dyad
from detente.analysis.changes import dyad_analysis
from detente.analysis.dyads import DyadQuery, Interval, Unit
from detente.analysis.filters import DEFAULT_MODALITY, MODALITIES, EventFilter
from detente.analysis.overview import Overview, store_overview
from detente.analysis.places import PlaceCounts, place_counts
from detente.analysis.schemas import ActorOut, dyad_json
from detente.analysis.search import (
    ActorHit,
    ActorName,
    actor_names,
    country_counts,
    search_actors,
)
from detente.lexicons.actors import load_actor_lexicon
from detente.store import Store
from detente.web.limits import CACHE_BYTES, REQUEST_SECONDS, AnswerCache, time_limit

log = logging.getLogger(__name__)

# Distinct dashboard views kept (users flip between a few dyads, filters and period lengths).
CACHE_SIZE = 512
# Party codes: a country or organisation code, a sector, or both ("CHN", "CHNMIL", "IGOUNO").
CODE = r"^[A-Za-z0-9]{1,24}$"
QuadClass = Annotated[int, Field(ge=1, le=4)]
MODALITY = "^(any|" + "|".join(MODALITIES) + ")$"


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



@contextmanager
def limited_cursor(store: Store, seconds: float) -> Iterator[Store]:
    """A cursor of its own for one request, interrupted after ``seconds`` and closed after."""
    cursor = store.cursor()
    try:
        with time_limit(cursor, seconds):
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

    def _cursor(self) -> AbstractContextManager[Store]:
        return limited_cursor(self.store, self.seconds)

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


StoreDep = Annotated[Store, Depends(store_for_request)]
AnswersDep = Annotated[Answers, Depends(answers_for_request)]
Code = Annotated[str, Path(pattern=CODE, description="code prefix, e.g. CHN or CHNGOV")]
Since = Annotated[dt.date | None, Query(description="first day (YYYY-MM-DD)")]
Until = Annotated[dt.date | None, Query(description="last day, inclusive")]
By = Annotated[Interval, Query(description="period length")]
CountUnit = Annotated[Unit, Query(description="count unique events or their mentions")]


def events_filter(
    event_type: Annotated[
        str | None, Query(alias="type", pattern=r"^[A-Za-z]{2,16}$", description="PLOVER type")
    ] = None,
    quad: Annotated[list[QuadClass], Query(description="QuadClass 1-4, repeatable")] = [],  # noqa: B006
    modality: Annotated[
        str, Query(pattern=MODALITY, description="asserted (default), any, or one modality")
    ] = DEFAULT_MODALITY,
    since: Since = None,
    until: Until = None,
) -> EventFilter:
    """The shared filters of every dashboard view, from the query string."""
    return EventFilter(
        event_type=event_type or None, quad_classes=tuple(quad),
        modality=None if modality == "any" else modality, since=since, until=until,
    )


class Views:
    """Filtered dashboard answers already computed (overview, series, map, actor names)."""

    def __init__(
        self, store: Store, *, size: int = CACHE_SIZE, seconds: float = REQUEST_SECONDS
    ) -> None:
        self.store = store
        self.seconds = seconds
        self.overview = functools.lru_cache(maxsize=size)(self._overview)
        self.series = functools.lru_cache(maxsize=size)(self._series)
        self.places = functools.lru_cache(maxsize=size)(self._places)
        self._names: tuple[ActorName, ...] | None = None
        self._counts: dict[str, int] | None = None
        self._names_lock = threading.Lock()  # a search during warming waits, not reads twice
        self.warmed = threading.Event()

    def _cursor(self) -> AbstractContextManager[Store]:
        return limited_cursor(self.store, self.seconds)

    def _overview(self, events: EventFilter) -> Overview:
        with self._cursor() as store:
            return store_overview(store, events)

    def _series(self, query: DyadQuery, events: EventFilter) -> bytes:
        with self._cursor() as store:
            return dyad_json(*filtered_dyad(store, query, events))

    def _places(
        self, events: EventFilter, actor: str | None, recipient: str | None, directed: bool
    ) -> PlaceCounts:
        with self._cursor() as store:
            return place_counts(
                store, events, actor=actor, recipient=recipient, directed=directed
            )

    def warm(self) -> None:
        """Compute what a first visitor asks for: the actor names and the unfiltered overview."""
        try:
            self.names()
            self.overview(EventFilter())
        except Exception as exc:  # an app closed while warming needs no answers
            log.info("warming the dashboard stopped: %s", exc)
        finally:
            self.warmed.set()

    def names(self) -> tuple[ActorName, ...]:
        """Every actor the lexicons name (read on first use: loading takes about a second)."""
        with self._names_lock:
            if self._names is None:
                self._names = actor_names(load_actor_lexicon())
            return self._names

    def search(self, text: str) -> tuple[ActorHit, ...]:
        """Actors matching a name, alias or code, with their stored events."""
        if self._counts is None:
            with self._cursor() as store:
                self._counts = country_counts(store)
        return search_actors(self.names(), text, self._counts)


async def views_for_request(request: Request) -> Views:
    """The app's cache of filtered dashboard answers."""
    views: Views = request.app.state.views
    return views


FilterDep = Annotated[EventFilter, Depends(events_filter)]
ViewsDep = Annotated[Views, Depends(views_for_request)]
