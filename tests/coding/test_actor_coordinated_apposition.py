"""lead25: a name set off by commas after a coordination of parties ("Denethor and the Orcish
envoy, Gorbag Ugluk") stands beside the last conjunct only: the earlier conjuncts are parties of
their own, not part of one person's title."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.actors import load_actor_lexicon, resolve_actors
from detente.lexicons.actors import ActorLexicon

from support import FIXTURES

DATE = dt.date(2018, 6, 1)


@pytest.fixture(scope="module")
def world() -> ActorLexicon:
    return load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml"], imported=False)


def countries(world: ActorLexicon, text: str) -> list[tuple[str | None, str | None]]:
    return [(c.country, c.name) for c in resolve_actors(world, text, date=DATE)]


def test_the_name_after_a_coordination_belongs_to_its_last_conjunct(world: ActorLexicon) -> None:
    found = countries(world, "Denethor and the Orcish envoy, Gorbag Ugluk")
    assert found == [("GND", "Denethor"), ("MDR", "Gorbag Ugluk")]


def test_two_stated_parties_keep_their_own_countries(world: ActorLexicon) -> None:
    found = countries(world, "the Gondorian envoy and the Orcish envoy, Gorbag Ugluk")
    assert [c for c, _ in found] == ["GND", "MDR"]
    assert found[1][1] == "Gorbag Ugluk"


def test_a_single_apposition_is_still_one_person(world: ActorLexicon) -> None:
    assert countries(world, "the Orcish envoy, Gorbag Ugluk") == [("MDR", "Gorbag Ugluk")]


def test_a_coordination_of_one_party_is_not_split(world: ActorLexicon) -> None:
    """ "peace and security adviser, Gorbag Ugluk": a coordination naming one party is a title."""
    found = countries(world, "the Orcish peace and security adviser, Gorbag Ugluk")
    assert found == [("MDR", "Gorbag Ugluk")]
