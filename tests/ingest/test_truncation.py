"""Files cut anywhere never stop a run: whole records before the cut are kept, the cut named."""

from __future__ import annotations

import gzip
import hashlib
import json
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
import zstandard
from tests.ingest.test_archives import write_warc
from warcio.archiveiterator import ArchiveIterator

from detente.ingest import iter_documents
from detente.records import InputError, RawDocument

from support import FIXTURES, shared_path

# Cut points every this many bytes: a few hundred cuts per file, each a full read.
STEP = 89
REAL_STEP = 257


def read(path: Path) -> list[RawDocument | InputError]:
    return list(iter_documents([str(path)], max_chars=1_000_000))


def warc_records(path: Path) -> list[tuple[int, str]]:
    """(end byte, URL of a page with status 200, else "") of each record of the whole file."""
    pages = []
    with path.open("rb") as stream:
        records = ArchiveIterator(stream)
        for record in records:
            status = record.http_headers.get_statuscode() if record.http_headers else None
            kind = (record.http_headers.get_header("Content-Type") or "") if status else ""
            url = record.rec_headers.get_header("WARC-Target-URI")
            record.content_stream().read()
            start, length = records.get_record_offset(), records.get_record_length()
            pages.append((start + length, url if status == "200" and "text" in kind else ""))
    return pages


def warc_pages(path: Path) -> list[tuple[int, str]]:
    """(end byte, URL) of each archived page."""
    return [(end, url) for end, url in warc_records(path) if url]


def check_warc_cuts(path: Path, tmp_path: Path, step: int) -> int:
    data = path.read_bytes()
    ends = [end for end, _ in warc_records(path)]
    pages = warc_pages(path)
    assert pages, f"{path} holds no page"
    cut_file = tmp_path / path.name
    cuts = 0
    for cut in range(0, len(data), step):
        cut_file.write_bytes(data[:cut])
        items = read(cut_file)  # must not raise
        kept = {i.url for i in items if isinstance(i, RawDocument)}
        whole = {url for end, url in pages if end <= cut}
        assert whole <= kept, f"cut at {cut}: lost {whole - kept}"
        errors = [i for i in items if isinstance(i, InputError)]
        # A cut in the last bytes of a gzip member loses only its checksum, not the record; one
        # in the blank line after a plain record loses nothing.
        if not any(end - 16 <= cut <= end + 4 for end in ends):
            assert errors, f"cut at {cut} of {path.name} passed silently"
        assert all("no article text" not in e.reason for e in errors)
        cuts += 1
    return cuts


@pytest.mark.parametrize("name", ["middle_earth.warc", "middle_earth.warc.gz"])
def test_every_cut_of_a_warc_keeps_the_pages_before_it_and_names_the_cut(
    name: str, tmp_path: Path
) -> None:
    assert check_warc_cuts(FIXTURES / name, tmp_path, STEP) > 40


def test_a_cut_plain_warc_record_is_reported_as_truncated(tmp_path: Path) -> None:
    data = (FIXTURES / "middle_earth.warc").read_bytes()
    first_end = warc_pages(FIXTURES / "middle_earth.warc")[0][0]
    path = tmp_path / "cut.warc"
    path.write_bytes(data[: first_end - 40])  # inside the first page's body
    [error] = read(path)
    assert isinstance(error, InputError) and error.origin == f"{path}:1"
    assert error.reason.startswith("truncated WARC record")


def test_a_warc_cut_after_the_first_page_keeps_it(tmp_path: Path) -> None:
    data = (FIXTURES / "middle_earth.warc.gz").read_bytes()
    first_end = warc_pages(FIXTURES / "middle_earth.warc.gz")[0][0]
    path = tmp_path / "t.warc.gz"
    path.write_bytes(data[: first_end + 100])  # inside the request record that follows
    items = read(path)
    assert isinstance(items[0], RawDocument) and "treaty" in items[0].text
    assert isinstance(items[-1], InputError) and items[-1].origin.startswith(f"{path}:")


def lines_of(prefix: bytes) -> list[str]:
    """The texts of the whole JSONL lines in decompressed bytes."""
    whole = prefix[: prefix.rfind(b"\n") + 1]
    return [json.loads(line)["text"] for line in whole.splitlines() if line.strip()]


def gunzip_prefix(data: bytes) -> bytes:
    return zlib.decompressobj(wbits=31).decompress(data)


def unzstd_prefix(data: bytes) -> bytes:
    try:
        return zstandard.ZstdDecompressor().decompressobj().decompress(data)
    except zstandard.ZstdError:
        return b""


def zstd_blocks(payload: bytes) -> bytes:
    """A zstd frame with one block per line, as a large file has many blocks."""
    compressor = zstandard.ZstdCompressor().compressobj()
    parts = [
        compressor.compress(line) + compressor.flush(zstandard.COMPRESSOBJ_FLUSH_BLOCK)
        for line in payload.splitlines(keepends=True)
    ]
    return b"".join(parts) + compressor.flush()


def check_jsonl_cuts(
    data: bytes, name: str, prefix: Callable[[bytes], bytes], tmp_path: Path, step: int
) -> int:
    path = tmp_path / name
    cuts = 0
    for cut in range(0, len(data), step):
        path.write_bytes(data[:cut])
        items = read(path)
        kept = [i.text for i in items if isinstance(i, RawDocument)]
        expected = lines_of(prefix(data[:cut]))
        assert kept[: len(expected)] == expected, f"cut at {cut}: good records lost"
        [error] = [i for i in items if isinstance(i, InputError)]
        assert "truncated" in error.reason or error.reason == "empty input", error.reason
        cuts += 1
    return cuts


def feed(rows: list[dict[str, str]]) -> bytes:
    return b"".join(json.dumps(r).encode() + b"\n" for r in rows)


PLACES = ("Gondor", "Rohan", "Arnor", "Mordor", "the Shire", "Rivendell", "Dale", "Erebor")
# Varied enough that the compressed files are some kilobytes long.
MADE_UP = feed(
    [
        {
            "text": f"Report {i}: {PLACES[i % 8]} met {PLACES[i * 7 % 5]} at {PLACES[i * 3 % 8]}, "
            f"dispatch {hashlib.sha256(str(i).encode()).hexdigest()[:24]}."
        }
        for i in range(300)
    ]
)


@pytest.mark.parametrize(
    ("name", "compress", "prefix"),
    [("f.jsonl.gz", gzip.compress, gunzip_prefix), ("f.jsonl.zst", zstd_blocks, unzstd_prefix)],
)
def test_every_cut_of_compressed_jsonl_keeps_the_whole_lines_before_it(
    name: str,
    compress: Callable[[bytes], bytes],
    prefix: Callable[[bytes], bytes],
    tmp_path: Path,
) -> None:
    assert check_jsonl_cuts(compress(MADE_UP), name, prefix, tmp_path, 23) > 40


def corpus_rows(count: int) -> list[dict[str, str]]:
    path = shared_path("corpus", "geovirus_news.jsonl")
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for _, line in zip(range(count), lines, strict=False)]


@pytest.mark.shared
def test_real_news_archives_cut_every_few_hundred_bytes(tmp_path: Path) -> None:
    rows = corpus_rows(40)  # about 50 kB of news
    pages = [
        (
            f"https://news.example/{i}",
            f"<html><body><p>{r['text']}</p></body></html>".encode(),
            "text/html",
            "200",
        )
        for i, r in enumerate(rows)
    ]
    source = tmp_path / "source"
    source.mkdir()
    cuts = 0
    for name, gz in (("real.warc", False), ("real.warc.gz", True)):
        write_warc(source / name, pages, gzip_records=gz)
        cuts += check_warc_cuts(source / name, tmp_path, REAL_STEP)
    payload = feed(rows)
    for name, data, prefix in (
        ("r.jsonl.gz", gzip.compress(payload), gunzip_prefix),
        ("r.jsonl.zst", zstd_blocks(payload), unzstd_prefix),
    ):
        cuts += check_jsonl_cuts(data, name, prefix, tmp_path, REAL_STEP)
    assert cuts > 400


def test_a_wrong_content_length_is_an_error_not_a_stderr_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = (FIXTURES / "middle_earth.warc").read_bytes()
    image = data.index(b"logo.png")
    declared = data.index(b"Content-Length: ", image)
    # The image record now claims 100 bytes fewer than it holds.
    end = data.index(b"\r\n", declared)
    length = int(data[declared + 16 : end])
    damaged = data[: declared + 16] + str(length - 100).encode() + data[end:]
    path = tmp_path / "damaged.warc"
    path.write_bytes(damaged)
    items = read(path)
    errors = [i for i in items if isinstance(i, InputError)]
    assert [e.origin for e in errors] == [f"{path}:3"]
    assert "Content-Length" in errors[0].reason
    assert len([i for i in items if isinstance(i, RawDocument)]) == 4  # every page is kept
    assert capsys.readouterr().err == ""
