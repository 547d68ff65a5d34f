"""Compiled lexicon caches: values kept by key, the least recently used dropped."""

from __future__ import annotations

import os
from pathlib import Path

from detente.lexicons.cache import KEEP, cached


def _build(value: str) -> list[str]:
    return [value]


def test_a_kept_value_is_read_back_without_building(tmp_path: Path) -> None:
    assert cached("words", "k1", lambda: _build("a"), list, tmp_path) == ["a"]
    assert cached("words", "k1", lambda: _build("b"), list, tmp_path) == ["a"]


def test_an_unreadable_file_is_rebuilt(tmp_path: Path) -> None:
    (tmp_path / "words-k1.pickle").write_bytes(b"not a pickle")
    assert cached("words", "k1", lambda: _build("a"), list, tmp_path) == ["a"]


def test_a_value_read_often_outlives_newer_ones_written_once(tmp_path: Path) -> None:
    cached("words", "used", lambda: _build("used"), list, tmp_path)
    old = tmp_path / "words-used.pickle"
    os.utime(old, (1, 1))  # written long ago
    for i in range(KEEP + 2):
        cached("words", f"other{i}", lambda: _build("x"), list, tmp_path)
        # Read again before every write, as each run of the program does.
        assert cached("words", "used", lambda: _build("rebuilt"), list, tmp_path) == ["used"]
    assert old.exists()
    assert len(list(tmp_path.glob("words-*.pickle"))) == KEEP
