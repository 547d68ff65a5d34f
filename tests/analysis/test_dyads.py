"""Dyad time series: periods, QuadClasses, types, Goldstein, directions, units, normalising."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.analysis.changes import dyad_analysis
from detente.analysis.dyads import DyadQuery, Interval, dyad_series, iter_periods
from detente.analysis.evidence import EventQuery, page_events
from detente.analysis.keys import key_index, without_keys
from detente.store import open_store

from event_rows import Row, conflict, coop, random_rows, write_rows

D = dt.date


def test_a_month_counts_each_quadclass_type_and_goldstein(make_store) -> None:
    store = make_store([
        coop(D(2021, 1, 3)), coop(D(2021, 1, 9)),
        conflict(D(2021, 1, 20)),
        Row(date=D(2021, 1, 21), actor="ARNMIL", recipient="GONMIL", event_type="ASSAULT",
            quad_class=4, goldstein=-10.0),
    ])
    [month] = dyad_series(store, DyadQuery(actor="ARN", recipient="GON")).periods
    assert month.start == D(2021, 1, 1)
    assert month.quad == (2, 0, 1, 1)
    assert (month.cooperation, month.conflict, month.events) == (2, 2, 4)
    assert month.types == {"ACCUSE": 1, "ASSAULT": 1, "CONSULT": 2}
    assert month.goldstein_sum == pytest.approx(-10.0)
    assert month.goldstein_mean == pytest.approx(-2.5)


def test_quiet_periods_between_events_are_zero(make_store) -> None:
    store = make_store([coop(D(2021, 1, 3)), coop(D(2021, 4, 3))])
    series = dyad_series(store, DyadQuery(actor="ARN", recipient="GON"))
    assert [(p.start.month, p.events) for p in series.periods] == [(1, 1), (2, 0), (3, 0), (4, 1)]
    assert series.periods[1].goldstein_mean is None


def test_since_and_until_bound_the_periods(make_store) -> None:
    store = make_store([coop(D(2021, 1, 3)), coop(D(2021, 4, 3))])
    query = DyadQuery(actor="ARN", recipient="GON", since=D(2020, 12, 15), until=D(2021, 2, 1))
    assert [(p.start, p.events) for p in dyad_series(store, query).periods] == [
        (D(2020, 12, 1), 0), (D(2021, 1, 1), 1), (D(2021, 2, 1), 0),
    ]


def test_weeks_start_on_monday_and_years_on_new_year(make_store) -> None:
    store = make_store([coop(D(2021, 3, 7)), coop(D(2021, 3, 8))])  # a Sunday, then a Monday
    weeks = dyad_series(store, DyadQuery(actor="ARN", recipient="GON", by="week")).periods
    assert [(p.start, p.events) for p in weeks] == [(D(2021, 3, 1), 1), (D(2021, 3, 8), 1)]
    years = dyad_series(store, DyadQuery(actor="ARN", recipient="GON", by="year")).periods
    assert [(p.start, p.events) for p in years] == [(D(2021, 1, 1), 2)]
    days = iter_periods(D(2020, 12, 31), D(2021, 1, 1), Interval.day)
    assert days == [D(2020, 12, 31), D(2021, 1, 1)]


def test_direction_matters_unless_undirected(make_store) -> None:
    store = make_store([
        coop(D(2021, 1, 3)), conflict(D(2021, 1, 4), actor="GONGOV", recipient="ARNGOV"),
        coop(D(2021, 1, 5), actor="ARNGOV", recipient="ROHGOV"),
    ])
    directed = dyad_series(store, DyadQuery(actor="ARN", recipient="GON"))
    both = dyad_series(store, DyadQuery(actor="ARN", recipient="GON", directed=False))
    assert (directed.total, both.total) == (1, 2)
    assert both.periods[0].quad == (1, 0, 1, 0)


def test_counting_mentions_weights_each_event_by_its_reports(make_store) -> None:
    store = make_store([coop(D(2021, 1, 3), mentions=5), conflict(D(2021, 1, 4), mentions=1)])
    [month] = dyad_series(store, DyadQuery(actor="ARN", recipient="GON", unit="mentions")).periods
    assert month.quad == (5, 0, 1, 0)
    assert month.goldstein_mean == pytest.approx((5 * 1.0 - 2.0) / 6)


def test_normalising_divides_by_every_event_of_the_period(make_store) -> None:
    store = make_store([
        coop(D(2021, 1, 3)), coop(D(2021, 1, 4), actor="ROHGOV", recipient="ERIGOV"),
        coop(D(2021, 1, 5), actor="ROHGOV", recipient="ERIGOV"),
        coop(D(2021, 1, 6), actor="ROHGOV", recipient="ERIGOV"),
    ])
    [month] = dyad_series(store, DyadQuery(actor="ARN", recipient="GON", normalise=True)).periods
    assert (month.events, month.all_events, month.quad[0]) == (0.25, 4, 0.25)


def test_sector_codes_narrow_a_dyad_and_compound_parties_count_once(make_store) -> None:
    store = make_store([
        coop(D(2021, 1, 3), actor="ARNGOV", recipient="GONMIL"),
        coop(D(2021, 1, 4), actor="ARNGOV;ARNMIL", recipient="GONGOV"),  # Arnor twice, one event
        coop(D(2021, 1, 5), actor="ROHGOV;ARNMIL", recipient="GONGOV"),
    ])
    assert dyad_series(store, DyadQuery(actor="ARN", recipient="GON")).total == 3
    assert dyad_series(store, DyadQuery(actor="ARNMIL", recipient="GON")).total == 2
    assert dyad_series(store, DyadQuery(actor="ARN", recipient="GONMIL")).total == 1


def test_undated_events_stay_out_of_time_series(make_store) -> None:
    store = make_store([coop(D(2021, 1, 3)), coop(None)])
    assert dyad_series(store, DyadQuery(actor="ARN", recipient="GON")).total == 1


COMPOUND_ROWS = [
    coop(D(2021, 1, 3)), conflict(D(2021, 2, 4), actor="GONGOV", recipient="ARNGOV"),
    coop(D(2021, 2, 5), actor="ARNGOV;ARNMIL", recipient="GONGOV;ROHGOV", mentions=3),
    coop(D(2021, 3, 6), actor="ARNGOV", recipient="ARNMIL"),
    conflict(D(2021, 3, 7), actor="ROHGOV;GONGOV", recipient="ARNGOV;ARNMIL"),
    coop(None), coop(D(2021, 3, 9), actor="ROHGOV", recipient="GONGOV"),
]
# Single-part codes only, some shorter than a country code, busy enough for a change to show.
SINGLE_ROWS = [
    *(coop(D(2021, m, d), mentions=d % 3 + 1) for m in (1, 2, 3) for d in (2, 9, 16, 23)),
    *(conflict(D(2021, m, d), actor="GONMIL", recipient="ARNGOV", goldstein=-5.0)
      for m in (4, 5, 6)
      for d in (3, 10, 17, 24)),
    coop(D(2021, 2, 11), actor="UN", recipient="GONGOV"),
    coop(D(2021, 5, 12), actor="ARNGOV", recipient="AR"),
    conflict(D(2021, 6, 1), actor="ARN", recipient="GON"),
]


@pytest.mark.parametrize("rows", [COMPOUND_ROWS, SINGLE_ROWS], ids=["compound", "single"])
def test_the_sorted_party_keys_answer_exactly_as_the_events_table(make_store, rows) -> None:
    store = make_store(rows)
    assert key_index(store) is not None
    pairs = (("ARN", "GON"), ("ARN", "ARN"), ("GON", "ARN"), ("ARNMIL", "GONGOV"), ("AR", "G"),
             ("A", "GONGOV"), ("UN", "GON"), ("ARNGOV", "AR"), ("ZZZ", "GON"), ("ARNGOVX", "GON"))
    queries = [
        DyadQuery(actor=a, recipient=r, directed=d, unit=u, by=by)
        for a, r in pairs for d in (True, False) for u in ("events", "mentions")
        for by in ("week", "month")
    ]
    queries += [
        DyadQuery(actor="ARN", recipient="GON", directed=d, since=D(2021, 2, 5),
                  until=D(2021, 5, 10)) for d in (True, False)
    ]
    pages = [EventQuery(actor=q.actor, recipient=q.recipient, directed=q.directed,
                        since=q.since, until=q.until) for q in queries]
    events = without_keys(store)
    before = [dyad_analysis(events, q) for q in queries], [page_events(events, p) for p in pages]
    after = [dyad_analysis(store, q) for q in queries], [page_events(store, p) for p in pages]
    assert after == before
    assert any(series.total for series, _ in before[0])


@pytest.mark.parametrize("seed", [1, 2])
def test_the_party_keys_answer_random_dyads_exactly_as_the_events_table(make_store, seed) -> None:
    # Goldstein scores are halves, so sums are exact in any order and answers compare with ==.
    store = make_store(random_rows(seed))
    queries = [
        DyadQuery(actor=a, recipient=r, directed=d, unit=u, by=by)
        for a, r in (("ARN", "GON"), ("GON", "ARN"), ("ARN", "ARN"), ("ARNGOV", "GON"),
                     ("AR", "G"), ("UN", "ARN"), ("A", "R"), ("ZZZ", "GON"))
        for d in (True, False) for u in ("events", "mentions")
        for by in ("day", "week", "month", "year")
    ]
    queries += [
        DyadQuery(actor="ARN", recipient="GON", directed=d, by=by, since=D(2020, 3, 4),
                  until=D(2021, 2, 9)) for d in (True, False) for by in ("week", "month")
    ]
    from_events = [dyad_analysis(without_keys(store), q) for q in queries]
    from_keys = [dyad_analysis(store, q) for q in queries]
    assert from_keys == from_events
    assert sum(len(c.events) for _, changes in from_events for c in changes) > 5


def test_the_party_keys_keep_a_dyads_changes_and_the_events_behind_them(make_store) -> None:
    store = make_store(SINGLE_ROWS)
    query = DyadQuery(actor="ARN", recipient="GON", directed=False)
    _, before = dyad_analysis(without_keys(store), query)
    _, after = dyad_analysis(store, query)
    assert [c.direction for c in before] == ["cooling"]
    assert after == before and after[0].events


def test_a_store_whose_keys_miss_events_is_read_from_the_events_table(
    make_store, tmp_path
) -> None:
    # Rows written without the writer: the keys account for none of them.
    path = write_rows(tmp_path / "bare.duckdb", SINGLE_ROWS, keys=False)
    query = DyadQuery(actor="ARN", recipient="GON")
    with open_store(path) as store:
        assert key_index(store) is None
        series = dyad_series(store, query)
    assert series == dyad_series(make_store(SINGLE_ROWS), query) and series.total == 13


def test_a_dyad_needs_two_codes() -> None:
    with pytest.raises(ValueError):
        DyadQuery(actor="ARN", recipient=" ")
    with pytest.raises(ValueError):
        DyadQuery(actor="ARN", recipient="GON", by="fortnight")
