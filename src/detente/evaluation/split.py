"""Stable, hash-based splits of gold sets: the two halves of a set and fixed samples."""

from __future__ import annotations

import hashlib

HALVES = ("A", "B")


def _bucket(key: str, buckets: int) -> int:
    """A bucket for `key` that is the same on every machine and Python run (unlike hash())."""
    digest = hashlib.sha256(key.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % buckets


def half_of(key: str) -> str:
    """The half ("A" or "B") a record with this id belongs to."""
    return HALVES[_bucket(key, 2)]


def in_sample(key: str, one_in: int) -> bool:
    """Whether a record with this key is in the fixed 1-in-`one_in` sample."""
    if one_in < 1:
        raise ValueError(f"one_in must be at least 1, not {one_in}")
    # Salted so the sample is not simply one of the halves.
    return _bucket(f"sample|{key}", one_in) == 0
