"""The Dask engine stores exactly what the local engine stores (real model, local Dask cluster)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from detente.config import Settings, load_settings
from detente.run import ingest, recode
from detente.scale.dask import DaskOptions
from detente.store import open_store

pytestmark = pytest.mark.model

distributed = pytest.importorskip("distributed")

SAMPLES = Path(__file__).resolve().parents[2] / "src" / "detente" / "samples"
STORIES = (
    "Russia accused Ukraine of shelling a border village on Monday. Moscow said two civilians "
    "were wounded and demanded an investigation by international monitors.",
    "Japan and South Korea agreed to resume security talks suspended since last year. Officials "
    "in Tokyo said the first meeting would take place in Seoul next month.",
    "Germany pledged humanitarian aid to Syria after the earthquake. Berlin will send tents, "
    "blankets and medical supplies, the government said.",
    "Australia expelled a Chinese diplomat accused of spying. Canberra said the diplomat had "
    "tried to recruit officials.",
)


def write_feed(path: Path) -> Path:
    """Four stories, one of them again under another id (a duplicate), and a broken line."""
    rows = [{"id": f"s{i}", "text": t, "date": f"2021-03-0{i + 1}"} for i, t in enumerate(STORIES)]
    rows.append({"id": "again", "text": STORIES[0], "date": "2021-03-01"})
    lines = [json.dumps(r) for r in rows] + ['{"id": "broken", "text": ']
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def snapshot(db: Path) -> dict[str, object]:
    """Every id and count a run leaves in the store."""
    with open_store(db) as store:
        return {
            "counts": store.counts(),
            "articles": sorted(store.rows("SELECT id, duplicate_of, num_events FROM articles")),
            "events": sorted(
                store.rows("SELECT event_id, num_mentions, num_articles, mention_id FROM events")
            ),
            "mentions": sorted(store.rows("SELECT mention_id, event_id, article_id FROM mentions")),
            "errors": sorted(store.rows("SELECT file, record, reason FROM errors")),
        }


@pytest.fixture(scope="module")
def settings() -> Settings:
    # Two articles a batch: several batches, so both workers code and results arrive out of order.
    return load_settings(batch_size=2)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [write_feed(tmp_path_factory.mktemp("feed") / "feed.jsonl"), SAMPLES]


@pytest.fixture(scope="module")
def local_db(inputs: list[Path], settings: Settings, tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("local") / "local.duckdb"
    ingest(inputs, settings=settings, db=db, workers=1)
    return db


@pytest.fixture(scope="module")
def engine(settings: Settings):
    """The engine's own local cluster of two worker processes, each loading the pipeline once."""
    from detente.scale.dask import start_dask_engine

    started = start_dask_engine(settings, 2, DaskOptions())
    yield started
    started.close()


@pytest.fixture(scope="module")
def scheduler(engine) -> DaskOptions:
    """Later runs join the running cluster, as on a real one, and find the pipeline loaded."""
    return DaskOptions(scheduler=engine.cluster.scheduler_address)


def test_a_local_dask_cluster_stores_the_same_ids_and_counts_as_the_local_engine(
    inputs: list[Path], settings: Settings, local_db: Path, scheduler: DaskOptions, tmp_path: Path
) -> None:
    db = tmp_path / "dask.duckdb"
    summary = ingest(inputs, settings=settings, db=db, dask=scheduler)
    assert summary.counts.events > 10 and summary.counts.duplicates == 1
    assert summary.counts.errors == 1
    assert snapshot(db) == snapshot(local_db)


def test_batches_split_into_one_task_per_article_store_the_same(
    inputs: list[Path],
    settings: Settings,
    local_db: Path,
    scheduler: DaskOptions,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import detente.scale.dask

    monkeypatch.setattr(detente.scale.dask, "TASK_SIZE", 1)
    db = tmp_path / "dask.duckdb"
    ingest(inputs, settings=settings, db=db, dask=scheduler)
    assert snapshot(db) == snapshot(local_db)
    before = snapshot(db)
    again = ingest(inputs, settings=settings, db=db, dask=scheduler)
    assert again.progress.articles == 0 and again.progress.events == 0
    after = snapshot(db)
    assert after["counts"].runs == before["counts"].runs + 1  # the run is recorded, nothing else
    assert {k: v for k, v in after.items() if k != "counts"} == {
        k: v for k, v in before.items() if k != "counts"
    }


def test_local_cluster_workers_keep_glibc_memory_trimming_and_the_profiler_off(engine) -> None:
    import os

    import dask

    def worker_setup() -> tuple[str | None, bool]:
        return os.environ.get("MALLOC_TRIM_THRESHOLD_"), dask.config.get(
            "distributed.worker.profile.enabled"
        )

    assert set(engine.client.run(worker_setup).values()) == {(None, False)}


def test_parquet_shards_store_the_same_and_stay_behind_as_a_dataset(
    inputs: list[Path], settings: Settings, local_db: Path, scheduler: DaskOptions, tmp_path: Path
) -> None:
    db, shards = tmp_path / "dask.duckdb", tmp_path / "shards"
    options = DaskOptions(scheduler=scheduler.scheduler, parquet=shards)
    ingest(inputs, settings=settings, db=db, dask=options)
    assert snapshot(db) == snapshot(local_db)
    with open_store(db) as store:
        mentions = store.rows(f"SELECT count(*) FROM read_parquet('{shards}/mentions/*.parquet')")[
            0
        ][0]
        articles = store.rows(f"SELECT count(*) FROM read_parquet('{shards}/articles/*.parquet')")
    expected = snapshot(local_db)
    assert articles[0][0] == expected["counts"].articles + expected["counts"].duplicates
    # The duplicate's events are in its shard; the store keeps the canonical article's only.
    assert mentions >= expected["counts"].mentions


def test_recode_on_dask_leaves_the_store_as_it_was(
    settings: Settings, local_db: Path, scheduler: DaskOptions, tmp_path: Path
) -> None:
    db = tmp_path / "copy.duckdb"
    db.write_bytes(local_db.read_bytes())
    before = snapshot(db)
    summary = recode(settings=settings, db=db, everything=True, dask=scheduler)
    assert summary.progress.removed_events == 0
    after = snapshot(db)
    assert {k: v for k, v in after.items() if k != "counts"} == {
        k: v for k, v in before.items() if k != "counts"
    }
