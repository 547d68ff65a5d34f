"""Readers: every input kind, and bad input that is reported and never stops the run."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from detente.errors import InputRejected
from detente.ingest import content_id, iter_documents
from detente.ingest.decode import decode_bytes
from detente.records import InputError, RawDocument

LIMIT = 200_000


def read(paths, **kw):
    return list(iter_documents([str(p) for p in paths], max_chars=LIMIT, **kw))


def test_plain_text_file_is_one_document(tmp_path: Path) -> None:
    f = tmp_path / "story.txt"
    f.write_text("Arnor's king met Gondor's steward.", encoding="utf-8")
    [doc] = read([f])
    assert isinstance(doc, RawDocument)
    assert doc.text == "Arnor's king met Gondor's steward."
    assert doc.origin == str(f) and doc.doc_id is None and not doc.is_html


def test_html_file_is_flagged_as_html(tmp_path: Path) -> None:
    f = tmp_path / "page.html"
    f.write_text("<html><body><p>Rohan protested.</p></body></html>", encoding="utf-8")
    [doc] = read([f])
    assert isinstance(doc, RawDocument) and doc.is_html


def test_jsonl_records_keep_id_and_metadata(tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl"
    rows = [
        {"id": "x1", "text": "Mordor attacked Gondor.", "title": "War", "date": "2019-03-01"},
        {"text": "Rohan aided Gondor.", "url": "http://example.org/2", "source": "Gazette"},
    ]
    f.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    first, second = read([f])
    assert isinstance(first, RawDocument) and isinstance(second, RawDocument)
    assert (first.doc_id, first.title, first.date, first.origin) == (
        "x1",
        "War",
        "2019-03-01",
        f"{f}:1",
    )
    assert (
        second.doc_id is None
        and second.url == "http://example.org/2"
        and second.source == "Gazette"
    )


def test_directory_is_read_recursively_by_extension_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("Second.", encoding="utf-8")
    (tmp_path / "sub" / "a.txt").write_text("Nested.", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    docs = read([tmp_path])
    assert [Path(d.origin).name for d in docs] == ["b.txt", "a.txt"]


def test_stdin_is_sniffed_as_jsonl_or_text() -> None:
    jsonl = io.BytesIO(b'{"id": "s1", "text": "Arnor met Gondor."}\n')
    [doc] = list(iter_documents(["-"], max_chars=LIMIT, stdin=jsonl))
    assert isinstance(doc, RawDocument) and doc.doc_id == "s1" and doc.origin == "<stdin>:1"
    [plain] = list(iter_documents(["-"], max_chars=LIMIT, stdin=io.BytesIO(b"Just text.")))
    assert isinstance(plain, RawDocument) and plain.text == "Just text."


def test_legacy_encoding_is_detected(tmp_path: Path) -> None:
    f = tmp_path / "latin.txt"
    f.write_bytes(
        "Le ministre des Affaires étrangères a rencontré son homologue à Genève.".encode("cp1252")
    )
    [doc] = read([f])
    assert isinstance(doc, RawDocument) and "étrangères" in doc.text


def test_each_kind_of_bad_input_gives_one_error_and_the_run_goes_on(tmp_path: Path) -> None:
    (tmp_path / "1_empty.txt").write_bytes(b"")
    (tmp_path / "2_garbage.txt").write_bytes(os.urandom(4096))
    (tmp_path / "3_huge.txt").write_bytes(b"a" * (5 * 1024 * 1024))
    (tmp_path / "4_bad_utf8.txt").write_bytes("Café in Zürich".encode() + b"\xff\xfe broken")
    (tmp_path / "5_bad.jsonl").write_bytes(
        b'{"id": "ok", "text": "Fine."}\n{"id": "broken", "text": \n'
    )
    (tmp_path / "6_good.txt").write_text("Arnor praised Gondor.", encoding="utf-8")
    items = read([tmp_path])
    errors = [i for i in items if isinstance(i, InputError)]
    docs = [i for i in items if isinstance(i, RawDocument)]
    by_file = {Path(e.origin.split(":")[0]).name: e.reason for e in errors}
    assert by_file["1_empty.txt"] == "empty input"
    assert by_file["2_garbage.txt"] == "binary content, not text"
    assert "over the max_chars limit" in by_file["3_huge.txt"]
    assert by_file["4_bad_utf8.txt"].startswith("invalid UTF-8 at byte 16")
    assert "malformed JSON" in by_file["5_bad.jsonl"]
    assert any(e.origin.endswith("5_bad.jsonl:2") for e in errors)
    assert len(errors) == 5
    assert sorted(d.text for d in docs) == ["Arnor praised Gondor.", "Fine."]


def test_missing_path_is_an_error_not_a_crash(tmp_path: Path) -> None:
    [error] = read([tmp_path / "nope.txt"])
    assert isinstance(error, InputError) and error.reason == "no such file or directory"


def test_jsonl_record_without_text_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "x.jsonl"
    f.write_text('{"id": "a"}\n[1, 2]\n', encoding="utf-8")
    first, second = read([f])
    assert isinstance(first, InputError) and "'text'" in first.reason
    assert isinstance(second, InputError) and "object" in second.reason


def test_content_id_is_stable_and_distinguishes_texts() -> None:
    assert content_id("a") == content_id("a")
    assert content_id("a") != content_id("b")
    assert len(content_id("a")) == 16


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2048))
def test_decoding_arbitrary_bytes_never_raises_anything_but_input_rejected(data: bytes) -> None:
    try:
        text = decode_bytes(data, "fuzz")
    except InputRejected as exc:
        assert exc.origin == "fuzz" and exc.reason
    else:
        assert isinstance(text, str)
