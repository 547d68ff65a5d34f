"""Server limits: oversized and overflowing requests are refused with a reason, never a 500;
every answer carries the security headers; HEAD is answered; a query cannot run for ever."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from detente.store import open_store
from detente.web import create_app
from detente.web.limits import MAX_PERIODS, AnswerCache, TooLong, time_limit
from detente.web.security import SECURITY_HEADERS

HUGE = "9" * 40  # no integer of the store holds this
CALENDAR = {"since": "0001-01-01", "until": "9999-12-30"}


def _guarded(response) -> bool:
    return all(response.headers.get(name) == value for name, value in SECURITY_HEADERS.items())


@pytest.mark.parametrize("url", ["/api/dyads/USA/USA", "/api/actors/USA", "/api/dyads/ARN/GON"])
def test_too_many_periods_is_a_400_that_says_how_to_narrow(client, url) -> None:
    response = client.get(url, params={"by": "day", **CALENDAR})
    assert response.status_code == 400 and _guarded(response)
    detail = response.json()["detail"]
    assert f"{MAX_PERIODS:,} per answer" in detail
    assert "since and until closer together" in detail and "by=week" in detail


def test_the_last_day_of_the_calendar_is_a_bound_like_any_other(client) -> None:
    for url in ("/api/dyads/ARN/GON", "/api/actors/ARN"):
        for by, since in (("year", "9990-01-01"), ("month", "9999-01-01"), ("week", "9999-06-01"),
                          ("day", "9999-12-01")):
            response = client.get(url, params={"by": by, "since": since, "until": "9999-12-31"})
            assert response.status_code == 200, (url, by)
        periods = response.json().get("periods") or response.json()["timeline"]
        assert len(periods) == 31 and periods[-1]["start"] == "9999-12-31"


@pytest.mark.parametrize("url, params", [
    ("/api/events", {"min_mentions": HUGE}),
    ("/api/events", {"page": HUGE}),
    ("/api/events", {"page_size": HUGE}),
    ("/api/events", {"quad_class": HUGE}),
    ("/api/events", {"since": "99999-01-01"}),
    ("/api/dyads", {"top": HUGE}),
    ("/api/dyads/ARN/GON", {"since": "10000-01-01"}),
    ("/api/dyads/ARN/GON", {"by": "decade"}),
    ("/api/actors/ARN", {"top": HUGE}),
    ("/api/actors/ARN", {"until": "-1"}),
    (f"/api/events/{'e' * 200}", {}),
    (f"/api/articles/{'a' * 600}", {}),
    (f"/api/dyads/{'A' * 30}/GON", {}),
    (f"/actors/{'A' * 30}", {}),
    (f"/dyads/ARN/{'G' * 30}", {}),
    (f"/events/{'e' * 200}", {}),
    (f"/articles/{'a' * 600}", {}),
    ("/articles/world-01", {"mention": "m" * 200}),
])
def test_oversized_and_overflowing_values_are_422s(client, url, params) -> None:
    response = client.get(url, params=params)
    assert response.status_code == 422 and _guarded(response)


def test_the_largest_count_accepted_still_answers(client) -> None:
    response = client.get("/api/events", params={"min_mentions": 2**31 - 1})
    assert response.status_code == 200 and response.json()["total"] == 0


def test_head_is_answered_as_get_without_a_body(client) -> None:
    for url in ("/api/health", "/", "/api/dyads/ARN/GON", "/static/app.css"):
        got, head = client.get(url), client.head(url)
        assert head.status_code == 200 == got.status_code, url
        assert head.content == b"" and _guarded(head)
        assert head.headers["content-type"] == got.headers["content-type"]


def test_an_unexpected_error_is_a_500_with_the_security_headers(world_db, monkeypatch) -> None:
    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr("detente.web.api.page_events", broken)
    with TestClient(create_app(world_db)) as failing:
        response = failing.get("/api/events")
    assert response.status_code == 500 and _guarded(response)
    assert response.json() == {"detail": "internal error"}  # nothing of the bug leaks


def test_refusals_by_the_host_check_carry_the_headers(world_db) -> None:
    with TestClient(create_app(world_db, allowed_hosts=["127.0.0.1"])) as local:
        response = local.get("/api/health", headers={"Host": "evil.example"})
    assert response.status_code == 400 and _guarded(response)


def _slow(store, query):
    store.rows("SELECT sum(i) FROM range(100000000000) t(i)")  # minutes of work


def test_a_request_past_its_time_limit_is_stopped_with_a_503(world_db, monkeypatch) -> None:
    monkeypatch.setattr("detente.web.api.page_events", _slow)
    with TestClient(create_app(world_db, seconds=0.3)) as limited:
        response = limited.get("/api/events")
        assert limited.get("/api/health").status_code == 200  # the server goes on
    assert response.status_code == 503 and _guarded(response)
    assert "longer than 0.3 s" in response.json()["detail"]


def test_the_time_limit_interrupts_only_its_own_query(world_db: Path) -> None:
    with open_store(world_db) as store:
        with pytest.raises(TooLong), time_limit(store, 0.2):
            _slow(store, None)
        with time_limit(store, 5):
            assert store.rows("SELECT count(*) FROM events")[0][0] == 16


def test_a_token_cookie_is_secure_over_tls_only(world_db: Path) -> None:
    app = create_app(world_db, token="s3cret")
    for base, secure in (("https://testserver", True), ("http://testserver", False)):
        with TestClient(app, base_url=base) as browser:
            cookie = browser.get("/", params={"token": "s3cret"}).headers["set-cookie"]
        assert ("; secure" in cookie.lower()) is secure
        assert "httponly" in cookie.lower()


def test_the_answer_cache_keeps_at_most_its_budget_in_bytes() -> None:
    cache = AnswerCache(budget=800)
    made = []

    def make(key: int, size: int = 90):
        def build() -> bytes:
            made.append(key)
            return bytes(size)
        return build

    for key in range(20):
        assert cache.get(key, make(key)) == bytes(90)
    assert cache.size <= 800 and len(cache) == 8
    cache.get(19, make(19))  # kept: not made again
    cache.get(0, make(0))  # dropped long ago: made again
    assert made.count(19) == 1 and made.count(0) == 2
    cache.get("big", make(-1, size=100))  # an eighth of the budget: answered, not kept
    assert "big" not in cache._kept and cache.size <= 800
