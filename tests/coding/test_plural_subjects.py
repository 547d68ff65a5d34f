"""claims20: whom a pronoun subject stands for. A "they" continues the plural subject of the
sentence before (its centre), not the party named last there, the victim (plural_subjects.py);
"he", "she" and "it" never stand for a plural noun above them (actor_clauses.animacy_agrees)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.coding.actor_clauses import animacy_agrees
from detente.coding.events import Coder

from middle_earth import code_text, dyad
from support import build_doc

pytestmark = pytest.mark.model


def _second(nlp: Language, coder: Coder, text: str) -> list[tuple[str, str, str]]:
    return [dyad(e) for e in code_text(nlp, coder, text) if e.sentence_index == 1]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # the victim was named last: "they" is still the attackers
        ("Orcish fighters attacked a Gondorian patrol. They killed three soldiers.", "MDR"),
        # a sentence coding no event still has a centre
        (
            "The Orcish rebels crossed the river at night. They attacked the Gondorian garrison "
            "at dawn.",
            "MDR",
        ),
        # a passive subject is the centre as well
        (
            "Gondorian soldiers were ambushed by Orcish rebels near Bree. They arrested two "
            "Orcish fighters.",
            "GND",
        ),
    ],
)
def test_they_continues_the_plural_subject_before(
    nlp: Language, coder: Coder, text: str, actor: str
) -> None:
    second = _second(nlp, coder, text)
    assert second and all(dyad_[0] == actor for dyad_ in second)


def test_several_states_named_together_stay_a_group(nlp: Language, coder: Coder) -> None:
    """Negative: "Gondor and Arnor … They" is both states (actors13), untouched."""
    second = _second(nlp, coder, "Gondor and Arnor condemned Mordor. They called for sanctions.")
    assert second and all(dyad_[0] == "ARN,GND" for dyad_ in second)


def test_it_continues_a_singular_party_not_a_plural_subject(nlp: Language, coder: Coder) -> None:
    """Negative: "it" is not the plural subject before it."""
    second = _second(nlp, coder, "Orcish fighters attacked Gondor. It condemned the attack.")
    assert second == [("GND", "ACCUSE", "")]


def _said_rows(subject: tuple[str, str, str, str]) -> list[tuple]:
    """ "He fought, <subject> said." as parse rows."""
    word, lemma, pos, _ = subject
    return [
        ("He", "he", "PRON", "nsubj", 1),
        ("fought", "fight", "VERB", "ccomp", 4),
        (",", ",", "PUNCT", "punct", 4),
        (word, lemma, pos, "nsubj", 4),
        ("said", "say", "VERB", "ROOT", 4),
        (".", ".", "PUNCT", "punct", 4),
    ]


def test_he_is_never_a_plural_noun_above() -> None:
    doc = build_doc(_said_rows(("prosecutors", "prosecutor", "NOUN", "NNS")), tags={3: "NNS"})
    assert not animacy_agrees(doc[0], doc[3])
    doc = build_doc(_said_rows(("prosecutor", "prosecutor", "NOUN", "NN")), tags={3: "NN"})
    assert animacy_agrees(doc[0], doc[3])


def test_a_subject_whose_verb_is_singular_is_one_party_whatever_its_tag() -> None:
    """ "Adkins says he …": the tagger may read a surname as a plural noun; the verb's "-s" form
    says the subject is one (negative: "Police say he …" is not the police)."""
    rows = [
        ("Adkins", "adkin", "NOUN", "nsubj", 1),
        ("says", "say", "VERB", "ROOT", 1),
        ("he", "he", "PRON", "nsubj", 3),
        ("left", "leave", "VERB", "ccomp", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    doc = build_doc(rows, tags={0: "NNS", 1: "VBZ"})
    assert animacy_agrees(doc[2], doc[0])
    rows[0] = ("Police", "police", "NOUN", "nsubj", 1)
    rows[1] = ("say", "say", "VERB", "ROOT", 1)
    doc = build_doc(rows, tags={0: "NNS", 1: "VBP"})
    assert not animacy_agrees(doc[2], doc[0])
