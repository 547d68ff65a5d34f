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

---  CARRY   [---]  ---
+CARRY_OUT {+CARRIED_OUT +CARRIES_OUT +CARRYING_OUT}
- * ATTACKS   [138]   # CARRY_OUT
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
    # We have no pattern for "fine"; CAMEO 2.0's FINE [172] codes the act alone (a specific
    # code its own patterns never contradict).
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("fined", "fine", "VERB", "ROOT", 1),
        ("Arnor", "Arnor", "PROPN", "dobj", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    [event] = code(coder, rows)
    assert event.pattern_id.startswith("petrarch:") and event.cameo == "172"
    assert dyad(event) == ("GND", "COERCE", "ARN")
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


def test_an_imported_pattern_needs_a_recipient_as_petrarch_does(coder: Coder) -> None:
    # "Mordor bespelled with a palantir.": the act with no one acted upon is no event.
    rows = [
        ("Mordor", "Mordor", "PROPN", "nsubj", 1),
        ("bespelled", "bespell", "VERB", "ROOT", 1),
        ("with", "with", "ADP", "prep", 1),
        ("a", "a", "DET", "det", 4),
        ("palantir", "palantir", "NOUN", "pobj", 2),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert code(coder, rows) == ()


def test_our_fitting_pattern_wins_over_a_more_specific_import(coder: Coder) -> None:
    # The user's CARRY_OUT + ATTACKS names the particle too, but ours codes "carried out
    # attacks on" already: an import only codes where none of ours fits.
    rows = [
        ("Mordor", "Mordor", "PROPN", "nsubj", 1),
        ("carried", "carry", "VERB", "ROOT", 1),
        ("out", "out", "ADP", "prt", 1),
        ("attacks", "attack", "NOUN", "dobj", 1),
        ("on", "on", "ADP", "prep", 3),
        ("Gondor", "Gondor", "PROPN", "pobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    [event] = code(coder, rows)
    assert event.pattern_id == "assault.launch-attack" and dyad(event) == ("MDR", "ASSAULT", "GND")
