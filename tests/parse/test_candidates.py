"""Candidate sentences: only sentences that can hold an event are parsed, offsets stay put."""

from __future__ import annotations

import pytest
import spacy

from detente.lexicons.verbs import VerbFileModel, compile_verbs, load_verbs
from detente.parse.candidates import (
    PLACEHOLDER,
    candidate_doc,
    load_candidate_filter,
    split_sentences,
)

# A made-up lexicon: a plain verb, an event noun, and a light verb that needs its object.
LEXICON = compile_verbs(
    VerbFileModel.model_validate(
        {
            "version": "test",
            "patterns": [
                {"id": "consult.visit", "verbs": ["visit"], "cameo": "042"},
                {"id": "assault.attack", "nouns": ["raid"], "cameo": "190"},
                {"id": "consult.open", "verbs": ["open"], "objects": ["talks"], "cameo": "040"},
            ],
        }
    ),
    "test",
)
TEXT = (
    "Arnor's harvest was good this year.\n\n"
    "The king of Arnor visited the steward of Gondor on Tuesday. "
    "Both sides opened talks on the river trade. "
    "It rained all week in the Shire. "
    "The weather stayed cold. The raid on the camp was over by dawn, officials said."
)


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


@pytest.fixture(scope="module")
def flt(blank):
    return load_candidate_filter(blank, LEXICON, context=1)


def sentences(doc) -> list[str]:
    return [s.text.strip() for s in doc.sents]


def test_text_length_and_kept_sentences_are_unchanged(blank, flt) -> None:
    doc = candidate_doc(blank, TEXT, flt)
    assert len(doc.text) == len(TEXT)
    for sent in doc.sents:
        if not sent.text.strip().startswith(PLACEHOLDER):
            assert TEXT[sent.start_char : sent.end_char] == sent.text


def test_sentences_without_a_trigger_are_blanked_unless_they_precede_one(blank, flt) -> None:
    kept = [s for s in sentences(candidate_doc(blank, TEXT, flt)) if s != PLACEHOLDER]
    assert kept == [
        "Arnor's harvest was good this year.",  # context of the meeting sentence
        "The king of Arnor visited the steward of Gondor on Tuesday.",
        "Both sides opened talks on the river trade.",  # light verb "open" with its object
        "The weather stayed cold.",  # context of the raid
        "The raid on the camp was over by dawn, officials said.",
    ]


def test_every_sentence_keeps_its_number(blank, flt) -> None:
    doc = candidate_doc(blank, TEXT, flt)
    assert len(list(doc.sents)) == len(split_sentences(blank.make_doc(TEXT))) == 6


def test_a_light_verb_without_its_object_is_no_trigger(blank, flt) -> None:
    text = "The council opened a feast for the new bridge. Nobody came."
    assert set(sentences(candidate_doc(blank, text, flt))) == {PLACEHOLDER}


@pytest.mark.model
def test_irregular_forms_come_from_the_model_lemmatizer(nlp) -> None:
    flt = load_candidate_filter(nlp, load_verbs(), context=0)
    doc = candidate_doc(nlp, "Arnor fought Gondor. Nothing else.", flt)
    assert sentences(doc) == ["Arnor fought Gondor.", PLACEHOLDER]


@pytest.mark.model
def test_the_parser_keeps_the_preset_sentence_starts(nlp) -> None:
    doc = nlp(candidate_doc(nlp, TEXT, load_candidate_filter(nlp, LEXICON, context=1)))
    assert len(list(doc.sents)) == 6
    [visited] = [t for t in doc if t.text == "visited"]
    assert visited.lemma_ == "visit" and TEXT[visited.idx : visited.idx + 7] == "visited"


@pytest.fixture(scope="module")
def actors():
    from detente.lexicons.actors import load_actor_lexicon

    return load_actor_lexicon()


def test_a_trigger_sentence_that_can_name_no_party_is_blanked(blank, actors) -> None:
    flt = load_candidate_filter(blank, LEXICON, actors=actors, context=0)
    text = "The visit was short and cold. Arnor visited Gondor. Then they visited twice."
    kept = [s for s in sentences(candidate_doc(blank, text, flt)) if s != PLACEHOLDER]
    assert kept == ["Arnor visited Gondor.", "Then they visited twice."]


@pytest.mark.parametrize(
    "sentence",
    [
        "Late on Saturday, Rabat announced a suspension of air links with 21 countries.",
        "EU says military intervention in Venezuela must be avoided.",
        "Nigeria on Saturday announced the deployment of 230 troops to Liberia.",
    ],
)
def test_announced_acts_and_obligations_are_kept(blank, sentence) -> None:
    from detente.lexicons.ontology import load_ontology

    verbs = load_verbs(known_codes=tuple(load_ontology().codes))
    flt = load_candidate_filter(blank, verbs, context=0)
    assert sentences(candidate_doc(blank, sentence, flt)) == [sentence]


def test_a_dot_before_a_comma_ends_no_sentence(blank) -> None:
    # "Sr." split into "Sr" and "." by the tokenizer: the comma after it continues the
    # sentence ("Faramir Hurin, Sr., 56, of Minas Tirith, was charged.").
    doc = blank.make_doc("Faramir Hurin, Sr., 56, of Minas Tirith, was charged. He denied it.")
    assert [doc[a:b].text.strip() for a, b in split_sentences(doc)] == [
        "Faramir Hurin, Sr., 56, of Minas Tirith, was charged.", "He denied it."]
