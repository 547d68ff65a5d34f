"""A newcomer's first minutes on the demo store, in headless Chromium.

Overview with figures and map, actor search, the CHN→PRK view, filters in the URL and downloads.
Each page is saved as a 1280×800 screenshot in a temporary folder (printed; set
DETENTE_SCREENSHOTS to choose it) for a person to look at; they are never committed.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from browsing import browser_page, playwright_start, serving
from detente.demo import run_demo, store_demo

pytestmark = pytest.mark.model
VIEWPORT = {"width": 1280, "height": 800}


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The store `detente demo` writes from the bundled samples (the real model codes them)."""
    from detente.config import load_settings
    from detente.pipeline import load_pipeline

    pipeline = load_pipeline(load_settings())
    db = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    store_demo(pipeline, run_demo(pipeline), db)
    return db


@pytest.fixture(scope="module")
def server(demo_db: Path) -> Iterator[str]:
    """The real app over the demo store, under uvicorn in a thread."""
    from detente.web import create_app

    with serving(create_app(demo_db, allowed_hosts=["127.0.0.1", "localhost"])) as url:
        yield url


@pytest.fixture(scope="module")
def shots() -> Path:
    """Where the screenshots go: DETENTE_SCREENSHOTS, else a new temporary folder."""
    folder = Path(os.environ.get("DETENTE_SCREENSHOTS") or tempfile.mkdtemp(prefix="detente-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"\nscreenshots in {folder}")
    return folder


@pytest.fixture
def page(server: str, tmp_path: Path):
    """A 1280×800 Chromium page that records script errors; none may happen."""
    with browser_page(
        playwright_start(), tmp_path / "profile", viewport=VIEWPORT, accept_downloads=True
    ) as page:
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        yield page
        assert errors == []


def _api(server: str, path: str, **params) -> httpx.Response:
    response = httpx.get(server + path, params=params)
    response.raise_for_status()
    return response


def test_landing_page_shows_the_store_figures_and_a_map_with_events(
    page, server: str, shots: Path
) -> None:
    overview = _api(server, "/api/overview").json()
    page.goto(server + "/")
    assert page.text_content("#fig-articles") == str(overview["articles"]) == "5"
    assert page.text_content("#fig-events") == str(overview["events"])
    assert page.text_content("#fig-mentions") == str(overview["mentions"])
    shaded = page.locator("#world path.country:not(.shade-0)")
    located = {c["country"] for c in _api(server, "/api/map").json()["countries"]}
    drawn = {shaded.nth(i).get_attribute("data-country") for i in range(shaded.count())}
    small = page.locator("#map-missing button").all_text_contents()  # no outline at 1:110m
    assert drawn | {text.split()[0] for text in small} == located and len(drawn) >= 5
    assert page.locator("#world circle.place[data-place='Beijing']").count() == 1
    first = page.locator("#busy-dyads tbody tr").first
    assert first.locator("a").text_content() == "CHN → PRK"
    assert first.locator("svg.spark polyline").count() == 1
    assert page.locator("#turns li a").count() >= 1
    page.screenshot(path=str(shots / "overview.png"))
    page.locator("#world circle.place[data-place='Beijing']").focus()
    page.keyboard.press("Enter")  # the map takes the keyboard too
    page.wait_for_selector("#place-title:has-text('Beijing')")
    beijing = _api(server, "/api/table", country="CHN", place="Beijing").json()["total"]
    assert page.locator("#place-table tbody tr").count() == min(beijing, 50)
    page.screenshot(path=str(shots / "overview-place.png"), full_page=True)


def test_searching_north_korea_leads_to_prk(page, server: str, shots: Path) -> None:
    page.goto(server + "/")
    page.fill("#search-q", "North Korea")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=North+Korea")
    first = page.locator("#search-results tbody tr").first
    assert first.locator("code").text_content() == "PRK"
    page.screenshot(path=str(shots / "search.png"))
    first.locator("a").first.click()
    page.wait_for_url("**/actors/PRK")
    assert page.text_content("h1") == "PRK"
    page.screenshot(path=str(shots / "actor.png"))


def test_chn_prk_shows_the_goldstein_line_and_the_2016_to_2017_warming(
    page, server: str, shots: Path
) -> None:
    page.goto(server + "/dyads/CHN/PRK")
    page.wait_for_selector("#chart .goldstein-point", state="attached")
    series = _api(server, "/api/series/CHN/PRK").json()
    scored = [p for p in series["periods"] if p["events"] and p["goldstein_mean"] is not None]
    assert page.locator("#chart .goldstein-point").count() == len(scored)
    step = page.locator("#chart .goldstein-step[data-from='2016-09-01'][data-to='2017-03-01']")
    assert step.get_attribute("class") == "goldstein-step warming"
    assert float(step.get_attribute("y2")) < float(step.get_attribute("y1"))  # drawn rising
    words = page.locator("#steps li[data-from='2016-09-01'][data-to='2017-03-01']")
    assert "warming" in words.get_attribute("class")
    page.wait_for_selector("#chart-reverse .bar", state="attached")
    assert page.text_content("#reverse-caption") == "PRK → CHN"
    page.wait_for_selector("#events-table tbody tr")
    page.screenshot(path=str(shots / "dyad.png"))
    page.locator("#events-table tbody tr").first.focus()
    page.keyboard.press("Enter")
    page.wait_for_selector("#evidence-text mark.ev-sentence")
    page.screenshot(path=str(shots / "dyad-evidence.png"), full_page=True)


def test_a_filter_change_updates_the_url_and_the_table(page, server: str) -> None:
    from playwright.sync_api import expect

    page.goto(server + "/dyads/CHN/PRK")
    page.wait_for_selector("#events-table tbody tr")
    before = page.locator("#events-table tbody tr").count()
    page.select_option("#f-type", "CONSULT")
    page.wait_for_url("**/dyads/CHN/PRK?type=CONSULT")
    consult = _api(server, "/api/table", actor="CHN", recipient="PRK", type="CONSULT").json()
    assert 0 < consult["total"] < before
    types = page.locator("#events-table tbody tr td:nth-child(4)")
    expect(types).to_have_text(["CONSULT"] * consult["total"])  # the page's CSP forbids eval
    page.check("input[name='quad'][value='1']")
    page.wait_for_url("**/dyads/CHN/PRK?type=CONSULT&quad=1")
    page.reload()  # a shared link opens the same view
    page.wait_for_selector("#events-table tbody tr")
    assert page.input_value("#f-type") == "CONSULT"
    assert page.is_checked("input[name='quad'][value='1']")
    assert page.locator("#events-table tbody tr").count() == consult["total"]


def test_csv_download_matches_the_api(page, server: str) -> None:
    page.goto(server + "/dyads/CHN/PRK?modality=any")
    page.wait_for_selector("#events-table tbody tr")
    with page.expect_download() as table_download:
        page.click("#table-csv")
    rows = list(csv.DictReader(io.StringIO(Path(table_download.value.path()).read_text())))
    api = _api(server, "/api/table", actor="CHN", recipient="PRK", modality="any",
               page_size=200).json()
    assert [r["event_id"] for r in rows] == [e["event_id"] for e in api["items"]]
    assert [r["event_type"] for r in rows] == [e["event_type"] for e in api["items"]]
    assert any(r["modality"] != "asserted" for r in rows)  # modality=any reached the download
    with page.expect_download() as series_download:
        page.click("#series-csv")
    periods = list(csv.DictReader(io.StringIO(Path(series_download.value.path()).read_text())))
    api_periods = _api(server, "/api/series/CHN/PRK", modality="any").json()["periods"]
    assert [(p["start"], float(p["events"])) for p in periods] == [
        (p["start"], p["events"]) for p in api_periods
    ]
    with page.expect_download() as svg_download:
        page.click("button.save-chart[data-target='chart'][data-format='svg']")
    assert Path(svg_download.value.path()).read_text().startswith("<svg")
    with page.expect_download() as png_download:
        page.click("button.save-chart[data-target='chart'][data-format='png']")
    assert Path(png_download.value.path()).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_other_pages_render_for_the_screenshots(page, server: str, shots: Path) -> None:
    page.goto(server + "/compare?dyads=CHN-PRK,PRK-CHN,USA-PRK")
    page.wait_for_selector("#compare-chart[data-rendered='3']", state="attached")
    assert page.locator("#compare-table tbody tr").count() == 3
    page.screenshot(path=str(shots / "compare.png"))
    page.goto(server + "/dyads")
    page.wait_for_selector("#dyad-select option[value='CHN/PRK']", state="attached")
    page.screenshot(path=str(shots / "dyads.png"))
    event = _api(server, "/api/table", actor="CHN", recipient="PRK").json()["items"][0]
    for name, url in (
        ("event", f"/events/{event['event_id']}"),
        ("article", f"/articles/{event['article_id']}?mention={event['mention_id']}"),
        ("docs", "/docs"),
    ):
        page.goto(server + url)
        page.screenshot(path=str(shots / f"{name}.png"))
    assert len(list(shots.glob("*.png"))) >= 10
