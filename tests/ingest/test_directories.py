"""Directories: an empty or unreadable one is a named error, never a silent success."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from detente.ingest import iter_documents
from detente.records import InputError, RawDocument


def read(*paths: Path) -> list[RawDocument | InputError]:
    return list(iter_documents([str(p) for p in paths], max_chars=200_000))


def test_an_empty_directory_is_an_error_that_names_it(tmp_path: Path) -> None:
    [error] = read(tmp_path)
    assert isinstance(error, InputError) and error.origin == str(tmp_path)
    assert error.reason.startswith("no input files in the directory")


def test_a_directory_without_known_kinds_of_file_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    [error] = read(tmp_path)
    assert isinstance(error, InputError) and ".jsonl" in error.reason


def test_an_unreadable_folder_is_named_and_the_readable_ones_are_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "a.txt").write_text("Gondor praised Rohan.", encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text("Mordor threatened Gondor.", encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path):  # type: ignore[no-untyped-def]
        # Tests run as root, where chmod does not lock anyone out: refuse as the kernel would.
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = read(tmp_path)
    errors = [i for i in items if isinstance(i, InputError)]
    docs = [i for i in items if isinstance(i, RawDocument)]
    assert [(e.origin, e.reason) for e in errors] == [
        (str(locked), "cannot read directory (Permission denied)")
    ]
    assert [d.origin for d in docs] == [str(tmp_path / "ok" / "a.txt")]


def test_a_wholly_unreadable_directory_is_one_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_scandir = os.scandir

    def scandir(path):  # type: ignore[no-untyped-def]
        if Path(path) == tmp_path:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    [error] = read(tmp_path)
    assert isinstance(error, InputError) and error.origin == str(tmp_path)
    assert "cannot read directory" in error.reason


def test_a_json_message_ending_in_at_is_not_doubled(tmp_path: Path) -> None:
    (tmp_path / "cut.jsonl").write_text('{"text": "Gondor praised', encoding="utf-8")
    [error] = read(tmp_path / "cut.jsonl")
    assert isinstance(error, InputError) and error.origin == f"{tmp_path / 'cut.jsonl'}:1"
    assert error.reason == "malformed JSON (Unterminated string starting at column 10)"


def test_a_path_that_cannot_be_looked_at_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hidden = tmp_path / "vault" / "a.txt"
    real_stat = os.stat

    def stat(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(path).startswith(str(tmp_path / "vault")):
            raise PermissionError(13, "Permission denied", str(path))
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", stat)
    [error] = read(hidden)
    assert isinstance(error, InputError) and error.origin == str(hidden)
    assert error.reason == "cannot read (Permission denied)"
