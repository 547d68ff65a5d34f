"""HTML pages: main text and metadata through trafilatura."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from detente.records import RECORD

# Loggers of the extraction libraries: they warn per page ("discarding data: None") about what
# our own InputErrors already report once, by file and record.
EXTRACTOR_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext")


def quiet_extractor_logs() -> None:
    """Keep the extraction libraries' own warnings off the console (errors still show)."""
    for name in EXTRACTOR_LOGGERS:
        logging.getLogger(name).setLevel(logging.ERROR)


@dataclass(**RECORD)
class PageExtract:
    """The story text trafilatura found in a page, with the page's own metadata."""

    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None  # as trafilatura gives it, usually ISO "2019-06-21"
    url: str | None = None
    sitename: str | None = None


def extract_html(html: str, *, url: str | None = None) -> PageExtract:
    """Extract the main text and metadata of an HTML page; all page text when that fails."""
    # Imported here: trafilatura pulls in lxml and its date tools, slow for text-only runs.
    import trafilatura
    from trafilatura.settings import Document

    page = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_images=False
    )
    if not isinstance(page, Document):
        # None when the page has too little text for the main-content heuristics: keep it all.
        return PageExtract(text=trafilatura.html2txt(html) or "", url=url)
    return PageExtract(
        text=page.text or "",
        title=page.title or None,
        author=page.author or None,
        date=page.date or None,
        url=page.url or url,
        sitename=page.sitename or None,
    )
