"""Store.columns: a query's result as one NumPy array per column."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np

from detente.store import open_store


def test_columns_match_rows_with_nulls_masked(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.duckdb", read_only=False) as store:
        sql = (
            "SELECT * FROM (VALUES (DATE '2021-03-01', 2, 'AID'), (DATE '2021-03-08', NULL, 'X'))"
            " AS t(day, n, kind) ORDER BY day"
        )
        found = store.columns(sql)
        assert list(found) == ["day", "n", "kind"]
        assert found["day"].astype("datetime64[D]").tolist() == [
            dt.date(2021, 3, 1), dt.date(2021, 3, 8),
        ]
        assert np.ma.is_masked(found["n"]) and found["n"].tolist() == [2, None]
        assert found["kind"].tolist() == [r[2] for r in store.rows(sql)]
