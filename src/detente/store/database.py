"""The DuckDB store: open (and migrate) a database file and run the named read queries."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, overload

import duckdb
import numpy as np

from detente.errors import DetenteError
from detente.records import Article, Dateline
from detente.store import queries
from detente.store.migrations import migrate
from detente.store.queries import EventFilter

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

log = logging.getLogger(__name__)


class StoreError(DetenteError):
    """A database cannot be opened or is not a detente store."""


@dataclass(frozen=True, slots=True, kw_only=True)
class StoreCounts:
    """How much a store holds."""

    articles: int  # canonical articles; duplicates are counted apart
    duplicates: int
    events: int  # unique events
    mentions: int
    errors: int
    runs: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Dyad:
    """A directed pair of countries with its number of unique events and mentions."""

    actor: str
    recipient: str
    events: int
    mentions: int


class Store:
    """An open detente database; build it with ``open_store`` (or ``Store.open``)."""

    def __init__(
        self, con: duckdb.DuckDBPyConnection, path: Path, *, read_only: bool,
        derived: dict[str, Any] | None = None,
    ) -> None:
        self.con = con
        self.path = path
        self.read_only = read_only
        # Lookups built once from a read-only store (the dyad key directory), shared by cursors.
        self.derived: dict[str, Any] = {} if derived is None else derived

    def cursor(self) -> Store:
        """The same store on a new cursor of its connection (DuckDB cursors are per thread)."""
        return Store(self.con.cursor(), self.path, read_only=self.read_only, derived=self.derived)

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = True) -> Store:
        """Open a store; a writable open creates the file and applies pending migrations."""
        path = Path(path)
        if read_only and not path.exists():
            raise StoreError(f"{path}: no such database (run `detente ingest` first)")
        try:
            con = duckdb.connect(str(path), read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"{path}: cannot open database ({exc})") from exc
        if not read_only:
            migrate(con)
        elif not con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'"
        ).fetchall()[0][0]:
            con.close()
            raise StoreError(f"{path}: not a detente database")
        return cls(con, path, read_only=read_only)

    def close(self) -> None:
        """Close the connection; DuckDB checkpoints the write-ahead log."""
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Run a query and fetch every row."""
        return self.con.execute(sql, list(params)).fetchall()

    def columns(self, sql: str, params: Sequence[Any] = ()) -> dict[str, np.ndarray]:
        """Run a query and fetch one NumPy array per column (masked where NULLs occur).

        Far cheaper than ``rows`` for thousands of rows: no Python object is made per value.
        DATE columns arrive as ``datetime64``; sums of integers as floats unless cast to BIGINT.
        """
        found: dict[str, np.ndarray] = self.con.execute(sql, list(params)).fetchnumpy()
        return found

    @overload
    def events(
        self, where: EventFilter | None = ..., *, arrow: Literal[False] = ..., **filters: Any
    ) -> pd.DataFrame: ...
    @overload
    def events(
        self, where: EventFilter | None = ..., *, arrow: Literal[True], **filters: Any
    ) -> pa.Table: ...

    def events(
        self, where: EventFilter | None = None, *, arrow: bool = False, **filters: Any
    ) -> Any:
        """Unique events as a pandas DataFrame (a pyarrow Table with ``arrow=True``).

        Filters are the fields of EventFilter, given as an object or as keywords:
        ``store.events(actor="CHN", since=date(2018, 1, 1))``.
        """
        where = dataclasses.replace(where or EventFilter(), **filters)
        sql, params = queries.events_sql(where)
        relation = self.con.sql(sql, params=params)
        return relation.to_arrow_table() if arrow else relation.df()

    def mentions(
        self, *, event_id: str | None = None, article_id: str | None = None, arrow: bool = False
    ) -> Any:
        """Mentions (with their article's url, title and source) of one event, article, or all."""
        relation = self.con.sql(
            queries.MENTIONS_SQL, params=[event_id, event_id, article_id, article_id]
        )
        return relation.to_arrow_table() if arrow else relation.df()

    def articles(self, *, duplicates: bool = True, text: bool = False, arrow: bool = False) -> Any:
        """Stored articles; duplicates are marked by ``duplicate_of``."""
        sql = queries.ARTICLES_SQL.format(text=", text" if text else "")
        relation = self.con.sql(sql, params=[duplicates])
        return relation.to_arrow_table() if arrow else relation.df()

    def counts(self) -> StoreCounts:
        """Numbers of articles, duplicates, unique events, mentions, errors and runs."""
        articles, duplicates, events, mentions, errors, runs = self.rows(queries.COUNTS_SQL)[0]
        return StoreCounts(
            articles=articles,
            duplicates=duplicates,
            events=events,
            mentions=mentions,
            errors=errors,
            runs=runs,
        )

    def top_dyads(self, top: int = 5) -> list[Dyad]:
        """The directed country pairs with the most unique events."""
        return [
            Dyad(actor=a, recipient=r, events=n, mentions=int(m))
            for a, r, n, m in self.rows(queries.TOP_DYADS_SQL, [top])
        ]

    def error_summary(self, run_id: str | None = None) -> list[tuple[str, int, str]]:
        """(reason, count, its first places as file:record) of stored errors, commonest first."""
        return [(r, n, f) for r, n, f in self.rows(queries.ERRORS_SUMMARY_SQL, [run_id, run_id])]

    def ids_to_recode(self, lexicon_version: str, *, everything: bool = False) -> list[str]:
        """Canonical articles coded with another lexicon version (all of them with everything)."""
        return [r[0] for r in self.rows(queries.RECODE_IDS_SQL, [everything, lexicon_version])]

    def iter_stored_articles(self, ids: Sequence[str], batch_size: int) -> Iterator[list[Article]]:
        """Rebuild stored articles as Article records, a batch at a time."""
        for start in range(0, len(ids), batch_size):
            chunk = list(ids[start : start + batch_size])
            yield [_article(row) for row in self.rows(queries.STORED_ARTICLES_SQL, [chunk])]


def _article(row: tuple[Any, ...]) -> Article:
    (doc_id, origin, text, title, byline, date, dl_text, dl_place, dl_date, agency, url, source) = (
        row
    )
    dateline = (
        Dateline(text=dl_text, place=dl_place, date=dl_date, agency=agency) if dl_text else None
    )
    return Article(
        doc_id=doc_id,
        origin=origin or "",
        text=text,
        title=title,
        byline=byline,
        date=date if isinstance(date, dt.date) else None,
        dateline=dateline,
        url=url,
        source=source,
        agency=agency,
    )


def open_store(path: str | Path, *, read_only: bool = True) -> Store:
    """Open a detente DuckDB store for reading (or writing, which also migrates it)."""
    return Store.open(path, read_only=read_only)
