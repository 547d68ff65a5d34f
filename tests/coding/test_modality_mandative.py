"""A "that" clause in the mandative subjunctive tells what is required, not an act done."""

from __future__ import annotations

from detente.coding.modality import read_modality

from support import build_doc


def _insisted_that(governor: tuple[str, str], verb: tuple[str, str, str]) -> tuple:
    """ "Arnor GOVERNOR that Gondor VERB the Orcs." """
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        (governor[0], governor[1], "VERB", "ROOT", 1),
        ("that", "that", "SCONJ", "mark", 4),
        ("Gondor", "Gondor", "PROPN", "nsubj", 4),
        (verb[0], verb[1], "VERB", "ccomp", 1),
        ("the", "the", "DET", "det", 6),
        ("Orcs", "Orcs", "PROPN", "dobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    return build_doc(rows, tags={1: "VBD", 3: "NNP", 4: verb[2]})


def test_a_bare_verb_after_insisted_that_is_required_not_done() -> None:
    # "Arnor insisted that Gondor release the Orcs": no release told
    doc = _insisted_that(("insisted", "insist"), ("release", "release", "VBP"))
    reading = read_modality(doc[4])
    assert reading.modality == "hypothetical" and "subjunctive" in reading.cue


def test_a_verb_with_its_ending_after_insisted_that_tells_a_fact() -> None:
    # "Arnor insisted that Gondor releases the Orcs" (a fact insisted on)
    doc = _insisted_that(("insisted", "insist"), ("releases", "release", "VBZ"))
    assert read_modality(doc[4]).modality == "asserted"


def test_a_bare_verb_after_a_verb_of_saying_is_no_subjunctive() -> None:
    # "Arnor said that Gondor release the Orcs": "said" requires nothing
    doc = _insisted_that(("said", "say"), ("release", "release", "VBP"))
    assert read_modality(doc[4]).modality == "asserted"
