"""Fixtures for coder tests: the shipped verb lexicon and ontology over the made-up world."""

from __future__ import annotations

import pytest

from detente.coding.actors import load_actor_lexicon
from detente.coding.events import Coder
from detente.lexicons.ontology import Ontology, load_ontology
from detente.lexicons.relevance import build_lexicon, read_relevance
from detente.lexicons.verbs import load_verbs

from middle_earth import middle_earth_gazetteer
from support import FIXTURES


@pytest.fixture(scope="module")
def ontology() -> Ontology:
    return load_ontology()


@pytest.fixture(scope="module")
def coder(ontology: Ontology) -> Coder:
    """A coder of the made-up world: its actors file and its four-place gazetteer."""
    return Coder(
        verbs=load_verbs(known_codes=tuple(ontology.codes)),
        ontology=ontology,
        actors=load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml"]),
        gazetteer=middle_earth_gazetteer(),
    )


@pytest.fixture(scope="module")
def lexicon():
    """The shipped relevance vocabularies (test modules with other lexicons define their own)."""
    return build_lexicon(read_relevance())
