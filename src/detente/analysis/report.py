"""Dyad and actor results as terminal tables, CSV and JSON for the command line."""

from __future__ import annotations

import csv
import io
from typing import IO, Any

from rich.console import Console
from rich.table import Table

from detente.analysis.actors import ActorSummary
from detente.analysis.changes import Change
from detente.analysis.dyads import QUAD_NAMES, DyadSeries
from detente.formats import ReportFormat


def _number(value: float | None, normalised: bool) -> str:
    if value is None:
        return ""
    if normalised:
        return f"{value:.4f}"
    return f"{value:g}" if value != int(value) else str(int(value))


def _count(value: float, normalised: bool) -> float | int:
    return value if normalised else round(value)


def series_rows(series: DyadSeries) -> list[dict[str, Any]]:
    """One flat row per period: counts per QuadClass, Goldstein totals, then one column per type."""
    normalised = series.query.normalise
    rows = []
    for period in series.periods:
        row: dict[str, Any] = {
            "period": period.start.isoformat(), "events": _count(period.events, normalised),
        }
        row.update(zip(QUAD_NAMES, (_count(q, normalised) for q in period.quad), strict=True))
        row["goldstein_sum"] = round(period.goldstein_sum, 3)
        row["goldstein_mean"] = (
            round(period.goldstein_mean, 3) if period.goldstein_mean is not None else None
        )
        if normalised:
            row["all_events"] = period.all_events
        for event_type in series.types:
            row[event_type] = _count(period.types.get(event_type, 0), normalised)
        rows.append(row)
    return rows


def write_series_csv(series: DyadSeries, stream: IO[str]) -> None:
    """Write the series as CSV with a header row."""
    rows = series_rows(series)
    columns = list(rows[0]) if rows else ["period", "events", *QUAD_NAMES]
    writer = csv.DictWriter(stream, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


TOP_TYPES = 3  # types named per period in the terminal table
_PERIOD_FORMAT = {"day": "%Y-%m-%d", "week": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}


def series_table(series: DyadSeries) -> Table:
    """A terminal table of the periods with events (quiet ones are counted in the caption)."""
    query = series.query
    norm = query.normalise
    arrow = "→" if query.directed else "↔"
    unit = f"share of all {query.unit.value}" if norm else query.unit.value
    table = Table(title=f"{query.actor} {arrow} {query.recipient}: {unit} per {query.by.value}")
    table.add_column(query.by.value, no_wrap=True)
    for label in ("events", "coop v+m", "confl v+m", "Goldstein"):
        table.add_column(label, justify="right", no_wrap=True)
    table.add_column("top types")
    quiet = 0
    for period in series.periods:
        if not period.events:
            quiet += 1
            continue
        q1, q2, q3, q4 = (_number(q, norm) for q in period.quad)
        mean = f"{period.goldstein_mean:+.2f}" if period.goldstein_mean is not None else ""
        top = sorted(period.types.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_TYPES]
        table.add_row(
            period.start.strftime(_PERIOD_FORMAT[query.by.value]), _number(period.events, norm),
            f"{q1}+{q2}", f"{q3}+{q4}", mean,
            ", ".join(f"{t} {_number(n, norm)}" for t, n in top if n),
        )
    if quiet:
        table.caption = f"{quiet} {query.by.value}s without events are left out"
    return table


def changes_table(changes: tuple[Change, ...]) -> Table:
    """A terminal table of changes and the events behind each."""
    table = Table(title="Changes in the cooperative share")
    for column in ("from", "direction", "before", "after", "z", "events behind it"):
        table.add_column(column)
    for change in changes:
        behind = "\n".join(
            f"{e.date} {e.actor_code}→{e.recipient_code} {e.event_type}"
            f" ({e.num_mentions}×) {e.event_id}"
            for e in change.events
        )
        table.add_row(
            change.start.isoformat(), change.direction, f"{change.before:.0%}",
            f"{change.after:.0%}", f"{change.z:+.1f}", behind,
        )
    return table


def actor_tables(summary: ActorSummary) -> list[Table]:
    """Terminal tables of an actor's partners, event types and timeline."""
    code = summary.query.code
    partners = Table(title=f"{code}: top partners ({summary.events} {summary.query.unit.value})")
    for column in ("partner", "as actor", "as recipient", "cooperation", "conflict", "mean gold"):
        partners.add_column(column, justify="left" if column == "partner" else "right")
    for p in summary.partners:
        mean = f"{p.goldstein_mean:.2f}" if p.goldstein_mean is not None else ""
        partners.add_row(p.country, str(p.as_actor), str(p.as_recipient), str(p.cooperation),
                         str(p.conflict), mean)
    types = Table(title=f"{code}: top event types")
    for column in ("type", "as actor", "as recipient"):
        types.add_column(column, justify="left" if column == "type" else "right")
    for t in summary.types:
        types.add_row(t.event_type, str(t.as_actor), str(t.as_recipient))
    timeline = Table(title=f"{code}: per {summary.query.by.value}")
    for column in ("period", "as actor", "as recipient", "cooperation", "conflict"):
        timeline.add_column(column, justify="left" if column == "period" else "right")
    for period in summary.timeline:
        timeline.add_row(period.start.isoformat(), str(period.as_actor), str(period.as_recipient),
                         str(period.cooperation), str(period.conflict))
    return [partners, types, timeline]


def write_actor_csv(summary: ActorSummary, stream: IO[str]) -> None:
    """Write an actor's timeline as CSV (partners and types are in the table and JSON forms)."""
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(["period", "as_actor", "as_recipient", "cooperation", "conflict"])
    for p in summary.timeline:
        row = [p.start.isoformat(), p.as_actor, p.as_recipient, p.cooperation, p.conflict]
        writer.writerow(row)


def print_dyad(
    console: Console, series: DyadSeries, changes: tuple[Change, ...], fmt: ReportFormat
) -> None:
    """Print a dyad's series (and its changes, in table and JSON form) in one format."""
    from detente.analysis.schemas import DyadOut

    if fmt is ReportFormat.json:
        console.out(DyadOut.of(series, changes).model_dump_json(indent=2), highlight=False)
    elif fmt is ReportFormat.csv:
        buffer = io.StringIO()
        write_series_csv(series, buffer)
        console.out(buffer.getvalue(), end="", highlight=False)
    else:
        console.print(series_table(series))
        if changes:
            console.print(changes_table(changes))
        else:
            console.print("No change in the cooperative share stands out.")


def print_actor(console: Console, summary: ActorSummary, fmt: ReportFormat) -> None:
    """Print an actor summary in one format."""
    from detente.analysis.schemas import ActorOut

    if fmt is ReportFormat.json:
        console.out(ActorOut.of(summary).model_dump_json(indent=2), highlight=False)
    elif fmt is ReportFormat.csv:
        buffer = io.StringIO()
        write_actor_csv(summary, buffer)
        console.out(buffer.getvalue(), end="", highlight=False)
    else:
        for table in actor_tables(summary):
            console.print(table)
