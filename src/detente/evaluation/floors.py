"""Quality floors: the scores a gold set must reach, kept in quality_floors.toml."""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path

from detente.errors import ConfigError
from detente.evaluation.gsr_scores import EvalReport
from detente.evaluation.scores import GoldReport

FLOORS_FILE = "quality_floors.toml"


def floors_name(gold_name: str) -> str:
    """The floors table of a gold file: its name without directory and extension."""
    return Path(gold_name).name.split(".")[0]


def check_floors(report: GoldReport, floors_path: Path | None, gold_name: str) -> list[str]:
    """The scores below their floor in table `gold_name`, one message each (empty: passed)."""
    floors = read_floors(floors_path, floors_name(gold_name), report.metric_names)
    failures = []
    for name, floor in floors.items():
        value = report.metric(name)
        # An unscorable metric only fails once its floor has been raised above zero.
        if (value is None and floor > 0) or (value is not None and value < floor):
            shown = "n/a" if value is None else f"{value:.4f}"
            failures.append(f"{name}: {shown} is below the floor {floor:.4f}")
    return failures


def check_all_floors(report: GoldReport, floors_path: Path | None, gold_name: str) -> list[str]:
    """check_floors on the whole set and, for a GSR set with half tables, on each stable half."""
    failures = check_floors(report, floors_path, gold_name)
    if isinstance(report, EvalReport):
        tables = _tables(floors_path)
        for half, part in report.halves().items():
            table = f"{floors_name(gold_name)}_half_{half.lower()}"
            if table in tables:
                failures += [
                    f"half {half} {line}" for line in check_floors(part, floors_path, table)
                ]
    return failures


def _tables(path: Path | None) -> dict[str, object]:
    """Every table of the floors file."""
    origin, text = _floors_text(path)
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{origin}: {exc}") from exc


def _floors_text(path: Path | None) -> tuple[str, str]:
    """(origin, text) of the floors file: the given one, or the one shipped with detente."""
    if path is None:
        return FLOORS_FILE, resources.files("detente").joinpath(FLOORS_FILE).read_text("utf-8")
    try:
        return str(path), path.read_text("utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read floors ({exc.strerror})") from exc


def read_floors(path: Path | None, table_name: str, metrics: tuple[str, ...]) -> dict[str, float]:
    """The floors of one table, checked against the metric names of its gold format."""
    origin = str(path) if path else FLOORS_FILE
    table = _tables(path).get(table_name)
    if not isinstance(table, dict):
        raise ConfigError(f"{origin}: no table of floors named {table_name!r}")
    floors: dict[str, float] = {}
    for name, floor in table.items():
        if name not in metrics:
            raise ConfigError(f"{origin}: table {table_name!r}: {name} is not a metric {metrics}")
        if isinstance(floor, bool) or not isinstance(floor, int | float) or not 0 <= floor <= 1:
            raise ConfigError(f"{origin}: table {table_name!r}: {name} must be from 0 to 1")
        floors[name] = float(floor)
    return floors
