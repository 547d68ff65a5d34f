"""Street traders are businesses: a quarrel between residents and vendors is private (senses11)."""

from __future__ import annotations

import pytest

from detente.coding.actors import resolve_actor
from detente.lexicons.actors import ActorLexicon, load_actor_lexicon


@pytest.fixture(scope="module")
def lexicon() -> ActorLexicon:
    return load_actor_lexicon()


@pytest.mark.parametrize("text", ["street vendors", "the vendors", "hawkers", "a peddler",
                                  "stallholders"])  # fmt: skip
def test_a_street_trader_is_a_business(lexicon: ActorLexicon, text: str) -> None:
    code = resolve_actor(lexicon, text)
    assert code is not None and code.sector == "BUS"
