"""recip14: force used on a place "where" a party hides or is based is force on that party, not
on the place or the place's country."""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.coding.events import Coder

from middle_earth import code_text, parties


def _attack(nlp: Language, coder: Coder, text: str):
    [event] = [e for e in code_text(nlp, coder, text) if e.event_type == "ASSAULT"]
    return event


@pytest.mark.parametrize(
    "text",
    [
        "Gondorian jets bombed the caves where Orcs hide in the mountains.",
        "Gondorian aircraft struck a building in Bree where Orcs were hiding.",
        "Gondorian troops shelled the houses in which Orcs had taken shelter.",
    ],
)
def test_the_occupants_of_a_struck_place_are_hit(nlp: Language, coder: Coder, text: str) -> None:
    event = _attack(nlp, coder, text)
    assert [p[0] for p in parties(event.recipient)] == ["MDR"]
    assert "Orcs" in event.recipient[0].text


def test_the_actors_own_forces_in_the_place_are_not_hit(nlp: Language, coder: Coder) -> None:
    # "where Gondorian soldiers were stationed": the actor's own side stays out
    event = _attack(
        nlp, coder, "Gondorian jets bombed the caves in Bree where Gondorian soldiers were based."
    )
    assert all(m.country != "GND" for m in event.recipient)


def test_a_place_with_no_occupants_named_keeps_its_recipient(
    nlp: Language, coder: Coder
) -> None:
    event = _attack(nlp, coder, "Gondorian jets bombed Orcish positions near Bree.")
    assert [p[0] for p in parties(event.recipient)] == ["MDR"]
