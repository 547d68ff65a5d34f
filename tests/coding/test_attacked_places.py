"""A town that force is used on is its people; addressed or acting, it is its government."""

from __future__ import annotations

import pytest

from detente.coding.attacked_places import people_of_places
from detente.coding.parties import Parties
from detente.lexicons.ontology import load_ontology
from detente.records import ActorMention


def _parties(text: str, sector: str | None = "GOV") -> Parties:
    actor = ActorMention(text="Gondorian troops", start=0, end=16, country="GND", sector="MIL")
    town = ActorMention(text=text, start=30, end=30 + len(text), country="ARN", sector=sector)
    return Parties(actor=(actor,), recipient=(town,))


@pytest.mark.parametrize("cameo", ["194", "191", "1723", "180"])
@pytest.mark.parametrize("text", ["the town", "the city of Minas Tirith", "County"])
def test_force_on_a_town_hits_its_people(cameo: str, text: str) -> None:
    placed = people_of_places(_parties(text), load_ontology().cameo(cameo))
    assert [(m.country, m.sector) for m in placed.recipient] == [("ARN", "CVL")]


@pytest.mark.parametrize("cameo", ["020", "115", "111"])
def test_a_town_addressed_or_sued_stays_its_government(cameo: str) -> None:
    parties = _parties("the city")
    assert people_of_places(parties, load_ontology().cameo(cameo)) is parties


@pytest.mark.parametrize("text", ["the town council", "the city police", "Minas Tirith"])
def test_a_body_of_the_town_or_a_named_party_keeps_its_sector(text: str) -> None:
    parties = _parties(text)
    assert people_of_places(parties, load_ontology().cameo("194")) is parties
