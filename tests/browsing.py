"""Driving Debian's Chromium with Playwright against a real server in a thread (web tests).

Needs Debian's chromium (``apt-get install chromium``) and the playwright package (``pip install
playwright``; its own browser download is never used). In CI (CI=true) a missing browser fails.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = os.environ.get("DETENTE_CHROMIUM", "/usr/bin/chromium")
HOW_TO = "install it with `apt-get install chromium` and `pip install playwright`"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def need(condition: bool, what: str) -> None:
    """Skip (fail in CI) when a browser prerequisite is missing."""
    if condition:
        return
    message = f"{what} is missing: {HOW_TO}"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"browser test cannot run in CI: {message}")
    pytest.skip(message)


def playwright_start() -> Callable[[], Any]:
    """Playwright's sync API entry point, or a skip when it or Chromium is missing."""
    try:
        from playwright.sync_api import sync_playwright as start
    except ImportError:
        need(False, "the playwright package")
    need(Path(CHROMIUM).exists() or shutil.which(CHROMIUM) is not None, f"Chromium ({CHROMIUM})")
    return start


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serving(app: Any) -> Iterator[str]:
    """The app under uvicorn on a loopback port, in a thread of this process; yields its URL."""
    import uvicorn

    port = _free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uv.started:
        if time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        uv.should_exit = True
        thread.join(timeout=10)


@contextmanager
def browser_page(start: Callable[[], Any], profile: Path, **context: Any) -> Iterator[Any]:
    """A fresh headless Chromium page (its own profile folder, no network but loopback)."""
    with start() as pw:
        browser = pw.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS, **context
        )
        try:
            page = browser.new_page()
            page.set_default_timeout(15_000)
            yield page
        finally:
            browser.close()
