"""Compiled lexicons read lazily: values unpickled on first use, shared objects kept shared."""

from __future__ import annotations

import pickle
from dataclasses import dataclass
from pathlib import Path

from detente.lexicons.actors import load_actor_lexicon
from detente.lexicons.cache import LazyMapping, SharedObjects, pickle_by_position


@dataclass(frozen=True)
class Realm:
    name: str


def _lazy(values: dict[str, list[Realm]], shared: list[Realm]) -> LazyMapping[str, list[Realm]]:
    positions = {id(obj): i for i, obj in enumerate(shared)}
    blobs = {key: pickle_by_position(value, positions) for key, value in values.items()}
    return LazyMapping(blobs, SharedObjects([pickle.dumps(obj) for obj in shared]))


def test_values_are_unpickled_on_first_use_and_shared_objects_stay_one() -> None:
    gondor, arnor = Realm("Gondor"), Realm("Arnor")
    lazy = _lazy({"south": [gondor], "both": [gondor, arnor]}, [gondor, arnor])
    assert "south" in lazy and "north" not in lazy and len(lazy) == 2
    assert lazy._values == {}  # nothing unpickled by a key test
    assert lazy["both"] == [gondor, arnor] and lazy.get("north") is None
    assert lazy["south"][0] is lazy["both"][0]  # one Gondor for both keys
    assert lazy["both"] is lazy["both"]  # unpickled once
    assert dict(lazy.items()) == {"south": [gondor], "both": [gondor, arnor]}


def test_a_lazy_mapping_pickles_as_the_plain_dict_it_stands_for() -> None:
    gondor = Realm("Gondor")
    copied = pickle.loads(pickle.dumps(_lazy({"south": [gondor]}, [gondor])))
    assert copied == {"south": [gondor]} and type(copied) is dict


def test_the_cached_actor_index_equals_the_compiled_one(tmp_path: Path) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text(
        "version: 1\norganisations:\n  - {name: Arnor Guard, country: GBR}\n"
        "  - {name: Guard of Arnor, country: GBR}\n"
    )
    compiled = load_actor_lexicon([mine], imported=False, use_cache=False)
    load_actor_lexicon([mine], imported=False, cache_dir=tmp_path)  # writes the cache
    cached = load_actor_lexicon([mine], imported=False, cache_dir=tmp_path)
    assert isinstance(cached.index, LazyMapping)
    assert dict(cached.index.items()) == dict(compiled.index.items())
    assert dict(cached.surnames.items()) == dict(compiled.surnames.items())
    assert cached.prefixes == compiled.prefixes and cached.version == compiled.version
    assert cached.scan("the Arnor Guard said")[1] == compiled.scan("the Arnor Guard said")[1]
