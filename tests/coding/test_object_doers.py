"""claims20: the doer of an act told in the complement of a verb that judges its object ("blamed
Gondor for its attacks", "arrested a man for fighting") is that object, not the subject who
judges (coding/object_doers.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.coding.events import Coder
from detente.coding.object_doers import object_doer

from middle_earth import code_text, dyad
from support import build_doc

pytestmark = pytest.mark.model


def _assault(nlp: Language, coder: Coder, text: str):
    [event] = [e for e in code_text(nlp, coder, text) if e.event_type == "ASSAULT"]
    return event


@pytest.mark.parametrize(
    "text",
    [
        "Mordor blamed Gondor for its attacks on Orcish villages.",
        "Mordor criticised Gondor over its raids on Orcish villages.",
        "Mordor accused Gondor of stepping up its attacks on Orcish villages.",
        "Mordor warned Gondor against resuming its raids on Orcish villages.",
        "Mordor condemned Gondor for resuming its raids on Orcish villages.",
        "Gondor was accused of stepping up its raids on Orcish villages.",
    ],
)
def test_the_judged_object_owns_the_act_not_the_judge(
    nlp: Language, coder: Coder, text: str
) -> None:
    assert dyad(_assault(nlp, coder, text)) == ("GND", "ASSAULT", "MDR")


def test_the_judgement_itself_stays_the_subjects(nlp: Language, coder: Coder) -> None:
    events = code_text(nlp, coder, "Mordor blamed Gondor for its attacks on Orcish villages.")
    assert [dyad(e) for e in events if e.event_type == "ACCUSE"] == [("MDR", "ACCUSE", "GND")]


def test_an_act_the_subject_owns_in_a_clause_of_its_own_stays_the_subjects(
    nlp: Language, coder: Coder
) -> None:
    """Negative: "its" in the subject's own clause is the subject's ("Gondor said its raids")."""
    event = _assault(nlp, coder, "Gondor said its raids on Orcish villages would continue.")
    assert dyad(event) == ("GND", "ASSAULT", "MDR")


def test_an_adjunct_of_time_keeps_the_subjects_act(nlp: Language, coder: Coder) -> None:
    """Negative: "after" opens an adjunct whose doer is the subject (adjunct_subjects.py)."""
    event = _assault(nlp, coder, "Gondor expelled the Arnorian envoy after attacking Mordor.")
    assert dyad(event)[0] == "GND"


def _judged_rows(owner: str, obj: str = "Gondor") -> list[tuple]:
    """ "Mordor blamed <obj> for <owner> attacks." as parse rows."""
    return [
        ("Mordor", "Mordor", "PROPN", "nsubj", 1),
        ("blamed", "blame", "VERB", "ROOT", 1),
        (obj, obj, "PROPN", "dobj", 1),
        ("for", "for", "ADP", "prep", 1),
        (owner, owner, "PRON", "poss", 5),
        ("attacks", "attack", "NOUN", "pobj", 3),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_the_owner_must_agree_with_the_object_in_number() -> None:
    doc = build_doc(_judged_rows("its"), tags={2: "NNP"})
    found = object_doer(doc[5], doc[4])
    assert found is not None and found.i == 2
    doc = build_doc(_judged_rows("their"), tags={2: "NNP"})
    assert object_doer(doc[5], doc[4]) is None  # "their" is not one state's


def test_a_named_owner_is_never_replaced() -> None:
    rows = _judged_rows("its")
    rows[4] = ("Arnor", "Arnor", "PROPN", "poss", 5)
    doc = build_doc(rows, tags={2: "NNP"})
    assert object_doer(doc[5], doc[4]) is None


def test_a_gerund_after_a_judged_object_is_the_objects_act() -> None:
    """ "Arnor arrested a man for fighting": the parser hangs "for" on the object itself."""
    doc = build_doc(
        [
            ("Arnor", "Arnor", "PROPN", "nsubj", 1),
            ("arrested", "arrest", "VERB", "ROOT", 1),
            ("a", "a", "DET", "det", 3),
            ("man", "man", "NOUN", "dobj", 1),
            ("for", "for", "ADP", "prep", 3),
            ("fighting", "fight", "VERB", "pcomp", 4),
            (".", ".", "PUNCT", "punct", 1),
        ],
        tags={5: "VBG"},
    )
    found = object_doer(doc[5], None)
    assert found is not None and found.i == 3


def test_a_charge_told_of_a_passive_subject_reads_no_doer() -> None:
    """Negative: "He was arrested for fighting" is left as it was (no doer, no new event)."""
    doc = build_doc(
        [
            ("He", "he", "PRON", "nsubjpass", 2),
            ("was", "be", "AUX", "auxpass", 2),
            ("arrested", "arrest", "VERB", "ROOT", 2),
            ("for", "for", "ADP", "prep", 2),
            ("fighting", "fight", "VERB", "pcomp", 3),
            (".", ".", "PUNCT", "punct", 2),
        ],
        tags={2: "VBN", 4: "VBG"},
    )
    assert object_doer(doc[4], None) is None
