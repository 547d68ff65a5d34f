"""Change detection: a shift in the cooperative share is flagged with the events that carry it."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from detente.analysis import changes
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


def _best_split_one_by_one(sums: changes._Sums, lo: int, hi: int) -> int | None:
    """The split search written as a loop over z_statistic: what the array version must equal."""
    best, best_z = None, 0.0
    for k in range(lo + changes.MIN_PERIODS, hi - changes.MIN_PERIODS + 1):
        left, right = sums.between(lo, k), sums.between(k, hi)
        if left[1] < changes.MIN_EVENTS or right[1] < changes.MIN_EVENTS:
            continue
        z = z_statistic(left, right)
        shift = right[0] / right[1] - left[0] / left[1]
        if abs(z) >= changes.Z_THRESHOLD and abs(shift) >= changes.MIN_SHIFT and abs(z) > best_z:
            best, best_z = k, abs(z)
    return best


@pytest.mark.parametrize("seed", range(40))
def test_the_split_search_on_arrays_picks_what_the_loop_picks(seed) -> None:
    rng = random.Random(seed)
    months = []
    for _ in range(rng.randint(0, 60)):
        share = rng.choice((0.1, 0.5, 0.9))  # regimes that shift now and then
        n = rng.choice((0, 1, 3, 10, 40))
        c = sum(rng.random() < share for _ in range(n))
        months.append((c, n - c))
    series = _series(*months)
    sums = changes._Sums.of(series.periods)
    for lo, hi in [(0, len(months)), *((rng.randint(0, 10), len(months)) for _ in range(3))]:
        assert changes._best_split(sums, lo, hi) == _best_split_one_by_one(sums, lo, hi)
