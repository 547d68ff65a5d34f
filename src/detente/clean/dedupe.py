"""Duplicate articles: exact content hashes, and MinHash signatures of word 5-grams in LSH bands."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import numpy as np

from detente.ingest.ids import content_id

# 128 permutations estimate a Jaccard similarity to within about ±0.09 (1/sqrt(128)).
NUM_PERM = 128
# 32 bands of 4 rows: a pair at Jaccard 0.5 shares a band with probability 0.87, at 0.3 only 0.23,
# so the exact check below sees nearly every real duplicate and few unrelated stories.
BANDS = 32
ROWS = NUM_PERM // BANDS
# Word 5-grams: long enough that two different stories on one topic share few of them.
SHINGLE_WORDS = 5
# The same wire story with different site furniture keeps well over half of its shingles.
MIN_JACCARD = 0.5
# A cut-down copy (only the first paragraphs) is a duplicate when most of it is inside the other;
# below a Jaccard of 0.3 the estimate is too noisy to tell a short brief from a coincidence.
MIN_CONTAINMENT = 0.8
MIN_JACCARD_CUT = 0.3
_SEED = 1
# MurmurHash3's 32-bit finalizer (shift, multiplier, shift, multiplier, shift): mixes each
# shingle's hash once before the affine permutations, so similar inputs spread evenly.
_FMIX = (16, 0x85EBCA6B, 13, 0xC2B2AE35, 16)
_WORD = re.compile(r"\w+")
_HASH_MASK = (1 << 63) - 1


@dataclass(frozen=True, slots=True, kw_only=True, eq=False)
class Fingerprint:
    """What duplicate detection needs to know about one cleaned article text."""

    content_hash: str
    shingles: int  # number of distinct shingles, for the containment estimate
    signature: np.ndarray  # NUM_PERM uint32 MinHash values
    bands: tuple[int, ...]  # BANDS 63-bit hashes of the signature's bands


@dataclass(frozen=True, slots=True, kw_only=True)
class Duplicate:
    """The canonical article a new one duplicates, and how similar they are."""

    article_id: str
    similarity: float


@cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The NUM_PERM affine maps h -> a*h + b (mod 2^32), drawn once from the fixed seed.

    Odd multipliers make each map a bijection of the 32-bit values. The draws are those of
    datasketch's "affine32" scheme with the same seed (which the store's first signatures used),
    so signatures stay comparable with stored ones.
    """
    draw = np.random.RandomState(_SEED)
    a = draw.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = draw.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def _mix(values: np.ndarray) -> np.ndarray:
    """MurmurHash3's finalizer on uint32 values (wrapping multiplication is the modulo)."""
    s1, m1, s2, m2, s3 = _FMIX
    values = values ^ (values >> np.uint32(s1))
    values = values * np.uint32(m1)
    values = values ^ (values >> np.uint32(s2))
    values = values * np.uint32(m2)
    return values ^ (values >> np.uint32(s3))


def signature(grams: Iterable[bytes]) -> np.ndarray:
    """The MinHash signature of a set of shingles: per permutation, the least permuted hash.

    Each shingle's hash is the first four bytes of its SHA-1, little-endian.
    """
    digests = b"".join(hashlib.sha1(g).digest()[:4] for g in grams)
    hashes = np.frombuffer(digests, dtype="<u4").astype(np.uint32).reshape(-1, 1)
    a, b = _permutations()
    if not len(hashes):
        return np.full(NUM_PERM, np.iinfo(np.uint32).max, dtype=np.uint32)
    return (_mix(hashes) * a + b).min(axis=0)


def shingles(text: str) -> set[bytes]:
    """The distinct lower-cased word 5-grams of a text (the whole text when it is shorter)."""
    words = _WORD.findall(text.lower())
    if len(words) <= SHINGLE_WORDS:
        return {" ".join(words).encode("utf-8")}
    return {
        " ".join(words[i : i + SHINGLE_WORDS]).encode("utf-8")
        for i in range(len(words) - SHINGLE_WORDS + 1)
    }


def band_hashes(signature: np.ndarray) -> tuple[int, ...]:
    """One 63-bit hash per band of rows (a signed 64-bit column holds it); equal hashes make
    two articles candidates."""
    return tuple(
        int.from_bytes(
            hashlib.blake2b(signature[i * ROWS : (i + 1) * ROWS].tobytes(), digest_size=8).digest(),
            "little",
        )
        & _HASH_MASK
        for i in range(BANDS)
    )


def fingerprint(text: str) -> Fingerprint:
    """Content hash, shingle count, MinHash signature and LSH bands of a cleaned text."""
    grams = shingles(text)
    values = signature(grams)
    return Fingerprint(
        content_hash=content_id(text),
        shingles=len(grams),
        signature=values,
        bands=band_hashes(values),
    )


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two MinHash signatures."""
    return float(np.mean(a == b))


def containment(similarity: float, size: int, other: int) -> float:
    """Estimated share of the smaller shingle set inside the larger, from their Jaccard."""
    if similarity <= 0:
        return 0.0
    common = similarity * (size + other) / (1 + similarity)
    return min(1.0, common / max(1, min(size, other)))


def resolve_duplicate(
    new: Fingerprint, candidates: Iterable[tuple[str, Fingerprint]]
) -> Duplicate | None:
    """The most similar candidate that the new text duplicates, if any (ties: first given)."""
    best: Duplicate | None = None
    for article_id, other in candidates:
        if other.content_hash == new.content_hash:
            return Duplicate(article_id=article_id, similarity=1.0)
        sim = jaccard(new.signature, other.signature)
        cut = sim >= MIN_JACCARD_CUT and (
            containment(sim, new.shingles, other.shingles) >= MIN_CONTAINMENT
        )
        near = sim >= MIN_JACCARD or cut
        if near and (best is None or sim > best.similarity):
            best = Duplicate(article_id=article_id, similarity=round(sim, 4))
    return best
