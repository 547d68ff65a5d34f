"""Where events happen: events per location country and per city-precision place."""

from __future__ import annotations

from dataclasses import dataclass

from detente.analysis.browse import dyad_clause
from detente.analysis.filters import EventFilter, effective
from detente.store import Store

# Points drawn on a map at most: the busiest places; a world map shows no more legibly.
MAX_POINTS = 300


@dataclass(frozen=True, slots=True, kw_only=True)
class CountryCount:
    """Events located in one country (any precision)."""

    country: str
    events: int


@dataclass(frozen=True, slots=True, kw_only=True)
class PlaceCount:
    """Events located at one city-precision place."""

    name: str
    country: str | None
    lat: float
    lon: float
    events: int


@dataclass(frozen=True, slots=True, kw_only=True)
class PlaceCounts:
    """A map's data: countries shaded by events, cities as points, and what has no place."""

    countries: tuple[CountryCount, ...]
    places: tuple[PlaceCount, ...]
    located: int  # events with a location
    unlocated: int  # events without one


def place_counts(
    store: Store, events: EventFilter, *, actor: str | None = None, recipient: str | None = None,
    directed: bool = True,
) -> PlaceCounts:
    """Count the filter's events (optionally one dyad's) per country and per city."""
    where, params = effective(store, events).where()
    if actor and recipient:
        dyad, dyad_params = dyad_clause(actor.upper(), recipient.upper(), directed=directed)
        where, params = f"{where} AND {dyad}", [*params, *dyad_params]
    countries = store.rows(
        f"SELECT location_country, count(*) FROM events WHERE {where}"
        " GROUP BY ALL ORDER BY 2 DESC, 1 NULLS LAST",
        params,
    )
    places = store.rows(
        f"SELECT location_name, location_country, avg(location_lat), avg(location_lon), count(*)"
        f" FROM events WHERE {where} AND location_precision = 'city'"
        " AND location_lat IS NOT NULL AND location_lon IS NOT NULL"
        " GROUP BY location_name, location_country, location_geonames_id"
        " ORDER BY 5 DESC, 1 LIMIT ?",
        [*params, MAX_POINTS],
    )
    located = sum(int(n) for c, n in countries if c is not None)
    unlocated = sum(int(n) for c, n in countries if c is None)
    return PlaceCounts(
        countries=tuple(CountryCount(country=c, events=int(n)) for c, n in countries if c),
        places=tuple(
            PlaceCount(name=name, country=country, lat=float(lat), lon=float(lon), events=int(n))
            for name, country, lat, lon, n in places
        ),
        located=located, unlocated=unlocated,
    )
