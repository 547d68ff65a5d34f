"""Dyad plots as PNG: cooperation stacked above zero, conflict below, changes annotated."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from detente.analysis.changes import Change
from detente.analysis.dyads import DyadSeries, Interval

# Colours of QuadClass 1-4: light and dark green above zero, light and dark red below.
QUAD_COLOURS = ("#8fd19e", "#2e8b57", "#f4a6a6", "#c0392b")
QUAD_LABELS = ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")
CHANGE_COLOURS = {"warming": "#1f77b4", "cooling": "#d35400"}
# Bars fill this share of their period so neighbours stay apart.
BAR_FILL = 0.8
_PERIOD_DAYS = {Interval.day: 1, Interval.week: 7, Interval.month: 30, Interval.year: 365}


def _title(series: DyadSeries) -> str:
    query = series.query
    arrow = "→" if query.directed else "↔"
    unit = f"share of all {query.unit.value}" if query.normalise else query.unit.value
    return f"{query.actor} {arrow} {query.recipient}: {unit} per {query.by.value}"


def draw_dyad(series: DyadSeries, changes: tuple[Change, ...] = ()) -> Figure:
    """A figure of the series: stacked QuadClass bars around zero and a line per change."""
    figure = Figure(figsize=(10, 4.5), dpi=100)
    ax = figure.add_subplot()
    starts = [p.start for p in series.periods]
    width = dt.timedelta(days=_PERIOD_DAYS[series.query.by] * BAR_FILL)
    up = [0.0] * len(starts)
    down = [0.0] * len(starts)
    for q in range(4):
        values = [p.quad[q] for p in series.periods]
        if q < 2:
            # matplotlib's date units take dates and timedeltas; its type stubs do not say so
            ax.bar(starts, values, width=width, bottom=up, align="edge",  # type: ignore[arg-type]
                   color=QUAD_COLOURS[q], label=QUAD_LABELS[q])
            up = [u + v for u, v in zip(up, values, strict=True)]
        else:
            negative = [-v for v in values]
            ax.bar(starts, negative, width=width, bottom=down, align="edge",  # type: ignore[arg-type]
                   color=QUAD_COLOURS[q], label=QUAD_LABELS[q])
            down = [d + v for d, v in zip(down, negative, strict=True)]
    ax.axhline(0, color="#333333", linewidth=0.8)
    top = max(up, default=1) or 1
    for change in changes:
        colour = CHANGE_COLOURS.get(change.direction, "#555555")
        ax.axvline(change.start, color=colour, linestyle="--", linewidth=1.2)  # type: ignore[arg-type]
        ax.annotate(
            f"{change.direction}\n{change.before:.0%}→{change.after:.0%} coop.",
            xy=(change.start, top), xytext=(4, -4), textcoords="offset points",
            color=colour, fontsize=8, va="top",
            bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "alpha": 0.85, "lw": 0},
        )
    ax.set_title(_title(series))
    ax.set_ylabel("conflict ↓   cooperation ↑")
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{abs(v):g}"))
    if series.periods:
        figure.legend(loc="lower center", fontsize=8, ncols=4, frameon=False)
    else:
        ax.text(0.5, 0.5, "no events", ha="center", va="center", transform=ax.transAxes)
    ax.grid(axis="y", alpha=0.3)
    figure.autofmt_xdate()
    figure.tight_layout(rect=(0, 0.06, 1, 1))  # room for the legend below
    return figure


def write_plot(series: DyadSeries, path: str | Path, changes: tuple[Change, ...] = ()) -> Path:
    """Draw a dyad and write it as a PNG file (with the Agg renderer: no display needed)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    figure = draw_dyad(series, changes)
    FigureCanvasAgg(figure)
    figure.savefig(path, format="png")
    return path
