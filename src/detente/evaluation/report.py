"""Rich tables and JSON files of the gold-set reports of every format."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path

from rich.table import Table

from detente.evaluation.cameo5 import CLASSES, Cameo5Report
from detente.evaluation.gsr_scores import EvalReport
from detente.evaluation.scores import GoldReport, Score, TypeScore
from detente.evaluation.spans import SpanReport
from detente.records import InputError


def _value(score: Score | None) -> str:
    return "n/a" if score is None or score.value is None else f"{score.value:.3f}"


def _score_table(title: str, scores: Mapping[str, Score]) -> Table:
    """Metric, accuracy, correct and scored, one row per score."""
    table = Table(title=title)
    table.add_column("metric")
    for column in ("accuracy", "correct", "scored"):
        table.add_column(column, justify="right")
    for name, score in scores.items():
        table.add_row(name, _value(score), str(score.correct), str(score.total))
    return table


def render_table(report: EvalReport) -> Table:
    """The GSR scores as a rich table (accuracy, correct, scored)."""
    return _score_table(f"detente on {len(report.records)} gold records", report.scores)


def _label_table(title: str, first: str, rows: Mapping[str, TypeScore]) -> Table:
    """Precision, recall and F1 per label."""
    table = Table(title=title)
    for column in (first, "precision", "recall", "F1", "gold", "predicted"):
        table.add_column(column, justify="left" if column == first else "right")
    for label, s in rows.items():
        table.add_row(
            label,
            f"{s.precision:.3f}",
            f"{s.recall:.3f}",
            f"{s.f1:.3f}",
            str(s.support),
            str(s.predicted),
        )
    return table


def render_type_table(report: EvalReport) -> Table:
    """Per-type precision, recall and F1 of the top-1 type as a rich table."""
    return _label_table("per PLOVER type (top-1)", "type", report.per_type)


def render_halves_table(report: EvalReport) -> Table:
    """Each score on the whole set and on its two stable halves, side by side."""
    halves = report.halves()
    a, b = halves["A"], halves["B"]
    table = Table(
        title=f"stable halves by hash of id: A {len(a.records)}, B {len(b.records)} records"
    )
    for column in ("metric", "all", "half A", "half B", "B − A"):
        table.add_column(column, justify="left" if column == "metric" else "right")
    for name, score in report.scores.items():
        va, vb = a.metric(name), b.metric(name)
        gap = "n/a" if va is None or vb is None else f"{vb - va:+.3f}"
        table.add_row(name, _value(score), _value(a.scores[name]), _value(b.scores[name]), gap)
    return table


def render_confusion(confusion: Mapping[str, Mapping[str, int]], labels: Sequence[str]) -> Table:
    """Gold labels down, predicted labels across."""
    table = Table(title="confusion (rows gold, columns predicted)")
    table.add_column("gold")
    for label in labels:
        table.add_column(label, justify="right")
    for gold in labels:
        row = confusion.get(gold, {})
        table.add_row(gold, *(str(row.get(p, 0)) for p in labels))
    return table


def cameo5_tables(report: Cameo5Report) -> list[Table]:
    """Accuracy and event share, per-class P/R/F1 and the confusion of a 5-class report."""
    scores = _score_table(f"detente on {len(report.records)} 5-class CAMEO sentences", {
        **report.scores,
        "no_event (class 1-4)": report.no_event,
    })  # fmt: skip
    scores.add_row("macro F1", f"{report.macro_f1:.3f}", "", "")
    return [
        scores,
        _label_table("per class (0 = 01-02 or no act, 1 = 03-05, 2 = 06-08, 3 = 09-13, 16, "
                     "4 = 14-15, 17-20)", "class", report.per_class),
        render_confusion(report.confusion, CLASSES),
    ]  # fmt: skip


def span_tables(report: SpanReport) -> list[Table]:
    """The overlap scores of a source/target span report."""
    return [
        _score_table(f"detente on {len(report.records)} source/target sentences", report.scores)
    ]


def skipped_table(skipped: Sequence[InputError]) -> Table:
    """Gold records that were not scored, with the reason."""
    table = Table(title=f"{len(skipped)} gold records skipped")
    table.add_column("record")
    table.add_column("reason")
    for item in skipped:
        table.add_row(item.origin, item.reason)
    return table


def tables_for(report: GoldReport) -> list[Table]:
    """Every table of a report of any format."""
    if isinstance(report, EvalReport):
        # The type confusion (17 columns) is in the JSON report, too wide for a terminal.
        tables = [render_table(report), render_halves_table(report), render_type_table(report)]
    elif isinstance(report, Cameo5Report):
        tables = cameo5_tables(report)
    elif isinstance(report, SpanReport):
        tables = span_tables(report)
    else:
        raise TypeError(f"no tables for {type(report).__name__}")
    return [*tables, skipped_table(report.skipped)] if report.skipped else tables


def write_report(report: GoldReport, path: Path) -> None:
    """Write the report as indented JSON."""
    path.write_text(json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n", "utf-8")
