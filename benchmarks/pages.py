"""Dashboard page benchmark: how long each page takes the server on a 1,000,000-event store.

    python benchmarks/pages.py [--events 1000000] [--db FILE] [--browser]

Builds the synthetic store of benchmarks/serve.py (in a temporary folder unless --db names one),
then gives events places (country and city) and modalities (10% not asserted, so the default
"asserted only" filter cannot be skipped), opens the app in this process as `detente serve`
would, and times each page: its HTML plus every JSON request its script makes, first with empty
caches (cold: right after start-up, which computes the actor names and the unfiltered
overview) and then again (warm). The target is < 1 s per page, cold. Prints the load average
too: other work on a shared machine stretches the figures. The store is never kept in the
repository. With --browser it also serves the store on a loopback port and opens each page in
headless Chromium (Debian's /usr/bin/chromium, or DETENTE_CHROMIUM) through Playwright, timing
from navigation until the page has drawn what it shows (charts, tables), first visit and again.
"""

from __future__ import annotations

import argparse
import os
import socket
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient
from serve import build_database  # benchmarks/serve.py, beside this script

from detente.store import open_store, sides
from detente.web import create_app

# Each page and the requests its script makes after the HTML (the dyad view: picker, both
# directions, the event table).
PAGES = {
    "overview": ["/"],
    "overview, filtered": ["/?type=CONSULT&quad=1&since=2018-01-01"],
    "map click (a city's events)": ["/api/table?country=CHN&place=City%20CHN&page_size=50"],
    "dyad CHN-PRK": [
        "/dyads/CHN/PRK", "/api/dyads?top=100", "/api/series/CHN/PRK", "/api/series/PRK/CHN",
        "/api/table?actor=CHN&recipient=PRK&directed=true&page=1&page_size=25",
    ],
    "dyad, filter change (type)": [
        "/api/series/CHN/PRK?type=ACCUSE", "/api/series/PRK/CHN?type=ACCUSE",
        "/api/table?actor=CHN&recipient=PRK&directed=true&type=ACCUSE&page=1&page_size=25",
    ],
    "dyad by week, both ways": [
        "/dyads/USA/RUS?by=week&directed=false", "/api/dyads?top=100",
        "/api/series/USA/RUS?by=week&directed=false",
        "/api/table?actor=USA&recipient=RUS&directed=false&page=1&page_size=25",
    ],
    "compare 3 dyads": [
        "/compare?dyads=CHN-PRK,USA-CHN,RUS-UKR", "/api/series/CHN/PRK?by=year",
        "/api/series/USA/CHN?by=year", "/api/series/RUS/UKR?by=year",
    ],
    "search North Korea": ["/search?q=North+Korea"],
    "actor PRK": ["/actors/PRK"],
    "table CSV download (all of a dyad, up to 10,000)": [
        "/api/table?actor=CHN&recipient=PRK&format=csv"
    ],
}

_PLACES_SQL = """
UPDATE events SET
    modality = CASE WHEN hash(event_id) % 100 < 90 THEN 'asserted'
                    WHEN hash(event_id) % 100 < 95 THEN 'negated'
                    WHEN hash(event_id) % 100 < 98 THEN 'future' ELSE 'hypothetical' END,
    location_country = CASE WHEN hash(event_id) % 10 < 9 THEN
        CASE WHEN hash(event_id) % 2 = 0 THEN actor_country ELSE recipient_country END END,
    location_precision = CASE WHEN hash(event_id) % 10 < 6 THEN 'city'
                              WHEN hash(event_id) % 10 < 9 THEN 'country' END
"""
_CITIES_SQL = """
UPDATE events SET
    location_name = CASE WHEN location_precision = 'city' THEN 'City ' || location_country
                         ELSE location_country END,
    location_lat = (hash(location_country) % 120)::DOUBLE - 50,
    location_lon = (hash(location_country || 'x') % 340)::DOUBLE - 170
WHERE location_country IS NOT NULL
"""


def add_places(db: Path) -> None:
    """Give the synthetic events places and some modalities other than 'asserted'."""
    with open_store(db, read_only=False) as store:
        store.con.execute("SET enable_progress_bar = false")
        store.con.execute(_PLACES_SQL)
        store.con.execute(_CITIES_SQL)
        sides.rebuild(store.con)  # the party keys carry modality and place too


def time_pages(db: Path) -> list[tuple[str, float, float]]:
    """(page, cold ms, warm ms) for every page, each cold run on a freshly started app.

    A server warms the actor names and the unfiltered overview as it starts; the first request
    is sent once that is done, as a first visitor would arrive after start-up.
    """
    results = []
    for name, urls in PAGES.items():
        app = create_app(db)
        with TestClient(app) as client:
            started = time.perf_counter()
            app.state.views.warmed.wait()
            print(f"{name}: start-up warming took {time.perf_counter() - started:.1f} s more")
            runs = []
            for _ in range(2):
                started = time.perf_counter()
                for url in urls:
                    response = client.get(url)
                    response.raise_for_status()
                runs.append((time.perf_counter() - started) * 1000)
        results.append((name, runs[0], runs[1]))
    return results


CHROMIUM = os.environ.get("DETENTE_CHROMIUM", "/usr/bin/chromium")
# Each page and what shows it has been drawn (server-drawn pages: their main table or map).
BROWSER_PAGES = {
    "overview": ("/", ("#world path.country.shade-5",)),
    "overview, filtered": ("/?type=ACCUSE&quad=3", ("#busy-dyads tbody tr",)),
    "dyad CHN-PRK (both charts, table)": (
        "/dyads/CHN/PRK",
        ("#chart[data-rendered]", "#chart-reverse[data-rendered]", "#events-table tbody tr"),
    ),
    "dyad USA-RUS by week": (
        "/dyads/USA/RUS?by=week", ("#chart[data-rendered]", "#events-table tbody tr")
    ),
    "compare 3 dyads": (
        "/compare?dyads=CHN-PRK,USA-CHN,RUS-UKR", ("#compare-chart[data-rendered='3']",)
    ),
    "search North Korea": ("/search?q=North+Korea", ("#search-results tbody tr",)),
    "actor PRK": ("/actors/PRK", ("table tbody tr",)),
}


def time_in_browser(db: Path) -> list[tuple[str, float, float]]:
    """(page, first ms, again ms): navigation until drawn, in headless Chromium."""
    import threading

    import uvicorn
    from playwright.sync_api import sync_playwright

    app = create_app(db, allowed_hosts=["127.0.0.1"])
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.1)
    app.state.views.warmed.wait()
    results = []
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True,
                                         args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            page.set_default_timeout(60_000)
            for name, (url, drawn) in BROWSER_PAGES.items():
                runs = []
                for _ in range(2):
                    started = time.perf_counter()
                    page.goto(f"http://127.0.0.1:{port}{url}")
                    for selector in drawn:
                        page.wait_for_selector(selector, state="attached")
                    runs.append((time.perf_counter() - started) * 1000)
                results.append((name, runs[0], runs[1]))
            browser.close()
    finally:
        server.should_exit = True
        thread.join(timeout=30)
    return results


def _print(title: str, results: list[tuple[str, float, float]]) -> None:
    print(f"{title:52} {'cold ms':>9} {'warm ms':>9}")
    for name, cold, warm in results:
        print(f"{name:52} {cold:9.0f} {warm:9.0f}")
    slow = [name for name, cold, _ in results if cold >= 1000]
    print("every page under 1 s cold" if not slow else f"over 1 s cold: {', '.join(slow)}")


def main() -> int:
    """Build (or reuse) the store, time the pages, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, help="reuse (or create) this database file")
    parser.add_argument("--browser", action="store_true", help="also time pages in Chromium")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = args.db or Path(folder) / "pages.duckdb"
        if not db.exists():
            started = time.perf_counter()
            build_database(db, args.events)
            add_places(db)
            print(f"built {args.events:,} events in {time.perf_counter() - started:.1f} s: {db}")
        load = os.getloadavg()
        results = time_pages(db)
        in_browser = time_in_browser(db) if args.browser else []
    print(f"load average before {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}, after "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())} ({os.cpu_count()} cores)")
    _print("server: page and its JSON requests", results)
    if in_browser:
        _print("Chromium: navigation until drawn", in_browser)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
