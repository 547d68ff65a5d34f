"""Dyads and event lists under the dashboard's filters (type, QuadClass, modality, dates, place)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from detente.analysis.changes import EVIDENCE_PERIODS, Change, dyad_analysis, find_changes
from detente.analysis.dyads import (
    CELLS_SQL,
    Cells,
    DyadQuery,
    DyadSeries,
    Unit,
    all_events,
    build_series,
    next_period,
    query_cells,
    read_cells,
)
from detente.analysis.evidence import EventPage, briefs_by_id
from detente.analysis.filters import EventFilter, effective
from detente.analysis.keys import KEY_COLUMNS, EventRef, dyad_keys_sql, party_clause
from detente.store import Store

# A download lists at most this many events: enough for any one view, bounded for the server.
MAX_DOWNLOAD = 10_000


def _kinds(events: EventFilter) -> tuple[str, list[Any]]:
    """Type, QuadClass and modality conditions on a dyad's key rows."""
    clauses: list[str] = ["TRUE"]
    params: list[Any] = []
    for clause, value in (("event_type = ?", events.event_type), ("modality = ?", events.modality)):
        if value is not None:
            clauses.append(clause)
            params.append(value)
    if events.quad_classes:
        clauses.append(f"quad_class IN ({', '.join('?' * len(events.quad_classes))})")
        params.extend(events.quad_classes)
    return " AND ".join(clauses), params


def dyad_source(store: Store, query: DyadQuery, events: EventFilter) -> tuple[str, list[Any]]:
    """SELECT of a dyad's dated events (``KEY_COLUMNS``) that pass the filter, in the query's
    dates: from the store's party keys (which carry modality) or the events table."""
    dyad, params = dyad_keys_sql(
        store, query.actor, query.recipient, directed=query.directed, since=query.since,
        until=query.until, columns=f"{KEY_COLUMNS}, modality",
    )
    kinds, kind_params = _kinds(events)
    return f"SELECT {KEY_COLUMNS} FROM ({dyad}) WHERE {kinds}", [*params, *kind_params]


def dyad_clause(actor: str, recipient: str, *, directed: bool) -> tuple[str, list[Any]]:
    """SQL matching a dyad's events on the events table (code prefixes, any part of a compound)."""
    one_way = f"({party_clause('actor_code')} AND {party_clause('recipient_code')})"
    params: list[Any] = [actor, actor, recipient, recipient]
    if directed:
        return one_way, params
    return f"({one_way} OR {one_way})", [*params, recipient, recipient, actor, actor]


def _dated(query: DyadQuery, events: EventFilter) -> DyadQuery:
    return dataclasses.replace(
        query, since=events.since or query.since, until=events.until or query.until
    )


def filtered_dyad(
    store: Store, query: DyadQuery, events: EventFilter, *, limit: int = 5
) -> tuple[DyadSeries, tuple[Change, ...]]:
    """A dyad's series and changes counting only the filter's events (dates: the filter's)."""
    events = effective(store, events)
    query = _dated(query, events)
    if events.kinds_only:
        return dyad_analysis(store, query, limit=limit)
    series, changes = filtered_series(store, query, events)
    counted = dataclasses.replace(query, unit=Unit.events, normalise=False)
    return series, _behind(store, counted, events, changes, limit)


def filtered_series(
    store: Store, query: DyadQuery, events: EventFilter
) -> tuple[DyadSeries, tuple[Change, ...]]:
    """A dyad's series under the filter and its changes, without the events behind them."""
    events = effective(store, events)
    query = _dated(query, events)
    if events.kinds_only:
        cells = read_cells(store, query)
    else:
        source, params = dyad_source(store, query, events)
        cells = query_cells(store, source, list(params), query.by)
    # Shares are of every stored event in the period, as in the unfiltered series.
    totals = all_events(store, query) if query.normalise else None
    series = build_series(query, cells, totals)
    counted = dataclasses.replace(query, unit=Unit.events, normalise=False)
    return series, find_changes(series if counted == query else build_series(counted, cells))


def filtered_many(
    store: Store, queries: list[DyadQuery], events: EventFilter
) -> list[tuple[DyadSeries, tuple[Change, ...]]]:
    """``filtered_series`` of several dyads (counting events, not normalised) in one query."""
    events = effective(store, events)
    if events.kinds_only or not queries:
        return [filtered_series(store, q, events) for q in queries]
    parts, params = [], []
    for i, query in enumerate(queries):
        source, found_params = dyad_source(store, _dated(query, events), events)
        parts.append(f"SELECT {i} AS dyad, * FROM ({source})")
        params += found_params
    sql = CELLS_SQL.format(source=" UNION ALL ".join(parts)).replace(
        "SELECT date_trunc", "SELECT dyad, date_trunc", 1
    )
    found = store.columns(sql, [queries[0].by.value, *params])
    dyad = found.pop("dyad")
    period = found.pop("period").astype("datetime64[D]")
    answers = []
    for i, query in enumerate(queries):
        mine = dyad == i
        cells = Cells(
            period=tuple(period[mine].tolist()),
            **{name: tuple(v[mine].tolist()) for name, v in found.items()},
        )
        series = build_series(_dated(query, events), cells)
        answers.append((series, find_changes(series)))
    return answers


# For every change window at once, the dyad's filtered events pointing the change's way, most
# reported first (as changes.events_behind does for the unfiltered dyad).
_BEHIND_SQL = """
WITH windows AS (
    SELECT unnest(?::INTEGER[]) AS change, unnest(?::DATE[]) AS w_start,
           unnest(?::DATE[]) AS w_end, unnest(?::BOOLEAN[]) AS warming
),
dyad AS ({source}),
hits AS (
    SELECT w.change, dyad.*,
           row_number() OVER (
               PARTITION BY w.change
               ORDER BY num_mentions DESC,
                        CASE WHEN w.warming THEN -goldstein ELSE goldstein END, date, event_id
           ) AS rank
    FROM dyad JOIN windows w
      ON dyad.date >= w.w_start AND dyad.date < w.w_end
     AND dyad.quad_class IN (1, 2, 3, 4) AND (dyad.quad_class <= 2) = w.warming
)
SELECT change, {columns} FROM hits WHERE rank <= ? ORDER BY change, rank
"""


def _behind(
    store: Store, query: DyadQuery, events: EventFilter, changes: tuple[Change, ...], limit: int
) -> tuple[Change, ...]:
    if not changes:
        return ()
    ends = []
    for change in changes:
        end = change.start
        for _ in range(EVIDENCE_PERIODS):
            end = next_period(end, query.by)
        ends.append(end)
    source, params = dyad_source(store, query, events)
    windows = [
        list(range(len(changes))), [c.start for c in changes], ends,
        [c.direction == "warming" for c in changes],
    ]
    found: dict[int, list[EventRef]] = {i: [] for i in range(len(changes))}
    sql = _BEHIND_SQL.format(source=source, columns=KEY_COLUMNS)
    for index, *row in store.rows(sql, [*windows, *params, limit]):
        found[index].append(EventRef.of(tuple(row)))
    return tuple(
        dataclasses.replace(change, events=tuple(found[i])) for i, change in enumerate(changes)
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class BrowseQuery:
    """A filtered list of events: optionally one dyad or one actor, optionally one place."""

    events: EventFilter = field(default_factory=EventFilter)
    actor: str | None = None  # code prefix
    recipient: str | None = None
    directed: bool = True
    country: str | None = None  # ISO3 of the event's location
    place: str | None = None  # the location's name (with ``country``)
    page: int = 1
    page_size: int = 50

    def __post_init__(self) -> None:
        if self.page < 1:
            raise ValueError("pages are numbered from 1")
        if not 1 <= self.page_size <= MAX_DOWNLOAD:
            raise ValueError(f"page_size must be between 1 and {MAX_DOWNLOAD}")


def browse_sql(query: BrowseQuery) -> tuple[str, list[Any]]:
    """Condition on the events table for a browse query, and its parameters."""
    where, params = query.events.where()
    clauses = [where]
    actor, recipient = (query.actor or "").upper(), (query.recipient or "").upper()
    if actor and recipient:
        dyad, dyad_params = dyad_clause(actor, recipient, directed=query.directed)
        clauses += ["date IS NOT NULL", dyad]  # as in the dyad's series
        params += dyad_params
    else:
        for column, value in (("actor_code", actor), ("recipient_code", recipient)):
            if value:
                clauses.append(party_clause(column))
                params += [value, value]
    for column, place in (("location_country", query.country), ("location_name", query.place)):
        if place:
            clauses.append(f"{column} = ?")
            params.append(place)
    return " AND ".join(clauses), params


def browse_events(store: Store, query: BrowseQuery) -> EventPage:
    """One page of the matching events, oldest first, and how many match in all."""
    events = effective(store, query.events)
    actor, recipient = (query.actor or "").upper(), (query.recipient or "").upper()
    if actor and recipient and not (query.country or query.place):
        dyad = DyadQuery(
            actor=actor, recipient=recipient, directed=query.directed, since=events.since,
            until=events.until,
        )
        source, params = dyad_source(store, dyad, events)
        matching = f"SELECT event_id, date FROM ({source})"
    else:
        where, params = browse_sql(dataclasses.replace(query, events=events))
        matching = f"SELECT event_id, date FROM events WHERE {where}"
    sql = (
        f"SELECT event_id, date, count(*) OVER () FROM ({matching})"
        " ORDER BY date NULLS LAST, event_id LIMIT ? OFFSET ?"
    )
    offset = (query.page - 1) * query.page_size
    rows = store.rows(sql, [*params, query.page_size, offset])
    if rows:
        total = int(rows[0][2])
    else:
        total = int(store.rows(f"SELECT count(*) FROM ({matching})", params)[0][0])
    dates: list[dt.date | None] = [r[1] for r in rows]
    return EventPage(
        items=briefs_by_id(store, [r[0] for r in rows], dates), total=total, page=query.page,
        page_size=query.page_size,
    )
