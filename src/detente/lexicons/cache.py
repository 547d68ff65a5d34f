"""Compiled lexicon files kept between runs: pickles in the user's cache, keyed by their sources.

Reading and validating a YAML word list takes a tenth of a second or more; unpickling what it
compiles to takes milliseconds. Each value is kept under ``kind-key.pickle``, where the key is a
hash of everything it is built from (the caller's choice: file bytes, module source, versions),
so a changed input rebuilds it. An unreadable or missing file is rebuilt, never fatal.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import io
import logging
import os
import pickle
import sys
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import platformdirs

log = logging.getLogger(__name__)

CACHE_FORMAT = 1  # bump when the pickled layout changes in a way the source hash would miss
KEEP = 8  # compiled files kept per kind; older ones are removed
T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


def cache_dir() -> Path:
    """The user's cache folder for compiled lexicons (~/.cache/detente/compiled on Linux)."""
    return Path(platformdirs.user_cache_dir("detente")) / "compiled"


def package_key(package: str, files: tuple[str, ...], *parts: str | bytes) -> str:
    """A hash of some files of a package, the parts, this Python's and pydantic's versions."""
    import pydantic  # pickled models are only read back by the pydantic that wrote them

    digest = hashlib.sha1(f"{CACHE_FORMAT}:{sys.version_info[:2]}:{pydantic.VERSION}".encode())
    root = resources.files(package)
    for name in files:
        digest.update(name.encode() + b"\0" + root.joinpath(name).read_bytes())
    for part in parts:
        digest.update(part if isinstance(part, bytes) else part.encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()[:20]


def read_pickle(path: Path) -> Any:
    """The object kept in ``path``, or None when it is absent or unreadable."""
    collecting = gc.isenabled()
    gc.disable()  # unpickling makes many objects and none is garbage
    try:
        with path.open("rb") as handle:
            value = pickle.load(handle)
        # A lexicon lives as long as the process: kept out of the collector's later full
        # passes, which would otherwise walk its ~10^5 objects each time (and once right now).
        gc.freeze()
        _touch(path)
        return value
    except FileNotFoundError:
        return None
    except Exception as exc:  # a truncated or stale file is rebuilt, never fatal
        log.warning("%s: compiled cache unreadable (%s); rebuilding", path, exc)
        return None
    finally:
        if collecting:
            gc.enable()


def write_pickle(path: Path, value: object) -> None:
    """Keep ``value`` in ``path`` and drop the least recently used files of its kind beyond
    ``KEEP``."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.part")
        with partial.open("wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(partial, path)  # readers never see a half-written file
        kind = path.name.split("-")[0]
        old = sorted(path.parent.glob(f"{kind}-*.pickle"), key=lambda p: p.stat().st_mtime)
        for stale in old[:-KEEP]:
            stale.unlink(missing_ok=True)
    except OSError as exc:  # a cache that cannot be written only costs time
        log.warning("%s: cannot keep the compiled cache (%s)", path, exc)


def _touch(path: Path) -> None:
    """Mark a file as just used: the oldest files are dropped, so one read often stays."""
    with contextlib.suppress(OSError):  # a read-only cache still serves what it holds
        os.utime(path)


def cached(kind: str, key: str, build: Callable[[], T], expected: type, folder: Path | None) -> T:
    """The value kept under ``kind-key``, or ``build()`` kept there for the next run."""
    path = (folder or cache_dir()) / f"{kind}-{key}.pickle"
    value = read_pickle(path)
    if isinstance(value, expected):
        return value  # type: ignore[return-value]
    value = build()
    write_pickle(path, value)
    return value


class SharedObjects:
    """Objects pickled one by one and unpickled on first use, then shared by every value.

    A value pickled with ``pickle_by_position`` names each shared object by its position, so
    the objects keep their identity across values (one entry for every term that names it).
    """

    def __init__(self, blobs: Sequence[bytes]) -> None:
        self._blobs = blobs
        self._made: dict[int, Any] = {}
        self._lock = threading.Lock()  # two threads must not make two copies of one object

    def get(self, position: int) -> Any:
        """The shared object at this position, unpickled the first time it is asked for."""
        made = self._made.get(position)
        if made is None:
            with self._lock:
                made = self._made.get(position)
                if made is None:
                    made = self._made[position] = pickle.loads(self._blobs[position])
        return made

    def loads(self, blob: bytes) -> Any:
        """A value whose shared objects were pickled by position."""
        unpickler = pickle.Unpickler(io.BytesIO(blob))
        unpickler.persistent_load = self.get  # type: ignore[method-assign]
        return unpickler.load()


def pickle_by_position(
    value: object, positions: Mapping[int, int], pickler: type[pickle.Pickler] = pickle.Pickler
) -> bytes:
    """Pickle a value naming each object whose ``id`` is in ``positions`` by its position."""

    class _ByPosition(pickler):  # type: ignore[valid-type, misc]
        def persistent_id(self, obj: Any) -> int | None:
            return positions.get(id(obj))

    buffer = io.BytesIO()
    _ByPosition(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return buffer.getvalue()


class LazyMapping(Mapping[K, V]):
    """A read-only mapping whose values are unpickled the first time each is asked for.

    Unpickling ~10^5 lexicon objects at every start costs a tenth of a second; a run reads a
    few thousand of them. Keys are plain (tested without unpickling anything).
    """

    def __init__(self, blobs: dict[K, bytes], shared: SharedObjects) -> None:
        self._blobs = blobs
        self._shared = shared
        self._values: dict[K, V] = {}

    def __getitem__(self, key: K) -> V:
        value = self._values.get(key, _MISSING)
        if value is _MISSING:
            value = self._values[key] = self._shared.loads(self._blobs[key])
        return value  # type: ignore[return-value]

    def __contains__(self, key: object) -> bool:
        return key in self._blobs

    def __iter__(self) -> Iterator[K]:
        return iter(self._blobs)

    def __len__(self) -> int:
        return len(self._blobs)

    def __reduce__(self) -> tuple[Any, ...]:
        return (dict, (dict(self.items()),))  # pickled as the plain dict it stands for


_MISSING = object()
