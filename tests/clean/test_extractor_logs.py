"""The extraction libraries' own per-page warnings stay off the console of a CLI run."""

from __future__ import annotations

import logging

import pytest

from detente.clean.html import EXTRACTOR_LOGGERS, extract_html, quiet_extractor_logs

EMPTY_PAGE = "<html><body><div></div></body></html>"


@pytest.fixture
def restore_levels():
    levels = {name: logging.getLogger(name).level for name in EXTRACTOR_LOGGERS}
    yield
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)


def warnings_of_an_empty_page(caplog: pytest.LogCaptureFixture) -> list[str]:
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        extract_html(EMPTY_PAGE)
    return [r.name for r in caplog.records if r.name.split(".")[0] in EXTRACTOR_LOGGERS]


def test_trafilatura_warns_about_an_empty_page_until_quietened(
    caplog: pytest.LogCaptureFixture, restore_levels: None
) -> None:
    logging.getLogger("trafilatura").setLevel(logging.NOTSET)
    assert warnings_of_an_empty_page(caplog)  # the leak this guards against is real
    quiet_extractor_logs()
    assert warnings_of_an_empty_page(caplog) == []
    assert logging.getLogger("trafilatura").getEffectiveLevel() == logging.ERROR
