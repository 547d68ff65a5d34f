"""The top of a story: headline, byline, publication date line and the body's dateline."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from detente.clean.byline import Byline, parse_byline
from detente.clean.dateline import DatelineMatch, find_dateline
from detente.clean.dates import extract_date_line
from detente.clean.lines import is_body_like, is_headline_like, is_label
from detente.clean.pubdate import PartialDate, read_date_line
from detente.records import RECORD

# Headline, byline and dateline sit within the first few paragraphs.
_HEADER_SCAN = 8
# A paragraph this long is body text; header lines never are.
_HEADER_MAX_CHARS = 300


@dataclass(**RECORD)
class Header:
    """What the top of the story told us, and the body paragraphs with the header removed."""

    title: str | None
    byline: Byline | None
    date: dt.date | None  # from a "Published: ..." line or the byline
    dateline: DatelineMatch | None
    body: tuple[str, ...]
    partial: PartialDate | None = None  # a date line without its year ("Wed Nov 23")


def extract_header(paragraphs: list[str]) -> Header:
    """Take headline, byline, date line and dateline off the top of the paragraphs."""
    dateline_at, dateline = _locate_dateline(paragraphs)
    scan_end = dateline_at if dateline is not None else _scan_limit(paragraphs)
    title: str | None = None
    byline: Byline | None = None
    date: dt.date | None = None
    partial: PartialDate | None = None
    body: list[str] = []
    seen_body = False
    for index, paragraph in enumerate(paragraphs[:scan_end]):
        if byline is None and (found := parse_byline(paragraph)) is not None:
            byline = found
            continue
        if date is None and (date := extract_date_line(paragraph)) is not None:
            continue
        if date is None and partial is None and (partial := read_date_line(paragraph)):
            continue
        if not seen_body:
            has_more = index + 1 < len(paragraphs)
            if title is None and has_more and is_headline_like(paragraph):
                title = paragraph
                continue
            if is_label(paragraph):
                continue
        seen_body = seen_body or is_body_like(paragraph)
        body.append(paragraph)
    rest = paragraphs[scan_end:]
    if dateline is not None:
        opening = rest[0][dateline.end :].strip()
        rest = [opening, *rest[1:]] if opening else rest[1:]
    body.extend(rest)
    if date is None and byline is not None:
        date = byline.date
    return Header(
        title=title, byline=byline, date=date, dateline=dateline, body=tuple(body), partial=partial
    )


def _locate_dateline(paragraphs: list[str]) -> tuple[int, DatelineMatch | None]:
    for index, paragraph in enumerate(paragraphs[:_HEADER_SCAN]):
        found = find_dateline(paragraph)
        if found is not None:
            return index, found
        if len(paragraph) > _HEADER_MAX_CHARS:
            break
    return 0, None


def _scan_limit(paragraphs: list[str]) -> int:
    for index, paragraph in enumerate(paragraphs[:_HEADER_SCAN]):
        if len(paragraph) > _HEADER_MAX_CHARS:
            return index
    return min(len(paragraphs), _HEADER_SCAN)
