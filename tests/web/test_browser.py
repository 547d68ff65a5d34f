"""The dashboard in headless Chromium: pick a dyad, see the chart, read the highlighted sentence.

Needs Debian's chromium (``apt-get install chromium``) and the playwright package (``pip install
playwright``; its own browser download is never used). In CI (CI=true) a missing browser fails.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from browsing import browser_page, playwright_start, serving


@pytest.fixture(scope="module")
def sync_playwright():
    """Playwright's sync API, or a skip (a failure in CI) when it is not installed."""
    return playwright_start()


@pytest.fixture(scope="module")
def server(world_db: Path) -> Iterator[str]:
    """The real app under uvicorn on a loopback port, in a thread of this process."""
    from detente.web import create_app

    with serving(create_app(world_db, allowed_hosts=["127.0.0.1", "localhost"])) as url:
        yield url


@pytest.fixture
def page(sync_playwright, server: str, tmp_path: Path):
    """A fresh headless Chromium page (its own profile folder, no network but loopback)."""
    with browser_page(sync_playwright, tmp_path / "profile") as page:
        yield page


def test_pick_a_dyad_see_the_chart_and_read_the_highlighted_sentence(page, server: str) -> None:
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(server + "/dyads")
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
