"""Readers for plain text, HTML, JSONL, directories and stdin; bad input becomes InputError."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from detente.errors import InputRejected
from detente.ingest.compressed import iter_lines
from detente.ingest.decode import decode_bytes
from detente.ingest.warc import WARC_SUFFIXES, iter_warc
from detente.records import InputError, RawDocument

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset(
    {
        ".jsonl",
        ".ndjson",
        ".jsonl.gz",
        ".ndjson.gz",
        ".jsonl.zst",
        ".ndjson.zst",
    }
)
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | frozenset(WARC_SUFFIXES)
_OPTIONAL_FIELDS = ("title", "url", "date", "source")


def iter_documents(
    paths: Iterable[str | Path], *, max_chars: int, stdin: BinaryIO | None = None
) -> Iterator[RawDocument | InputError]:
    """Yield a RawDocument per readable article and an InputError per bad file or record."""
    for path in paths:
        if str(path) == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _iter_stream(stream.read(), "<stdin>", max_chars)
            continue
        yield from _iter_path(Path(path), max_chars)


def _iter_path(path: Path, max_chars: int) -> Iterator[RawDocument | InputError]:
    try:
        is_dir, is_file = path.is_dir(), path.is_file()
    except OSError as exc:  # a folder on the way that cannot be searched
        yield InputError(origin=str(path), reason=f"cannot read ({exc.strerror or exc})")
        return
    if is_dir:
        yield from _iter_directory(path, max_chars)
    elif is_file:
        yield from _iter_file(path, max_chars)
    else:
        yield InputError(origin=str(path), reason="no such file or directory")


def _list_directory(path: Path) -> tuple[list[Path], list[InputError]]:
    """The input files under a directory, sorted, and an error per folder that cannot be read."""
    files: list[Path] = []
    errors: list[InputError] = []

    def unreadable(exc: OSError) -> None:
        where = exc.filename or str(path)
        errors.append(
            InputError(origin=str(where), reason=f"cannot read directory ({exc.strerror})")
        )

    for folder, _, names in os.walk(path, onerror=unreadable):
        for name in names:
            file = Path(folder, name)
            if _suffix(file) in SUFFIXES and file.is_file():
                files.append(file)
    return sorted(files), errors


def _iter_directory(path: Path, max_chars: int) -> Iterator[RawDocument | InputError]:
    files, errors = _list_directory(path)
    yield from errors
    if not files and not errors:
        kinds = ", ".join(sorted(SUFFIXES))
        yield InputError(origin=str(path), reason=f"no input files in the directory ({kinds})")
    for file in files:
        yield from _iter_file(file, max_chars)


def _suffix(path: Path) -> str:
    """The file's kind: its last suffix, or the last two for archives (".jsonl.gz", ".warc.gz")."""
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    if len(suffixes) == 2 and "".join(suffixes) in SUFFIXES:
        return "".join(suffixes)
    return path.suffix.lower()


def _iter_file(path: Path, max_chars: int) -> Iterator[RawDocument | InputError]:
    suffix = _suffix(path)
    if suffix in JSONL_SUFFIXES:
        yield from _iter_jsonl_lines(iter_lines(path), str(path), max_chars)
        return
    if suffix in WARC_SUFFIXES:
        yield from iter_warc(path, max_chars)
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(origin=str(path), reason=f"cannot read ({exc.strerror})")
        return
    yield _read_single(data, str(path), max_chars, is_html=suffix in HTML_SUFFIXES)


def _iter_stream(data: bytes, origin: str, max_chars: int) -> Iterator[RawDocument | InputError]:
    head = data.lstrip()[:1]
    if head == b"{":
        yield from _iter_jsonl(data, origin, max_chars)
    else:
        yield _read_single(data, origin, max_chars, is_html=head == b"<")


def _read_single(
    data: bytes, origin: str, max_chars: int, *, is_html: bool
) -> RawDocument | InputError:
    try:
        text = decode_bytes(data, origin)
        _check_length(text, origin, max_chars)
    except InputRejected as exc:
        return InputError(origin=exc.origin, reason=exc.reason)
    except Exception as exc:  # the encoding detector on strange bytes: one error, not a crash
        return InputError(origin=origin, reason=f"unreadable ({exc!r})")
    return RawDocument(origin=origin, text=text, is_html=is_html)


def _check_length(text: str, origin: str, max_chars: int) -> None:
    if len(text) > max_chars:
        raise InputRejected(
            origin, f"{len(text):,} characters, over the max_chars limit of {max_chars:,}"
        )


def _iter_jsonl(data: bytes, origin: str, max_chars: int) -> Iterator[RawDocument | InputError]:
    yield from _iter_jsonl_lines(data.splitlines(), origin, max_chars)


def _iter_jsonl_lines(
    lines: Iterable[bytes], origin: str, max_chars: int
) -> Iterator[RawDocument | InputError]:
    """One record per non-blank line; a file that cannot be read further ends with an error."""
    empty = True
    numbered = enumerate(lines, start=1)
    number = 0
    while True:
        try:
            number, line = next(numbered)
        except StopIteration:
            break
        except OSError as exc:
            yield InputError(origin=origin, reason=f"cannot read ({exc.strerror or exc})")
            return
        except InputRejected as exc:
            yield InputError(origin=exc.origin, reason=exc.reason)
            return
        except Exception as exc:  # a damaged file ends with an error, not a crash
            yield InputError(origin=origin, reason=f"unreadable after line {number} ({exc!r})")
            return
        if not line.strip():
            continue
        empty = False
        where = f"{origin}:{number}"
        try:
            yield _parse_record(line, where, max_chars)
        except InputRejected as exc:
            yield InputError(origin=exc.origin, reason=exc.reason)
        except Exception as exc:  # one odd record must not stop the file
            yield InputError(origin=where, reason=f"unreadable record ({exc!r})")
    if empty:
        yield InputError(origin=origin, reason="empty input")


def _parse_record(line: bytes, where: str, max_chars: int) -> RawDocument:
    try:
        value: Any = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise InputRejected(where, f"invalid UTF-8 at byte {exc.start}") from exc
    except json.JSONDecodeError as exc:
        # json's own messages may end in "at" ("Unterminated string starting at").
        message = exc.msg.removesuffix(" at")
        raise InputRejected(where, f"malformed JSON ({message} at column {exc.colno})") from exc
    if not isinstance(value, dict):
        raise InputRejected(where, "a JSONL line must be an object with a 'text' field")
    text = value.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputRejected(where, "no non-empty 'text' field")
    _check_length(text, where, max_chars)
    doc_id = value.get("id")
    extras = {k: str(value[k]) for k in _OPTIONAL_FIELDS if value.get(k) not in (None, "")}
    return RawDocument(
        origin=where,
        text=text,
        doc_id=None if doc_id in (None, "") else str(doc_id),
        is_html=text.lstrip().startswith("<") and "</" in text,
        **extras,
    )
