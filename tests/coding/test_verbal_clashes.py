"""A clash told in words is disapproval (CAMEO 110); one between forces, police or crowds, or
one that kills, stays a fight (coding/verbal_clashes.py). Made-up world, real parses."""

from __future__ import annotations

import pytest

from detente.coding.events import Coder

from middle_earth import code_text, dyad

pytestmark = pytest.mark.model


def _coded(nlp, coder: Coder, text: str) -> list[tuple[str, tuple[str, str, str]]]:
    return [(e.cameo, dyad(e)) for e in code_text(nlp, coder, text)]


def test_ministers_clashing_over_the_budget_disapprove(nlp, coder: Coder) -> None:
    text = "The Gondorian and Arnorian ministers clashed over the budget."
    assert _coded(nlp, coder, text) == [("110", ("GND", "ACCUSE", "ARN"))]


def test_an_envoy_clashing_with_a_state_at_the_council_disapproves(nlp, coder: Coder) -> None:
    text = "Gondor's envoy clashed with Arnor at the council."
    assert _coded(nlp, coder, text) == [("110", ("GND", "ACCUSE", "ARN"))]


def test_officials_clashing_over_an_election_disapprove(nlp, coder: Coder) -> None:
    text = "Gondor's foreign minister fought with Arnor's envoy over the treaty."
    assert _coded(nlp, coder, text) == [("110", ("GND", "ACCUSE", "ARN"))]


def test_a_clash_named_by_a_noun_between_ministers_is_disapproval(nlp, coder: Coder) -> None:
    text = "The clash between the Gondorian and Arnorian ministers over the budget surprised many."
    assert ("110", ("GND", "ACCUSE", "ARN")) in _coded(nlp, coder, text)


def test_troops_clashing_with_rebels_still_fight(nlp, coder: Coder) -> None:
    text = "Gondorian troops clashed with Arnorian rebels near Osgiliath."
    assert _coded(nlp, coder, text) == [("190", ("GND", "ASSAULT", "ARN"))]


def test_forces_clashing_over_an_island_still_fight(nlp, coder: Coder) -> None:
    # "over" a place, not an issue; and armed forces on both sides
    text = "Gondorian troops clashed with Arnorian forces over the disputed island."
    assert _coded(nlp, coder, text) == [("190", ("GND", "ASSAULT", "ARN"))]


def test_police_clashing_with_protesters_at_a_meeting_still_fight(nlp, coder: Coder) -> None:
    # a sitting named, but police and a crowd are the sides: force, not words
    text = "Gondorian police clashed with protesters at the council meeting."
    assert [c for c, _ in _coded(nlp, coder, text)] == ["190"]


def test_a_clash_over_a_treaty_that_kills_still_fights(nlp, coder: Coder) -> None:
    text = "Gondor and Arnor clashed over the treaty, and five people were killed."
    assert "110" not in [c for c, _ in _coded(nlp, coder, text)]


def test_residents_clashing_with_officials_over_a_project_disapprove(nlp, coder) -> None:
    text = "Residents of Osgiliath clashed with Gondorian officials over the project."
    assert [c for c, _ in _coded(nlp, coder, text)] == ["110"]
