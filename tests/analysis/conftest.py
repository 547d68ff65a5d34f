"""Fixtures for analytics tests: stores built from hand-written event rows."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from detente.store import Store, open_store

from event_rows import Row, write_rows


@pytest.fixture
def make_store(tmp_path: Path) -> Iterator[Callable[[list[Row]], Store]]:
    """Build a store from rows and open it read-only, as the CLI and the server do."""
    opened: list[Store] = []

    def make(rows: list[Row]) -> Store:
        path = write_rows(tmp_path / f"s{len(opened)}.duckdb", rows)
        store = open_store(path)
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()
