"""A death from torture in custody is the holders' torture of the dead (coding/torture_deaths.py,
CAMEO 1822): "An Arnorian prisoner died as a result of torture in Gondorian police custody", "A
prisoner died in prison in Osgiliath after torture" (the authorities where it happened). A death
of other causes, or a denied one, is none. Violence told in the passive with no agent in a
prison or custody that names its keeper is the keeper's ("was tortured in a Gondorian prison").
Hand-built parses of the made-up world; rows are
(word, lemma, POS, dependency, head index)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code, dyad

PUNCT = (".", ".", "PUNCT", "punct")


def test_a_death_from_torture_in_named_custody_is_the_keepers_torture(coder: Coder) -> None:
    # "An Arnorian prisoner died as a result of torture in Gondorian police custody."
    rows = [
        ("An", "an", "DET", "det", 2),
        ("Arnorian", "arnorian", "ADJ", "amod", 2),
        ("prisoner", "prisoner", "NOUN", "nsubj", 3),
        ("died", "die", "VERB", "ROOT", 3),
        ("as", "as", "ADP", "prep", 3),
        ("a", "a", "DET", "det", 6),
        ("result", "result", "NOUN", "pobj", 4),
        ("of", "of", "ADP", "prep", 6),
        ("torture", "torture", "NOUN", "pobj", 7),
        ("in", "in", "ADP", "prep", 3),
        ("Gondorian", "gondorian", "ADJ", "amod", 12),
        ("police", "police", "NOUN", "compound", 12),
        ("custody", "custody", "NOUN", "pobj", 9),
        (*PUNCT, 3),
    ]
    [event] = [e for e in code(coder, rows) if e.cameo == "1822"]
    assert dyad(event) == ("GND", "ASSAULT", "ARN")
    assert event.trigger.text == "torture"


def test_a_death_after_torture_in_a_prison_is_the_places_authorities(coder: Coder) -> None:
    # "An Arnorian prisoner died in prison in Osgiliath after torture."
    rows = [
        ("An", "an", "DET", "det", 2),
        ("Arnorian", "arnorian", "ADJ", "amod", 2),
        ("prisoner", "prisoner", "NOUN", "nsubj", 3),
        ("died", "die", "VERB", "ROOT", 3),
        ("in", "in", "ADP", "prep", 3),
        ("prison", "prison", "NOUN", "pobj", 4),
        ("in", "in", "ADP", "prep", 5),
        ("Osgiliath", "Osgiliath", "PROPN", "pobj", 6),
        ("after", "after", "ADP", "prep", 3),
        ("torture", "torture", "NOUN", "pobj", 8),
        (*PUNCT, 3),
    ]
    [event] = [e for e in code(coder, rows, ents=((7, 8, "GPE"),)) if e.cameo == "1822"]
    assert dyad(event) == ("GND", "ASSAULT", "ARN")
    assert [m.sector for m in event.actor] == ["COP"]


def test_a_death_of_illness_is_no_torture(coder: Coder) -> None:
    # "An Arnorian prisoner died of cancer in Gondorian police custody."
    rows = [
        ("An", "an", "DET", "det", 2),
        ("Arnorian", "arnorian", "ADJ", "amod", 2),
        ("prisoner", "prisoner", "NOUN", "nsubj", 3),
        ("died", "die", "VERB", "ROOT", 3),
        ("of", "of", "ADP", "prep", 3),
        ("cancer", "cancer", "NOUN", "pobj", 4),
        ("in", "in", "ADP", "prep", 3),
        ("Gondorian", "gondorian", "ADJ", "amod", 9),
        ("police", "police", "NOUN", "compound", 9),
        ("custody", "custody", "NOUN", "pobj", 6),
        (*PUNCT, 3),
    ]
    assert not [e for e in code(coder, rows) if e.event_type == "ASSAULT"]


def test_a_death_denied_is_no_torture(coder: Coder) -> None:
    # "The prisoner did not die of torture in Gondorian police custody."
    rows = [
        ("The", "the", "DET", "det", 1),
        ("prisoner", "prisoner", "NOUN", "nsubj", 4),
        ("did", "do", "AUX", "aux", 4),
        ("not", "not", "PART", "neg", 4),
        ("die", "die", "VERB", "ROOT", 4),
        ("of", "of", "ADP", "prep", 4),
        ("torture", "torture", "NOUN", "pobj", 5),
        ("in", "in", "ADP", "prep", 4),
        ("Gondorian", "gondorian", "ADJ", "amod", 10),
        ("police", "police", "NOUN", "compound", 10),
        ("custody", "custody", "NOUN", "pobj", 7),
        (*PUNCT, 4),
    ]
    assert not [e for e in code(coder, rows) if e.cameo == "1822"]


def _tortured_in(keeper: tuple[str, str, str, str, int] | None) -> list:
    """ "The Arnorian envoy was tortured in a [Gondorian] prison." """
    rows = [
        ("The", "the", "DET", "det", 2),
        ("Arnorian", "arnorian", "ADJ", "amod", 2),
        ("envoy", "envoy", "NOUN", "nsubjpass", 4),
        ("was", "be", "AUX", "auxpass", 4),
        ("tortured", "torture", "VERB", "ROOT", 4),
        ("in", "in", "ADP", "prep", 4),
        ("a", "a", "DET", "det", 7),
        ("prison", "prison", "NOUN", "pobj", 5),
        (*PUNCT, 4),
    ]
    if keeper is None:
        return rows
    shifted = [(w, lem, pos, dep, h + 1 if h >= 7 else h) for w, lem, pos, dep, h in rows]
    return [*shifted[:7], keeper, *shifted[7:]]


def test_violence_in_a_prison_naming_its_keeper_is_the_keepers(coder: Coder) -> None:
    rows = _tortured_in(("Gondorian", "gondorian", "ADJ", "amod", 8))
    [event] = [e for e in code(coder, rows, ents=((7, 8, "NORP"),)) if e.cameo == "1822"]
    assert dyad(event) == ("GND", "ASSAULT", "ARN")


def test_violence_in_a_prison_of_no_keeper_names_no_actor(coder: Coder) -> None:
    # "The Arnorian envoy was tortured in a prison.": who tortured him is not said
    assert not [e for e in code(coder, _tortured_in(None)) if e.cameo == "1822"]


def test_the_unnamed_keepers_are_told_by_the_place_of_detention() -> None:
    # actors16: "A prisoner died of torture in a detention center in Osgiliath." The keepers no
    # one names are pointed at by the words of the place where the victim was held.
    from detente.coding.torture_deaths import match_torture_death, place_of_detention

    from support import build_doc

    rows = [
        ("A", "a", "DET", "det", 1),
        ("prisoner", "prisoner", "NOUN", "nsubj", 2),
        ("died", "die", "VERB", "ROOT", 2),
        ("of", "of", "ADP", "prep", 2),
        ("torture", "torture", "NOUN", "pobj", 3),
        ("in", "in", "ADP", "prep", 2),
        ("a", "a", "DET", "det", 8),
        ("detention", "detention", "NOUN", "compound", 8),
        ("center", "center", "NOUN", "pobj", 5),
        ("in", "in", "ADP", "prep", 8),
        ("Osgiliath", "Osgiliath", "PROPN", "pobj", 9),
        (*PUNCT, 2),
    ]
    doc = build_doc(rows)
    match = match_torture_death(doc[2], None)  # type: ignore[arg-type]
    assert match is not None
    held = place_of_detention(match)
    assert held is not None and held.text == "a detention center in Osgiliath"
