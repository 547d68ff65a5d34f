"""Progress for people: plain lines when not on a terminal, and an error summary at the end."""

from __future__ import annotations

import io

from detente.progress import LineProgress, summary_lines
from detente.run import Progress, RunSummary
from detente.store import StoreCounts


def test_plain_progress_prints_the_first_batch_then_at_most_once_per_interval() -> None:
    stream = io.StringIO()
    show = LineProgress(stream, label="ingest", interval=3600)
    show(Progress(read=64, articles=60, duplicates=2, events=30, errors=2, seconds=4.0))
    show(Progress(read=128, articles=120, seconds=8.0))
    [line] = stream.getvalue().splitlines()
    assert line.startswith("ingest: 64 read, 62 coded (15.5 articles/s), 2 duplicates")
    assert "30 new events, 2 errors" in line


def test_the_summary_lists_errors_by_reason() -> None:
    summary = RunSummary(
        run_id="r1",
        kind="ingest",
        progress=Progress(read=3, articles=1, errors=2, seconds=1.0),
        counts=StoreCounts(articles=1, duplicates=0, events=1, mentions=1, errors=2, runs=1),
        errors=(("malformed JSON", 2, "feed.jsonl:3, feed.jsonl:9"),),
    )
    lines = summary_lines(summary)
    assert lines[1].startswith("store: 1 articles (+0 duplicates), 1 events")
    assert lines[-1].strip() == "2 × malformed JSON (at feed.jsonl:3, feed.jsonl:9)"
