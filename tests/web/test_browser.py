"""The dashboard in headless Chromium: pick a dyad, see the chart, read the highlighted sentence.

Needs Debian's chromium (``apt-get install chromium``) and the playwright package (``pip install
playwright``; its own browser download is never used). In CI (CI=true) a missing browser fails.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("DETENTE_CHROMIUM", "/usr/bin/chromium")
HOW_TO = "install it with `apt-get install chromium` and `pip install playwright`"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def _need(condition: bool, what: str) -> None:
    if condition:
        return
    message = f"{what} is missing: {HOW_TO}"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"browser test cannot run in CI: {message}")
    pytest.skip(message)


@pytest.fixture(scope="module")
def sync_playwright():
    """Playwright's sync API, or a skip (a failure in CI) when it is not installed."""
    try:
        from playwright.sync_api import sync_playwright as start
    except ImportError:
        _need(False, "the playwright package")
    _need(Path(CHROMIUM).exists() or shutil.which(CHROMIUM) is not None, f"Chromium ({CHROMIUM})")
    return start


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(world_db: Path) -> Iterator[str]:
    """The real app under uvicorn on a loopback port, in a thread of this process."""
    import uvicorn

    from detente.web import create_app

    port = _free_port()
    app = create_app(world_db, allowed_hosts=["127.0.0.1", "localhost"])
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uv.started:
        if time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    uv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def page(sync_playwright, server: str, tmp_path: Path):
    """A fresh headless Chromium page (its own profile folder, no network but loopback)."""
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(tmp_path / "profile"), executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS,
        )
        try:
            page = context.new_page()
            page.set_default_timeout(15_000)
            yield page
        finally:
            context.close()


def test_pick_a_dyad_see_the_chart_and_read_the_highlighted_sentence(page, server: str) -> None:
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(server + "/")
    page.wait_for_selector("#dyad-select option[value='ARN/GON']", state="attached")
    page.select_option("#dyad-select", "ARN/GON")
    page.wait_for_selector("#chart[data-rendered='6']", state="attached")
    assert page.locator("#chart rect.q1").count() == 3  # January to March cooperate
    assert page.locator("#chart rect.q3").count() == 3  # April to June quarrel
    assert page.locator("#chart .change-line.cooling").count() == 1
    assert page.url.endswith("/dyads/ARN/GON")
    page.wait_for_selector("#events-table tbody tr")
    page.locator("#events-table tbody tr").first.click()
    mark = page.wait_for_selector("#evidence-text mark.ev-sentence.ev-trigger")
    assert mark.text_content() == "met"
    sentence = "".join(page.locator("#evidence-text mark.ev-sentence").all_text_contents())
    assert sentence == "The king of Arnor met the steward of Gondor in Osgiliath."
    assert errors == []


def test_hostile_article_text_stays_text_in_the_browser(page, server: str) -> None:
    page.goto(server + "/dyads/ARN/GON")
    page.wait_for_selector("#chart[data-rendered='6']", state="attached")
    page.click("#chart .bar[data-start='2021-06-01']")  # the period of the hostile article
    page.wait_for_selector("#events-title:has-text('2021-06-01')")
    page.locator("#events-table tbody tr").last.click()
    page.wait_for_selector("#evidence-text mark.ev-sentence")
    text = page.locator("#evidence-text").text_content() or ""
    assert "<script>window.__pwned = 1</script>" in text
    assert page.locator("#evidence-text img, #evidence-text script").count() == 0
    assert page.evaluate("typeof window.__pwned") == "undefined"
    page.goto(server + "/articles/world-15")
    page.wait_for_selector("#article-text")
    assert page.locator("#article-text img, #article-text script").count() == 0
    assert page.evaluate("typeof window.__pwned") == "undefined"
