"""JSON routes of the dashboard's views: overview, map, actor search, filtered dyads and tables.

Each answers in CSV too (``format=csv``): the same rows a table or series shows, for download.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Annotated, Any

from fastapi import APIRouter, Query, Response

from detente.analysis.actors import ActorQuery
from detente.analysis.browse import MAX_DOWNLOAD, BrowseQuery, browse_events
from detente.analysis.dyads import DyadQuery, Interval, Unit
from detente.analysis.evidence import MAX_PAGE_SIZE
from detente.analysis.schemas import (
    ActorOut,
    ActorPeriodOut,
    DyadOut,
    DyadPeriodOut,
    EventOut,
    EventPageOut,
    PartnerOut,
    TypeCountOut,
)
from detente.web.deps import (
    CODE,
    AnswersDep,
    By,
    Code,
    CountUnit,
    FilterDep,
    StoreDep,
    ViewsDep,
)
from detente.web.limits import check_periods
from detente.web.view_schemas import (
    ActorHitOut,
    CountryCountOut,
    MapOut,
    OverviewOut,
    PlaceCountOut,
)

router = APIRouter(prefix="/api", tags=["dashboard"])


class Format(StrEnum):
    """How an answer is written."""

    json = "json"
    csv = "csv"


class OverviewTable(StrEnum):
    """The overview's tables, one per CSV download."""

    dyads = "dyads"
    types = "types"
    turns = "turns"


class ActorTable(StrEnum):
    """An actor page's tables, one per CSV download."""

    partners = "partners"
    types = "types"
    timeline = "timeline"


class MapTable(StrEnum):
    """The map's tables, one per CSV download."""

    countries = "countries"
    places = "places"


FormatQ = Annotated[Format, Query(description="json, or csv for download")]
Country = Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$", description="location country")]


def csv_response(rows: Iterable[Mapping[str, Any]], columns: list[str], name: str) -> Response:
    """Rows as a CSV attachment (a header row, then one line per row)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(v) for k, v in row.items()})
    return Response(
        buffer.getvalue(), media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}.csv"'},
    )


# A spreadsheet runs a cell that starts with one of these as a formula: stored text (an actor's
# name, a place) gets a leading apostrophe, as spreadsheets themselves write literal text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _columns(model: type) -> list[str]:
    return list(model.model_fields)  # type: ignore[attr-defined]


@router.get("/overview", response_model=OverviewOut)
def overview(
    views: ViewsDep, events: FilterDep, format: FormatQ = Format.json,
    table: OverviewTable = OverviewTable.dyads,
) -> Any:
    """Counts, busiest dyads with trends, event types by QuadClass, and the latest turns."""
    out = OverviewOut.of(views.overview(events))
    if format is Format.json:
        return out
    rows = [r.model_dump() for r in getattr(out, table.value)]
    if table is OverviewTable.dyads:
        starts = [s.isoformat() for s in out.trend_starts]
        for row in rows:
            row.update(zip(starts, row.pop("trend"), strict=True))
        columns = ["actor", "recipient", "events", "mentions", "goldstein_mean", *starts]
    else:
        columns = list(rows[0]) if rows else ["empty"]
    return csv_response(rows, columns, f"overview-{table.value}")


@router.get("/map", response_model=MapOut)
def world_map(
    views: ViewsDep, events: FilterDep,
    actor: Annotated[str | None, Query(pattern=CODE)] = None,
    recipient: Annotated[str | None, Query(pattern=CODE)] = None,
    directed: bool = True, format: FormatQ = Format.json, table: MapTable = MapTable.countries,
) -> Any:
    """Events per location country and per city-precision place, under the filters."""
    out = MapOut.of(views.places(events, actor, recipient, directed))
    if format is Format.json:
        return out
    rows = [r.model_dump() for r in getattr(out, table.value)]
    columns = _columns(CountryCountOut if table is MapTable.countries else PlaceCountOut)
    return csv_response(rows, columns, f"map-{table.value}")


@router.get("/search", response_model=list[ActorHitOut])
def search(
    views: ViewsDep, q: Annotated[str, Query(min_length=1, max_length=100)],
    format: FormatQ = Format.json,
) -> Any:
    """Actors whose name, alias or code matches, with the code their events carry."""
    hits = [ActorHitOut.of(h) for h in views.search(q)]
    if format is Format.json:
        return hits
    return csv_response((h.model_dump() for h in hits), _columns(ActorHitOut), "actors")


@router.get("/actors/{code}/csv")
def actor_csv(answers: AnswersDep, code: Code, table: ActorTable = ActorTable.partners) -> Any:
    """One table of an actor's page (partners, types or timeline) as CSV."""
    out = ActorOut.model_validate_json(answers.actor(ActorQuery(code=code)))
    rows = [r.model_dump() for r in getattr(out, table.value)]
    model = {
        ActorTable.partners: PartnerOut, ActorTable.types: TypeCountOut,
        ActorTable.timeline: ActorPeriodOut,
    }[table]
    return csv_response(rows, _columns(model), f"actor-{out.code}-{table.value}")


@router.get("/series/{actor}/{recipient}", response_model=DyadOut)
def series(
    store: StoreDep, views: ViewsDep, events: FilterDep, actor: Code, recipient: Code,
    by: By = Interval.month, directed: bool = True, unit: CountUnit = Unit.events,
    normalise: bool = False, format: FormatQ = Format.json,
) -> Response:
    """A dyad's series and changes counting only the filtered events (asserted by default)."""
    query = DyadQuery(
        actor=actor, recipient=recipient, by=by, directed=directed, unit=unit, normalise=normalise
    )
    check_periods(store, events.since, events.until, by)
    body = views.series(query, events)
    if format is Format.json:
        return Response(body, media_type="application/json")
    data = json.loads(body)
    rows = []
    for period in data["periods"]:
        types = period.pop("types")
        rows.append({**period, **{t: types.get(t, 0) for t in data["types"]}})
    columns = [c for c in _columns(DyadPeriodOut) if c != "types"] + data["types"]
    return csv_response(rows, columns, f"series-{query.actor}-{query.recipient}")


@router.get("/table", response_model=EventPageOut)
def table(
    store: StoreDep, events: FilterDep,
    actor: Annotated[str | None, Query(pattern=CODE)] = None,
    recipient: Annotated[str | None, Query(pattern=CODE)] = None,
    directed: bool = True, country: Country = None,
    place: Annotated[str | None, Query(max_length=200)] = None,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
    page_size: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = 50,
    format: FormatQ = Format.json,
) -> Any:
    """Events under the filters (of a dyad, an actor or a place), oldest first, a page at a time.

    As CSV, every matching event up to the download limit, whatever the page.
    """
    csv_wanted = format is Format.csv
    query = BrowseQuery(
        events=events, actor=actor, recipient=recipient, directed=directed,
        country=country.upper() if country else None, place=place,
        page=1 if csv_wanted else page, page_size=MAX_DOWNLOAD if csv_wanted else page_size,
    )
    found = browse_events(store, query)
    if not csv_wanted:
        return EventPageOut.of(found)
    # Straight from the records: validating ten thousand models would cost more than the query.
    columns = _columns(EventOut)
    rows = ({c: getattr(e, c) for c in columns} for e in found.items)
    return csv_response(rows, columns, "events")
