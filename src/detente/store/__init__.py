"""Store stage: DuckDB schema and migrations, the single writer, named read queries, exports."""

from detente.store.database import Store, StoreCounts, StoreError, open_store
from detente.store.queries import EventFilter

__all__ = ["EventFilter", "Store", "StoreCounts", "StoreError", "open_store"]
