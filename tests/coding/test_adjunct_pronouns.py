"""claims20: the singular pronoun subject of an adverbial clause that cannot stand for the plural
subject above it stands for that clause's direct object ("Police arrested a man after he
attacked a guard"); where the subject agrees, the usual reading stands (adjunct_pronouns.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.coding.adjunct_pronouns import object_antecedent
from detente.coding.events import Coder

from middle_earth import code_text, dyad
from support import build_doc

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("Gondorian police arrested an Orcish man after he attacked a guard.", "attacked", "MDR"),
        (
            "Gondorian troops arrested the Orcish commander after he refused to surrender.",
            "refused",
            "MDR",
        ),
    ],
)
def test_a_pronoun_that_cannot_be_the_plural_subject_is_the_object(
    nlp: Language, coder: Coder, text: str, trigger: str, actor: str
) -> None:
    [event] = [e for e in code_text(nlp, coder, text) if e.trigger.text.startswith(trigger)]
    assert dyad(event)[0] == actor


def _arrest_rows(subject: tuple[str, str, str]) -> list[tuple]:
    """ "<subject> arrested a man after he attacked a guard." as parse rows."""
    return [
        (*subject, "nsubj", 1),
        ("arrested", "arrest", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 3),
        ("man", "man", "NOUN", "dobj", 1),
        ("after", "after", "SCONJ", "mark", 6),
        ("he", "he", "PRON", "nsubj", 6),
        ("attacked", "attack", "VERB", "advcl", 1),
        ("a", "a", "DET", "det", 8),
        ("guard", "guard", "NOUN", "dobj", 6),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_the_object_only_when_the_subject_cannot_be_the_pronoun() -> None:
    doc = build_doc(_arrest_rows(("Police", "police", "NOUN")), tags={0: "NNS", 3: "NN"})
    found = object_antecedent(doc[5], doc[6])
    assert found is not None and found.i == 3
    # negative: a singular subject may be "he" ("The sheriff arrested a man after he …")
    doc = build_doc(_arrest_rows(("sheriff", "sheriff", "NOUN")), tags={0: "NN", 3: "NN"})
    assert object_antecedent(doc[5], doc[6]) is None
