""""Force" as a strength, as workers or as a unit set up for a task names no armed body: "gale
force winds", "the labour force", "the governor's task force" (senses20, agents.yaml). "Forces",
"the air force" and a "naval task force" stay military; a "police task force" is police."""

from __future__ import annotations

import pytest

from detente.coding.actors import resolve_actor
from detente.lexicons.actors import ActorLexicon, load_actor_lexicon


@pytest.fixture(scope="module")
def lexicon() -> ActorLexicon:
    return load_actor_lexicon()


@pytest.mark.parametrize("text", ["gale force winds", "hurricane-force winds",
                                  "storm force winds", "the labour force", "the labor force",
                                  "the task force"])
def test_force_as_a_strength_or_workers_is_no_military(lexicon: ActorLexicon, text: str) -> None:
    code = resolve_actor(lexicon, text)
    assert code is None or code.sector is None


@pytest.mark.parametrize("text", ["French forces", "the air force", "a naval task force",
                                  "a force of 5,000 soldiers"])
def test_armed_forces_stay_military(lexicon: ActorLexicon, text: str) -> None:
    code = resolve_actor(lexicon, text)
    assert code is not None and code.sector == "MIL"


def test_a_police_task_force_is_police(lexicon: ActorLexicon) -> None:
    code = resolve_actor(lexicon, "the police narcotics task force")
    assert code is not None and code.sector == "COP"
