"""Compiled verb lexicon and candidate filter kept between runs, keyed by what they come from.

Reading verbs.yaml (validation included) and compiling the trigger word forms take seconds;
unpickling their result takes milliseconds. A key hashes every input: the verb file's bytes,
the known CAMEO codes, the actor lexicon's version, the model's name and version, and the
source of the modules that compile them, so any change rebuilds the cache. The actor lexicon
keeps its own cache (lexicons/actor_cache.py).
"""

from __future__ import annotations

import hashlib
import logging
import sys
from collections.abc import Iterator, Sequence
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING

from detente.lexicons.actors import ActorLexicon
from detente.lexicons.cache import cached
from detente.lexicons.english import english
from detente.lexicons.verbs import VerbLexicon, load_verbs
from detente.parse.candidates import CandidateFilter, load_candidate_filter

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)

CACHE_FORMAT = 1  # bump when the pickled layout changes in a way the source hash would miss
_PARSE_SOURCES = ("candidates.py", "compiled.py")


def _files(folder: Traversable) -> Iterator[Traversable]:
    for item in sorted(folder.iterdir(), key=lambda i: i.name):
        if item.is_dir():
            yield from _files(item)
        elif not item.name.endswith((".pyc", ".pickle")):
            yield item


def _parse_code() -> bytes:
    parse = resources.files("detente.parse")
    return hashlib.sha1(b"".join(parse.joinpath(n).read_bytes() for n in _PARSE_SOURCES)).digest()


# Taken when this module (and so candidates.py) is imported: a source file edited while a run
# goes on must not key a filter compiled by the code that was loaded before the edit.
_CODE_AT_IMPORT = _parse_code()


def source_key(*parts: str | bytes) -> str:
    """A hash of the parts, this Python's version, the lexicon package (code and data files)
    and the modules here that compile the filter."""
    digest = hashlib.sha1(f"{CACHE_FORMAT}:{sys.version_info[:2]}".encode() + _CODE_AT_IMPORT)
    for item in _files(resources.files("detente.lexicons")):
        digest.update(item.name.encode() + b"\0" + item.read_bytes())
    for part in parts:
        digest.update(part if isinstance(part, bytes) else part.encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()[:20]


def load_verbs_cached(known_codes: Sequence[str], *, folder: Path | None = None) -> VerbLexicon:
    """The shipped verb lexicon, checked against the known codes, from the cache when it can."""
    key = source_key("\n".join(sorted(known_codes)))
    return cached("verbs", key, lambda: load_verbs(known_codes=known_codes), VerbLexicon, folder)


def load_filter_cached(
    nlp: Language, verbs: VerbLexicon, actors: ActorLexicon, *, folder: Path | None = None
) -> CandidateFilter:
    """The candidate filter for this model and these lexicons, from the cache when it can."""
    meta = nlp.meta
    key = source_key(
        f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}",
        verbs.version, actors.version, english().version,
    )  # fmt: skip

    def build() -> CandidateFilter:
        return load_candidate_filter(nlp, verbs, actors=actors)

    return cached("filter", key, build, CandidateFilter, folder)
