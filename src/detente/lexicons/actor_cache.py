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
from detente.lexicons.cache import LazyMapping, SharedObjects, pickle_by_position, read_pickle

logger = logging.getLogger(__name__)

CACHE_FORMAT = 3  # bump when the pickled layout changes in a way the code hash would miss
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
    """The cached index, or None when it is absent or unreadable (then it is rebuilt).

    The index and the surnames are ``LazyMapping``s: a term list is unpickled when a phrase
    first asks for its key, and an entry when a term first names it (once, then shared).
    """
    loaded = read_pickle(path)
    if not (isinstance(loaded, tuple) and len(loaded) == 6 and loaded[0] == CACHE_FORMAT):
        return None
    _, header, entries, index, surnames, users = loaded
    shared = SharedObjects(entries)
    lexicon = shared.loads(header)
    if not isinstance(lexicon, ActorLexicon):
        return None
    # Identities of user entries do not survive pickling; the objects do, so ids are re-taken.
    user_entries = frozenset(id(shared.get(position)) for position in users)
    return dataclasses.replace(
        lexicon,
        index=LazyMapping(index, shared),
        surnames=LazyMapping(surnames, shared),
        user_entries=user_entries,
    )


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


def _entries(lexicon: ActorLexicon) -> list[Any]:
    """Every entry a term or a surname names, each once, in a fixed order."""
    found: dict[int, Any] = {}
    for terms in lexicon.index.values():
        for term in terms:
            if term.entry is not None:
                found.setdefault(id(term.entry), term.entry)
    for people in lexicon.surnames.values():
        for person in people:
            found.setdefault(id(person), person)
    return list(found.values())


def _serialise(lexicon: ActorLexicon) -> tuple[Any, ...]:
    """The layout ``read_cached`` reads: every entry and every key's value pickled apart."""
    entries = _entries(lexicon)
    positions = {id(entry): i for i, entry in enumerate(entries)}

    def blob(value: object) -> bytes:
        return pickle_by_position(value, positions, _Pickler)

    header = dataclasses.replace(lexicon, index={}, surnames={}, cache={}, skeletons={})
    users = [positions[i] for i in lexicon.user_entries if i in positions]
    return (
        CACHE_FORMAT,
        blob(header),
        # Each entry whole (no entry holds another), not as a reference to itself.
        [pickle_by_position(entry, {}, _Pickler) for entry in entries],
        {key: blob(terms) for key, terms in lexicon.index.items()},
        {key: blob(people) for key, people in lexicon.surnames.items()},
        users,
    )


def write_cached(path: Path, lexicon: ActorLexicon) -> None:
    """Keep the index for the next run; a cache that cannot be written only costs time."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.part")
        with partial.open("wb") as handle:
            pickle.dump(_serialise(lexicon), handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(partial, path)
        old = sorted(path.parent.glob("actors-*.pickle"), key=lambda p: p.stat().st_mtime)
        for stale in old[:-KEEP]:
            stale.unlink(missing_ok=True)
    except OSError as exc:
        logger.warning("%s: cannot keep the compiled actor index (%s)", path, exc)
