"""Imported verb patterns after our own: precedence, conflicts, counts and the compiled cache.

Order is explicit: our verbs.yaml first, then the user's `verb_files` in the order listed, then
the shipped CAMEO 2.0 dictionary. A later source never replaces an earlier one: where it names the
same verb, particle, object and modifiers, that combination is removed from it and counted (a
*conflict* when the codes differ, so ours can be checked; a *duplicate* when they agree). Nor
may an import turn one of our general verb senses into another act by adding an object ("call
for" is an appeal, so "call for sanctions" stays one): that is a conflict too.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import pickle
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from importlib import resources
from pathlib import Path

import platformdirs

from detente.lexicons.petrarch.verb_patterns import (
    COMPILER_VERSION,
    STATEMENT_ROOT,
    CompiledVerbs,
    compile_verb_dictionary,
)
from detente.lexicons.petrarch.verbs import parse_verb_dictionary, read_verb_dictionary
from detente.lexicons.verbs import PatternModel, VerbLexicon

log = logging.getLogger(__name__)

RECORD = dict(frozen=True, slots=True, kw_only=True)

SHIPPED_NAME = "CAMEO.2.0.txt"
SHIPPED_PREFIX = "petrarch"
# (verb lemma, particle, object lemma or None, modifiers): what one pattern says about one verb.
Key = tuple[str, str | None, str | None, frozenset[str]]


@dataclass(**RECORD)
class Conflict:
    """An imported verb + object that an earlier source codes differently; the earlier wins."""

    verb: str
    particle: str | None
    object: str | None
    kept_id: str
    kept_code: str
    dropped_id: str
    dropped_code: str


@dataclass(**RECORD)
class ImportedVerbs:
    """Patterns to add after our own, with what each source gave and what precedence removed."""

    patterns: tuple[PatternModel, ...]
    sources: tuple[CompiledVerbs, ...]
    conflicts: tuple[Conflict, ...] = ()
    # "conflict with own", "duplicate of own", "shadowed by earlier import" → (verb, object) pairs
    removed: dict[str, int] = field(default_factory=dict)


def _keys(pattern: PatternModel, verb: str) -> list[Key]:
    modifiers = frozenset(pattern.object_modifiers)
    objects: Sequence[str | None] = pattern.objects or (None,)
    return [(verb, pattern.particle, obj, modifiers) for obj in objects]


def code_family(cameo: str) -> str:
    """The codes under a CAMEO code: "020" covers 02x and 02xx, "173" only 173x."""
    family = cameo.rstrip("0")
    return family if len(family) >= 2 else cameo[:2]


def _general_key(key: Key) -> Key:
    """The same verb and particle with no object: the key of an own pattern's general sense."""
    return (key[0], key[1], None, frozenset())


def _own_keys(own: Iterable[PatternModel]) -> dict[Key, PatternModel]:
    """What our patterns claim; frames of negation or "as" complements claim nothing here."""
    claimed: dict[Key, PatternModel] = {}
    for pattern in own:
        if pattern.as_nouns or pattern.when_negated:
            continue
        for verb in pattern.verbs:
            for key in _keys(pattern, verb):
                claimed.setdefault(key, pattern)
    return claimed


def _conflict(key: Key, kept: PatternModel, dropped: PatternModel) -> Conflict:
    return Conflict(
        verb=key[0],
        particle=key[1],
        object=key[2],
        kept_id=kept.id,
        kept_code=kept.cameo,
        dropped_id=dropped.id,
        dropped_code=dropped.cameo,
    )


class _Precedence:
    """Walks imported patterns in order, removing what an earlier source already claims."""

    def __init__(self, own: Iterable[PatternModel]) -> None:
        self.own = _own_keys(own)
        self.imported: dict[Key, PatternModel] = {}
        self.conflicts: list[Conflict] = []
        self.removed: Counter[str] = Counter()

    def _against_own_sense(self, key: Key, pattern: PatternModel) -> bool:
        """An import that repeats or moves an own general verb sense ("call for" + object)."""
        general = self.own.get(_general_key(key)) if key[2] is not None else None
        if general is None or key in self.own or pattern.cameo.startswith(STATEMENT_ROOT):
            return False  # naming a sense that is no event refines any reading
        if pattern.cameo == general.cameo:
            # Ours already codes the verb so, with recipient places of its own.
            self.removed["repeats an own verb sense"] += 1
            return True
        if pattern.cameo.startswith(code_family(general.cameo)):
            return False  # detail under our reading: "call for aid" (0233) under "call for" (020)
        # Ours reads "call for" as an appeal: an import may not silently make it another act.
        self.removed["moves an own verb sense to another code (own kept)"] += 1
        self.conflicts.append(_conflict(key, general, pattern))
        return True

    def _clash(self, key: Key, pattern: PatternModel) -> bool:
        if self._against_own_sense(key, pattern):
            return True
        earlier = self.own.get(key)
        label = "own"
        if earlier is None:
            earlier, label = self.imported.get(key), "import"
        if earlier is None:
            return False
        if label == "import":
            self.removed["shadowed by an earlier imported pattern"] += 1
        elif earlier.cameo == pattern.cameo:
            self.removed["duplicate of an own pattern"] += 1
        else:
            self.removed["conflict with an own pattern (own kept)"] += 1
            self.conflicts.append(_conflict(key, earlier, pattern))
        return True

    def admit(self, pattern: PatternModel) -> list[PatternModel]:
        """The pattern without the verb/object pairs an earlier source claims (maybe split)."""
        whole: list[str] = []
        split: list[PatternModel] = []
        for verb in pattern.verbs:
            keys = _keys(pattern, verb)
            free = [k for k in keys if not self._clash(k, pattern)]
            places = self._own_places(verb, pattern)
            if len(free) == len(keys) and places is None:
                whole.append(verb)
            elif free:
                objects = tuple(k[2] for k in free if k[2] is not None)
                update = {
                    "id": f"{pattern.id}-{verb}",
                    "verbs": (verb,),
                    "objects": objects,
                    "recipient": pattern.recipient if places is None else places,
                }
                split.append(pattern.model_copy(update=update))
        kept = [pattern.model_copy(update={"verbs": tuple(whole)})] if whole else []
        kept += split
        for made in kept:
            for verb in made.verbs:
                for key in _keys(made, verb):
                    self.imported.setdefault(key, made)
        return kept

    def _own_places(self, verb: str, pattern: PatternModel) -> tuple[str, ...] | None:
        """Where our general pattern for the verb finds its recipient, when the import says
        nothing of its own ("extradited two suspects *to* Australia", not the suspects)."""
        if not pattern.objects or pattern.recipient != ("dobj",):
            return None
        general = self.own.get((verb, pattern.particle, None, frozenset()))
        if general is None or general.recipient == pattern.recipient:
            return None
        return general.recipient


def user_prefix(path: Path) -> str:
    """Id prefix of a user's dictionary: its file name, lower-cased, as an id allows."""
    return "petrarch-" + re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-")


def _compile_sources(
    verb_files: Sequence[Path], shipped: bool, known_codes: Iterable[str]
) -> list[CompiledVerbs]:
    codes = tuple(known_codes)
    compiled = []
    for path in verb_files:
        dictionary = read_verb_dictionary(path)
        compiled.append(
            compile_verb_dictionary(
                dictionary, prefix=user_prefix(path), source_name=path.name, known_codes=codes
            )
        )
    if shipped:
        dictionary = parse_verb_dictionary(shipped_text(), SHIPPED_NAME)
        compiled.append(
            compile_verb_dictionary(
                dictionary, prefix=SHIPPED_PREFIX, source_name=SHIPPED_NAME, known_codes=codes
            )
        )
    return compiled


def shipped_text() -> str:
    """The CAMEO 2.0 verb dictionary shipped in the package."""
    data = resources.files("detente.lexicons").joinpath("data/petrarch", SHIPPED_NAME)
    return data.read_text("utf-8")


def import_verbs(
    own: Sequence[PatternModel],
    *,
    verb_files: Sequence[Path] = (),
    shipped: bool = True,
    known_codes: Iterable[str],
) -> ImportedVerbs:
    """Compile the user's and the shipped dictionaries and apply precedence after ``own``."""
    sources = _compile_sources(verb_files, shipped, known_codes)
    precedence = _Precedence(own)
    kept: list[PatternModel] = []
    for source in sources:
        for pattern in source.patterns:
            kept.extend(precedence.admit(pattern))
    return ImportedVerbs(
        patterns=tuple(kept),
        sources=tuple(sources),
        conflicts=tuple(precedence.conflicts),
        removed=dict(precedence.removed),
    )


def default_cache_dir() -> Path:
    """Where compiled imports are kept: the user's cache folder, never the repository."""
    return Path(platformdirs.user_cache_dir("detente")) / "verbs"


def cache_key(
    own_text: str, verb_files: Sequence[Path], shipped: bool, codes: Iterable[str]
) -> str:
    """Hash of everything the compiled result depends on: any change means a recompile."""
    digest = hashlib.sha256(f"compiler {COMPILER_VERSION}\n".encode())
    digest.update(own_text.encode("utf-8"))
    digest.update(" ".join(sorted(codes)).encode())
    for path in verb_files:
        digest.update(b"\0file\0" + path.read_bytes())
    if shipped:
        digest.update(b"\0shipped\0" + shipped_text().encode("utf-8"))
    return digest.hexdigest()[:24]


def _to_cache(result: ImportedVerbs) -> tuple[object, ...]:
    """Conflicts as plain tuples: thousands of slotted records unpickle slowly one by one."""
    conflicts = tuple(tuple(getattr(c, f.name) for f in fields(Conflict)) for c in result.conflicts)
    return (COMPILER_VERSION, result.patterns, result.sources, conflicts, result.removed)


def _from_cache(data: object) -> ImportedVerbs | None:
    if not isinstance(data, tuple) or len(data) != 5 or data[0] != COMPILER_VERSION:
        return None
    _, patterns, sources, conflicts, removed = data
    names = [f.name for f in fields(Conflict)]
    return ImportedVerbs(
        patterns=patterns,
        sources=sources,
        conflicts=tuple(Conflict(**dict(zip(names, c, strict=True))) for c in conflicts),
        removed=removed,
    )


def load_imported_verbs(
    own: Sequence[PatternModel],
    own_text: str,
    *,
    verb_files: Sequence[Path] = (),
    shipped: bool = True,
    known_codes: Iterable[str],
    cache_dir: Path | None = None,
) -> ImportedVerbs:
    """``import_verbs`` through a cache keyed by the hash of every input file."""
    codes = tuple(known_codes)
    try:
        key = cache_key(own_text, verb_files, shipped, codes)
    except OSError as exc:  # a listed file that cannot be read: let the reader name it
        log.debug("verb cache key: %s", exc)
        return import_verbs(own, verb_files=verb_files, shipped=shipped, known_codes=codes)
    path = (cache_dir or default_cache_dir()) / f"imported-verbs-{key}.pickle"
    try:
        # Our own file in the user's cache folder, written by the code below. Collecting
        # garbage while thousands of small objects are rebuilt only costs time.
        data = path.read_bytes()
        gc.disable()
        try:
            cached = _from_cache(pickle.loads(data))
        finally:
            gc.enable()
        if cached is not None:
            return cached
    except (
        OSError,
        pickle.UnpicklingError,
        EOFError,
        AttributeError,
        ImportError,
        TypeError,
    ) as exc:
        log.debug("verb cache %s not used: %s", path, exc)
    result = import_verbs(own, verb_files=verb_files, shipped=shipped, known_codes=codes)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_bytes(pickle.dumps(_to_cache(result), protocol=pickle.HIGHEST_PROTOCOL))
        temporary.replace(path)
    except OSError as exc:  # a read-only cache costs time, never the result
        log.warning("cannot write verb cache %s: %s", path, exc)
    return result


@dataclass(**RECORD)
class CountRow:
    """One line of `detente lexicon stats` for verbs: how many entries of a kind a source gave."""

    source: str
    tier: str  # "own", "user" or "imported": the order of precedence
    kind: str
    count: int


def verb_counts(lexicon: VerbLexicon) -> list[CountRow]:
    """Patterns per source and kind, what compiling dropped and what precedence removed."""
    imports = lexicon.imports
    own = len(lexicon.patterns) - (len(imports.patterns) if imports is not None else 0)
    rows = [CountRow(source="verbs.yaml", tier="own", kind="pattern", count=own)]
    if imports is None:
        return rows
    for source in imports.sources:
        name = Path(source.origin).name
        tier = "imported" if source.prefix == SHIPPED_PREFIX else "user"
        counted = [
            *((f"pattern kept: {k}", n) for k, n in source.patterns_kept.items()),
            *((f"pattern dropped: {k}", n) for k, n in source.patterns_dropped.items()),
            *((f"bare verb: {k}", n) for k, n in source.bare_verbs.items()),
            *((f"verb dropped: {k}", n) for k, n in source.verbs_dropped.items()),
            ("verb kept", source.verbs_kept),
            ("pattern not applied to a synonym it was not written for", source.synonyms_left_out),
            ("unreadable line", source.unreadable),
        ]
        rows += [CountRow(source=name, tier=tier, kind=k, count=n) for k, n in counted if n]
    rows += [
        CountRow(
            source="all imports", tier="precedence", kind=f"verb+object pairs removed: {k}", count=n
        )
        for k, n in sorted(imports.removed.items())
    ]
    rows.append(
        CountRow(
            source="all imports",
            tier="precedence",
            kind="pattern records added",
            count=len(imports.patterns),
        )
    )
    return rows
