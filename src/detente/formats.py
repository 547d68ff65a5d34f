"""The closed sets of output formats that the CLI, the API and the library share.

Kept apart from the modules that write them so that the command line can offer them as
choices without importing DuckDB, Arrow or the analysis code.
"""

from __future__ import annotations

from enum import StrEnum


class OutputFormat(StrEnum):
    """Output formats of `detente code`."""

    jsonl = "jsonl"
    table = "table"
    csv = "csv"


class ExportFormat(StrEnum):
    """What `detente export` can write."""

    plover_jsonl = "plover-jsonl"
    gdelt = "gdelt"
    csv = "csv"
    parquet = "parquet"


class ReportFormat(StrEnum):
    """Output formats of `detente dyad` and `detente actor`."""

    table = "table"
    csv = "csv"
    json = "json"

