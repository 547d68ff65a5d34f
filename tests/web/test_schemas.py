"""Dyad answers written as JSON without building the models: byte for byte what the models write."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from detente.analysis.changes import Change, dyad_analysis
from detente.analysis.dyads import DyadPeriod, DyadQuery, DyadSeries
from detente.analysis.keys import EventRef
from detente.analysis.schemas import DyadOut, dyad_json
from detente.store import Store, open_store

from event_rows import Row, conflict, coop, write_rows

D = dt.date

# Three cooperative months, then three conflictual ones (a cooling), compound parties, an
# undated event, a Goldstein-less type, thirds that do not print short, and a few other pairs.
ROWS = [
    *(coop(D(2021, m, d), mentions=d % 3 + 1) for m in (1, 2, 3) for d in (2, 9, 16, 23)),
    *(conflict(D(2021, m, d), actor="GONMIL", recipient="ARNGOV", goldstein=-5.0)
      for m in (4, 5, 6) for d in (3, 10, 17, 24)),
    coop(D(2021, 2, 5), actor="ARNGOV;ARNMIL", recipient="GONGOV;ROHGOV", mentions=3),
    conflict(D(2021, 3, 7), actor="ROHGOV;GONGOV", recipient="ARNGOV;ARNMIL"),
    Row(date=D(2021, 4, 11), actor="ARNMIL", recipient="GONMIL", event_type="ASSAULT",
        quad_class=4, goldstein=-10.0, mentions=7),
    coop(D(2021, 5, 12), actor="ARNGOV", recipient="AR", goldstein=1 / 3),
    coop(D(2021, 1, 20), actor="ROHGOV", recipient="ERIGOV"),
    coop(None),
]

QUERIES = [
    DyadQuery(actor=a, recipient=r, by=by, directed=directed, unit=unit, normalise=normalise)
    for a, r in (("ARN", "GON"), ("ARNMIL", "GON"), ("AR", "G"), ("ZZZ", "GON"))
    for by in ("day", "week", "month", "year")
    for directed in (True, False)
    for unit in ("events", "mentions")
    for normalise in (False, True)
] + [
    DyadQuery(actor="ARN", recipient="GON", directed=False, since=D(2021, 2, 5),
              until=D(2021, 5, 10), by="week"),
    DyadQuery(actor="GON", recipient="ARN", since=D(2020, 12, 1)),
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path = write_rows(Path(tmp_path_factory.mktemp("json")) / "rows.duckdb", ROWS)
    with open_store(path) as opened:
        yield opened


def _as_models(series: DyadSeries, changes: tuple[Change, ...]) -> bytes:
    return DyadOut.of(series, changes).model_dump_json().encode()


@pytest.mark.parametrize("query", QUERIES)
def test_dyad_json_is_the_models_json_byte_for_byte(store, query) -> None:
    series, changes = dyad_analysis(store, query)
    assert dyad_json(series, changes) == _as_models(series, changes)


def test_the_compared_answers_hold_changes_events_and_empty_periods(store) -> None:
    answers = [dyad_analysis(store, q) for q in QUERIES]
    assert any(changes and changes[0].events for _, changes in answers)
    periods = [p for series, _ in answers for p in series.periods]
    assert any(p.goldstein_mean is None for p in periods)
    assert any(p.all_events for p in periods) and any(p.events == 0 for p in periods)


def test_whole_numbers_in_float_fields_are_written_as_floats() -> None:
    # The library may hand over ints (counts of empty periods); the models make them floats.
    query = DyadQuery(actor="ARN", recipient="GON", since=D(2021, 1, 1))
    period = DyadPeriod(start=D(2021, 1, 1), events=2, quad=(1, 0, 1, 0), types={"CONSULT": 1},
                        goldstein_sum=0, goldstein_mean=-0.5, all_events=None)
    change = Change(start=D(2021, 1, 1), direction="cooling", before=1, after=0,
                    events_before=5, events_after=6, z=-3,
                    events=(EventRef(event_id="e1", date=D(2021, 1, 2), actor_code="ARNGOV",
                                     recipient_code="GONGOV", event_type="ACCUSE", quad_class=None,
                                     goldstein=None, num_mentions=2),))
    series = DyadSeries(query=query, periods=(period,), types=("CONSULT",))
    written = dyad_json(series, (change,))
    assert written == _as_models(series, (change,))
    assert b'"events":2.0' in written and b'"z":-3.0' in written


def test_the_api_sends_the_models_json(client, world_db) -> None:
    response = client.get("/api/dyads/ARN/GON", params={"by": "week", "directed": False})
    assert response.headers["content-type"] == "application/json"
    query = DyadQuery(actor="ARN", recipient="GON", by="week", directed=False)
    with open_store(world_db) as store:
        expected = _as_models(*dyad_analysis(store, query))
    assert response.content == expected
