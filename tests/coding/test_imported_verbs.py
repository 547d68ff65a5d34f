"""Sentences of the made-up world coded through imported PETRARCH-format verb patterns."""

from __future__ import annotations

import pytest

from detente.coding.actors import load_actor_lexicon
from detente.coding.events import Coder
from detente.lexicons.ontology import load_ontology
from detente.lexicons.verbs import load_verbs

from middle_earth import code, dyad
from support import FIXTURES

# A user's own dictionary in the PETRARCH format: a made-up verb of the made-up world.
REALM_VERBS = """\
---  BESPELL   [---]  ---
BESPELL {BESPELLS BESPELLED BESPELLING}
- * (WITH PALANTIR)   [173]   # spying through a seeing-stone is surveillance
"""


@pytest.fixture(scope="module")
def coder(tmp_path_factory: pytest.TempPathFactory) -> Coder:
    folder = tmp_path_factory.mktemp("realm-verbs")
    realm = folder / "realm.verbs.txt"
    realm.write_text(REALM_VERBS, encoding="utf-8")
    ontology = load_ontology()
    return Coder(
        verbs=load_verbs(
            known_codes=tuple(ontology.codes),
            imported=True,
            verb_files=[realm],
            cache_dir=folder / "cache",
        ),
        ontology=ontology,
        actors=load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml"]),
    )


def test_a_shipped_cameo_pattern_codes_a_verb_ours_only_knows_with_other_objects(
    coder: Coder,
) -> None:
    # Our donate patterns need money or relief as object; CAMEO 2.0's headword DONATE [070]
    # codes the act alone.
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("donated", "donate", "VERB", "ROOT", 1),
        ("horses", "horse", "NOUN", "dobj", 1),
        ("to", "to", "ADP", "prep", 1),
        ("Arnor", "Arnor", "PROPN", "pobj", 3),
        (".", ".", "PUNCT", "punct", 1),
    ]
    [event] = code(coder, rows)
    assert event.pattern_id.startswith("petrarch:") and event.cameo == "070"
    assert dyad(event) == ("GND", "AID", "ARN")
    pattern = coder.verbs.patterns[event.pattern_id]
    assert pattern.source is not None and pattern.source.startswith("CAMEO.2.0.txt:")
    assert coder.verbs.sources[event.pattern_id] == pattern.source  # what --explain prints


def test_a_users_dictionary_codes_its_own_verb_with_a_prepositional_object(coder: Coder) -> None:
    rows = [
        ("Mordor", "Mordor", "PROPN", "nsubj", 1),
        ("bespelled", "bespell", "VERB", "ROOT", 1),
        ("Gondor", "Gondor", "PROPN", "dobj", 1),
        ("with", "with", "ADP", "prep", 1),
        ("a", "a", "DET", "det", 5),
        ("palantir", "palantir", "NOUN", "pobj", 3),
        (".", ".", "PUNCT", "punct", 1),
    ]
    [event] = code(coder, rows)
    assert event.pattern_id == "petrarch-realm-verbs:3" and event.cameo == "173"
    assert dyad(event) == ("MDR", "COERCE", "GND")


def test_the_users_pattern_does_not_fire_without_its_object(coder: Coder) -> None:
    rows = [
        ("Mordor", "Mordor", "PROPN", "nsubj", 1),
        ("bespelled", "bespell", "VERB", "ROOT", 1),
        ("Gondor", "Gondor", "PROPN", "dobj", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert code(coder, rows) == ()
