"""HTML pages: each one names a JSON twin that answers, and shows what its twin holds."""

from __future__ import annotations

import re


def _twin(html: str) -> str:
    match = re.search(r'<link rel="alternate" type="application/json" href="([^"]+)">', html)
    assert match, "page without a JSON twin"
    return match.group(1).replace("&amp;", "&")


def test_every_page_has_a_json_twin_that_answers(client) -> None:
    event = client.get("/api/events", params={"page_size": 1}).json()["items"][0]
    pages = {
        "/": "/api/overview",
        "/?type=ACCUSE&quad=3": "/api/overview?type=ACCUSE&quad=3",
        "/dyads/ARN/GON": "/api/series/ARN/GON",
        "/dyads/ARN/GON?modality=any": "/api/series/ARN/GON?modality=any",
        "/compare?dyads=ARN-GON,GON-ARN": "/api/series/ARN/GON",
        "/search?q=Arnor": "/api/search?q=Arnor",
        "/actors/arn": "/api/actors/ARN",
        f"/events/{event['event_id']}": f"/api/events/{event['event_id']}",
        f"/articles/{event['article_id']}?mention={event['mention_id']}":
            f"/api/articles/{event['article_id']}?mention={event['mention_id']}",
        "/docs": "/openapi.json",
    }
    for page, twin in pages.items():
        html = client.get(page).text
        assert _twin(html) == twin, page
        response = client.get(twin)
        assert response.status_code == 200 and response.headers["content-type"].startswith(
            "application/json"
        ), twin


def test_article_page_highlights_the_chosen_sentence(client) -> None:
    event = client.get("/api/events", params={"page_size": 1}).json()["items"][0]
    url = f"/articles/{event['article_id']}"
    html = client.get(url, params={"mention": event["mention_id"]}).text
    assert '<span class="ev-sentence ev-trigger ">met</span>' in html
    assert '<span class="ev-sentence ev-actor ">The king of Arnor</span>' in html


def test_dashboard_ships_its_own_chart_and_script(client) -> None:
    html = client.get("/dyads/ARN/GON").text
    assert 'data-actor="ARN"' in html and 'id="chart"' in html
    for asset in ("/static/chart.js", "/static/dashboard.js", "/static/app.css"):
        assert client.get(asset).status_code == 200


def test_docs_page_lists_the_api(client) -> None:
    html = client.get("/docs").text
    assert "GET /api/dyads/{actor}/{recipient}" in html
    assert "page_size" in html


def test_event_page_says_how_the_event_was_coded(client) -> None:
    event = client.get("/api/events", params={"page_size": 1}).json()["items"][0]
    html = client.get(f"/events/{event['event_id']}").text
    assert "How it was coded" in html
    for stage in ("trigger", "actor", "modality", "date", "place"):
        assert f"<td>{stage}</td>" in html, stage
