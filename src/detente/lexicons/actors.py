"""Actor lexicon: load the shipped and user actor files into one compiled index.

The schema lives in actor_schema, file reading in actor_files and the index in actor_index;
their public names are re-exported here, where the rest of detente imports them from.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from pathlib import Path

from detente.lexicons.actor_cache import cache_path, default_cache_dir, read_cached, write_cached
from detente.lexicons.actor_compile import Layer, compile_actors
from detente.lexicons.actor_files import read_actor_file, read_actor_yaml
from detente.lexicons.actor_index import (
    NOT_SELF,
    PLACE_KINDS,
    ActorLexicon,
    Match,
    Term,
    Token,
    one_edit_apart,
    surname_keys,
    tokenise,
)
from detente.lexicons.actor_schema import (
    CODE,
    KINDS,
    SECTORS,
    ActorFile,
    AgentGroup,
    CountryEntry,
    Kind,
    OrganisationEntry,
    PersonEntry,
    RoleEntry,
)
from detente.lexicons.actor_sources import (
    SHIPPED_FILES,
    Source,
    gather_sources,
    read_layers,
    shipped_actor_files,
    sources_digest,
)

logger = logging.getLogger(__name__)
_NOT_SELF = NOT_SELF  # the name tests of the people files import (from before the split)

__all__ = [
    "CODE", "KINDS", "NOT_SELF", "PLACE_KINDS", "SECTORS", "SHIPPED_FILES", "ActorFile",
    "ActorLexicon", "AgentGroup", "CountryEntry", "Kind", "Match", "OrganisationEntry",
    "PersonEntry", "RoleEntry", "Term", "Token", "compile_actors", "load_actor_lexicon",
    "one_edit_apart", "read_actor_file", "read_actor_yaml", "shipped_actor_files",
    "surname_keys", "tokenise",
]

def _version(sources: Sequence[Source], layers: Sequence[Layer]) -> str:
    """Our files' versions, plus a digest of the user's files and of the imported ones."""
    own = sorted({layer.model.version for layer in layers if layer.tier == "own"})
    version = "actors-" + "/".join(own)
    for tier, label in (("user", "user"), ("user-petrarch", "user"), ("imported", "phoenix")):
        blobs = [s.data for s in sources if s.tier == tier]
        if blobs:
            version += f"+{label}." + hashlib.sha1(b"".join(blobs)).hexdigest()[:8]
    return version


def load_actor_lexicon(
    extra_files: Sequence[Path] = (),
    agent_files: Sequence[Path] = (),
    *,
    imported: bool = True,
    cache_dir: Path | None = None,
    use_cache: bool = True,
) -> ActorLexicon:
    """Our actor files, the user's (YAML, TSV or PETRARCH) and the imported Phoenix dictionaries.

    The compiled index is kept in ``cache_dir`` (default: the user's cache folder) under a hash
    of every file and of the code that compiles them, so a changed file is always recompiled.
    """
    sources = gather_sources(extra_files, agent_files, imported=imported)
    path = cache_path(cache_dir or default_cache_dir(), sources_digest(sources))
    if use_cache and (cached := read_cached(path)) is not None:
        return cached
    layers, summaries = read_layers(sources)
    for summary in summaries:
        if summary.problems and summary.tier != "imported":
            logger.warning("%s: %d unreadable lines skipped, first: %s", summary.origin,
                           len(summary.problems), summary.problems[0])
    lexicon = compile_actors(layers, _version(sources, layers), summaries)
    if use_cache:
        write_cached(path, lexicon)
    return lexicon
