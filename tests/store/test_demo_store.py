"""`detente demo` stores its samples in DuckDB and reads the top dyads back from the store."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.demo import run_demo, store_demo

pytestmark = pytest.mark.model


def test_demo_samples_are_stored_once_and_give_top_dyads(pipeline, tmp_path: Path) -> None:
    result = run_demo(pipeline)
    db = tmp_path / "demo.duckdb"
    first, dyads = store_demo(pipeline, result, db)
    assert first.counts.articles == len(result.documents) and first.counts.events >= 1
    assert dyads and dyads[0].events >= dyads[-1].events
    again, same = store_demo(pipeline, result, db)
    assert (again.progress.articles, again.progress.events) == (0, 0)
    assert same == dyads
