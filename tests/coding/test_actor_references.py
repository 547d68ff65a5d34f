"""References to the state an article is about: "the country", "his country", "his government"."""

from __future__ import annotations

import pytest

from detente.coding.actors import (
    ActorLexicon,
    ActorMemory,
    load_actor_lexicon,
    resolve_actor,
    resolve_actors,
)

from support import FIXTURES

STORY = "Gondor said it would take no more refugees from Mordor, the first time the realm refused."


@pytest.fixture(scope="module")
def world() -> ActorLexicon:
    return load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml"], imported=False)


@pytest.mark.parametrize("text", ["the country", "his country", "the nation", "this country"])
def test_a_definite_country_is_the_state_the_article_names_first(
    world: ActorLexicon, text: str
) -> None:
    code = resolve_actor(world, text, context=STORY)
    assert code is not None and (code.country, code.sector) == ("GND", None)


def test_the_latest_state_remembered_wins_over_the_context(world: ActorLexicon) -> None:
    memory = ActorMemory()
    gondor, arnor = resolve_actor(world, "Gondor"), resolve_actor(world, "Arnor")
    assert gondor is not None and arnor is not None
    memory.remember(gondor)
    memory.remember(arnor)
    code = resolve_actor(world, "the country", context=STORY, memory=memory)
    assert code is not None and (code.country, code.rule) == ("ARN", "reference")


def test_the_countrys_army_takes_the_state_and_the_sector(world: ActorLexicon) -> None:
    code = resolve_actor(world, "the country's army", context=STORY)
    assert code is not None and (code.country, code.sector) == ("GND", "MIL")


@pytest.mark.parametrize("text", ["a country", "country", "another country"])
def test_an_indefinite_country_is_no_state_in_particular(world: ActorLexicon, text: str) -> None:
    memory = ActorMemory()
    gondor = resolve_actor(world, "Gondor")
    assert gondor is not None
    memory.remember(gondor)
    assert resolve_actors(world, text, context=STORY, memory=memory) == ()


def test_a_possessive_role_named_before_its_owner_takes_the_context(world: ActorLexicon) -> None:
    # "... as his government vowed": in the article's first sentence no antecedent is remembered
    code = resolve_actor(world, "his government", context="Gondor's steward spoke as his "
                         "government vowed to act.")
    assert code is not None and (code.country, code.sector) == ("GND", "GOV")


@pytest.mark.parametrize("text", ["his family", "their members"])
def test_a_possessive_private_group_takes_no_country_from_the_context(
    world: ActorLexicon, text: str
) -> None:
    # a state's organs are its country's; a family or a union's members may be anyone's
    codes = resolve_actors(world, text, context="Gondor's steward spoke of it.")
    assert all(c.country is None for c in codes)


def test_a_noun_of_no_sector_across_the_country_is_no_actor(world: ActorLexicon) -> None:
    # "electricity suppliers across the country": the country does not make firms an actor
    assert resolve_actors(world, "pipe-weed sellers across the country", context=STORY) == ()


def test_a_seat_before_a_private_person_is_where_they_live(world: ActorLexicon) -> None:
    # "a Paris man": a man of that town, not its government; "Paris officials" are
    man = resolve_actor(world, "a Minas Tirith man", context=STORY)
    assert man is not None and (man.country, man.sector) == ("GND", "CVL")
    officials = resolve_actor(world, "Minas Tirith officials", context=STORY)
    assert officials is not None and (officials.country, officials.sector) == ("GND", "GOV")


def test_the_two_sides_are_the_latest_parties_not_a_place_named(world: ActorLexicon) -> None:
    # "Arnor and Mordor agreed to a truce in Minas Tirith. The two sides …": not Gondor
    memory = ActorMemory()
    arnor, mordor, gondor = (resolve_actor(world, n) for n in ("Arnor", "Mordor", "Minas Tirith"))
    assert arnor is not None and mordor is not None and gondor is not None
    memory.remember(arnor, subject=True, party=True)
    memory.remember(mordor, party=True)
    memory.remember(gondor)  # the place of the talks, named but no party
    memory.close_sentence()
    codes = resolve_actors(world, "the two sides", context=STORY, memory=memory)
    assert sorted(c.country for c in codes) == ["ARN", "MDR"]
