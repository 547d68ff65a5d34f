"""WARC and WARC.gz web archives: one RawDocument per archived HTML or text page (warcio)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from detente.errors import InputRejected
from detente.ingest.decode import decode_bytes
from detente.records import InputError, RawDocument

WARC_SUFFIXES = (".warc", ".warc.gz")
# Record types that hold a page: crawled responses, stored resources, WET-style text conversions.
_PAGE_RECORDS = frozenset({"response", "resource", "conversion"})
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_TEXT_TYPES = ("text/plain",)


def _content_type(record: ArcWarcRecord) -> str:
    if record.rec_type == "response" and record.http_headers is not None:
        value = record.http_headers.get_header("Content-Type") or ""
    else:
        value = record.rec_headers.get_header("Content-Type") or ""
    return value.split(";")[0].strip().lower()


def _is_page(record: ArcWarcRecord) -> bool:
    if record.rec_type not in _PAGE_RECORDS:
        return False
    if record.rec_type == "response" and (
        record.http_headers is None or record.http_headers.get_statuscode() != "200"
    ):
        return False
    return _content_type(record).startswith(_HTML_TYPES + _TEXT_TYPES)


def iter_warc(path: Path, max_chars: int) -> Iterator[RawDocument | InputError]:
    """Yield each archived page; other records (requests, images, metadata) are skipped."""
    origin = str(path)
    number = 0
    try:
        with path.open("rb") as stream:
            for number, record in enumerate(ArchiveIterator(stream), start=1):
                if record.format != "warc":  # warcio falls back to the old ARC format
                    yield InputError(origin=origin, reason="not a WARC file")
                    return
                if not _is_page(record):
                    continue
                where = f"{origin}:{number}"
                try:
                    text = decode_bytes(record.content_stream().read(), where)
                except InputRejected as exc:
                    yield InputError(origin=exc.origin, reason=exc.reason)
                    continue
                if len(text) > max_chars:
                    reason = f"{len(text):,} characters, over the max_chars limit of {max_chars:,}"
                    yield InputError(origin=where, reason=reason)
                    continue
                yield RawDocument(
                    origin=where,
                    text=text,
                    is_html=_content_type(record).startswith(_HTML_TYPES),
                    url=record.rec_headers.get_header("WARC-Target-URI"),
                )
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
        yield InputError(origin=f"{origin}:{number + 1}", reason=f"unreadable WARC record ({exc})")
