"""A sentence's entities read from its own tokens are the ones spaCy's Span.ents gives."""

from __future__ import annotations

from spacy.tokens import Span

from detente.coding.dates import sentence_entities

from support import build_doc


def _doc():
    rows = [
        ("Elrond", "Elrond", "PROPN", "nsubj", 1), ("met", "meet", "VERB", "ROOT", 1),
        ("Gil", "Gil", "PROPN", "compound", 3), ("Galad", "Galad", "PROPN", "dobj", 1),
        ("on", "on", "ADP", "prep", 1), ("Monday", "Monday", "PROPN", "pobj", 4),
        (".", ".", "PUNCT", "punct", 1),
        ("Lord", "Lord", "PROPN", "nsubj", 8), ("left", "leave", "VERB", "ROOT", 8),
        ("Imladris", "Imladris", "PROPN", "dobj", 8), (".", ".", "PUNCT", "punct", 8),
    ]
    doc = build_doc(rows, starts=(0, 7))
    # "Elrond", "Gil Galad", "Monday", and one entity across the sentence break ("." + "Lord"),
    # as a tagger may make, then "Imladris"
    doc.ents = [Span(doc, 0, 1, "PERSON"), Span(doc, 2, 4, "PERSON"), Span(doc, 5, 6, "DATE"),
                Span(doc, 6, 8, "ORG"), Span(doc, 9, 10, "GPE")]
    return doc


def test_the_entities_of_each_sentence_are_those_span_ents_gives() -> None:
    doc = _doc()
    for sent in doc.sents:
        mine = [(e.start, e.end, e.label_) for e in sentence_entities(sent)]
        assert mine == [(e.start, e.end, e.label_) for e in sent.ents]
    first, second = doc.sents
    assert [e.text for e in sentence_entities(first)] == ["Elrond", "Gil Galad", "Monday"]
    assert [e.text for e in sentence_entities(second)] == ["Imladris"]
