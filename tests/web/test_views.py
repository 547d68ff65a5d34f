"""The dashboard's views: filters (asserted by default), overview, places, search and downloads."""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from detente.analysis.browse import BrowseQuery, browse_events, filtered_dyad
from detente.analysis.changes import dyad_analysis
from detente.analysis.dyads import DyadQuery, Interval
from detente.analysis.filters import EventFilter
from detente.analysis.overview import store_overview
from detente.analysis.places import place_counts
from detente.analysis.search import actor_names, related_actors, search_actors
from detente.lexicons.actors import load_actor_lexicon
from detente.store import open_store, sides
from detente.web import create_app
from detente.web.worldmap import world_map

from event_rows import Row, conflict, coop, write_rows

D = dt.date
# Arnor and Gondor get on for four months, then quarrel for four (a cooling change in May);
# two of the quarrels are only denied (negated), and Rohan once talks to Arnor in Edoras.
ROWS: list[Row] = [
    *(coop(D(2021, m, d)) for m in (1, 2, 3, 4) for d in (3, 10, 17)),
    *(conflict(D(2021, m, d)) for m in (5, 6, 7, 8) for d in (3, 10, 17)),
    conflict(D(2021, 8, 20)), conflict(D(2021, 8, 21)),
    coop(D(2021, 3, 1), actor="ROHGOV", recipient="ARNGOV"),
]
NEGATED = ("e24", "e25")
PLACES = """
UPDATE events SET location_name = 'Minas Tirith', location_country = 'GON', location_lat = 45.0,
    location_lon = 10.0, location_precision = 'city' WHERE event_id IN ('e0', 'e1', 'e12');
UPDATE events SET location_name = 'Gondor', location_country = 'GON',
    location_precision = 'country', location_lat = 44.0, location_lon = 11.0 WHERE event_id = 'e2';
UPDATE events SET location_name = 'Edoras', location_country = 'ROH', location_lat = 47.0,
    location_lon = 5.0, location_precision = 'city' WHERE event_id = 'e26';
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The rows above, two quarrels negated and four events placed."""
    path = write_rows(tmp_path_factory.mktemp("views") / "views.duckdb", ROWS, keys=False)
    with open_store(path, read_only=False) as store:
        store.con.execute("UPDATE events SET modality = 'negated' WHERE event_id IN ?",
                          [list(NEGATED)])
        store.con.execute(PLACES)
        sides.rebuild(store.con)  # the party keys carry modality and place too
    return path


@pytest.fixture(scope="module")
def store(db: Path) -> Iterator:
    """The store, read-only."""
    with open_store(db, read_only=True) as opened:
        yield opened


@pytest.fixture(scope="module")
def api(db: Path) -> Iterator[TestClient]:
    """The app over the store."""
    with TestClient(create_app(db)) as client:
        yield client


ARN_GON = DyadQuery(actor="ARN", recipient="GON", by=Interval.month)


def test_dyads_count_asserted_events_by_default_and_every_event_on_request(store) -> None:
    asserted, _ = filtered_dyad(store, ARN_GON, EventFilter())
    everything, _ = filtered_dyad(store, ARN_GON, EventFilter(modality=None))
    assert asserted.total == 24 and everything.total == 26
    unfiltered, _ = dyad_analysis(store, ARN_GON)  # the existing answer is left as it was
    assert unfiltered.total == 26


def test_the_filtered_path_gives_the_same_series_and_changes_as_the_key_path(store) -> None:
    # Every QuadClass named forces the SQL path; no filter at all takes the key path.
    by_sql = filtered_dyad(store, ARN_GON, EventFilter(modality=None, quad_classes=(1, 2, 3, 4)))
    by_keys = filtered_dyad(store, ARN_GON, EventFilter(modality=None))
    assert by_sql == by_keys
    assert [(c.start, c.direction) for c in by_sql[1]] == [(D(2021, 5, 1), "cooling")]
    assert by_sql[1][0].events  # the events behind the change


def test_type_quad_and_date_filters_narrow_the_series(store) -> None:
    accuse = filtered_dyad(store, ARN_GON, EventFilter(event_type="accuse"))[0]
    assert accuse.total == 12 and accuse.types == ("ACCUSE",)
    coop_only = filtered_dyad(store, ARN_GON, EventFilter(quad_classes=(1, 2)))[0]
    assert coop_only.total == 12
    spring = EventFilter(since=D(2021, 3, 1), until=D(2021, 5, 31))
    series = filtered_dyad(store, ARN_GON, spring)[0]
    assert [p.start for p in series.periods] == [D(2021, 3, 1), D(2021, 4, 1), D(2021, 5, 1)]
    with pytest.raises(ValueError, match="QuadClass"):
        EventFilter(quad_classes=(5,))


def test_event_lists_filter_by_dyad_modality_and_place(store) -> None:
    negated = browse_events(store, BrowseQuery(
        events=EventFilter(modality="negated"), actor="ARN", recipient="GON"))
    assert [e.event_id for e in negated.items] == list(NEGATED)
    city = browse_events(store, BrowseQuery(country="GON", place="Minas Tirith"))
    assert {e.event_id for e in city.items} == {"e0", "e1", "e12"} and city.total == 3


def test_places_shade_countries_and_point_at_cities(store) -> None:
    counts = place_counts(store, EventFilter())
    assert {c.country: c.events for c in counts.countries} == {"GON": 4, "ROH": 1}
    assert [(p.name, p.events) for p in counts.places] == [("Minas Tirith", 3), ("Edoras", 1)]
    assert (counts.located, counts.unlocated) == (5, 20)  # 25 asserted events
    cooperation = place_counts(store, EventFilter(quad_classes=(1,)), actor="ARN",
                               recipient="GON")
    assert {c.country: c.events for c in cooperation.countries} == {"GON": 3}


def test_overview_counts_trends_and_turns(store) -> None:
    overview = store_overview(store, EventFilter())
    assert (overview.events, overview.mentions) == (25, 25)
    assert (overview.first, overview.last) == (D(2021, 1, 3), D(2021, 8, 17))
    busiest = overview.dyads[0]
    assert (busiest.actor, busiest.recipient, busiest.events) == ("ARN", "GON", 24)
    assert sum(busiest.trend) == 24 and overview.trend_by is Interval.month
    assert [(t.actor, t.recipient, t.start, t.direction, t.tested) for t in overview.turns] == [
        ("ARN", "GON", D(2021, 5, 1), "cooling", True)
    ]
    types = {(t.quad_class, t.event_type): t.events for t in overview.types}
    assert types == {(1, "CONSULT"): 13, (3, "ACCUSE"): 12}


def test_actor_search_finds_names_aliases_and_codes() -> None:
    names = actor_names(load_actor_lexicon())
    assert search_actors(names, "North Korea")[0].actor.code == "PRK"
    assert search_actors(names, "dprk")[0].actor.code == "PRK"  # an alias, in any case
    assert search_actors(names, "PRK")[0].actor.name == "North Korea"  # a code
    kim = search_actors(names, "Kim Jong Un")[0].actor
    assert (kim.kind, kim.code) == ("person", "PRKGOV")
    assert search_actors(names, "zzzz") == ()
    assert "Kim Jong Un" in {a.name for a in related_actors(names, "PRK")}


def test_the_world_outline_has_countries_and_places_fall_inside_it() -> None:
    world = world_map()
    codes = {s.code for s in world.shapes}
    assert {"CHN", "PRK", "USA", "XKX"} <= codes and "ATA" not in codes
    x, y = world.point(39.9, 116.4)  # Beijing: east of centre, north of the equator
    assert world.width / 2 < x < world.width and 0 < y < world.point(0, 116.4)[1]
    for shape in world.shapes:  # no edge crosses the map: rings over the date line are unwrapped
        for ring in shape.path.strip("MZ").split("ZM"):
            xs = [float(point.split(",")[0]) for point in ring.split("L")]
            assert max(abs(a - b) for a, b in itertools.pairwise(xs)) < world.width / 3


def _csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_downloads_hold_what_the_json_answers_hold(api) -> None:
    params = {"actor": "ARN", "recipient": "GON", "modality": "any", "page_size": 200}
    items = api.get("/api/table", params=params).json()["items"]
    rows = _csv(api.get("/api/table", params={**params, "format": "csv"}).text)
    assert [r["event_id"] for r in rows] == [e["event_id"] for e in items] and len(rows) == 26
    assert api.get("/api/table", params={**params, "format": "csv"}).headers[
        "content-disposition"] == 'attachment; filename="events.csv"'
    periods = api.get("/api/series/ARN/GON").json()["periods"]
    series = _csv(api.get("/api/series/ARN/GON", params={"format": "csv"}).text)
    assert [(r["start"], float(r["events"]), float(r["ACCUSE"])) for r in series] == [
        (p["start"], p["events"], p["types"].get("ACCUSE", 0.0)) for p in periods
    ]
    dyads = _csv(api.get("/api/overview", params={"format": "csv"}).text)
    assert (dyads[0]["actor"], dyads[0]["events"], dyads[0]["2021-05-01"]) == ("ARN", "24", "3")
    cities = _csv(api.get("/api/map", params={"format": "csv", "table": "places"}).text)
    assert [c["name"] for c in cities] == ["Minas Tirith", "Edoras"]


def test_bad_filters_are_refused(api) -> None:
    assert api.get("/api/table", params={"modality": "rumoured"}).status_code == 422
    assert api.get("/api/series/ARN/GON", params={"quad": 5}).status_code == 422
    assert api.get("/api/overview", params={"type": "<script>"}).status_code == 422
    assert api.get("/api/search", params={"q": ""}).status_code == 422


def test_a_hostile_search_stays_text(api) -> None:
    html = api.get("/search", params={"q": '<script>alert("x")</script>'}).text
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html


FILTERS = (
    EventFilter(), EventFilter(modality=None), EventFilter(modality="negated"),
    EventFilter(event_type="ACCUSE", since=D(2021, 6, 1)), EventFilter(quad_classes=(1, 2)),
)


def test_the_party_keys_give_the_same_filtered_answers_as_the_events_table(store) -> None:
    from detente.analysis.keys import key_index, without_keys

    assert key_index(store) is not None
    plain = without_keys(store)
    for events in FILTERS:
        for query in (ARN_GON, DyadQuery(actor="GON", recipient="ARN", directed=False)):
            assert filtered_dyad(store, query, events) == filtered_dyad(plain, query, events)
        browse = BrowseQuery(events=events, actor="ARN", recipient="GON", page_size=100)
        assert browse_events(store, browse) == browse_events(plain, browse)


def test_several_dyads_in_one_query_match_one_at_a_time(store) -> None:
    from detente.analysis.browse import filtered_many, filtered_series

    queries = [ARN_GON, DyadQuery(actor="ROH", recipient="ARN"), DyadQuery(actor="GON",
                                                                            recipient="ARN")]
    for events in FILTERS:
        expected = [filtered_series(store, q, events) for q in queries]
        assert filtered_many(store, queries, events) == expected


def test_csv_cells_never_start_a_spreadsheet_formula() -> None:
    from detente.web.explore import csv_response

    rows = [{"name": '=HYPERLINK("http://evil.example")', "goldstein": -2.0, "place": None}]
    body = csv_response(rows, ["name", "goldstein", "place"], "x").body.decode()
    assert body.splitlines()[1] == '"\'=HYPERLINK(""http://evil.example"")",-2.0,'


def test_events_set_aside_as_irrelevant_are_not_counted(tmp_path: Path) -> None:
    path = write_rows(tmp_path / "relevance.duckdb", [coop(D(2021, 1, d)) for d in (4, 5, 6)],
                      keys=False)
    with open_store(path, read_only=False) as writable:
        writable.con.execute("UPDATE events SET relevant = false WHERE event_id = 'e2'")
        sides.rebuild(writable.con)
    with open_store(path, read_only=True) as kept:
        assert store_overview(kept, EventFilter()).events == 2
        assert browse_events(kept, BrowseQuery()).total == 2
        assert filtered_dyad(kept, ARN_GON, EventFilter(event_type="CONSULT"))[0].total == 2
