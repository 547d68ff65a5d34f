"""Cleaning plain scraped text: from boilerplate-laden page text to the story and its metadata."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass

from detente.clean.boilerplate import remove_boilerplate
from detente.clean.captions import remove_captions
from detente.clean.header import Header, extract_header
from detente.clean.normalize import drop_repeats, join_paragraphs, normalize_text, split_lines
from detente.records import RECORD, Dateline


@dataclass(**RECORD)
class CleanText:
    """The cleaned story text and what its header said."""

    text: str  # paragraphs separated by one blank line; all offsets downstream refer to this
    title: str | None = None
    byline: str | None = None
    dateline: Dateline | None = None
    date: dt.date | None = None  # publication date as far as the text tells
    agency: str | None = None


def clean_text(raw: str, *, reference_date: dt.date | None = None) -> CleanText:
    """Clean scraped text; ``reference_date`` supplies the year of a "Feb. 8 (UPI)" dateline."""
    lines = remove_boilerplate(remove_captions(split_lines(normalize_text(raw))))
    header = extract_header(drop_repeats(join_paragraphs(lines)))
    text = "\n\n".join(header.body)
    if not unicodedata.is_normalized("NFC", text):
        # Removing a character between a letter and its accent can leave a decomposed pair.
        text = unicodedata.normalize("NFC", text)
    dateline = header.dateline.resolve(reference_date or header.date) if header.dateline else None
    byline = header.byline
    return CleanText(
        text=text,
        title=header.title,
        byline=byline.names if byline else None,
        dateline=dateline,
        date=_publication_date(header, dateline),
        agency=(dateline.agency if dateline else None) or (byline.agency if byline else None),
    )


def _publication_date(header: Header, dateline: Dateline | None) -> dt.date | None:
    """A dateline with its own year, else a "Published" line, else the resolved dateline."""
    if dateline is None or dateline.date is None or header.dateline is None:
        return header.date
    if header.dateline.year is not None:
        return dateline.date
    return header.date or dateline.date
