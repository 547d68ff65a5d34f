"""Plots: a PNG with cooperation above zero, conflict below and changes marked."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from detente.analysis.changes import Change
from detente.analysis.dyads import DyadPeriod, DyadQuery, DyadSeries
from detente.analysis.plots import draw_dyad, write_plot

QUERY = DyadQuery(actor="ARN", recipient="GON")
SERIES = DyadSeries(
    query=QUERY,
    periods=(
        DyadPeriod(start=dt.date(2021, 1, 1), events=5, quad=(3, 1, 1, 0)),
        DyadPeriod(start=dt.date(2021, 2, 1), events=4, quad=(0, 0, 1, 3)),
    ),
    types=(),
)
COOLING = Change(
    start=dt.date(2021, 2, 1), direction="cooling", before=0.8, after=0.0, events_before=5,
    events_after=4, z=-3.4,
)


def test_cooperation_stacks_up_and_conflict_down() -> None:
    figure = draw_dyad(SERIES, (COOLING,))
    ax = figure.axes[0]
    heights = sorted(round(p.get_height()) for p in ax.patches)
    assert heights == [-3, -1, -1, 0, 0, 0, 1, 3]
    assert any("cooling" in t.get_text() for t in ax.texts)


def test_a_png_is_written(tmp_path: Path) -> None:
    path = write_plot(SERIES, tmp_path / "plots" / "arn-gon.png", (COOLING,))
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_an_empty_series_still_plots(tmp_path: Path) -> None:
    empty = DyadSeries(query=QUERY, periods=(), types=())
    assert write_plot(empty, tmp_path / "empty.png").stat().st_size > 0
