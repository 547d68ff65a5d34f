"""Lines of plain, gzip- or zstd-compressed files, streamed so a large file never sits in memory."""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterator
from pathlib import Path

import zstandard

from detente.errors import InputRejected

GZIP_SUFFIXES = (".gz",)
ZSTD_SUFFIXES = (".zst", ".zstd")


def iter_lines(path: Path) -> Iterator[bytes]:
    """Yield the lines of a file, decompressing by suffix; corrupt data raises InputRejected."""
    name = path.name.lower()
    try:
        with path.open("rb") as raw:
            if name.endswith(GZIP_SUFFIXES):
                with gzip.GzipFile(fileobj=raw) as stream:
                    yield from stream
            elif name.endswith(ZSTD_SUFFIXES):
                reader = zstandard.ZstdDecompressor().stream_reader(raw)
                with io.BufferedReader(reader) as stream:
                    yield from stream
            else:
                yield from raw
    except (EOFError, zlib.error, gzip.BadGzipFile, zstandard.ZstdError) as exc:
        raise InputRejected(
            str(path), f"corrupt compressed data ({exc or type(exc).__name__})"
        ) from exc
