"""Ending an occupation, siege or blockade by withdrawing is the holder's act: a party that
fights or vows to end another's occupation, or the occupation of its own land, does not
retreat; the holder ending its own hold still does (made-up world, parsed by the real model).
"Stand by" with no one after it is staying inactive, no support."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code_text


def _types(nlp, coder: Coder, text: str) -> set[str]:
    return {e.event_type for e in code_text(nlp, coder, text)}


def _retreats(nlp, coder: Coder, text: str) -> list[tuple[str | None, ...]]:
    """Actor countries of the retreats and promised retreats coded from the text."""
    events = code_text(nlp, coder, text)
    return [tuple(m.country for m in e.actor) for e in events if e.cameo.startswith(("087", "03"))]


def test_a_party_fighting_another_s_occupation_does_not_retreat(nlp, coder: Coder) -> None:
    text = "The Arnorian rebels are fighting to end the Gondorian occupation."
    assert _retreats(nlp, coder, text) == []


def test_a_party_vowing_to_end_the_occupation_of_its_land_does_not_retreat(
    nlp, coder: Coder
) -> None:
    text = "The Arnorian rebels vowed to end the occupation of their land."
    assert _retreats(nlp, coder, text) == []


def test_the_holder_ending_its_own_occupation_retreats(nlp, coder: Coder) -> None:
    assert ("GND",) in _retreats(nlp, coder, "Gondor agreed to end its occupation of Arnor.")


def test_standing_by_no_one_is_no_support(nlp, coder: Coder) -> None:
    assert "SUPPORT" not in _types(nlp, coder, "Gondor cannot stand by while Mordor invades Arnor.")
    assert "SUPPORT" in _types(nlp, coder, "Gondor stood by Arnor.")


def test_an_aim_to_end_an_occupation_by_another_is_no_retreat(nlp, coder: Coder) -> None:
    text = "The Arnorian rebels' goal is to end the occupation of Arnor by Gondorian troops."
    assert _retreats(nlp, coder, text) == []
