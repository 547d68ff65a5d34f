"""Content-hash identifiers, so re-reading the same input gives the same ids."""

from __future__ import annotations

import hashlib


def content_id(text: str) -> str:
    """Return a short stable id for a document's raw text."""
    # 16 hex digits (64 bits): collisions are negligible below billions of articles.
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def article_id(doc_id: str | None, raw_text: str) -> str:
    """The id an article is stored under: the input's own id, else the hash of its raw text."""
    return doc_id or content_id(raw_text)
