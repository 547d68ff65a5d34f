"""The issue's command: a good feed beside a cut web archive is stored, the archive named."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.store.corpus import STORIES, write_feed

from detente.run import ingest
from detente.store import open_store

from support import FIXTURES

pytestmark = pytest.mark.model


def test_a_cut_warc_beside_a_good_feed_keeps_the_feed_and_names_the_archive(
    pipeline, tmp_path: Path
) -> None:
    feed = write_feed(tmp_path / "good.jsonl", bad_record=False)
    data = (FIXTURES / "middle_earth.warc.gz").read_bytes()
    cut = tmp_path / "t.warc.gz"
    cut.write_bytes(data[: len(data) * 2 // 3])
    db = tmp_path / "x.duckdb"
    summary = ingest([feed, cut], settings=pipeline.settings, db=db, pipeline=pipeline)
    with open_store(db) as store:
        stored = {r[0] for r in store.rows("SELECT id FROM articles")}
        errors = store.rows("SELECT file, record, reason FROM errors")
        [status] = store.rows("SELECT status FROM runs")
    assert {f"s{i:02d}" for i in range(len(STORIES))} <= stored  # the whole good feed
    assert any(not name.startswith(("s", "wire-")) for name in stored)  # and pages before the cut
    assert len(errors) == 1
    file, record, reason = errors[0]
    assert file == str(cut) and record and reason.startswith("truncated WARC record")
    assert status == ("completed",) and summary.progress.errors == 1
