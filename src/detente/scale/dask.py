"""The Dask engine: the pipeline's batch functions on a Dask cluster, loaded once per worker.

Each batch runs as a few small tasks of the same ``process_batch`` (or ``code_batch``) as the
local engines; a batch's results come back to the one writer whole, in submission order. With a
Parquet folder the workers write each task's results as shards and send back only where they
are; the writer reads them back and stores them exactly as it stores any other batch.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import logging
import sys
import threading
import uuid
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from detente.config import Settings
from detente.errors import DetenteError
from detente.records import Article, InputError, RawDocument
from detente.scale.local import Results, WorkerDied

try:
    import dask
    import distributed
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError as exc:  # an optional extra: the local engines work without it
    raise DetenteError(
        "the dask engine needs Dask: pip install 'detente[dask]' (dask[distributed])"
    ) from exc

from detente.pipeline import Pipeline, code_batch, load_pipeline, process_batch
from detente.scale.shards import Shard, read_shard, shard_schemas, write_shards

log = logging.getLogger(__name__)

# How long to wait for a remote scheduler's first worker before giving up.
WORKER_WAIT_SECONDS = 120
# Articles per task: a batch is split into tasks of this many, so that at the end of a run the
# workers finish within one small task of each other instead of one idling through a whole batch
# (64 articles, several seconds). spaCy spent ~8 % less CPU per article on 16 than on 64.
TASK_SIZE = 16
# Dask settings for a local cluster (set them on a real cluster's workers too, docs/scaling.md).
WORKER_CONFIG = {
    # The statistical profiler samples each task's stack every 10 ms for the dashboard; on the
    # coder's deep Python stacks it cost a fifth of the throughput (benchmarks/throughput.py).
    "distributed.worker.profile.enabled": False,
    # Dask starts workers with MALLOC_TRIM_THRESHOLD_=65536, so glibc hands freed memory back to
    # the kernel at once; spaCy allocates and frees large arrays for every batch, and the page
    # faults that follow cost 15 % more CPU per article. None leaves glibc's own adaptive default.
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    # Housekeeping every 20 ms / 100 ms / 500 ms wakes each worker's event loop, which then takes
    # the GIL from the task: once a second is enough for tasks that run for seconds.
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "1s",
    "distributed.worker.memory.monitor-interval": "1s",
}


# Start a local cluster's workers by forking this process once it has loaded the pipeline:
# spawned workers each import Dask and spaCy and load the model and lexicons (~2.5 s on two busy
# cores before the first task), forked ones start with all of it (pages shared until written).
# Linux only: fork is unsafe with macOS system libraries.
FORKED_WORKERS = True


class ClusterError(DetenteError):
    """The Dask cluster cannot be reached, has no workers, or its workers disagree."""


@dataclass(frozen=True, slots=True, kw_only=True)
class DaskOptions:
    """Where the Dask engine runs and whether its workers write Parquet shards."""

    scheduler: str | None = None  # tcp://HOST:PORT of a running scheduler; None: a local cluster
    parquet: Path | None = None  # folder of Parquet shards, readable by the workers and the writer


class PipelinePlugin(WorkerPlugin):
    """Loads the pipeline once when a worker starts; every task on that worker then uses it.

    A long-lived cluster keeps it between runs: a run with the same settings finds it loaded.
    """

    idempotent = True  # registering the same settings again keeps the loaded pipeline

    def __init__(self, settings: Settings, pipeline: Pipeline | None = None) -> None:
        self.settings = settings
        self.name = plugin_name(settings)
        # Loaded by the process that forks the workers: they start with it (see FORKED_WORKERS).
        self.pipeline: Pipeline | None = pipeline
        self._schemas: dict[str, Any] | None = None  # read by the first task that writes shards

    def __getstate__(self) -> dict[str, Any]:
        # Sent to a worker that is not forked (a remote or spawned one), it loads its own.
        return {**self.__dict__, "pipeline": None}

    async def setup(self, worker: distributed.Worker) -> None:
        """Load the model and lexicons off the worker's event loop, so heartbeats go on; a
        forked worker has them already."""
        if self.pipeline is None:
            self.pipeline = await asyncio.to_thread(self._load)

    def _load(self) -> Pipeline:
        return load_pipeline(self.settings)

    def table_schemas(self) -> dict[str, Any]:
        """The shards' Arrow schemas, read once (an empty store migrated in memory) by the first
        task that writes Parquet: a run without shards never starts its workers with them."""
        if self._schemas is None:
            self._schemas = shard_schemas()
        return self._schemas

    def teardown(self, worker: distributed.Worker) -> None:
        """Drop the pipeline with the worker."""
        self.pipeline = None


def plugin_name(settings: Settings) -> str:
    """One plugin per distinct settings, so runs with other settings never share a pipeline."""
    digest = hashlib.sha256(settings.model_dump_json().encode()).hexdigest()[:12]
    return f"detente-pipeline-{digest}"


def _loaded(worker: distributed.Worker, name: str) -> tuple[Pipeline, PipelinePlugin]:
    plugin = worker.plugins.get(name)
    if not isinstance(plugin, PipelinePlugin) or plugin.pipeline is None:
        raise RuntimeError(f"plugin {name} is not loaded on worker {worker.address}")
    return plugin.pipeline, plugin


def _finish(results: Results, plugin: PipelinePlugin, parquet: str | None) -> Results | Shard:
    return results if parquet is None else write_shards(results, parquet, plugin.table_schemas())


def _code_raw(
    name: str,
    raws: Sequence[RawDocument | InputError],
    default_date: dt.date | None,
    parquet: str | None,
) -> Results | Shard:
    pipeline, plugin = _loaded(distributed.get_worker(), name)
    return _finish(process_batch(pipeline, raws, default_date=default_date), plugin, parquet)


def _code_articles(name: str, articles: Sequence[Article], parquet: str | None) -> Results | Shard:
    pipeline, plugin = _loaded(distributed.get_worker(), name)
    return _finish(code_batch(pipeline, articles), plugin, parquet)


def _lexicon_version(name: str, dask_worker: distributed.Worker) -> str:
    return _loaded(dask_worker, name)[0].coder.lexicon_version


def _collect(done: distributed.Future) -> Results:
    try:
        value = done.result()
    except distributed.scheduler.KilledWorker as exc:
        raise WorkerDied(
            "Dask workers died while coding a batch (out of memory, killed); every committed "
            "batch is kept: run the same command again to resume"
        ) from exc
    return read_shard(value) if isinstance(value, Shard) else value


def gather_pieces(pieces: Sequence[Future[Results]]) -> Future[Results]:
    """One future for a batch split into pieces: their results in order, or the first error."""
    whole: Future[Results] = Future()
    lock = threading.Lock()  # Dask runs done-callbacks on its own threads
    left = [len(pieces)]

    def done(_: Future[Results]) -> None:
        with lock:
            left[0] -= 1
            if left[0]:
                return
        failed = next((exc for p in pieces if (exc := p.exception()) is not None), None)
        if failed is not None:
            whole.set_exception(failed)
        else:
            whole.set_result([item for piece in pieces for item in piece.result()])

    if not pieces:
        whole.set_result([])
    for piece in pieces:
        piece.add_done_callback(done)
    return whole


class DaskEngine:
    """Batches as small tasks on a Dask cluster; each worker holds one loaded pipeline."""

    def __init__(
        self,
        client: distributed.Client,
        settings: Settings,
        *,
        parquet: Path | None = None,
        cluster: distributed.LocalCluster | None = None,
        preloaded: bool = False,
    ) -> None:
        self.client, self.cluster = client, cluster
        self.parquet = str(parquet.resolve()) if parquet is not None else None
        # Held until collected: Dask cancels a task once nothing refers to its future.
        self._inflight: set[distributed.Future] = set()
        self._tasks = 0
        self._run = uuid.uuid4().hex[:12]  # task keys must not clash with another client's
        self.plugin = plugin_name(settings)
        try:
            if not preloaded:  # workers started with the plugin have loaded it already
                client.register_plugin(PipelinePlugin(settings))
            versions = set(client.run(_lexicon_version, self.plugin).values())
        except BaseException:
            # A plugin that failed to load must not stay registered for the cluster's next run.
            if not preloaded:
                with suppress(Exception):  # the first error is the one to report
                    client.unregister_worker_plugin(self.plugin)
            raise
        if len(versions) != 1:
            raise ClusterError(f"workers loaded different lexicons: {sorted(versions)}")
        self.lexicon_version = versions.pop()
        self.workers = sum(client.nthreads().values())
        log.info("dask engine: %d worker threads", self.workers)

    def _submit_task(self, task: Callable[..., Results | Shard], *args: Any) -> Future[Results]:
        self._tasks += 1
        key = f"detente-task-{self._run}-{self._tasks}"
        remote = self.client.submit(task, *args, pure=False, key=key)
        self._inflight.add(remote)
        local: Future[Results] = Future()

        def done(finished: distributed.Future) -> None:
            try:
                local.set_result(_collect(finished))
            except BaseException as exc:  # the writer sees it when it asks for this batch
                local.set_exception(exc)
            finally:
                self._inflight.discard(finished)

        remote.add_done_callback(done)
        return local

    def _submit(
        self, task: Callable[..., Results | Shard], items: Sequence[Any], *args: Any
    ) -> Future[Results]:
        pieces = [list(items[i : i + TASK_SIZE]) for i in range(0, len(items), TASK_SIZE)]
        return gather_pieces([self._submit_task(task, self.plugin, p, *args) for p in pieces])

    def submit_raw(
        self, raws: Sequence[RawDocument | InputError], default_date: dt.date | None
    ) -> Future[Results]:
        """Queue a batch for cleaning, parsing and coding on a worker."""
        return self._submit(_code_raw, raws, default_date, self.parquet)

    def submit_articles(self, articles: Sequence[Article]) -> Future[Results]:
        """Queue stored articles for parsing and coding on a worker."""
        return self._submit(_code_articles, articles, self.parquet)

    def close(self) -> None:
        """Cancel what is still queued, leave the scheduler, stop a cluster this engine started."""
        if self._inflight:
            self.client.cancel(list(self._inflight))
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def start_dask_engine(settings: Settings, workers: int, options: DaskOptions) -> DaskEngine:
    """Connect to a scheduler, or start a local cluster of ``workers`` single-threaded processes.

    A local cluster's workers get the pipeline plugin when they are created, so each loads the
    model as soon as its process is up instead of after the whole cluster has started.
    """
    cluster, client = None, None
    try:
        if options.scheduler:
            client = distributed.Client(options.scheduler)
            client.wait_for_workers(1, timeout=WORKER_WAIT_SECONDS)
        else:
            cluster = _start_local_cluster(settings, workers)
            client = distributed.Client(cluster)
    except (OSError, TimeoutError, RuntimeError) as exc:  # RuntimeError: a nanny did not start
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
        where = options.scheduler or "a local cluster"
        raise ClusterError(f"cannot start the Dask engine on {where}: {exc}") from exc
    try:
        return DaskEngine(
            client,
            settings,
            parquet=options.parquet,
            cluster=cluster,
            preloaded=cluster is not None,
        )
    except BaseException:
        client.close()
        if cluster is not None:
            cluster.close()
        raise


def _start_local_cluster(settings: Settings, workers: int) -> distributed.LocalCluster:
    """Worker processes that start with the pipeline (forked after this process loaded it, or
    loading it while they start); a load error is raised here."""
    forked = FORKED_WORKERS and sys.platform == "linux"
    plugin = PipelinePlugin(settings, load_pipeline(settings) if forked else None)
    config = {**WORKER_CONFIG, "distributed.worker.multiprocessing-method": "fork"} if forked \
        else WORKER_CONFIG
    try:
        # One thread per process: spaCy holds the GIL, so threads would only share one core.
        with dask.config.set(config):  # the nannies hand it to their workers
            return distributed.LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=":0",  # a free port: several clusters may share a machine
                silence_logs=logging.WARNING,
                plugins={plugin},
            )
    except RuntimeError:
        # The nanny only says that its worker did not start; loading here gives the reason
        # (a model that is not installed, a bad actor file), as a registered plugin would.
        load_pipeline(settings)
        raise
