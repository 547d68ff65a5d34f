"""actors20: "the mission", "The Mission" after "the White Council Mission in Gondor" is that
body, known by its name's own noun: an organisation's name is words of its own, as a
nationality is; a longer capitalised name is no repetition, and a body whose country was only
guessed lends none."""

from __future__ import annotations

import pytest

from detente.coding.actors import ActorCode, ActorMemory, load_actor_lexicon, resolve_actors
from detente.lexicons.actors import ActorLexicon

from support import FIXTURES


@pytest.fixture(scope="module")
def world() -> ActorLexicon:
    return load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml"], imported=False)


def _memory(matched: str, *, rule: str = "org") -> ActorMemory:
    memory = ActorMemory()
    code = ActorCode(country="IGO", sector="MIL", name=None, org="WHITE", matched=matched,
                     rule=rule)  # fmt: skip
    memory.remember(code, subject=True, party=True)
    memory.close_sentence()
    return memory


@pytest.mark.parametrize("text", ["the mission", "The Mission", "the Mission"])
def test_the_mission_is_the_mission_named_before(world: ActorLexicon, text: str) -> None:
    memory = _memory("The White Council Mission in Gondor")
    [code] = resolve_actors(world, text, context="Gondor.", memory=memory)
    assert (code.country, code.sector, code.org, code.rule) == ("IGO", "MIL", "WHITE", "reference")


@pytest.mark.parametrize(
    ("text", "matched", "rule"),
    [
        ("the mission", "The White Council Force in Gondor", "org"),  # another noun
        ("the mission", "The Mission in Gondor", "context"),  # its country was a guess
        ("the Northern Mission", "The White Council Mission in Gondor", "org"),  # a name
    ],
)
def test_no_mission_named_before(world: ActorLexicon, text: str, matched: str, rule: str) -> None:
    codes = resolve_actors(world, text, context="Gondor.", memory=_memory(matched, rule=rule))
    assert all(c.country != "IGO" for c in codes)
