"""Lines of plain, gzip- or zstd-compressed files, streamed so a large file never sits in memory."""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import zstandard

from detente.errors import InputRejected

GZIP_SUFFIXES = (".gz",)
ZSTD_SUFFIXES = (".zst", ".zstd")


# Compressed bytes read at a time.
_CHUNK = 1 << 20


def _zstd_chunks(raw: BinaryIO) -> Iterator[bytes]:
    """Decompressed data of every zstd frame in turn; a file cut inside a frame raises EOFError.

    zstandard's stream reader simply stops at a cut, which would pass a truncated file off as
    a short one.
    """
    decompressor = zstandard.ZstdDecompressor()
    frame = decompressor.decompressobj()
    started = False
    while chunk := raw.read(_CHUNK):
        while chunk:
            started = True
            yield frame.decompress(chunk)
            chunk = frame.unused_data if frame.eof else b""
            if frame.eof:
                frame, started = decompressor.decompressobj(), bool(chunk)
    if started and not frame.eof:
        raise EOFError("the file ends inside a zstd frame")


def _split_lines(chunks: Iterator[bytes]) -> Iterator[bytes]:
    """Lines (with their newline) of a stream of byte chunks; the last may lack one."""
    rest = b""
    for chunk in chunks:
        lines = (rest + chunk).split(b"\n")
        rest = lines.pop()
        for line in lines:
            yield line + b"\n"
    if rest:
        yield rest


def iter_lines(path: Path) -> Iterator[bytes]:
    """Yield the lines of a file, decompressing by suffix; corrupt data raises InputRejected."""
    name = path.name.lower()
    try:
        with path.open("rb") as raw:
            if name.endswith(GZIP_SUFFIXES):
                with gzip.GzipFile(fileobj=raw) as stream:
                    yield from stream
            elif name.endswith(ZSTD_SUFFIXES):
                yield from _split_lines(_zstd_chunks(raw))
            else:
                yield from raw
    except EOFError as exc:
        raise InputRejected(str(path), f"truncated compressed data ({exc})") from exc
    except (zlib.error, gzip.BadGzipFile, zstandard.ZstdError) as exc:
        raise InputRejected(
            str(path), f"corrupt compressed data ({exc or type(exc).__name__})"
        ) from exc
