"""Change detection: a shift in the cooperative share is flagged with the events that carry it."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.analysis.changes import dyad_analysis, find_changes, z_statistic
from detente.analysis.dyads import DyadPeriod, DyadQuery, DyadSeries

from event_rows import conflict, coop

D = dt.date
QUERY = DyadQuery(actor="ARN", recipient="GON")


def _series(*months: tuple[int, int]) -> DyadSeries:
    """A monthly series from (cooperative, conflictual) event counts."""
    periods = tuple(
        DyadPeriod(start=D(2021 + i // 12, i % 12 + 1, 1), events=c + k, quad=(c, 0, k, 0))
        for i, (c, k) in enumerate(months)
    )
    return DyadSeries(query=QUERY, periods=periods, types=())


def test_z_statistic_is_the_two_proportion_test() -> None:
    # 8 of 8 cooperative, then 0 of 8: pooled p = 0.5, spread = sqrt(0.25 * 2 / 8) = 0.25.
    assert z_statistic((8, 8), (0, 8)) == pytest.approx(-4.0)
    assert z_statistic((5, 10), (5, 10)) == 0.0
    assert z_statistic((0, 0), (3, 4)) == 0.0


def test_cooperation_turning_to_conflict_is_one_cooling_change() -> None:
    [change] = find_changes(_series((3, 0), (3, 0), (3, 0), (0, 3), (0, 3), (0, 3)))
    assert (change.start, change.direction) == (D(2021, 4, 1), "cooling")
    assert (change.before, change.after, change.events_before, change.events_after) == (1, 0, 9, 9)


def test_a_thaw_after_a_quarrel_is_warming_and_both_turns_are_found() -> None:
    months = [(5, 0)] * 3 + [(0, 5)] * 3 + [(5, 0)] * 3
    directions = [(c.start.month, c.direction) for c in find_changes(_series(*months))]
    assert directions == [(4, "cooling"), (7, "warming")]


def test_steady_or_thin_relations_have_no_change() -> None:
    assert find_changes(_series(*[(3, 1)] * 8)) == ()
    assert find_changes(_series((1, 0), (0, 1))) == ()  # too few events to say anything
    assert find_changes(_series()) == ()


def test_small_shifts_are_not_news_even_when_significant() -> None:
    months = [(600, 400)] * 3 + [(540, 460)] * 3  # 60% → 54% cooperative
    assert find_changes(_series(*months)) == ()


def test_the_events_behind_a_change_point_its_way(make_store) -> None:
    rows = [coop(D(2021, m, d)) for m in (1, 2, 3) for d in (3, 13)]
    rows += [conflict(D(2021, m, d), mentions=d) for m in (4, 5, 6) for d in (4, 14)]
    rows.append(coop(D(2021, 4, 20), mentions=50))  # loud, but cooperative: not behind a cooling
    store = make_store(rows)
    series, [change] = dyad_analysis(store, QUERY)
    assert change.direction == "cooling" and change.start == D(2021, 4, 1)
    assert [e.event_type for e in change.events] == ["ACCUSE"] * 5
    assert [e.num_mentions for e in change.events] == [14, 14, 14, 4, 4]
    assert len(series.periods) == 6


def test_changes_are_found_on_unique_events_whatever_the_unit(make_store) -> None:
    rows = [coop(D(2021, m, d), mentions=9) for m in (1, 2, 3) for d in (3, 13)]
    rows += [conflict(D(2021, m, d)) for m in (4, 5, 6) for d in (4, 14)]
    store = make_store(rows)
    by_events = dyad_analysis(store, QUERY)[1]
    by_mentions = dyad_analysis(store, DyadQuery(actor="ARN", recipient="GON", unit="mentions"))[1]
    assert by_mentions == by_events
