"""Cleaning plain scraped text: from boilerplate-laden page text to the story and its metadata."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, replace
from typing import Literal

from detente.clean.boilerplate import remove_boilerplate
from detente.clean.captions import remove_captions
from detente.clean.dates import parse_date_string
from detente.clean.fields import Fields, take_fields
from detente.clean.header import Header, extract_header
from detente.clean.inline_byline import split_inline_byline
from detente.clean.mojibake import repair_mojibake
from detente.clean.normalize import (
    drop_repeats,
    join_paragraphs,
    normalize_text,
    split_lines,
    unify_newlines,
)
from detente.clean.pubdate import Precision, date_from_url, find_stamp
from detente.clean.unwrap import unwrap
from detente.records import RECORD, Dateline


@dataclass(**RECORD)
class TextDate:
    """A publication date the text or its URL gave, where it was found and how precise it is."""

    date: dt.date
    source: Literal["text", "dateline", "url"]
    precision: Precision = "day"


@dataclass(**RECORD)
class CleanText:
    """The cleaned story text and what its header said."""

    text: str  # paragraphs separated by one blank line; all offsets downstream refer to this
    title: str | None = None
    byline: str | None = None
    dateline: Dateline | None = None
    date: dt.date | None = None  # publication date as far as the text (not its URL) tells
    agency: str | None = None
    url: str | None = None  # from a "LINK:" header field
    found_date: TextDate | None = None  # the date with its source, the URL's included
    notes: tuple[str, ...] = ()  # what cleaning did, for --explain


def clean_text(
    raw: str,
    *,
    reference_date: dt.date | None = None,
    url: str | None = None,
    fallback_date: dt.date | None = None,
) -> CleanText:
    """Clean scraped text; ``reference_date`` supplies the year of a "Feb. 8 (UPI)" dateline."""
    if not raw.strip():
        return CleanText(text="")  # "\x85" alone is whitespace, not the ellipsis cp1252 makes it
    text, repaired = repair_mojibake(unify_newlines(raw))
    fields = take_fields(text)
    text, joins = unwrap(fields.rest)
    lines = remove_boilerplate(remove_captions(split_lines(normalize_text(text))))
    header = extract_header(split_inline_byline(drop_repeats(join_paragraphs(lines))))
    text = "\n\n".join(header.body)
    if not unicodedata.is_normalized("NFC", text):
        # Removing a character between a letter and its accent can leave a decomposed pair.
        text = unicodedata.normalize("NFC", text)
    if header.date is None and fields.date:
        header = replace(header, date=parse_date_string(fields.date))
    url = url or fields.url
    from_url = date_from_url(url) if url else None
    reference = reference_date or header.date or (from_url[0] if from_url else fallback_date)
    dateline = header.dateline.resolve(reference) if header.dateline else None
    byline = header.byline
    found = _found_date(header, dateline, text, reference, from_url)
    return CleanText(
        text=text,
        title=_one_line(fields.title) or header.title,
        byline=(byline.names if byline else None) or _one_line(fields.byline),
        dateline=dateline,
        date=found.date if found and found.source != "url" else None,
        agency=(dateline.agency if dateline else None) or (byline.agency if byline else None),
        url=fields.url,
        found_date=found,
        notes=_notes(joins, repaired, fields),
    )


def _found_date(
    header: Header,
    dateline: Dateline | None,
    text: str,
    reference: dt.date | None,
    from_url: tuple[dt.date, Precision] | None,
) -> TextDate | None:
    """A dateline with its own year, a date line, a timestamp, a year-less date, then the URL."""
    if dateline is not None and dateline.date and header.dateline and header.dateline.year:
        return TextDate(date=dateline.date, source="dateline")
    if header.date is not None:
        return TextDate(date=header.date, source="text")
    stamp = find_stamp(text)
    for partial in (stamp, header.partial):
        resolved = partial.resolve(reference) if partial else None
        if resolved is not None:
            return TextDate(date=resolved, source="text")
    if dateline is not None and dateline.date is not None:
        return TextDate(date=dateline.date, source="dateline")
    if from_url is not None:
        return TextDate(date=from_url[0], source="url", precision=from_url[1])
    return None


def _notes(joins: int, repaired: bool, fields: Fields) -> tuple[str, ...]:
    notes = []
    if fields.title or fields.url:
        notes.append("title and link taken from the TITLE:/LINK: header")
    if repaired:
        notes.append("mojibake repaired")
    if joins:
        notes.append(f"unwrapped {joins} hard-wrapped line{'s' if joins != 1 else ''}")
    return tuple(notes)


def _one_line(value: str | None) -> str | None:
    return " ".join(value.split()) or None if value else None
