"""Allowing, permitting or tolerating violence is no concession (coding/permitted_harms.py);
the violence told as an act is still coded. Made-up world, real parses."""

from __future__ import annotations

import pytest

from detente.coding.events import Coder

from middle_earth import code_text

pytestmark = pytest.mark.model


def _types(nlp, coder: Coder, text: str) -> list[str]:
    return [e.event_type for e in code_text(nlp, coder, text)]


def test_allowing_a_killing_concedes_nothing(nlp, coder: Coder) -> None:
    assert _types(nlp, coder, "Gondor chose to allow the killing of civilians.") == []


def test_permitting_torture_concedes_nothing(nlp, coder: Coder) -> None:
    assert _types(nlp, coder, "The Gondorian king permitted the torture of prisoners.") == []


def test_a_militia_allowed_to_burn_villages_burns_them_but_no_one_concedes(nlp, coder) -> None:
    text = "The Gondorian army allowed the militia to burn villages."
    assert _types(nlp, coder, text) == ["COERCE"]


def test_inspectors_allowed_to_visit_are_still_admitted(nlp, coder: Coder) -> None:
    text = "Gondor allowed Arnorian inspectors to visit the site."
    assert _types(nlp, coder, text) == ["RETREAT"]


def test_a_state_allowed_to_open_an_embassy_is_still_a_concession(nlp, coder: Coder) -> None:
    text = "Gondor allowed Arnor to open an embassy in Osgiliath."
    assert "CONCEDE" in _types(nlp, coder, text)
