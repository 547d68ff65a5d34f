"""Security: hostile article text renders inert, tokens guard the server, binds and hosts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from detente.store.database import StoreError
from detente.web import ServeError, check_bind, create_app, serve
from detente.web.server import DB_ENV, HOSTS_ENV, THREADS_ENV, TOKEN_ENV, app_from_env


def _hostile_article(client) -> dict:
    events = client.get("/api/events", params={"page_size": 50}).json()["items"]
    return next(e for e in events if e["article_id"] == "world-15")


def test_article_markup_is_escaped_on_the_article_page(client) -> None:
    event = _hostile_article(client)
    html = client.get(f"/articles/{event['article_id']}").text
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in html
    assert "<script>window" not in html
    assert "<img src=x" not in html
    assert 'onerror="' not in html  # the attribute's quotes are escaped too
    assert "onerror=&#34;window.__pwned = 1&#34;" in html


def test_pages_run_no_inline_script_and_say_so_in_their_policy(client) -> None:
    event = _hostile_article(client)
    for url in ("/", "/dyads/ARN/GON", f"/events/{event['event_id']}",
                f"/articles/{event['article_id']}", "/actors/ARN", "/docs", "/compare",
                "/search?q=Arnor", "/?type=ACCUSE"):
        response = client.get(url)
        assert response.status_code == 200, url
        policy = response.headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy
        scripts = re.findall(r"<script([^>]*)>", response.text)
        assert all(re.fullmatch(r' src="/static/[a-z]+\.js"', s) for s in scripts), url
        assert response.headers["x-content-type-options"] == "nosniff"


def test_no_asset_comes_from_another_site(client) -> None:
    html = client.get("/").text + client.get("/docs").text
    assert not re.search(r'(src|href)="(https?:)?//', html)


def test_the_store_is_opened_read_only(client) -> None:
    store = client.app.state.store
    assert store.read_only
    with pytest.raises(Exception, match="read-only"):
        store.con.execute("DELETE FROM events")


def test_a_token_guards_every_route(world_db: Path) -> None:
    with TestClient(create_app(world_db, token="s3cret")) as guarded:
        assert guarded.get("/api/health").status_code == 401
        assert guarded.get("/").status_code == 401
        wrong = {"Authorization": "Bearer wrong"}
        assert guarded.get("/api/health", headers=wrong).status_code == 401
        ok = guarded.get("/api/health", headers={"Authorization": "Bearer s3cret"})
        assert ok.status_code == 200
        page = guarded.get("/", params={"token": "s3cret"})
        assert page.status_code == 200 and "detente_token" in page.headers["set-cookie"]
        assert guarded.get("/api/dyads").status_code == 200  # the cookie carries on


def test_binding_beyond_this_machine_needs_a_token() -> None:
    check_bind("127.0.0.1", None)
    check_bind("::1", None)
    check_bind("localhost", None)
    with pytest.raises(ServeError, match="--token"):
        check_bind("0.0.0.0", None)
    with pytest.raises(ServeError):
        check_bind("192.0.2.7", None)
    check_bind("0.0.0.0", "s3cret")


def test_foreign_host_names_are_refused_on_a_local_server(world_db: Path) -> None:
    app = create_app(world_db, allowed_hosts=["127.0.0.1", "localhost"])
    with TestClient(app, base_url="http://127.0.0.1") as local:
        assert local.get("/api/health").status_code == 200
        assert local.get("/api/health", headers={"Host": "rebind.example"}).status_code == 400


def test_a_worker_process_app_takes_its_guards_from_the_environment(world_db, monkeypatch) -> None:
    # `serve --workers N` hands database, token and host names to each worker this way.
    monkeypatch.setenv(DB_ENV, str(world_db))
    monkeypatch.setenv(TOKEN_ENV, "s3cret")
    monkeypatch.setenv(HOSTS_ENV, "127.0.0.1,localhost")
    monkeypatch.setenv(THREADS_ENV, "1")
    ok = {"Authorization": "Bearer s3cret"}
    with TestClient(app_from_env(), base_url="http://127.0.0.1") as worker:
        assert worker.get("/api/health").status_code == 401
        assert worker.get("/api/health", headers=ok).json()["read_only"] is True
        foreign = worker.get("/api/health", headers={**ok, "Host": "rebind.example"})
        assert foreign.status_code == 400
        with pytest.raises(Exception, match="read-only"):
            worker.app.state.store.con.execute("DELETE FROM events")


def test_serve_refuses_no_workers_and_a_missing_database_before_starting(tmp_path) -> None:
    with pytest.raises(ServeError, match="--workers"):
        serve(tmp_path / "none.duckdb", workers=0)
    with pytest.raises(StoreError, match="no such database"):
        serve(tmp_path / "none.duckdb", workers=2)
