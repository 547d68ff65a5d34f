"""detente: verifiable political event data (CAMEO + PLOVER) from raw news articles."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from detente.store import EventFilter, Store, open_store

__all__ = ["EventFilter", "Store", "open_store"]


def __getattr__(name: str) -> Any:
    # Imported on first use: `import detente.cli` should not pay for DuckDB.
    if name in __all__:
        from detente import store

        return getattr(store, name)
    raise AttributeError(f"module 'detente' has no attribute {name!r}")
