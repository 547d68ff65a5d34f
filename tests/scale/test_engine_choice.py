"""Choosing the engine: options that need Dask say so, and a worker that cannot load fails early."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from detente.cli import app
from detente.config import load_settings
from detente.errors import ModelNotInstalled

pytest.importorskip("distributed")


@pytest.mark.parametrize(
    "option", [["--scheduler", "tcp://127.0.0.1:8786"], ["--parquet", "shards"]]
)
def test_dask_options_without_the_dask_engine_are_refused(
    option: list[str], tmp_path: Path
) -> None:
    result = CliRunner().invoke(
        app, ["ingest", str(tmp_path), "--db", str(tmp_path / "x.duckdb"), *option]
    )
    assert result.exit_code == 2
    assert "--engine dask" in result.output


def test_workers_that_cannot_load_the_model_stop_the_run_with_the_model_error() -> None:
    from detente.scale.dask import DaskOptions, start_dask_engine

    with pytest.raises(ModelNotInstalled):
        start_dask_engine(load_settings(model="no_such_model_package"), 1, DaskOptions())
