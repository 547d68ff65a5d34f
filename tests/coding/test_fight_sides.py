"""claims20: "fight with X" on X's side ("went to fight with the rebels", "arrested a man for
fighting with the Haradrim", "he fought with the militants") names no party fought against;
"clashed with police", "troops fought with militants" still do (coding/fight_sides.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Span

from detente.coding.events import Coder
from detente.coding.fight_sides import joins_side

from middle_earth import code_text, dyad
from support import build_doc

pytestmark = pytest.mark.model


def _fights(nlp: Language, coder: Coder, text: str) -> list[tuple[str, str, str]]:
    return [dyad(e) for e in code_text(nlp, coder, text) if e.event_type == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "He went to Mordor to fight with Orcish militants.",
        "Hundreds of Gondorians travelled to Mordor to fight with the Orcish rebels.",
        "Arnor jailed two men for fighting with Orcish rebels.",
        "Arnor arrested a Gondorian man for fighting with Orcish rebels.",
        "He joined the Orcish rebels and fought with them for two years.",
    ],
)
def test_the_side_one_fights_with_is_no_one_attacked(
    nlp: Language, coder: Coder, text: str
) -> None:
    assert all(recipient != "MDR" for _, _, recipient in _fights(nlp, coder, text))


def test_the_side_fought_on_names_no_one_attacked(nlp: Language, coder: Coder) -> None:
    text = "The Arnorian volunteers fought on the side of the Orcish rebels."
    assert _fights(nlp, coder, text) == [("ARN", "ASSAULT", "")]


def test_the_fighter_judged_for_it_is_the_actor_not_the_judge(
    nlp: Language, coder: Coder
) -> None:
    [fight] = _fights(nlp, coder, "Arnor arrested a Gondorian man for fighting with Orcish rebels.")
    assert fight[0] == "GND"


@pytest.mark.parametrize(
    ("text", "fight"),
    [
        ("Orcish rebels fought with Gondorian troops near Bree.", ("MDR", "ASSAULT", "GND")),
        ("Gondorian soldiers fought with Orcish fighters on Tuesday.", ("GND", "ASSAULT", "MDR")),
        ("Gondorian protesters clashed with Orcish police at Udun.", ("GND", "ASSAULT", "MDR")),
    ],
)
def test_a_fight_between_two_sides_stays_against_the_other(
    nlp: Language, coder: Coder, text: str, fight: tuple[str, str, str]
) -> None:
    """Negative: forces, rebels and crowds fight "with" whom they fight against."""
    assert _fights(nlp, coder, text) == [fight]


def _went_rows(subject: tuple[str, str, str]) -> list[tuple]:
    """ "<subject> went to fight with rebels." as parse rows."""
    return [
        (*subject, "nsubj", 1),
        ("went", "go", "VERB", "ROOT", 1),
        ("to", "to", "PART", "aux", 3),
        ("fight", "fight", "VERB", "advcl", 1),
        ("with", "with", "ADP", "prep", 3),
        ("rebels", "rebel", "NOUN", "pobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_a_force_sent_to_fight_with_rebels_fights_them() -> None:
    doc = build_doc(_went_rows(("He", "he", "PRON")))
    assert joins_side(doc[3], doc[5])
    doc = build_doc(_went_rows(("Troops", "troop", "NOUN")), tags={0: "NNS"})
    assert not joins_side(doc[3], doc[5])


def _fought_with_rows(partner: tuple[str, str, str]) -> list[tuple]:
    """ "He fought with <partner>." as parse rows."""
    return [
        ("He", "he", "PRON", "nsubj", 1),
        ("fought", "fight", "VERB", "ROOT", 1),
        ("with", "with", "ADP", "prep", 1),
        (*partner, "pobj", 2),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_a_lone_person_fights_with_a_named_group_on_its_side_but_against_a_person() -> None:
    doc = build_doc(_fought_with_rows(("Haradrim", "Haradrim", "PROPN")))
    doc.ents = [Span(doc, 3, 4, label="NORP")]
    assert joins_side(doc[1], doc[3])
    doc = build_doc(_fought_with_rows(("Boromir", "Boromir", "PROPN")))
    doc.ents = [Span(doc, 3, 4, label="PERSON")]
    assert not joins_side(doc[1], doc[3])
    doc = build_doc(_fought_with_rows(("police", "police", "NOUN")))
    assert not joins_side(doc[1], doc[3])
