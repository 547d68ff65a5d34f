"""The embedded default job: code the bundled sample articles and summarise them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from detente.pipeline import Pipeline, iter_coded
from detente.records import CodedDocument, Event, InputError
from detente.run import RunSummary, store_coded
from detente.store import open_store
from detente.store.database import Dyad

if TYPE_CHECKING:
    from detente.analysis.changes import Change
    from detente.analysis.dyads import DyadSeries


@contextmanager
def sample_dir() -> Iterator[Path]:
    """The folder of bundled sample articles, as a real path."""
    with resources.as_file(resources.files("detente").joinpath("samples")) as path:
        yield path


@dataclass(frozen=True, slots=True, kw_only=True)
class DemoResult:
    """What the demo coded: documents, events, errors and the commonest dyads and types."""

    documents: tuple[CodedDocument, ...]
    errors: tuple[InputError, ...]

    @property
    def events(self) -> tuple[Event, ...]:
        """All events of all documents, in document order."""
        return tuple(ev for doc in self.documents for ev in doc.events)

    def dyads(self, top: int = 5) -> list[tuple[tuple[str, str], int]]:
        """The most frequent (actor country, recipient country) pairs."""
        pairs = Counter(
            (ev.actor[0].country or "?", ev.recipient[0].country or "?")
            for ev in self.events
            if ev.recipient
        )
        return pairs.most_common(top)

    def types(self) -> list[tuple[str, int]]:
        """Event counts per PLOVER type, most frequent first."""
        return Counter(ev.event_type for ev in self.events).most_common()


def run_demo(pipeline: Pipeline) -> DemoResult:
    """Code every bundled sample article."""
    with sample_dir() as folder:
        items = list(iter_coded(pipeline, [folder]))
    return DemoResult(
        documents=tuple(i for i in items if isinstance(i, CodedDocument)),
        errors=tuple(i for i in items if isinstance(i, InputError)),
    )


def store_demo(
    pipeline: Pipeline, result: DemoResult, db: Path, *, top: int = 5
) -> tuple[RunSummary, list[Dyad]]:
    """Store the coded samples in a DuckDB file (again: nothing changes) and read its top dyads."""
    summary = store_coded(
        [*result.documents, *result.errors],
        db=db,
        settings=pipeline.settings,
        lexicon_version=pipeline.coder.lexicon_version,
        inputs=["<bundled samples>"],
    )
    with open_store(db) as store:
        return summary, store.top_dyads(top)


def strongest_dyad_report(db: Path) -> tuple[DyadSeries, tuple[Change, ...], Path] | None:
    """The store's strongest dyad per month and its changes; its plot is written beside ``db``."""
    from detente.analysis.changes import dyad_analysis
    from detente.analysis.dyads import DyadQuery, Interval
    from detente.analysis.plots import write_plot

    with open_store(db) as store:
        top = store.top_dyads(1)
        if not top:
            return None
        query = DyadQuery(actor=top[0].actor, recipient=top[0].recipient, by=Interval.month)
        series, changes = dyad_analysis(store, query)
    plot = db.with_name(f"{db.stem}_{query.actor}-{query.recipient}.png")
    return series, changes, write_plot(series, plot, changes)
