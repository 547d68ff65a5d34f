"""Cleaning one raw document into an Article: HTML extraction, text cleaning, metadata merge."""

from __future__ import annotations

import datetime as dt

from detente.clean.dates import parse_date_string
from detente.clean.html import extract_html
from detente.clean.text import CleanText, clean_text
from detente.records import Article, DatePrecision, DateSource, RawDocument

# Where the publication date may come from, most trusted first.
_SOURCE_WORDS: dict[DateSource, str] = {
    "input": "given by the input",
    "filename": "from the file name",
    "text": "from a date line or timestamp in the text",
    "dateline": "from the dateline",
    "page": "from the page metadata",
    "url": "from the URL",
    "default": "from --date",
}


def clean_document(
    doc: RawDocument,
    *,
    doc_id: str,
    named_date: dt.date | None = None,
    default_date: dt.date | None = None,
) -> Article:
    """Clean a raw document; metadata the input gave wins over what the text or page says."""
    page = extract_html(doc.text, url=doc.url) if doc.is_html else None
    given_date = parse_date_string(doc.date) if doc.date else None
    page_date = parse_date_string(page.date) if page and page.date else None
    cleaned = clean_text(
        page.text if page else doc.text,
        reference_date=given_date or named_date or page_date,
        url=doc.url or (page.url if page else None),
        fallback_date=default_date,
    )
    date, source, precision = _publication(cleaned, given_date, named_date, page_date, default_date)
    notes = cleaned.notes
    if date is not None:
        notes = (*notes, f"date {date.isoformat()} {_SOURCE_WORDS[source]} ({precision})")
    else:
        notes = (*notes, "no publication date found")
    return Article(
        doc_id=doc_id,
        origin=doc.origin,
        text=cleaned.text,
        title=doc.title or (page.title if page else None) or cleaned.title,
        byline=cleaned.byline or (page.author if page else None),
        date=date,
        dateline=cleaned.dateline,
        url=doc.url or (page.url if page else None) or cleaned.url,
        source=doc.source or (page.sitename if page else None),
        agency=cleaned.agency,
        date_source=source if date else None,
        date_precision=precision if date else None,
        cleaning=notes,
    )


def _publication(
    cleaned: CleanText,
    given: dt.date | None,
    named: dt.date | None,
    page: dt.date | None,
    default: dt.date | None,
) -> tuple[dt.date | None, DateSource, DatePrecision]:
    """The input's date, the file name's, the text's, the page's, the URL's, then --date."""
    found = cleaned.found_date
    if given is not None:
        return given, "input", "day"
    if named is not None:
        return named, "filename", "day"
    if found is not None and found.source != "url":
        return found.date, found.source, found.precision
    if page is not None:
        return page, "page", "day"
    if found is not None:
        return found.date, "url", found.precision
    return default, "default", "day"
