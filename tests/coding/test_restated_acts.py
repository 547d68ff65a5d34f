"""Two verbs joined by "and" that say one act are one event: "Gondor arrested and detained the
Orcs" (made-up world, hand-built parses)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code


def _joined(first: tuple[str, str], second: tuple[str, str], *, subject: bool = False) -> tuple:
    """ "Gondor <first> and [it] <second> the Orcs." """
    own = [("it", "it", "PRON", "nsubj", 4)] if subject else []
    n = len(own)
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        (first[0], first[1], "VERB", "ROOT", 1),
        ("and", "and", "CCONJ", "cc", 1),
        *own,
        (second[0], second[1], "VERB", "conj", 1),
        ("the", "the", "DET", "det", 5 + n),
        ("Orcs", "Orcs", "PROPN", "dobj", 3 + n),
        (".", ".", "PUNCT", "punct", 1),
    ]
    return rows, {0: "NNP", 1: "VBD", 3 + n: "VBD", 5 + n: "NNPS"}


def test_two_verbs_with_one_code_and_one_set_of_parties_are_one_act(coder: Coder) -> None:
    rows, tags = _joined(("arrested", "arrest"), ("detained", "detain"))
    events = code(coder, rows, tags=tags)
    assert [(e.trigger.text, e.cameo) for e in events] == [("arrested", "173")]


def test_another_code_or_a_subject_of_its_own_is_another_act(coder: Coder) -> None:
    rows, tags = _joined(("arrested", "arrest"), ("charged", "charge"))
    assert len(code(coder, rows, tags=tags)) == 2
    rows, tags = _joined(("arrested", "arrest"), ("detained", "detain"), subject=True)
    assert len(code(coder, rows, tags=tags)) == 2


def test_a_first_verb_with_an_object_of_its_own_tells_another_act(coder: Coder) -> None:
    # "Gondor arrested Orcs and detained the Orcs": each verb has its own object
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("arrested", "arrest", "VERB", "ROOT", 1),
        ("Orcs", "Orcs", "PROPN", "dobj", 1),
        ("and", "and", "CCONJ", "cc", 1),
        ("detained", "detain", "VERB", "conj", 1),
        ("the", "the", "DET", "det", 6),
        ("Orcs", "Orcs", "PROPN", "dobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    tags = {0: "NNP", 1: "VBD", 2: "NNPS", 4: "VBD", 6: "NNPS"}
    assert len(code(coder, rows, tags=tags)) == 2
