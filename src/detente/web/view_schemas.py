"""JSON shapes of the dashboard's overview, map and actor search (dyad shapes: analysis)."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from detente.analysis.overview import Overview
from detente.analysis.places import PlaceCounts
from detente.analysis.search import ActorHit


class Model(BaseModel):
    """Base of every response: built from the library's records by attribute."""

    model_config = ConfigDict(from_attributes=True, frozen=True)


class FilterOut(Model):
    """The filters an answer was computed under."""

    event_type: str | None
    quad_classes: list[int]
    modality: str | None = Field(description="None: any modality")
    since: dt.date | None
    until: dt.date | None


class BusyDyadOut(Model):
    """A busy directed country pair and its events per trend period."""

    actor: str
    recipient: str
    events: int
    mentions: int
    goldstein_mean: float | None
    trend: list[int]


class TypeRowOut(Model):
    """An event type within its QuadClass."""

    quad_class: int | None
    event_type: str
    events: int
    goldstein_mean: float | None


class TurnOut(Model):
    """A tested change (``tested``) or the largest move in mean Goldstein of a busy dyad."""

    actor: str
    recipient: str
    start: dt.date
    previous: dt.date | None
    direction: str
    before: float
    after: float
    tested: bool


class OverviewOut(Model):
    """What the store holds under the filters."""

    filters: FilterOut = Field(validation_alias="events_filter")
    articles: int
    events: int
    mentions: int
    first: dt.date | None
    last: dt.date | None
    trend_by: str
    trend_starts: list[dt.date]
    dyads: list[BusyDyadOut]
    types: list[TypeRowOut]
    turns: list[TurnOut]

    @classmethod
    def of(cls, overview: Overview) -> OverviewOut:
        """From the library's overview."""
        return cls.model_validate(overview)


class CountryCountOut(Model):
    """Events located in a country."""

    country: str
    events: int


class PlaceCountOut(Model):
    """Events located at a city."""

    name: str
    country: str | None
    lat: float
    lon: float
    events: int


class MapOut(Model):
    """Events per country and per city, and how many have no location."""

    countries: list[CountryCountOut]
    places: list[PlaceCountOut]
    located: int
    unlocated: int

    @classmethod
    def of(cls, counts: PlaceCounts) -> MapOut:
        """From the library's counts."""
        return cls.model_validate(counts)


class ActorHitOut(Model):
    """An actor matching a search, the code its events carry, and how many the store holds."""

    name: str
    kind: str
    code: str
    country: str | None
    aliases: list[str]
    detail: str
    matched: str
    events: int

    @classmethod
    def of(cls, hit: ActorHit) -> ActorHitOut:
        """Flatten a hit."""
        a = hit.actor
        return cls(
            name=a.name, kind=a.kind, code=a.code, country=a.country, aliases=list(a.aliases),
            detail=a.detail, matched=hit.matched, events=hit.events,
        )
