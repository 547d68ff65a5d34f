"""Ingest runs with the real model: idempotent, resumable after kill -9, deduplicated, parallel."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from tests.store.corpus import SITES, STORIES, write_feed

from detente.config import load_settings
from detente.run import ingest, recode
from detente.store import Store, open_store

pytestmark = pytest.mark.model

REPO = Path(__file__).resolve().parents[2]
# Long enough for the model to load and a few one-article batches to commit before the kill.
KILL_TIMEOUT_SECONDS = 300


def snapshot(path: Path) -> dict[str, object]:
    """Everything a rerun must reproduce: ids, duplicate links, events with their counts."""
    with open_store(path) as store:
        return {
            "articles": sorted(
                store.rows("SELECT id, content_hash, duplicate_of, num_events FROM articles")
            ),
            "events": sorted(
                store.rows(
                    "SELECT event_id, num_mentions, num_sources, num_articles, mention_id"
                    " FROM events"
                )
            ),
            "mentions": sorted(store.rows("SELECT mention_id, event_id, article_id FROM mentions")),
            "bands": store.rows("SELECT count(*), count(DISTINCT article_id) FROM article_bands"),
            "errors": sorted(store.rows("SELECT error_id, file, record, reason FROM errors")),
        }


@pytest.fixture(scope="module")
def feed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_feed(tmp_path_factory.mktemp("feed") / "feed.jsonl")


@pytest.fixture(scope="module")
def reference(feed: Path, pipeline, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The database an uninterrupted ingest of the feed gives."""
    db = tmp_path_factory.mktemp("ref") / "ref.duckdb"
    ingest([feed], settings=pipeline.settings, db=db, pipeline=pipeline)
    return db


def test_ingest_stores_articles_events_duplicates_and_errors(reference: Path) -> None:
    with open_store(reference) as store:
        counts = store.counts()
        assert counts.articles == len(STORIES) + 1 and counts.duplicates == len(SITES) - 1
        assert counts.events > len(STORIES) // 2 and counts.mentions >= counts.events
        assert counts.errors == 1
        [(reason, n, example)] = store.error_summary()
        assert "malformed JSON" in reason and n == 1 and "feed.jsonl:" in example
        [run] = store.rows("SELECT status, articles_read, errors FROM runs")
        assert run == ("completed", len(STORIES) + len(SITES) + 1, 1)


def test_the_wire_story_on_three_sites_is_one_article_with_three_sources(reference: Path) -> None:
    with open_store(reference) as store:
        wire = store.articles().query("id.str.startswith('wire-')", engine="python")
        canonical = wire[wire.duplicate_of.isna()]
        assert len(canonical) == 1 and len(wire) == 3
        assert set(wire.duplicate_of.dropna()) == set(canonical.id)
        events = store.events().query("article_id == @canonical.id.iloc[0]")
        assert len(events) >= 1 and set(events.num_sources) == {3}
        assert set(events.num_articles) == {1}


def test_ingesting_again_adds_nothing(
    reference: Path, feed: Path, pipeline, tmp_path: Path
) -> None:
    db = tmp_path / "again.duckdb"
    db.write_bytes(reference.read_bytes())
    before = snapshot(db)
    summary = ingest([feed], settings=pipeline.settings, db=db, pipeline=pipeline)
    assert (summary.progress.articles, summary.progress.events, summary.progress.duplicates) == (
        0,
        0,
        0,
    )
    assert summary.progress.skipped == len(STORIES) + len(SITES)
    assert snapshot(db) == before


def test_offsets_of_stored_mentions_slice_the_stored_article_text(reference: Path) -> None:
    with open_store(reference) as store:
        rows = store.rows(
            "SELECT a.text, m.trigger_start, m.trigger_end, m.trigger_text, m.sentence_start,"
            " m.sentence_end FROM mentions m JOIN articles a ON a.id = m.article_id"
        )
    assert rows
    for text, t0, t1, trigger, s0, s1 in rows:
        assert text[t0:t1] == trigger and s0 <= t0 < t1 <= s1


def test_a_run_killed_mid_way_resumes_to_the_same_database(
    reference: Path, feed: Path, pipeline, tmp_path: Path
) -> None:
    db = tmp_path / "killed.duckdb"
    env = {**os.environ, "DETENTE_BATCH_SIZE": "1", "PYTHONPATH": str(REPO / "src")}
    command = [
        sys.executable,
        "-c",
        "from detente.cli import app; app()",
        "ingest",
        str(feed),
        "--db",
        str(db),
    ]
    child = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    deadline = time.monotonic() + KILL_TIMEOUT_SECONDS
    try:
        assert child.stderr is not None
        for line in child.stderr:  # plain progress lines: the first comes after the first commit
            if line.startswith("ingest:") or time.monotonic() > deadline:
                break
        assert child.poll() is None, "the ingest finished before it could be killed"
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.wait()
    assert child.returncode == -signal.SIGKILL
    partial = snapshot(db)
    assert 0 < len(partial["articles"]) < len(STORIES) + len(SITES), "the kill was not mid-run"
    ingest([feed], settings=pipeline.settings, db=db, pipeline=pipeline)
    assert snapshot(db) == snapshot(reference)
    with open_store(db) as store:
        statuses = sorted(s for (s,) in store.rows("SELECT status FROM runs"))
    assert statuses == ["completed", "interrupted"]  # the rerun found the killed one dead


def test_two_workers_give_the_same_database_as_one(
    reference: Path, feed: Path, tmp_path: Path
) -> None:
    db = tmp_path / "two.duckdb"
    ingest([feed], settings=load_settings(), db=db, workers=2)
    assert snapshot(db) == snapshot(reference)


def test_recode_with_unchanged_lexicons_changes_nothing(
    reference: Path, pipeline, tmp_path: Path
) -> None:
    db = tmp_path / "recode.duckdb"
    db.write_bytes(reference.read_bytes())
    nothing = recode(settings=pipeline.settings, db=db, pipeline=pipeline)
    assert nothing.progress.read == 0
    with open_store(db, read_only=False) as store:
        store.con.execute("UPDATE articles SET lexicon_version = 'old' WHERE id IN ('s00', 's01')")
    summary = recode(settings=pipeline.settings, db=db, pipeline=pipeline)
    assert summary.progress.read == 2 and summary.progress.removed_events == 0
    assert snapshot(db) == snapshot(reference)
    everything = recode(settings=pipeline.settings, db=db, pipeline=pipeline, everything=True)
    assert everything.progress.read == len(STORIES) + 1
    assert snapshot(db) == snapshot(reference)


def test_open_store_is_the_public_api(reference: Path) -> None:
    import detente

    store: Store = detente.open_store(reference)
    try:
        frame = store.events(actor="CHN")
        assert len(frame) >= 1 and frame.actor_code.str.startswith("CHN").all()
        assert store.events(arrow=True).num_rows == store.counts().events
    finally:
        store.close()
