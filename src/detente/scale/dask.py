"""The Dask engine: the pipeline's batch functions on a Dask cluster, loaded once per worker.

Each batch is one task running the same ``process_batch`` (or ``code_batch``) as the local
engines; results come back to the one writer in submission order. With a Parquet folder the
workers write each batch as shards and send back only where they are; the writer reads them
back and stores them exactly as it stores any other batch.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import logging
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
# Dask settings for the workers of a local cluster (set them on a real cluster's workers too).
# The statistical profiler samples each task's stack every 10 ms for the dashboard; on the
# coder's deep Python stacks it cost a fifth of the throughput (benchmarks/throughput.py).
WORKER_CONFIG = {"distributed.worker.profile.enabled": False}


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

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.name = plugin_name(settings)
        self.pipeline: Pipeline | None = None
        self.schemas: dict[str, Any] = {}

    async def setup(self, worker: distributed.Worker) -> None:
        """Load the model and lexicons off the worker's event loop, so heartbeats go on."""
        self.pipeline, self.schemas = await asyncio.to_thread(self._load)

    def _load(self) -> tuple[Pipeline, dict[str, Any]]:
        return load_pipeline(self.settings), shard_schemas()

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
    return results if parquet is None else write_shards(results, parquet, plugin.schemas)


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


class DaskEngine:
    """Batches as tasks on a Dask cluster; each worker holds one loaded pipeline."""

    def __init__(
        self,
        client: distributed.Client,
        settings: Settings,
        *,
        parquet: Path | None = None,
        cluster: distributed.LocalCluster | None = None,
    ) -> None:
        self.client, self.cluster = client, cluster
        self.parquet = str(parquet.resolve()) if parquet is not None else None
        # Held until collected: Dask cancels a task once nothing refers to its future.
        self._inflight: set[distributed.Future] = set()
        self._batches = 0
        self._run = uuid.uuid4().hex[:12]  # task keys must not clash with another client's
        self.plugin = plugin_name(settings)
        try:
            client.register_plugin(PipelinePlugin(settings))
            versions = set(client.run(_lexicon_version, self.plugin).values())
        except BaseException:
            # A plugin that failed to load must not stay registered for the cluster's next run.
            with suppress(Exception):  # the first error is the one to report
                client.unregister_worker_plugin(self.plugin)
            raise
        if len(versions) != 1:
            raise ClusterError(f"workers loaded different lexicons: {sorted(versions)}")
        self.lexicon_version = versions.pop()
        self.workers = sum(client.nthreads().values())
        log.info("dask engine: %d worker threads", self.workers)

    def _submit(self, task: Callable[..., Results | Shard], *args: Any) -> Future[Results]:
        self._batches += 1
        key = f"detente-batch-{self._run}-{self._batches}"
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

    def submit_raw(
        self, raws: Sequence[RawDocument | InputError], default_date: dt.date | None
    ) -> Future[Results]:
        """Queue a batch for cleaning, parsing and coding on a worker."""
        return self._submit(_code_raw, self.plugin, list(raws), default_date, self.parquet)

    def submit_articles(self, articles: Sequence[Article]) -> Future[Results]:
        """Queue stored articles for parsing and coding on a worker."""
        return self._submit(_code_articles, self.plugin, list(articles), self.parquet)

    def close(self) -> None:
        """Cancel what is still queued, leave the scheduler, stop a cluster this engine started."""
        if self._inflight:
            self.client.cancel(list(self._inflight))
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def start_dask_engine(settings: Settings, workers: int, options: DaskOptions) -> DaskEngine:
    """Connect to a scheduler, or start a local cluster of ``workers`` single-threaded processes."""
    cluster, client = None, None
    try:
        if options.scheduler:
            client = distributed.Client(options.scheduler)
            client.wait_for_workers(1, timeout=WORKER_WAIT_SECONDS)
        else:
            # One thread per process: spaCy holds the GIL, so threads would only share one core.
            with dask.config.set(WORKER_CONFIG):  # the nannies hand it to their workers
                cluster = distributed.LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=":0",  # a free port: several clusters may share a machine
                    silence_logs=logging.WARNING,
                )
            client = distributed.Client(cluster)
    except (OSError, TimeoutError, RuntimeError) as exc:  # RuntimeError: a nanny did not start
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
        where = options.scheduler or "a local cluster"
        raise ClusterError(f"cannot start the Dask engine on {where}: {exc}") from exc
    try:
        return DaskEngine(client, settings, parquet=options.parquet, cluster=cluster)
    except BaseException:
        client.close()
        if cluster is not None:
            cluster.close()
        raise
