"""A people's adjective before a shop, food, festivity or lesson noun names a style, not a
state: "a Gondorian bakery" is no Gondorian party and sets no story in Gondor (made-up world;
coding/style_adjectives.py)."""

from __future__ import annotations

import pytest

from detente.coding.actors import ActorLexicon, load_actor_lexicon, resolve_actor

from support import FIXTURES


@pytest.fixture(scope="module")
def world() -> ActorLexicon:
    return load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml"], imported=False)


def _country(world: ActorLexicon, text: str, context: str | None = None) -> str | None:
    code = resolve_actor(world, text, context=context)
    return code.country if code is not None else None


@pytest.mark.parametrize(
    "text", ["a Gondorian grocery store", "the Gondorian restaurant", "Gondorian food"]
)
def test_a_phrase_headed_by_a_style_noun_names_no_country(world: ActorLexicon, text: str) -> None:
    assert _country(world, text) is None


@pytest.mark.parametrize(
    "text", ["Gondorian food safety regulators", "Gondorian troops", "the Gondorian envoy"]
)
def test_a_phrase_headed_by_an_actor_noun_keeps_its_country(world: ActorLexicon, text: str) -> None:
    assert _country(world, text) == "GND"


def test_a_style_adjective_in_the_context_sets_no_story_there(world: ActorLexicon) -> None:
    styled = "A car backed over a man outside a Gondorian bakery in the town on Friday."
    stately = "A car backed over a man outside the Gondorian embassy in the town on Friday."
    assert _country(world, "police", context=styled) is None
    assert _country(world, "police", context=stately) == "GND"


def test_a_nationality_entity_before_a_style_noun_is_no_party_to_remember() -> None:
    import spacy
    from spacy.tokens import Doc, Span

    from detente.coding.style_adjectives import styled_entity

    vocab = spacy.blank("en").vocab
    shop = Doc(vocab, words=["a", "Gondorian", "grocery", "store"])
    troops = Doc(vocab, words=["the", "Gondorian", "troops"])
    shop.ents = [Span(shop, 1, 2, label="NORP")]
    troops.ents = [Span(troops, 1, 2, label="NORP")]
    assert styled_entity(shop.ents[0]) and not styled_entity(troops.ents[0])
