"""Dyads and event lists under the dashboard's filters (type, QuadClass, modality, dates, place)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from detente.analysis.changes import EVIDENCE_PERIODS, Change, dyad_analysis, find_changes
from detente.analysis.dyads import (
    Cells,
    DyadQuery,
    DyadSeries,
    Unit,
    all_events,
    build_series,
    next_period,
)
from detente.analysis.evidence import EventPage, briefs_by_id
from detente.analysis.filters import EventFilter, effective
from detente.analysis.keys import KEY_COLUMNS, EventRef, party_clause
from detente.store import Store

# A download lists at most this many events: enough for any one view, bounded for the server.
MAX_DOWNLOAD = 10_000

_CELLS_SQL = """
SELECT date_trunc(?, date)::DATE AS period, quad_class, event_type,
       count(*) AS events,
       sum(num_mentions)::BIGINT AS mentions,
       coalesce(sum(goldstein), 0) AS g_events,
       coalesce(sum(goldstein * num_mentions), 0) AS g_mentions,
       count(goldstein) AS n_events,
       coalesce(sum(CASE WHEN goldstein IS NOT NULL THEN num_mentions END), 0)::BIGINT
           AS n_mentions
FROM events
WHERE date IS NOT NULL AND {dyad} AND {where}
GROUP BY ALL
"""


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
    dyad, dyad_params = dyad_clause(query.actor, query.recipient, directed=query.directed)
    where, params = events.where()
    found = store.columns(
        _CELLS_SQL.format(dyad=dyad, where=where), [query.by.value, *dyad_params, *params]
    )
    period = tuple(found.pop("period").astype("datetime64[D]").tolist())
    cells = Cells(period=period, **{name: tuple(v.tolist()) for name, v in found.items()})
    # Shares are of every stored event in the period, as in the unfiltered series.
    totals = all_events(store, query) if query.normalise else None
    series = build_series(query, cells, totals)
    counted = dataclasses.replace(query, unit=Unit.events, normalise=False)
    changes = find_changes(series if counted == query else build_series(counted, cells))
    return series, _behind(store, counted, events, changes, limit)


def _behind(
    store: Store, query: DyadQuery, events: EventFilter, changes: tuple[Change, ...], limit: int
) -> tuple[Change, ...]:
    dyad, dyad_params = dyad_clause(query.actor, query.recipient, directed=query.directed)
    where, params = events.where()
    sql = (
        f"SELECT {KEY_COLUMNS} FROM events WHERE date >= ? AND date < ? AND {dyad} AND {where}"
        " AND quad_class IN (1, 2, 3, 4) AND (quad_class <= 2) = ?"
        " ORDER BY num_mentions DESC, CASE WHEN ? THEN -goldstein ELSE goldstein END,"
        " date, event_id LIMIT ?"
    )
    found = []
    for change in changes:
        end = change.start
        for _ in range(EVIDENCE_PERIODS):
            end = next_period(end, query.by)
        warming = change.direction == "warming"
        rows = store.rows(
            sql, [change.start, end, *dyad_params, *params, warming, warming, limit]
        )
        found.append(dataclasses.replace(change, events=tuple(EventRef.of(r) for r in rows)))
    return tuple(found)


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
    for column, value in (("location_country", query.country), ("location_name", query.place)):
        if value:
            clauses.append(f"{column} = ?")
            params.append(value)
    return " AND ".join(clauses), params


def browse_events(store: Store, query: BrowseQuery) -> EventPage:
    """One page of the matching events, oldest first, and how many match in all."""
    where, params = browse_sql(dataclasses.replace(query, events=effective(store, query.events)))
    sql = (
        f"SELECT event_id, date, count(*) OVER () FROM events WHERE {where}"
        " ORDER BY date NULLS LAST, event_id LIMIT ? OFFSET ?"
    )
    offset = (query.page - 1) * query.page_size
    rows = store.rows(sql, [*params, query.page_size, offset])
    if rows:
        total = int(rows[0][2])
    else:
        total = int(store.rows(f"SELECT count(*) FROM events WHERE {where}", params)[0][0])
    dates: list[dt.date | None] = [r[1] for r in rows]
    return EventPage(
        items=briefs_by_id(store, [r[0] for r in rows], dates), total=total, page=query.page,
        page_size=query.page_size,
    )
