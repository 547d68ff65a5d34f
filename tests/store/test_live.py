"""Live reads: readers see each published batch while a run writes, and never block it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from detente.store import StoreError, open_store
from detente.store.live import Publisher, lock_path, open_snapshot, work_path, writing
from detente.store.writer import RunInfo, StoreWriter

REPO = Path(__file__).resolve().parents[2]


def run_info(number: int) -> RunInfo:
    return RunInfo(
        run_id=f"run-{number}", kind="ingest", inputs=(), model="none", model_version=None,
        lexicon_version="v", settings_hash="h", settings={}, workers=1,
    )


def add_run(store, number: int) -> None:  # type: ignore[no-untyped-def]
    """One committed change a reader can count: a row in the runs table."""
    writer = StoreWriter(store)
    writer.start_run(run_info(number))
    writer.finish_run(f"run-{number}", status="completed", seconds=0.0)


def runs_in(path: Path) -> int:
    """Runs in the file now at ``path`` (a snapshot: this process may have an older one open)."""
    with open_snapshot(path) as store:
        return int(store.rows("SELECT count(*) FROM runs")[0][0])


# Another process that opens the store read-only and keeps it open, as `serve` does.
HOLDER = """
import sys, time
from detente.store import open_store
store = open_store(sys.argv[1])
print(store.rows("SELECT count(*) FROM runs")[0][0], flush=True)
time.sleep(60)
"""


def test_readers_see_each_published_batch_while_the_run_goes_on(tmp_path: Path) -> None:
    db = tmp_path / "live.duckdb"
    with writing(db) as (store, publisher):
        add_run(store, 1)
        assert publisher.publish(store, force=True)
        assert runs_in(db) == 1
        reader = open_store(db)  # a reader that keeps the store open, as `serve` does
        add_run(store, 2)
        assert runs_in(db) == 1  # not published yet
        assert publisher.publish(store, force=True)  # not blocked by the open reader
        assert runs_in(db) == 2
        assert reader.rows("SELECT count(*) FROM runs")[0][0] == 1  # it keeps what it opened
        reader.close()
    assert runs_in(db) == 2 and not work_path(db).exists()


def test_a_run_starts_and_publishes_while_another_process_reads_the_store(
    tmp_path: Path,
) -> None:
    db = tmp_path / "busy.duckdb"
    with writing(db) as (store, _):
        add_run(store, 1)
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db)], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "1"
        with writing(db) as (store, publisher):
            add_run(store, 2)
            assert publisher.publish(store, force=True)
            assert runs_in(db) == 2
            # The reading commands in their own processes see the batch too.
            with open_store(db) as reader:
                assert reader.rows("SELECT count(*) FROM runs")[0][0] == 2
        assert holder.poll() is None  # still reading its own copy
    finally:
        holder.kill()
        holder.wait()


def test_a_second_writer_is_refused_with_the_first_ones_process(tmp_path: Path) -> None:
    db = tmp_path / "two.duckdb"
    with writing(db), pytest.raises(StoreError, match=f"another run is writing.*{os.getpid()}"):
        Publisher(db).open()


def test_publishing_is_skipped_while_the_last_copy_is_recent(tmp_path: Path) -> None:
    with writing(tmp_path / "often.duckdb") as (store, publisher):
        assert publisher.publish(store)
        publisher.copy_seconds = 60.0  # as if the store took a minute to copy
        assert not publisher.publish(store)
        assert publisher.publish(store, force=True)


def test_a_killed_runs_working_copy_is_resumed(tmp_path: Path) -> None:
    db = tmp_path / "killed.duckdb"
    with writing(db) as (store, _):
        add_run(store, 1)
    # What a kill -9 leaves: a working copy with more committed than was published, no lock.
    publisher = Publisher(db)
    store = publisher.open()
    add_run(store, 2)
    store.close()
    publisher._release_lock()
    assert work_path(db).exists() and runs_in(db) == 1
    with writing(db) as (store, _):
        assert store.rows("SELECT count(*) FROM runs")[0][0] == 2
    assert runs_in(db) == 2


def test_a_working_copy_older_than_the_store_is_dropped(tmp_path: Path) -> None:
    db = tmp_path / "stale.duckdb"
    with writing(db) as (store, _):
        add_run(store, 1)
    work_path(db).write_bytes(b"left over")
    os.utime(work_path(db), (1, 1))
    with writing(db) as (store, _):
        assert store.rows("SELECT count(*) FROM runs")[0][0] == 1
    assert lock_path(db).exists()


def test_a_snapshot_reads_the_file_now_at_the_path_not_the_one_already_open(
    tmp_path: Path,
) -> None:
    db = tmp_path / "snap.duckdb"
    with writing(db) as (store, publisher):
        add_run(store, 1)
        publisher.publish(store, force=True)
        first = open_store(db)
        add_run(store, 2)
        publisher.publish(store, force=True)
        # DuckDB gives a second plain connection the database this process has open already.
        with open_store(db) as again:
            assert again.rows("SELECT count(*) FROM runs")[0][0] == 1
        snapshot = open_snapshot(db)
        assert snapshot.rows("SELECT count(*) FROM runs")[0][0] == 2
        cursor = snapshot.cursor()
        assert cursor.rows("SELECT count(*) FROM runs")[0][0] == 2
        cursor.close()
        snapshot.close()
        first.close()


def test_a_snapshot_of_something_else_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such database"):
        open_snapshot(tmp_path / "missing.duckdb")
    (tmp_path / "junk.duckdb").write_bytes(b"junk" * 100)
    with pytest.raises(StoreError, match="cannot open"):
        open_snapshot(tmp_path / "junk.duckdb")


def test_a_run_left_running_is_marked_interrupted_by_the_next(tmp_path: Path) -> None:
    db = tmp_path / "runs.duckdb"
    with writing(db) as (store, _):
        StoreWriter(store).start_run(run_info(1))  # never finished: the process died
    with writing(db) as (store, _):
        StoreWriter(store).start_run(run_info(2))
        rows = store.rows("SELECT run_id, status FROM runs ORDER BY run_id")
    assert rows == [("run-1", "interrupted"), ("run-2", "running")]


def test_a_store_in_a_missing_folder_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot open database"), writing(tmp_path / "no" / "x.db"):
        pass
