"""actors19: "the group", "the organisation", "the alliance", "the bloc" with no name of their
own refer back to the organisation just named, with its country and sector: after "the White
Council" they are the Council (IGO), after "the Rangers of the North" the Rangers (ARN REB),
never the story's country."""

from __future__ import annotations

import pytest

from detente.coding.actors import ActorMemory, resolve_actor
from detente.coding.events import Coder

CONTEXT = "Minas Tirith, Gondor"


def _after(coder: Coder, *named: str) -> ActorMemory:
    memory = ActorMemory()
    for text in named:
        code = resolve_actor(coder.actors, text, context=CONTEXT, memory=memory)
        assert code is not None
        memory.remember(code, subject=True, party=True)
    return memory


@pytest.mark.parametrize("text", ["the group", "The organisation", "the bloc", "the alliance"])
def test_a_definite_body_noun_is_the_body_just_named(coder: Coder, text: str) -> None:
    memory = _after(coder, "the White Council", "Mordor")
    code = resolve_actor(coder.actors, text, context=CONTEXT, memory=memory)
    assert code is not None and (code.country, code.name) == ("IGO", "White Council")


def test_the_body_keeps_its_own_sector(coder: Coder) -> None:
    memory = _after(coder, "the Rangers of the North")
    code = resolve_actor(coder.actors, "the group", context=CONTEXT, memory=memory)
    assert code is not None and (code.country, code.sector) == ("ARN", "REB")


def test_a_sector_the_phrase_states_is_kept(coder: Coder) -> None:
    memory = _after(coder, "the White Council")
    code = resolve_actor(coder.actors, "the organisation's soldiers", context=CONTEXT,
                         memory=memory)  # fmt: skip
    assert code is not None and (code.country, code.sector) == ("IGO", "MIL")


@pytest.mark.parametrize("text", ["the group of villagers", "a group", "the rights group"])
def test_a_group_defined_by_its_own_words_is_no_reference(coder: Coder, text: str) -> None:
    memory = _after(coder, "the White Council")
    code = resolve_actor(coder.actors, text, context=CONTEXT, memory=memory)
    assert code is None or code.name != "White Council"


def test_no_body_is_reached_past_an_unplaced_plural_party(coder: Coder) -> None:
    memory = _after(coder, "the White Council")
    villagers = resolve_actor(coder.actors, "Villagers")
    assert villagers is not None
    memory.block(villagers)
    code = resolve_actor(coder.actors, "the group", context=CONTEXT, memory=memory)
    assert code is None or code.name != "White Council"


def test_a_body_of_that_noun_the_lexicons_do_not_know_is_not_replaced(coder: Coder) -> None:
    # "the coalition" after "the Ithilien Coalition for Schools" is that coalition, not the
    # White Council named nearby
    memory = _after(coder, "the White Council")
    context = "The Ithilien Coalition for Schools wrote to the White Council on Monday."
    code = resolve_actor(coder.actors, "the coalition", context=context, memory=memory)
    assert code is None or code.name != "White Council"


def test_a_news_medium_credited_is_no_group(coder: Coder) -> None:
    memory = _after(coder, "Reuters")
    code = resolve_actor(coder.actors, "the group", context=CONTEXT, memory=memory)
    assert code is None or code.sector != "JRN"
