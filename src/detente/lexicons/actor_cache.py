"""The compiled actor index kept between runs, keyed by a hash of every source and of this code."""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import os
import pickle
import sys
from importlib import resources
from pathlib import Path
from typing import Any

import platformdirs
from pydantic import BaseModel

from detente.lexicons.actor_index import ActorLexicon
from detente.lexicons.cache import read_pickle

logger = logging.getLogger(__name__)

CACHE_FORMAT = 2  # bump when the pickled layout changes in a way the code hash would miss
KEEP = 8  # compiled indexes kept (one per set of user files); older ones are removed


def default_cache_dir() -> Path:
    """The user's cache folder for compiled lexicons (~/.cache/detente/lexicons on Linux)."""
    return Path(platformdirs.user_cache_dir("detente")) / "lexicons"


def _code_digest() -> bytes:
    """A hash of the lexicon modules' source: a change to how files compile invalidates caches."""
    digest = hashlib.sha1(f"{CACHE_FORMAT}:{sys.version_info[:2]}".encode())
    package = resources.files("detente.lexicons")
    for folder in (package, package.joinpath("petrarch")):
        for item in sorted(folder.iterdir(), key=lambda i: i.name):
            if item.name.endswith(".py"):
                digest.update(item.read_bytes())
    return digest.digest()


def cache_path(folder: Path, sources_digest: str) -> Path:
    """Where the index compiled from these sources is kept."""
    key = hashlib.sha1(_code_digest() + sources_digest.encode()).hexdigest()[:20]
    return folder / f"actors-{key}.pickle"


def read_cached(path: Path) -> ActorLexicon | None:
    """The cached index, or None when it is absent or unreadable (then it is rebuilt)."""
    loaded = read_pickle(path)  # ~10^5 objects, unpickled with the collector paused
    if not (isinstance(loaded, tuple) and len(loaded) == 2):
        return None
    lexicon, user_objects = loaded
    if not isinstance(lexicon, ActorLexicon):
        return None
    # Identities of user entries do not survive pickling; the objects do, so ids are re-taken.
    return dataclasses.replace(lexicon, user_entries=frozenset(map(id, user_objects)))


# BaseModel's own slot setters: ~5·10^4 entries are rebuilt per load, and calling them directly
# skips object.__setattr__'s attribute lookup for each slot.
_SET_DICT = vars(BaseModel)["__dict__"].__set__
_SET_FIELDS = vars(BaseModel)["__pydantic_fields_set__"].__set__
_SET_EXTRA = vars(BaseModel)["__pydantic_extra__"].__set__
_SET_PRIVATE = vars(BaseModel)["__pydantic_private__"].__set__


def _model(cls: type[BaseModel], state: dict[str, Any], fields_set: set[str], extra: Any,
           private: Any) -> BaseModel:  # fmt: skip
    """A lexicon entry rebuilt from its fields, as pydantic's unpickling does, in fewer steps."""
    model = cls.__new__(cls)
    _SET_DICT(model, state)
    _SET_FIELDS(model, fields_set)
    _SET_EXTRA(model, extra)
    _SET_PRIVATE(model, private)
    return model


class _Pickler(pickle.Pickler):
    """Pickles lexicon entries (frozen pydantic models) by their fields.

    pydantic's ``__setstate__`` is a Python call per model; with ~5·10^4 entries it was a third
    of the cached index's load time. Identity is kept: the pickle memo is consulted first.
    """

    def reducer_override(self, obj: Any) -> Any:
        if isinstance(obj, BaseModel):
            state = (obj.__dict__, obj.__pydantic_fields_set__, obj.__pydantic_extra__,
                     obj.__pydantic_private__)  # fmt: skip
            return (_model, (type(obj), *state))
        return NotImplemented


def write_cached(path: Path, lexicon: ActorLexicon) -> None:
    """Keep the index for the next run; a cache that cannot be written only costs time."""
    user_objects = [t.entry for terms in lexicon.index.values() for t in terms
                    if t.user and id(t.entry) in lexicon.user_entries]
    user_objects += [p for people in lexicon.surnames.values() for p in people
                     if id(p) in lexicon.user_entries]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.part")
        with partial.open("wb") as handle:
            _Pickler(handle, protocol=pickle.HIGHEST_PROTOCOL).dump((lexicon, user_objects))
        os.replace(partial, path)
        old = sorted(path.parent.glob("actors-*.pickle"), key=lambda p: p.stat().st_mtime)
        for stale in old[:-KEEP]:
            stale.unlink(missing_ok=True)
    except OSError as exc:
        logger.warning("%s: cannot keep the compiled actor index (%s)", path, exc)
