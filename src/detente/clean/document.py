"""Cleaning one raw document into an Article: HTML extraction, text cleaning, metadata merge."""

from __future__ import annotations

from detente.clean.dates import parse_date_string
from detente.clean.html import extract_html
from detente.clean.text import clean_text
from detente.records import Article, RawDocument


def clean_document(doc: RawDocument, *, doc_id: str) -> Article:
    """Clean a raw document; metadata the input gave wins over what the text or page says."""
    page = extract_html(doc.text, url=doc.url) if doc.is_html else None
    given_date = parse_date_string(doc.date) if doc.date else None
    page_date = parse_date_string(page.date) if page and page.date else None
    cleaned = clean_text(page.text if page else doc.text, reference_date=given_date or page_date)
    return Article(
        doc_id=doc_id,
        origin=doc.origin,
        text=cleaned.text,
        title=doc.title or (page.title if page else None) or cleaned.title,
        byline=cleaned.byline or (page.author if page else None),
        date=given_date or cleaned.date or page_date,
        dateline=cleaned.dateline,
        url=doc.url or (page.url if page else None),
        source=doc.source or (page.sitename if page else None),
        agency=cleaned.agency,
    )
