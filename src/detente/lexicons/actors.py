"""Actor lexicon: load the shipped and user actor files into one compiled index.

The schema lives in actor_schema, file reading in actor_files and the index in actor_index;
their public names are re-exported here, where the rest of detente imports them from.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from detente.lexicons.actor_files import check_codes, read_actor_file, read_actor_yaml
from detente.lexicons.actor_index import (
    PLACE_KINDS,
    ActorLexicon,
    Match,
    Term,
    Token,
    compile_actors,
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

__all__ = [
    "CODE", "KINDS", "PLACE_KINDS", "SECTORS", "SHIPPED_FILES", "ActorFile", "ActorLexicon",
    "AgentGroup", "CountryEntry", "Kind", "Match", "OrganisationEntry", "PersonEntry",
    "RoleEntry", "Term", "Token", "compile_actors", "load_actor_lexicon", "read_actor_file",
    "read_actor_yaml", "surname_keys", "tokenise",
]

SHIPPED_FILES = ("countries.yaml", "organisations.yaml", "people.yaml", "agents.yaml")


def load_actor_lexicon(extra_files: Sequence[Path] = ()) -> ActorLexicon:
    """Load the shipped actor files plus user files that add or override entries."""
    data = resources.files("detente.lexicons").joinpath("data")
    files: list[tuple[ActorFile, str, str]] = []
    for name in SHIPPED_FILES:
        text = data.joinpath(name).read_text("utf-8")
        files.append((read_actor_yaml(text, name), name, text))
    for path in extra_files:
        model, text = read_actor_file(Path(path))
        files.append((model, str(path), text))
    check_codes(files)
    shipped = sorted({f.version for f, _, _ in files[: len(SHIPPED_FILES)]})
    version = "actors-" + "/".join(shipped)
    if extra_files:
        digest = hashlib.sha1("".join(t for _, _, t in files[len(SHIPPED_FILES):]).encode())
        version += "+user." + digest.hexdigest()[:8]
    compiled = [(f, i >= len(SHIPPED_FILES)) for i, (f, _, _) in enumerate(files)]
    return compile_actors(compiled, version)
