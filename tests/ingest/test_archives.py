"""Compressed JSONL and WARC archives read like the plain inputs; damaged archives are errors."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import zstandard
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from detente.ingest import iter_documents
from detente.records import InputError, RawDocument

ROWS = [
    {"id": "r1", "text": "Arnor praised Gondor.", "url": "https://bree.example/1"},
    {"id": "r2", "text": "Rohan aided Gondor.", "date": "2021-03-04"},
]
PAYLOAD = b"\n".join(json.dumps(r).encode() for r in ROWS) + b"\n"
PAGE = (
    b"<html><head><title>Osgiliath talks</title></head><body><p>Arnor met Gondor.</p></body></html>"
)


def read(*paths: Path) -> list[RawDocument | InputError]:
    return list(iter_documents([str(p) for p in paths], max_chars=200_000))


def test_gzip_and_zstd_jsonl_give_the_same_records_as_plain_jsonl(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_bytes(PAYLOAD)
    (tmp_path / "b.jsonl.gz").write_bytes(gzip.compress(PAYLOAD))
    (tmp_path / "c.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(PAYLOAD))
    plain, gz, zst = (read(tmp_path / n) for n in ("a.jsonl", "b.jsonl.gz", "c.jsonl.zst"))
    strip = lambda docs: [(d.doc_id, d.text, d.url, d.date) for d in docs]  # noqa: E731
    assert strip(plain) == strip(gz) == strip(zst)
    assert gz[0].origin == f"{tmp_path / 'b.jsonl.gz'}:1"


def test_a_directory_includes_compressed_files_and_archives(tmp_path: Path) -> None:
    (tmp_path / "b.jsonl.gz").write_bytes(gzip.compress(PAYLOAD))
    (tmp_path / "notes.txt.gz").write_bytes(gzip.compress(b"not an input kind"))
    write_warc(tmp_path / "c.warc.gz", [("https://edoras.example/a", PAGE, "text/html", "200")])
    docs = read(tmp_path)
    assert [d.doc_id for d in docs] == ["r1", "r2", None]


def test_a_truncated_gzip_keeps_the_records_before_the_damage(tmp_path: Path) -> None:
    big = b"".join(
        json.dumps({"text": f"Record {i} of the long feed."}).encode() + b"\n" for i in range(2000)
    )
    data = gzip.compress(big)
    (tmp_path / "cut.jsonl.gz").write_bytes(data[: len(data) // 2])
    items = read(tmp_path / "cut.jsonl.gz")
    assert isinstance(items[-1], InputError) and "compressed" in items[-1].reason
    assert all(isinstance(i, RawDocument) for i in items[:-1]) and len(items) > 10


def write_warc(
    path: Path, pages: list[tuple[str, bytes, str, str]], *, gzip_records: bool = True
) -> None:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzip_records)
        for url, body, content_type, status in pages:
            headers = StatusAndHeaders(
                f"{status} OK", [("Content-Type", content_type)], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(record)
        request = writer.create_warc_record(
            "https://edoras.example/a", "request", payload=io.BytesIO(b"GET /a HTTP/1.1\r\n\r\n")
        )
        writer.write_record(request)


def test_warc_pages_become_html_documents_and_other_records_are_skipped(tmp_path: Path) -> None:
    for name, compressed in (("site.warc.gz", True), ("site.warc", False)):
        path = tmp_path / name
        write_warc(
            path,
            [
                ("https://edoras.example/a", PAGE, "text/html; charset=utf-8", "200"),
                ("https://edoras.example/logo.png", b"\x89PNG\r\n", "image/png", "200"),
                ("https://edoras.example/gone", b"<html>missing</html>", "text/html", "404"),
            ],
            gzip_records=compressed,
        )
        [doc] = read(path)
        assert isinstance(doc, RawDocument) and doc.is_html
        assert doc.url == "https://edoras.example/a" and "Arnor met Gondor." in doc.text
        assert doc.origin == f"{path}:1"


def test_a_file_that_is_not_a_warc_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.warc"
    path.write_bytes(b"this is not a web archive at all\n" * 10)
    [error] = read(path)
    assert isinstance(error, InputError) and "WARC" in error.reason
