"""The JSON API over the made-up world: dyads, actors, events, evidence, paging and errors."""

from __future__ import annotations

from detente.analysis.evidence import MAX_PAGE_SIZE


def test_health_names_the_database_and_says_it_is_read_only(client) -> None:
    body = client.get("/api/health").json()
    assert body["status"] == "ok"
    assert body["database"] == "world.duckdb"
    assert body["read_only"] is True
    assert (body["events"], body["articles"]) == (16, 16)


def test_dyads_lists_the_directed_pairs_with_their_counts(client) -> None:
    assert client.get("/api/dyads").json() == [
        {"actor": "ARN", "recipient": "GON", "events": 16, "mentions": 16}
    ]


def test_dyad_series_counts_each_month_and_flags_the_april_cooling(client) -> None:
    body = client.get("/api/dyads/ARN/GON", params={"by": "month"}).json()
    months = [(p["start"], p["cooperation"], p["conflict"]) for p in body["periods"]]
    assert months == [
        ("2021-01-01", 3, 0), ("2021-02-01", 2, 0), ("2021-03-01", 3, 0),
        ("2021-04-01", 0, 3), ("2021-05-01", 0, 3), ("2021-06-01", 0, 2),
    ]
    assert body["types"] == ["ACCUSE", "CONSULT", "SUPPORT", "THREATEN"]
    [change] = body["changes"]
    assert (change["start"], change["direction"], change["before"], change["after"]) == (
        "2021-04-01", "cooling", 1.0, 0.0,
    )
    assert change["events"] and all(e["quad_class"] in (3, 4) for e in change["events"])


def test_the_reverse_direction_is_empty_unless_undirected(client) -> None:
    assert client.get("/api/dyads/GON/ARN").json()["total"] == 0
    assert client.get("/api/dyads/GON/ARN", params={"directed": False}).json()["total"] == 16


def test_normalised_series_are_shares_of_all_events(client) -> None:
    body = client.get("/api/dyads/ARN/GON", params={"normalise": True, "by": "year"}).json()
    [year] = body["periods"]
    assert year["events"] == 1.0 and year["all_events"] == 16


def test_actor_summary_names_partners_and_types(client) -> None:
    body = client.get("/api/actors/GON").json()
    assert body["events"] == 16
    assert body["partners"][0] | {"goldstein_mean": None} == {
        "country": "ARN", "as_actor": 0, "as_recipient": 16, "cooperation": 8, "conflict": 8,
        "goldstein_mean": None,
    }
    assert {t["event_type"] for t in body["types"]} == {"ACCUSE", "CONSULT", "SUPPORT", "THREATEN"}


def test_events_are_paged_oldest_first(client) -> None:
    first = client.get("/api/events", params={"actor": "ARN", "page_size": 5}).json()
    last = client.get("/api/events", params={"actor": "ARN", "page_size": 5, "page": 4}).json()
    assert first["total"] == 16 and len(first["items"]) == 5 and len(last["items"]) == 1
    dates = [e["date"] for e in first["items"]]
    assert dates == sorted(dates) and dates[0] == "2021-01-05"


def test_events_filter_by_dyad_period_and_quadclass(client) -> None:
    params = {"actor": "ARN", "recipient": "GON", "since": "2021-04-01", "until": "2021-04-30"}
    april = client.get("/api/events", params=params).json()
    assert [e["event_type"] for e in april["items"]] == ["ACCUSE", "THREATEN", "ACCUSE"]
    conflict = client.get("/api/events", params={"quad_class": 3}).json()
    assert conflict["total"] == 8


def test_page_size_is_capped(client) -> None:
    assert client.get("/api/events", params={"page_size": MAX_PAGE_SIZE}).status_code == 200
    assert client.get("/api/events", params={"page_size": MAX_PAGE_SIZE + 1}).status_code == 422


def test_codes_that_are_not_codes_are_refused(client) -> None:
    assert client.get("/api/dyads/ARN'--/GON").status_code == 422
    assert client.get("/api/events", params={"actor": "ARN' OR 1=1"}).status_code == 422


def test_an_event_comes_with_the_sentences_that_report_it(client) -> None:
    event = client.get("/api/events", params={"page_size": 1}).json()["items"][0]
    body = client.get(f"/api/events/{event['event_id']}").json()
    [mention] = body["mentions"]
    assert mention["sentence"] == "The king of Arnor met the steward of Gondor in Osgiliath."
    assert mention["trigger_text"] == "met"


def test_article_pieces_mark_the_sentence_trigger_and_parties(client) -> None:
    event = client.get("/api/events", params={"page_size": 1}).json()["items"][0]
    body = client.get(
        f"/api/articles/{event['article_id']}", params={"mention": event["mention_id"]}
    ).json()
    assert "".join(p["text"] for p in body["pieces"]) == body["text"]
    marked = {p["text"]: p["marks"] for p in body["pieces"] if p["marks"]}
    assert marked["met"] == ["sentence", "trigger"]
    assert marked["The king of Arnor"] == ["sentence", "actor"]
    assert marked["the steward of Gondor"] == ["sentence", "recipient"]
    assert body["focus"] == event["mention_id"]


def test_missing_things_are_404(client) -> None:
    assert client.get("/api/events/nope").status_code == 404
    assert client.get("/api/articles/nope").status_code == 404
    assert client.get("/events/nope").status_code == 404


def test_openapi_schema_describes_the_routes(client) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/health", "/api/dyads", "/api/dyads/{actor}/{recipient}",
                 "/api/actors/{code}", "/api/events", "/api/events/{event_id}",
                 "/api/articles/{article_id}"):
        assert path in paths
