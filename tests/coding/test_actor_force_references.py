"""actors20: "the force" is the latest party the article named with that noun ("the Northern
Stabilisation Force"), an international body's when that one is, not the country the force
serves in; with no force named before, the usual guess stands."""

from __future__ import annotations

import pytest

from detente.coding.actors import ActorCode, ActorMemory, load_actor_lexicon, resolve_actors
from detente.coding.events import Coder
from detente.lexicons.actors import ActorLexicon

from middle_earth import code_text
from support import FIXTURES

CONTEXT = "Gondor's army fought Mordorian fighters near Osgiliath."


@pytest.fixture(scope="module")
def world() -> ActorLexicon:
    return load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml"], imported=False)


def _story(*codes: ActorCode) -> ActorMemory:
    memory = ActorMemory(places=frozenset({"GND"}), home="GND")
    for code in codes:
        memory.remember(code)
    return memory


FORCE = ActorCode(
    country="IGO",
    sector="MIL",
    name=None,
    org="WHITE",
    matched="the Northern Stabilisation Force",
    rule="multinational-force",
)
ARMY = ActorCode(country="GND", sector="MIL", name=None, matched="Gondor's army", rule="agent")


@pytest.mark.parametrize("text", ["the force", "The force"])
def test_the_force_is_the_force_named_before(world: ActorLexicon, text: str) -> None:
    codes = resolve_actors(world, text, context=CONTEXT, memory=_story(FORCE, ARMY))
    assert codes and (codes[0].country, codes[0].sector, codes[0].org) == ("IGO", "MIL", "WHITE")


def test_without_a_named_force_the_latest_army_stands(world: ActorLexicon) -> None:
    codes = resolve_actors(world, "the force", context=CONTEXT, memory=_story(ARMY))
    assert codes and (codes[0].country, codes[0].sector) == ("GND", "MIL")


@pytest.mark.parametrize("text", ["the army", "the police force", "Arnorian forces"])
def test_other_forces_are_not_the_named_force(world: ActorLexicon, text: str) -> None:
    codes = resolve_actors(world, text, context=CONTEXT, memory=_story(FORCE, ARMY))
    assert codes and codes[0].country != "IGO"


@pytest.mark.model
def test_the_force_in_a_story_reads_its_named_force(nlp, coder: Coder) -> None:
    text = (
        "The White Council's Northern Stabilisation Force arrived in Gondor in May. Gondor's "
        "army attacked Orcs near Osgiliath on Monday. On Tuesday the force accused the army "
        "of killing civilians."
    )
    events = code_text(nlp, coder, text)
    accusers = [(m.country, m.sector) for e in events if e.cameo.startswith("11") for m in e.actor]
    assert accusers == [("IGO", "MIL")]
