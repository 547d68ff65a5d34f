"""Ingest and recode runs: read, skip what is stored, code on an engine, one writer stores."""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.metadata
import logging
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from detente.config import Settings
from detente.ingest import iter_documents
from detente.ingest.ids import article_id
from detente.pipeline import Pipeline
from detente.records import CodedDocument, InputError, RawDocument
from detente.scale.local import Engine, InProcessEngine, Results, WorkerDied, start_engine
from detente.store import Store, StoreCounts
from detente.store.live import Publisher, writing
from detente.store.writer import BatchStats, RunInfo, StoreWriter

if TYPE_CHECKING:
    from detente.scale.dask import DaskOptions

log = logging.getLogger(__name__)

# Batches queued per worker beyond the one it is coding: keeps workers busy while the writer
# commits, and bounds how much uncommitted work a crash can cost.
QUEUE_PER_WORKER = 2


@dataclass(frozen=True, slots=True, kw_only=True)
class Progress:
    """Running totals of a run, reported after every committed batch."""

    read: int = 0  # input records seen (articles and bad records)
    skipped: int = 0  # already stored before this run
    articles: int = 0  # new canonical articles
    duplicates: int = 0
    events: int = 0  # new unique events
    mentions: int = 0
    errors: int = 0
    removed_events: int = 0
    seconds: float = 0.0

    @property
    def coded(self) -> int:
        """Articles parsed and coded in this run (new ones and their duplicates)."""
        return self.articles + self.duplicates

    @property
    def rate(self) -> float:
        """Articles coded per second of wall time."""
        return self.coded / self.seconds if self.seconds > 0 else 0.0

    def add(self, stats: BatchStats, *, read: int, skipped: int, seconds: float) -> Progress:
        """These totals plus one committed batch."""
        return replace(
            self,
            read=self.read + read,
            skipped=self.skipped + skipped,
            articles=self.articles + stats.articles,
            duplicates=self.duplicates + stats.duplicates,
            events=self.events + stats.events,
            mentions=self.mentions + stats.mentions,
            errors=self.errors + stats.errors,
            removed_events=self.removed_events + stats.removed_events,
            seconds=seconds,
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class RunSummary:
    """What a finished run did, what the store holds now, and the errors it met."""

    run_id: str
    kind: str
    progress: Progress
    counts: StoreCounts
    errors: tuple[tuple[str, int, str], ...] = field(default_factory=tuple)  # reason, n, example
    load_seconds: float = 0.0  # spent loading the model and lexicons (0 when nothing was coded)

    @property
    def coding_rate(self) -> float:
        """Articles coded per second once the model was loaded."""
        seconds = self.progress.seconds - self.load_seconds
        return self.progress.coded / seconds if seconds > 0 else 0.0


ProgressCallback = Callable[[Progress], None]


@dataclass(slots=True)
class _Pending:
    """A batch handed to the engine, with the input counts it stands for."""

    future: Future[Results] | None
    read: int
    skipped: int


def settings_hash(settings: Settings) -> str:
    """A short hash of every setting, stored with each run."""
    return hashlib.sha256(settings.model_dump_json().encode()).hexdigest()[:16]


def _model_version(model: str) -> str | None:
    try:
        return importlib.metadata.version(model)
    except importlib.metadata.PackageNotFoundError:
        return None


def _run_info(kind: str, inputs: Sequence[str], settings: Settings, workers: int) -> RunInfo:
    return RunInfo(
        run_id=uuid.uuid4().hex[:16],
        kind=kind,
        inputs=tuple(inputs),
        model=settings.model,
        model_version=_model_version(settings.model),
        lexicon_version=None,  # known once the engine has loaded the lexicons
        settings_hash=settings_hash(settings),
        settings=settings.model_dump(mode="json"),
        workers=workers,
    )


def _iter_new(
    writer: StoreWriter, raws: Iterable[RawDocument | InputError], batch_size: int
) -> Iterator[tuple[list[RawDocument | InputError], int, int]]:
    """Batches of records not stored yet, each with how many records it read and skipped."""
    seen: set[str] = set()
    items = iter(raws)
    while chunk := list(islice(items, batch_size)):
        ids = {id(r): article_id(r.doc_id, r.text) for r in chunk if isinstance(r, RawDocument)}
        known = writer.known_ids(sorted(set(ids.values())))
        batch = []
        for record in chunk:
            key = ids.get(id(record))
            if key is not None and (key in known or key in seen):
                continue
            if key is not None:
                seen.add(key)
            batch.append(record)
        yield batch, len(chunk), len(chunk) - len(batch)


class _Runner:
    """Starts the engine on first use, commits results in submission order, reports progress."""

    def __init__(
        self,
        writer: StoreWriter,
        info: RunInfo,
        start: Callable[[], Engine],
        progress: ProgressCallback | None,
        publisher: Publisher | None = None,
    ) -> None:
        self.writer, self.info, self.start, self.callback = writer, info, start, progress
        self.publisher = publisher
        self.totals = Progress()
        self.started = time.perf_counter()
        self.queue: deque[_Pending] = deque()
        self._engine: Engine | None = None
        self.load_seconds = 0.0

    def engine(self) -> Engine:
        """The engine, started (model loaded) the first time there is something to code."""
        if self._engine is None:
            loading = time.perf_counter()
            self._engine = self.start()
            self.load_seconds = time.perf_counter() - loading
            self.info = replace(self.info, lexicon_version=self._engine.lexicon_version)
            self.writer.note_engine(self.info.run_id, self._engine.lexicon_version)
        return self._engine

    def close(self) -> None:
        if self._engine is not None:
            self._engine.close()

    def push(self, pending: _Pending) -> None:
        self.queue.append(pending)
        workers = self._engine.workers if self._engine else 1
        # In this process a batch is coded when submitted: commit it at once.
        window = QUEUE_PER_WORKER * workers if workers > 1 else 0
        while len(self.queue) > window:
            self.commit_next()

    def drain(self) -> None:
        while self.queue:
            self.commit_next()

    def commit_next(self) -> None:
        pending = self.queue.popleft()
        try:
            items = pending.future.result() if pending.future is not None else []
        except BrokenProcessPool as exc:
            raise WorkerDied(
                "a worker process died; every committed batch is kept: run the same command "
                "again to resume"
            ) from exc
        version = self.info.lexicon_version
        if self.info.kind == "recode":
            stats = self.writer.replace_coding(
                items, run_id=self.info.run_id, lexicon_version=version
            )
        else:
            stats = self.writer.write_batch(
                items,
                run_id=self.info.run_id,
                lexicon_version=version,
                read=pending.read,
                skipped=pending.skipped,
            )
        if self.publisher is not None:
            self.publisher.publish(self.writer.store)  # readers see the batch (store/live.py)
        seconds = time.perf_counter() - self.started
        self.totals = self.totals.add(
            stats, read=pending.read, skipped=pending.skipped, seconds=seconds
        )
        if self.callback is not None:
            self.callback(self.totals)


def _execute(
    store: Store,
    info: RunInfo,
    start: Callable[[], Engine],
    feed: Callable[[_Runner], None],
    progress: ProgressCallback | None,
    publisher: Publisher | None = None,
) -> RunSummary:
    writer = StoreWriter(store)
    writer.start_run(info)
    runner = _Runner(writer, info, start, progress, publisher)
    status = "failed"
    try:
        feed(runner)
        runner.drain()
        status = "completed"
    except KeyboardInterrupt:
        status = "interrupted"
        raise
    finally:
        runner.close()
        writer.finish_run(info.run_id, status=status, seconds=time.perf_counter() - runner.started)
    return RunSummary(
        run_id=info.run_id,
        kind=info.kind,
        progress=runner.totals,
        counts=store.counts(),
        errors=tuple(store.error_summary(info.run_id)),
        load_seconds=runner.load_seconds,
    )


def _starter(
    settings: Settings, workers: int, pipeline: Pipeline | None, dask: DaskOptions | None = None
) -> Callable[[], Engine]:
    if dask is not None:
        from detente.scale.dask import start_dask_engine  # optional: needs the dask extra

        return lambda: start_dask_engine(settings, workers, dask)
    if pipeline is not None and workers <= 1:
        return lambda: InProcessEngine(pipeline)
    return lambda: start_engine(settings, workers)


def ingest(
    paths: Sequence[str | Path],
    *,
    settings: Settings,
    db: str | Path | None = None,
    workers: int | None = None,
    default_date: dt.date | None = None,
    progress: ProgressCallback | None = None,
    pipeline: Pipeline | None = None,
    dask: DaskOptions | None = None,
) -> RunSummary:
    """Read, clean, code and store every input not stored yet; safe to stop and run again.

    A loaded ``pipeline`` is used in this process instead of loading one (for one worker);
    ``dask`` codes on a Dask cluster instead of local processes.
    """
    workers = workers or settings.workers
    with writing(db or settings.database) as (store, publisher):
        info = _run_info("ingest", [str(p) for p in paths], settings, workers)

        def feed(runner: _Runner) -> None:
            raws = iter_documents(paths, max_chars=settings.max_chars)
            for batch, read, skipped in _iter_new(runner.writer, raws, settings.batch_size):
                future = runner.engine().submit_raw(batch, default_date) if batch else None
                runner.push(_Pending(future=future, read=read, skipped=skipped))

        return _execute(
            store, info, _starter(settings, workers, pipeline, dask), feed, progress, publisher
        )


def recode(
    *,
    settings: Settings,
    db: str | Path | None = None,
    workers: int | None = None,
    everything: bool = False,
    progress: ProgressCallback | None = None,
    pipeline: Pipeline | None = None,
    dask: DaskOptions | None = None,
) -> RunSummary:
    """Re-code stored articles whose lexicon version differs from the current one (or all)."""
    workers = workers or settings.workers
    with writing(db or settings.database) as (store, publisher):
        info = _run_info("recode", [str(publisher.db)], settings, workers)

        def feed(runner: _Runner) -> None:
            ids = store.ids_to_recode(runner.engine().lexicon_version, everything=everything)
            log.info("%d stored articles to recode", len(ids))
            for articles in store.iter_stored_articles(ids, settings.batch_size):
                future = runner.engine().submit_articles(articles)
                runner.push(_Pending(future=future, read=len(articles), skipped=0))

        return _execute(
            store, info, _starter(settings, workers, pipeline, dask), feed, progress, publisher
        )


def store_coded(
    items: Sequence[CodedDocument | InputError],
    *,
    db: str | Path,
    settings: Settings,
    lexicon_version: str,
    inputs: Sequence[str] = (),
) -> RunSummary:
    """Store documents that are already coded (the demo's), as one run of one batch."""
    with writing(db) as (store, publisher):
        info = replace(_run_info("ingest", inputs, settings, 1), lexicon_version=lexicon_version)

        def feed(runner: _Runner) -> None:
            coded = [i.article.doc_id for i in items if isinstance(i, CodedDocument)]
            skipped = len(runner.writer.known_ids(coded))
            done: Future[Results] = Future()
            done.set_result(list(items))
            runner.push(_Pending(future=done, read=len(items), skipped=skipped))

        return _execute(store, info, _coded_already, feed, None, publisher)


def _coded_already() -> Engine:
    raise RuntimeError("store_coded stores coded documents; it starts no engine")
