"""The pipeline plugin: a forked worker keeps the pipeline its parent loaded; others load theirs."""

from __future__ import annotations

import asyncio
import pickle

import pytest

from detente.config import load_settings

pytest.importorskip("distributed")

from detente.scale import dask as dask_engine  # after the skip: needs the dask extra
from detente.scale.dask import PipelinePlugin


class Loaded:
    """Stands for a loaded pipeline: the plugin only keeps and hands it on."""


def test_a_worker_forked_with_the_pipeline_starts_without_loading_it(monkeypatch) -> None:
    loaded = Loaded()
    plugin = PipelinePlugin(load_settings(), loaded)  # type: ignore[arg-type]

    def load_again() -> None:
        raise AssertionError("a forked worker loaded the pipeline again")

    monkeypatch.setattr(plugin, "_load", load_again)
    asyncio.run(plugin.setup(worker=None))  # type: ignore[arg-type]
    assert plugin.pipeline is loaded


def test_shard_schemas_are_read_once_and_only_by_a_run_that_writes_shards(monkeypatch) -> None:
    reads: list[int] = []

    def read() -> dict[str, str]:
        reads.append(1)
        return {"events": "schema"}

    monkeypatch.setattr(dask_engine, "shard_schemas", read)
    plugin = PipelinePlugin(load_settings(), Loaded())  # type: ignore[arg-type]
    asyncio.run(plugin.setup(worker=None))  # type: ignore[arg-type]
    assert reads == []  # starting a worker reads no schemas
    assert plugin.table_schemas() == plugin.table_schemas() == {"events": "schema"}
    assert reads == [1]


def test_a_plugin_sent_to_another_worker_leaves_the_pipeline_behind() -> None:
    settings = load_settings()
    plugin = PipelinePlugin(settings, Loaded())  # type: ignore[arg-type]
    sent = pickle.loads(pickle.dumps(plugin))
    assert sent.pipeline is None  # a spawned or remote worker loads its own in setup
    assert sent.name == plugin.name and sent.settings == settings
    assert plugin.pipeline is not None  # the sender keeps its own
