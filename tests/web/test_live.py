"""The server keeps answering while an ingest publishes batches, and answers from the newest."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from fastapi.testclient import TestClient
from tests.web.conftest import RUN, _document, build_world

from detente.store.live import writing
from detente.store.writer import StoreWriter
from detente.web import create_app

# Longer than the server's check interval and a reload of this small store.
WAIT_SECONDS = 15.0


def publish_more(db: Path, first: int, count: int) -> None:
    """An ingest batch of ``count`` new Arnor→Gondor reports, published as a run does."""
    docs = [
        _document(i, "met", "CONSULT", "040", 1.0, 1, day=dt.date(2021, 8, 1) + dt.timedelta(i))
        for i in range(first, first + count)
    ]
    with writing(db) as (store, publisher):
        writer = StoreWriter(store)
        writer.write_batch(docs, run_id=RUN.run_id)
        publisher.publish(store, force=True)


def wait_for(client: TestClient, events: int) -> list[int]:
    """Poll /api/health until it reports ``events``; every status code seen on the way."""
    statuses = []
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        response = client.get("/api/health")
        statuses.append(response.status_code)
        if response.status_code == 200 and response.json()["events"] == events:
            return statuses
        time.sleep(0.1)
    raise AssertionError(f"the server never showed {events} events: {statuses[-5:]}")


def dyad_total(client: TestClient) -> float:
    response = client.get("/api/dyads/ARN/GON", params={"by": "year"})
    assert response.status_code == 200
    return float(response.json()["total"])


def test_the_server_moves_to_each_published_store_and_never_fails(tmp_path: Path) -> None:
    db = build_world(tmp_path / "live.duckdb")
    with TestClient(create_app(db)) as client:
        assert client.get("/api/health").json()["events"] == 16
        before = dyad_total(client)  # cached by the app: must not outlive the store it came from
        publish_more(db, 100, 3)
        statuses = wait_for(client, 19)
        assert dyad_total(client) == before + 3
        publish_more(db, 200, 2)
        statuses += wait_for(client, 21)
        assert dyad_total(client) == before + 5
    assert set(statuses) == {200}


def test_a_broken_publication_leaves_the_served_store_in_place(tmp_path: Path) -> None:
    db = build_world(tmp_path / "kept.duckdb")
    with TestClient(create_app(db)) as client:
        replacement = tmp_path / "junk"
        replacement.write_bytes(b"not a database" * 1000)
        replacement.replace(db)
        time.sleep(0.6)  # past the check interval
        for _ in range(20):
            response = client.get("/api/health")
            assert response.status_code == 200 and response.json()["events"] == 16
            time.sleep(0.05)


def test_the_dashboard_moves_to_the_published_store_too(tmp_path: Path) -> None:
    db = build_world(tmp_path / "views.duckdb")
    with TestClient(create_app(db)) as client:
        series = client.get("/api/series/ARN/GON", params={"by": "year"}).json()["total"]
        overview = client.get("/api/overview").json()["events"]
        publish_more(db, 100, 3)
        wait_for(client, 19)
        assert client.get("/api/series/ARN/GON", params={"by": "year"}).json()["total"] == (
            series + 3
        )
        assert client.get("/api/overview").json()["events"] == overview + 3
