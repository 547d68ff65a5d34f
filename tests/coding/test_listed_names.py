"""recip18: the names a person-act's object lists ("arrested Tarmo Vask and Ilse Moor"), which
no lexicon knows and the parser may hang on one another, are each a private person acted on."""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.coding.events import Coder

from middle_earth import code_text


def _recipients(nlp: Language, coder: Coder, text: str, kind: str) -> list[tuple]:
    [act] = [e for e in code_text(nlp, coder, text) if e.event_type == kind]
    return [(m.text, m.country, m.sector) for m in act.recipient]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Police in Gondor arrested Tarmo Vask and Ilse Moor on Tuesday.", "COERCE"),
        ("Prosecutors in Gondor charged Tarmo Vask and Ilse Moor with fraud.", "ACCUSE"),
    ],
)
def test_two_unknown_names_acted_on_are_two_private_persons(
    nlp: Language, coder: Coder, text: str, kind: str
) -> None:
    assert _recipients(nlp, coder, text, kind) == [
        ("Tarmo Vask", "GND", "CVL"),
        ("Ilse Moor", "GND", "CVL"),
    ]


def test_every_name_of_a_longer_list_is_a_person(nlp: Language, coder: Coder) -> None:
    text = "Police in Gondor arrested Tarmo Vask, Ilse Moor and Juhan Tamm."
    found = _recipients(nlp, coder, text, "COERCE")
    assert [name for name, _, _ in found] == ["Tarmo Vask", "Ilse Moor", "Juhan Tamm"]


def test_names_of_people_not_acted_on_are_no_recipients(nlp: Language, coder: Coder) -> None:
    # a meeting is no act done to people: the rule does not make unknown names persons
    text = "Tarmo Vask and Ilse Moor met in Osgiliath on Tuesday."
    for event in code_text(nlp, coder, text):
        assert all(m.sector != "CVL" or m.rule != "named-person" for m in event.recipient)


def test_a_person_accused_of_a_crime_by_name_alone_is_a_private_person(
    nlp: Language, coder: Coder
) -> None:
    text = "King Elessar accused Tarmo Vask of treason."
    assert _recipients(nlp, coder, text, "ACCUSE") == [("Tarmo Vask", "GND", "CVL")]


def test_a_state_accused_keeps_its_own_code(nlp: Language, coder: Coder) -> None:
    text = "Gondor accused Mordor of attempting to overthrow the government."
    assert _recipients(nlp, coder, text, "ACCUSE") == [("Mordor", "MDR", None)]
