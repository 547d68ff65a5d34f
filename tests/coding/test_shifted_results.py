"""spans20: an adjective of the result put before a long object ("set *free* the hostages",
"let *free* X") belongs to the verb. The object's phrase starts after it, and where the parser
tags it a verb whose subject is the object, the freed party is still the recipient of whoever
set it free, never the actor.

Hand-built parses of the made-up world; rows are (word, lemma, POS, dependency, head index).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.coding.events import Coder
from detente.coding.syntax import phrase_bounds

from middle_earth import by_pattern, code, code_text, parties
from support import build_doc

# "Gondor let free the Orcish envoy Gothmog ." with "free" tagged an adjective on the object
AMOD = [
    ("Gondor", "Gondor", "PROPN", "nsubj", 1),
    ("let", "let", "VERB", "ROOT", 1),
    ("free", "free", "ADJ", "amod", 6),
    ("the", "the", "DET", "det", 6),
    ("Orcish", "Orcish", "ADJ", "amod", 6),
    ("envoy", "envoy", "NOUN", "compound", 6),
    ("Gothmog", "Gothmog", "PROPN", "dobj", 1),
    (".", ".", "PUNCT", "punct", 1),
]
AMOD_TAGS = {1: "VBD", 2: "JJ", 6: "NNP"}

# the same with "free" read as a verb whose subject is the envoy ("let [Gothmog free]" reversed)
CLAUSE = [
    ("Gondor", "Gondor", "PROPN", "nsubj", 1),
    ("let", "let", "VERB", "ROOT", 1),
    ("free", "free", "VERB", "ccomp", 1),
    ("the", "the", "DET", "det", 6),
    ("Orcish", "Orcish", "ADJ", "amod", 6),
    ("envoy", "envoy", "NOUN", "compound", 6),
    ("Gothmog", "Gothmog", "PROPN", "nsubj", 2),
    (".", ".", "PUNCT", "punct", 1),
]
CLAUSE_TAGS = {1: "VBD", 2: "VB", 6: "NNP"}


def test_the_shifted_adjective_is_no_part_of_the_object() -> None:
    doc = build_doc(AMOD, tags=AMOD_TAGS)
    assert phrase_bounds(doc[6]) == (3, 7)  # "the Orcish envoy Gothmog"


def test_an_adjective_of_the_object_itself_stays_in_its_phrase() -> None:
    """ "Gondor welcomed free elections": "free" says what the elections are; no result."""
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("welcomed", "welcome", "VERB", "ROOT", 1),
        ("free", "free", "ADJ", "amod", 3),
        ("elections", "election", "NOUN", "dobj", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    doc = build_doc(rows, tags={1: "VBD", 2: "JJ", 3: "NNS"})
    assert phrase_bounds(doc[3]) == (2, 4)  # "free elections": no verb of setting free
    rows[1] = ("set", "set", "VERB", "ROOT", 1)
    rows[2] = ("fair", "fair", "ADJ", "amod", 3)  # an adjective of no result is never cut
    assert phrase_bounds(build_doc(rows, tags={1: "VBD", 2: "JJ", 3: "NNS"})[3]) == (2, 4)


def test_an_object_set_free_is_the_recipient_by_its_own_words(coder: Coder) -> None:
    event = by_pattern(code(coder, AMOD, tags=AMOD_TAGS), "concede.set-free")
    assert [c for c, _, _ in parties(event.actor)] == ["GND"]
    assert [m.text for m in event.recipient] == ["the Orcish envoy Gothmog"]


def test_a_freed_party_read_as_a_subject_is_still_the_recipient(coder: Coder) -> None:
    events = code(coder, CLAUSE, tags=CLAUSE_TAGS)
    event = by_pattern(events, "concede.set-free")
    assert [c for c, _, _ in parties(event.actor)] == ["GND"]
    assert [m.text for m in event.recipient] == ["the Orcish envoy Gothmog"]
    assert len(events) == 1  # "free" is not coded again as the envoy freeing someone


def test_a_verb_after_its_own_subject_is_no_shifted_result(coder: Coder) -> None:
    """ "Gondor let Gothmog free": the ordinary order, the subject before the adjective."""
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("let", "let", "VERB", "ROOT", 1),
        ("Gothmog", "Gothmog", "PROPN", "nsubj", 3),
        ("go", "go", "VERB", "ccomp", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    events = code(coder, rows, tags={1: "VBD", 3: "VB"})
    assert not [e for e in events if e.pattern_id == "concede.set-free"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "freed"),
    [
        (  # the model reads "free" as a verb whose subject is the captain
            "Gondor finally let free the 27-year old Orcish captain Gothmog, who had been held "
            "in a military prison in Osgiliath for almost two years.",
            "the 27-year old Orcish captain Gothmog",
        ),
        # the model reads "free" as an adjective of the freed man's name
        ("Gondor today let free Gothmog, who had led Orcish raids last week.", "Gothmog"),
    ],
)
def test_real_parses_of_a_shifted_result(
    nlp: Language, coder: Coder, text: str, freed: str
) -> None:
    event = by_pattern(code_text(nlp, coder, text), "concede.set-free")
    assert [c for c, _, _ in parties(event.actor)] == ["GND"]
    assert [m.text for m in event.recipient] == [freed]
