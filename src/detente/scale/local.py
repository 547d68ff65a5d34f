"""The local engine: batch functions in this process, or in a pool of worker processes."""

from __future__ import annotations

import datetime as dt
import logging
import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Protocol

from detente.clean.html import quiet_extractor_logs
from detente.config import Settings
from detente.errors import DetenteError
from detente.pipeline import Pipeline, code_batch, load_pipeline, process_batch
from detente.records import Article, CodedDocument, InputError, RawDocument
from detente.scale.lifeline import watch_parent

log = logging.getLogger(__name__)

Results = list[CodedDocument | InputError]

# The pipeline a worker process loaded in its initializer. A module variable because that is how
# a process pool hands per-process state to its tasks; it is set once and never in the parent.
_WORKER_PIPELINE: Pipeline | None = None


class WorkerDied(DetenteError):
    """A worker process died (out of memory, killed); committed batches are kept."""


class Engine(Protocol):
    """Runs batches through the pipeline; results come back as futures, in submission order."""

    lexicon_version: str
    workers: int

    def submit_raw(
        self, raws: Sequence[RawDocument | InputError], default_date: dt.date | None
    ) -> Future[Results]: ...
    def submit_articles(self, articles: Sequence[Article]) -> Future[Results]: ...
    def close(self) -> None: ...


def _done(call: Callable[[], Results]) -> Future[Results]:
    future: Future[Results] = Future()
    try:
        future.set_result(call())
    except BaseException as exc:  # the caller sees it when it asks for the result
        future.set_exception(exc)
    return future


class InProcessEngine:
    """One pipeline in the calling process: no pickling, no second copy of the model."""

    workers = 1

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline
        self.lexicon_version = pipeline.coder.lexicon_version

    def submit_raw(
        self, raws: Sequence[RawDocument | InputError], default_date: dt.date | None
    ) -> Future[Results]:
        """Clean, parse and code a batch now."""
        return _done(lambda: process_batch(self.pipeline, raws, default_date=default_date))

    def submit_articles(self, articles: Sequence[Article]) -> Future[Results]:
        """Parse and code stored articles now."""
        return _done(lambda: code_batch(self.pipeline, articles))

    def close(self) -> None:
        """Nothing to release."""


def _init_worker(settings: Settings, run_pid: int) -> None:
    global _WORKER_PIPELINE
    watch_parent(run_pid)  # first: loading the model takes seconds the run may not outlive
    logging.basicConfig(level=logging.WARNING)
    quiet_extractor_logs()
    _WORKER_PIPELINE = load_pipeline(settings)


def _pipeline() -> Pipeline:
    if _WORKER_PIPELINE is None:
        raise RuntimeError("worker pipeline not loaded: tasks must run in the engine's pool")
    return _WORKER_PIPELINE


def _describe() -> str:
    return _pipeline().coder.lexicon_version


def _work_raw(raws: Sequence[RawDocument | InputError], default_date: dt.date | None) -> Results:
    return process_batch(_pipeline(), raws, default_date=default_date)


def _work_articles(articles: Sequence[Article]) -> Results:
    return code_batch(_pipeline(), articles)


class ProcessEngine:
    """Worker processes that each load the pipeline once and send back plain records."""

    def __init__(self, settings: Settings, workers: int) -> None:
        # forkserver/spawn: a forked copy of a parent that has loaded spaCy or DuckDB is unsafe.
        method = (
            "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
        )
        self.workers = workers
        self.pool = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context(method),
            initializer=_init_worker,
            initargs=(settings, os.getpid()),
        )
        try:
            # Wait for every worker to load its model, so timings and errors come early.
            versions = [self.pool.submit(_describe) for _ in range(workers)]
            self.lexicon_version = versions[0].result()
            for future in versions[1:]:
                future.result()
        except BrokenProcessPool as exc:
            self.pool.shutdown(cancel_futures=True)
            raise WorkerDied("a worker process died while loading the pipeline") from exc

    def submit_raw(
        self, raws: Sequence[RawDocument | InputError], default_date: dt.date | None
    ) -> Future[Results]:
        """Queue a batch for cleaning, parsing and coding in a worker."""
        return self.pool.submit(_work_raw, list(raws), default_date)

    def submit_articles(self, articles: Sequence[Article]) -> Future[Results]:
        """Queue stored articles for parsing and coding in a worker."""
        return self.pool.submit(_work_articles, list(articles))

    def close(self) -> None:
        """Stop the workers; queued batches that were never committed are dropped."""
        self.pool.shutdown(wait=True, cancel_futures=True)


def start_engine(settings: Settings, workers: int) -> Engine:
    """An in-process engine for one worker, a process pool for more."""
    if workers <= 1:
        return InProcessEngine(load_pipeline(settings))
    return ProcessEngine(settings, workers)
