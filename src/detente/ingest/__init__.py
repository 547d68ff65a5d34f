"""Ingest stage: read files, directories, JSONL and stdin into RawDocument records."""

from detente.ingest.ids import content_id
from detente.ingest.readers import iter_documents

__all__ = ["content_id", "iter_documents"]
