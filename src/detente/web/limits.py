"""Server limits: no single request may hold the server long or make it keep much memory.

Answers are capped in periods (a 400 that says how to narrow the query), each request's
queries are interrupted after a time limit (a 503), and answers kept for repeated questions are
bounded in bytes, least recently used dropped first.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager

import duckdb
from fastapi import HTTPException, Request
from fastapi.responses import JSONResponse

from detente.analysis.dyads import Interval, count_periods, store_dates
from detente.errors import DetenteError
from detente.store import Store

# A decade by day; longer spans need a longer period or a narrower range.
MAX_PERIODS = 4000
REQUEST_SECONDS = 10.0  # queries of one request interrupted after this long
CACHE_BYTES = 64 * 2**20  # answers kept per server process
_LONGER = {Interval.day: "week", Interval.week: "month", Interval.month: "year"}


class TooLong(DetenteError):
    """A request's queries ran past the time limit and were interrupted."""


def check_periods(
    store: Store, since: dt.date | None, until: dt.date | None, by: Interval
) -> None:
    """Refuse (400) an answer of more than ``MAX_PERIODS`` periods, saying how to narrow it."""
    if since is None or until is None:
        known = store_dates(store)
        if known is None:
            return
        since, until = since or known[0], until or known[1]
    periods = count_periods(since, until, by)
    if periods <= MAX_PERIODS:
        return
    longer = f" or a longer period (by={_LONGER[by]})" if by in _LONGER else ""
    raise HTTPException(
        400,
        f"{periods:,} periods of a {by.value} from {since} to {until}: at most "
        f"{MAX_PERIODS:,} per answer; give since and until closer together{longer}",
    )


@contextmanager
def time_limit(store: Store, seconds: float) -> Iterator[None]:
    """Interrupt the store's running query once ``seconds`` have passed (``TooLong``)."""
    timer = threading.Timer(seconds, store.con.interrupt)
    timer.daemon = True
    timer.start()
    try:
        yield
    except duckdb.InterruptException as exc:
        raise TooLong(
            f"the request took longer than {seconds:g} s: narrow it (since/until, a sector "
            "code, a longer period)"
        ) from exc
    finally:
        timer.cancel()


async def too_long(request: Request, exc: Exception) -> JSONResponse:
    """The answer to a request stopped by its time limit."""
    return JSONResponse({"detail": str(exc)}, status_code=503, headers={"Retry-After": "60"})


class AnswerCache:
    """Answers (JSON bytes) already computed, at most ``budget`` bytes of them in all."""

    def __init__(self, budget: int = CACHE_BYTES) -> None:
        self.budget = budget
        self.size = 0
        self._kept: OrderedDict[Hashable, bytes] = OrderedDict()
        self._lock = threading.Lock()  # handlers run on a thread pool

    def __len__(self) -> int:
        return len(self._kept)

    def get(self, key: Hashable, make: Callable[[], bytes]) -> bytes:
        """The answer kept for ``key``, else ``make()``'s, kept unless it is an eighth of the
        budget or more (one huge answer would push out every other)."""
        with self._lock:
            found = self._kept.get(key)
            if found is not None:
                self._kept.move_to_end(key)
                return found
        answer = make()  # outside the lock: other questions need not wait for this one
        if len(answer) * 8 >= self.budget:
            return answer
        with self._lock:
            if key not in self._kept:
                self._kept[key] = answer
                self.size += len(answer)
            while self.size > self.budget:
                _, dropped = self._kept.popitem(last=False)
                self.size -= len(dropped)
        return answer
