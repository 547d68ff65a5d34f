"""Live reads: a run writes a private working copy and publishes it after its batches.

DuckDB lets one process write a file, and only while no other process has it open, even
read-only. So a run never opens the store readers use. It writes ``<db>.writing`` and, after a
committed batch, checkpoints it and copies it over ``<db>`` by an atomic rename: readers that
open ``<db>`` get the last published batch, readers that have it open keep the file they
opened, and a server notices the new file and reopens it (web/live.py). The run ends by renaming
its working copy over ``<db>``. docs/ingest.md says why this design and what it costs.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb

from detente.store.database import Store, StoreError, open_store

log = logging.getLogger(__name__)

WORK_SUFFIX = ".writing"
LOCK_SUFFIX = ".lock"
# A publication copies the whole file: publish again only once this many times the last copy's
# duration has passed, so copying costs at most about a tenth of a run however large the store.
COPY_SHARE = 10
_FICLONE = 0x40049409  # from <linux/fs.h>: share the blocks instead of copying (btrfs, XFS)
# The name a reader attaches a published store under (see open_snapshot).
SNAPSHOT_ALIAS = "store"


def work_path(db: Path) -> Path:
    """The working copy a run writes."""
    return db.with_name(db.name + WORK_SUFFIX)


def lock_path(db: Path) -> Path:
    """The file whose lock says a run is writing this store."""
    return db.with_name(db.name + LOCK_SUFFIX)


def _wal(path: Path) -> Path:
    return path.with_name(path.name + ".wal")


def _mtime(path: Path) -> float:
    return max((p.stat().st_mtime for p in (path, _wal(path)) if p.exists()), default=0.0)


def copy_file(source: Path, target: Path) -> None:
    """Copy a file, sharing its blocks where the file system can (then it costs nothing)."""
    with source.open("rb") as src, target.open("wb") as dst:
        try:
            fcntl.ioctl(dst.fileno(), _FICLONE, src.fileno())
            return
        except OSError:
            pass
        shutil.copyfileobj(src, dst, 1 << 24)


def _replace_atomically(source: Path, target: Path) -> None:
    """Copy ``source`` to a temporary file beside ``target``, then rename it over ``target``."""
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        copy_file(source, temporary)
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


class Publisher:
    """The one writer of a store: holds its lock, writes the working copy, publishes it."""

    def __init__(self, db: str | Path) -> None:
        self.db = Path(db)
        self.work = work_path(self.db)
        self._lock: Any = None
        self.copy_seconds = 0.0
        self.published_at = float("-inf")
        self.publications = 0

    def open(self) -> Store:
        """Take the write lock and open the working copy (made from ``db`` if need be)."""
        self._take_lock()
        try:
            self._prepare_work()
            return open_store(self.work, read_only=False)
        except BaseException:
            self._release_lock()
            raise

    def _take_lock(self) -> None:
        try:
            handle = lock_path(self.db).open("a+")
        except OSError as exc:
            raise StoreError(f"{self.db}: cannot open database ({exc.strerror or exc})") from exc
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            handle.close()
            raise StoreError(
                f"{self.db}: another run is writing this store (process {holder}); "
                "wait for it to finish"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._lock = handle  # the kernel drops the lock when this process dies, however

    def _release_lock(self) -> None:
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    def _prepare_work(self) -> None:
        """Resume a killed run's working copy if it is newer than the store, else copy the store."""
        if self.work.exists() and _mtime(self.work) >= _mtime(self.db):
            log.info("resuming the working copy %s of a run that did not finish", self.work)
            return
        for stale in (self.work, _wal(self.work)):
            stale.unlink(missing_ok=True)
        if self.db.exists():
            if _wal(self.db).exists():
                # Written by an older detente or directly: fold its log in before copying.
                with open_store(self.db, read_only=False):
                    pass
            copy_file(self.db, self.work)

    def publish(self, store: Store, *, force: bool = False) -> bool:
        """Make the committed batches visible to readers, unless one was published too lately."""
        now = time.perf_counter()
        if not force and now - self.published_at < COPY_SHARE * self.copy_seconds:
            return False
        store.con.execute("CHECKPOINT")
        _replace_atomically(self.work, self.db)
        self.published_at = time.perf_counter()
        self.copy_seconds = self.published_at - now
        self.publications += 1
        return True

    def close(self, store: Store) -> None:
        """Close the working copy and rename it over the store: the last publication is free."""
        try:
            store.close()  # checkpoints: the working copy is then one whole file
            if _wal(self.work).exists():
                raise StoreError(f"{self.work}: the write-ahead log was not folded in on close")
            os.replace(self.work, self.db)
        finally:
            self._release_lock()


@contextlib.contextmanager
def writing(db: str | Path) -> Iterator[tuple[Store, Publisher]]:
    """A writable store for one run, and the publisher that shows its batches to readers.

    Whatever ends the run (success, error, Ctrl-C), what it committed is published.
    """
    publisher = Publisher(db)
    store = publisher.open()
    try:
        yield store, publisher
    finally:
        publisher.close(store)


class SnapshotStore(Store):
    """A published store attached to a connection of its own (see ``open_snapshot``)."""

    def cursor(self) -> Store:
        """A new cursor, pointed at the attached store as the connection is."""
        con = self.con.cursor()
        con.execute(f"USE {SNAPSHOT_ALIAS}")
        return SnapshotStore(con, self.path, read_only=True, derived=self.derived)


def open_snapshot(path: str | Path) -> Store:
    """Open the file now at ``path`` read-only, even where this process has an older one open.

    DuckDB hands every connection to a path the database it already has open there, which
    after a publication is the replaced file. A fresh in-memory database that attaches the
    path reads what is there now.
    """
    path = Path(path)
    if not path.exists():
        raise StoreError(f"{path}: no such database (run `detente ingest` first)")
    con = duckdb.connect()
    try:
        literal = str(path).replace("'", "''")
        con.execute(f"ATTACH '{literal}' AS {SNAPSHOT_ALIAS} (READ_ONLY)")
        con.execute(f"USE {SNAPSHOT_ALIAS}")
        found = con.execute(
            "SELECT count(*) FROM duckdb_tables() WHERE database_name = ? "
            "AND table_name = 'schema_migrations'",
            [SNAPSHOT_ALIAS],
        ).fetchall()[0][0]
    except duckdb.Error as exc:
        con.close()
        raise StoreError(f"{path}: cannot open database ({exc})") from exc
    if not found:
        con.close()
        raise StoreError(f"{path}: not a detente database")
    return SnapshotStore(con, path, read_only=True)
