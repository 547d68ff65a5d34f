"""WARC and WARC.gz web archives: one RawDocument per archived HTML or text page (warcio)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from detente.errors import InputRejected
from detente.ingest.decode import decode_bytes
from detente.records import InputError, RawDocument

if TYPE_CHECKING:  # warcio (with fsspec and asyncio) is imported only when a WARC is read
    from warcio.archiveiterator import ArchiveIterator
    from warcio.recordloader import ArcWarcRecord

WARC_SUFFIXES = (".warc", ".warc.gz")
# Record types that hold a page: crawled responses, stored resources, WET-style text conversions.
_PAGE_RECORDS = frozenset({"response", "resource", "conversion"})
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_TEXT_TYPES = ("text/plain",)
# Bytes read after the last whole record to tell a clean end from a cut one.
_TAIL_LIMIT = 65536
_CHUNK = 1 << 16


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


def _describe(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _check_whole(record: ArcWarcRecord, where: str) -> None:
    """Raise when the file ended before the record's declared length was read."""
    missing = getattr(record.raw_stream, "limit", 0)
    if missing > 0:
        raise InputRejected(where, f"truncated WARC record ({missing:,} bytes missing)")


def _skip(record: ArcWarcRecord, where: str) -> None:
    """Read past a record that is not a page, checking that it is whole."""
    while record.raw_stream.read(_CHUNK):
        pass
    _check_whole(record, where)


def _read_page(record: ArcWarcRecord, where: str, max_chars: int) -> RawDocument:
    """The page of one record; a short or undecodable body raises InputRejected."""
    data = record.content_stream().read()
    _check_whole(record, where)
    text = decode_bytes(data, where)
    if len(text) > max_chars:
        raise InputRejected(
            where, f"{len(text):,} characters, over the max_chars limit of {max_chars:,}"
        )
    return RawDocument(
        origin=where,
        text=text,
        is_html=_content_type(record).startswith(_HTML_TYPES),
        url=record.rec_headers.get_header("WARC-Target-URI"),
    )


def _end_of_previous(records: ArchiveIterator) -> int:
    """Where the record before the current one ended (warcio measures a record once read)."""
    start, length = getattr(records, "member_info", None) or (0, 0)
    return int(start + length)


def _check_end(
    records: ArchiveIterator, stream: BinaryIO, origin: str, number: int
) -> Iterator[InputError]:
    """An error when bytes after the last whole record do not make a record (a cut file)."""
    end = _end_of_previous(records) if number > 1 else 0
    stream.seek(end)
    rest = stream.read(_TAIL_LIMIT)
    if not rest.strip():
        if number == 1:
            yield InputError(origin=origin, reason="empty input")
        return
    yield InputError(
        origin=f"{origin}:{number}",
        reason=f"truncated WARC record at byte {end:,} (the file ends inside it)",
    )


def _next_record(
    records: ArchiveIterator, stream: BinaryIO, origin: str, number: int
) -> ArcWarcRecord | InputError | None:
    """The next record with whole headers; an InputError that ends the file; None at its end."""
    try:
        record = next(records)
    except StopIteration:
        return next(_check_end(records, stream, origin, number), None)
    except Exception as exc:  # warcio fails in many ways on damaged input
        offset = records.offset if hasattr(records, "offset") else stream.tell()
        return InputError(
            origin=f"{origin}:{number}",
            reason=f"unreadable WARC record at byte {offset:,} ({_describe(exc)})",
        )
    if record.format != "warc":  # warcio falls back to the old ARC format
        return InputError(origin=origin, reason="not a WARC file")
    if not record.rec_headers.get_header("Content-Length"):
        # Every WARC record declares its length: without it, the file ends in the headers.
        return InputError(
            origin=f"{origin}:{number}",
            reason=f"truncated WARC record at byte {_end_of_previous(records):,}",
        )
    return record


def _record_item(
    record: ArcWarcRecord, where: str, max_chars: int
) -> RawDocument | InputError | None:
    """The page of a record, an InputError when it is damaged, None when it is not a page."""
    try:
        if _is_page(record):
            return _read_page(record, where, max_chars)
        _skip(record, where)
    except InputRejected as exc:
        return InputError(origin=exc.origin, reason=exc.reason)
    except Exception as exc:  # a damaged record must not stop the run
        return InputError(origin=where, reason=f"unreadable WARC record ({_describe(exc)})")
    return None


def iter_warc(path: Path, max_chars: int) -> Iterator[RawDocument | InputError]:
    """Yield each archived page; other records (requests, images, metadata) are skipped.

    Any failure inside warcio (a truncated or damaged archive raises all kinds of exceptions)
    ends the file with one InputError naming the record and its byte offset; the pages before
    it are kept.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.recordloader import ArcWarcRecord

    origin = str(path)
    try:
        stream = path.open("rb")
    except OSError as exc:
        yield InputError(origin=origin, reason=f"cannot read ({exc.strerror or exc})")
        return
    with stream:
        records = ArchiveIterator(stream)
        # warcio writes this warning straight to stderr; it becomes an InputError instead.
        records.INC_RECORD = ""
        number = 0
        while True:
            number += 1
            found = _next_record(records, stream, origin, number)
            if records.err_count:
                records.err_count = 0
                yield InputError(
                    origin=f"{origin}:{number - 1}",
                    reason="WARC record not followed by a blank line (wrong Content-Length?)",
                )
            if not isinstance(found, ArcWarcRecord):
                if found is not None:
                    yield found
                return
            item = _record_item(found, f"{origin}:{number}", max_chars)
            if item is not None:
                yield item
