"""actors15: a state of armed strife is no party. "The violence in Gondor", "the fighting" or
"the war" named as if they acted ("has forced thousands to flee") are conditions, not someone
who acts: the place after them is where the strife is, not its doer."""

from __future__ import annotations

import pytest

from detente.coding.actors import ActorLexicon, ActorMemory, load_actor_lexicon, resolve_actors

from middle_earth import code_text
from support import FIXTURES

STORY = "Gondor sent its army north against Mordor."


@pytest.fixture(scope="module")
def world() -> ActorLexicon:
    return load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml"], imported=False)


@pytest.mark.parametrize(
    "text",
    [
        "The violence in Gondor",
        "the fighting",
        "the renewed fighting in Mordor",
        "the unrest",
        "the clashes in Arnor",
        "the war",
        "the conflict in Gondor",
        "the hostilities",
    ],
)
def test_strife_named_as_an_actor_is_no_party(world: ActorLexicon, text: str) -> None:
    memory = ActorMemory()
    memory.remember(resolve_actors(world, "Gondor")[0])
    assert resolve_actors(world, text, context=STORY, memory=memory) == ()


@pytest.mark.parametrize(("text", "country"), [("Mordorian violence", "MDR"),
                                               ("Gondor's war", "GND")])
def test_a_name_before_the_strife_still_names_whose_it_is(
    world: ActorLexicon, text: str, country: str
) -> None:
    codes = resolve_actors(world, text)
    assert codes and codes[0].country == country


def test_violence_in_a_country_is_no_actor_of_what_it_caused(nlp, coder) -> None:
    events = code_text(nlp, coder, "The violence in Gondor has forced thousands to flee.")
    assert not any(m.country == "GND" for e in events for m in e.actor)


def test_the_country_after_condemned_violence_stays_its_recipient(nlp, coder) -> None:
    events = code_text(nlp, coder, "Arnor condemned the violence in Gondor on Monday.")
    assert [(e.actor[0].country, [m.country for m in e.recipient]) for e in events] == [
        ("ARN", ["GND"])
    ]
