"""Abstract and event nouns cannot act: "its main purpose", "the news", "the military campaign"."""

from __future__ import annotations

import pytest

from detente.coding.actors import (
    ActorLexicon,
    ActorMemory,
    load_actor_lexicon,
    resolve_actor,
    resolve_actors,
)
from detente.coding.phrase_parts import abstract_head
from detente.lexicons.actors import tokenise
from detente.lexicons.english import english

from support import FIXTURES

STORY = "Gondor sent its army north against Mordor."


@pytest.fixture(scope="module")
def world() -> ActorLexicon:
    return load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml"], imported=False)


@pytest.fixture()
def memory(world: ActorLexicon) -> ActorMemory:
    remembered = ActorMemory()
    gondor = resolve_actor(world, "the Gondorian army")
    assert gondor is not None and gondor.country == "GND"
    remembered.remember(gondor)
    return remembered


@pytest.mark.parametrize(
    "text",
    [
        "Its main purpose",  # a pronoun owner does not make the purpose act
        "our schedule",
        "the news",  # a sector word as head ("news" media) that names no one
        "the weeks-long military campaign",  # a sector modifier on an event noun
        "the rejection of the Mordorian offer",  # the name is inside the "of" phrase only
        "the decisions",  # plural heads too
    ],
)
def test_an_abstract_head_without_a_name_is_no_actor(
    world: ActorLexicon, memory: ActorMemory, text: str
) -> None:
    assert resolve_actors(world, text, context=STORY, memory=memory) == ()


@pytest.mark.parametrize(
    ("text", "country"),
    [("Gondor's decision", "GND"), ("the Orcish campaign", "MDR"), ("the Red Cross plan", "NGO")],
)
def test_a_name_before_the_abstract_head_still_names_its_owner(
    world: ActorLexicon, memory: ActorMemory, text: str, country: str
) -> None:
    code = resolve_actor(world, text, context=STORY, memory=memory)
    assert code is not None and code.country == country


@pytest.mark.parametrize("text", ["its army", "the soldiers", "they"])
def test_actor_heads_keep_their_reference(
    world: ActorLexicon, memory: ActorMemory, text: str
) -> None:
    code = resolve_actor(world, text, context=STORY, memory=memory)
    assert code is not None and code.country == "GND"


@pytest.mark.parametrize(
    ("text", "abstract"),
    [("the campaign", True), ("the Campaign", False), ("the Neighbourhood Association", False),
     ("the campaigners", False), ("the plans", True)],
)
def test_only_a_lower_case_listed_head_is_abstract(text: str, abstract: bool) -> None:
    # a capitalised head is part of a name ("the Campaign for Peace"); a listed word's plural too
    tokens = tokenise(text)
    assert abstract_head(tokens, (), len(tokens), english().words) is abstract
