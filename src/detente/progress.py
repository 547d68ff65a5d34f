"""Progress of a run for people: a Rich status line on a terminal, plain lines anywhere else."""

from __future__ import annotations

import time
from types import TracebackType
from typing import IO

from rich.console import Console
from rich.progress import Progress as RichProgress
from rich.progress import SpinnerColumn, TextColumn, TimeElapsedColumn

from detente.run import Progress, RunSummary

# A plain progress line at most this often: enough for a log, not a flood.
LINE_INTERVAL_SECONDS = 5.0


def describe(p: Progress) -> str:
    """One line of running totals."""
    text = (
        f"{p.read:,} read, {p.coded:,} coded ({p.rate:.1f} articles/s), "
        f"{p.duplicates:,} duplicates, {p.events:,} new events, {p.errors:,} errors"
    )
    if p.skipped:
        text += f", {p.skipped:,} already stored"
    if p.removed_events:
        text += f", {p.removed_events:,} events removed"
    return text


class LineProgress:
    """Plain progress lines for logs and pipes: the first batch, then every few seconds."""

    def __init__(
        self, stream: IO[str], *, label: str, interval: float = LINE_INTERVAL_SECONDS
    ) -> None:
        self.stream, self.label, self.interval = stream, label, interval
        self.last = float("-inf")

    def __call__(self, progress: Progress) -> None:
        now = time.monotonic()
        if now - self.last >= self.interval:
            self.last = now
            self.stream.write(f"{self.label}: {describe(progress)}\n")
            self.stream.flush()

    def __enter__(self) -> LineProgress:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        """Nothing to close."""


class TerminalProgress:
    """A Rich spinner with live totals, for a terminal."""

    def __init__(self, console: Console, *, label: str) -> None:
        self.bar = RichProgress(
            SpinnerColumn(),
            TextColumn("[bold]{task.description}"),
            TextColumn("{task.fields[totals]}"),
            TimeElapsedColumn(),
            console=console,
            transient=False,
        )
        self.task = self.bar.add_task(label, totals="loading the model…")

    def __call__(self, progress: Progress) -> None:
        self.bar.update(self.task, totals=describe(progress))

    def __enter__(self) -> TerminalProgress:
        self.bar.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.bar.stop()


def progress_for(console: Console, *, label: str) -> LineProgress | TerminalProgress:
    """The right progress display for where the console writes."""
    if console.is_terminal:
        return TerminalProgress(console, label=label)
    return LineProgress(console.file, label=label)


def summary_lines(summary: RunSummary) -> list[str]:
    """What a finished run did and what the store holds, then its errors by reason."""
    p, c = summary.progress, summary.counts
    lines = [
        f"{summary.kind} {summary.run_id}: {describe(p)} in {p.seconds:.1f}s",
        f"store: {c.articles:,} articles (+{c.duplicates:,} duplicates), {c.events:,} events, "
        f"{c.mentions:,} mentions, {c.errors:,} errors",
    ]
    if summary.errors:
        lines.append(f"{p.errors:,} bad records in this run, by reason:")
        lines += [f"  {n:>6,} × {reason} (at {example})" for reason, n, example in summary.errors]
    return lines
