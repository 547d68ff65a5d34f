"""Recipients read through the thing acted on: an actor noun set before a thing as its owner
("the council decision"), the passive subject's own phrases ("sanctions against X were
lifted"), people placed by the places their own phrase names ("people in X and Y"), and "him"
bound by the agreeing "he" of a clause above it
(coding/party_mentions.py, coding/beyond_slot.py).

Hand-built parses of a made-up world (Gondor, Arnor, Mordor), written the way spaCy's English
parser attaches them; rows are (word, lemma, POS, dependency, head index).
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from spacy.tokens import Span

from detente.coding.events import Coder, code_article
from detente.records import Article, Event

from middle_earth import DATE, PLACES, code, middle_earth_gazetteer, parties
from support import build_doc

PUNCT = (".", ".", "PUNCT", "punct")


# --- an actor noun before a thing names its owner ------------------------------------------


def _rejected(*thing: tuple) -> list:
    """ "Gondor rejected the <thing>." (the thing's last word heads it)."""
    head = 2 + len(thing)
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("rejected", "reject", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", head),
        *thing,
        (*PUNCT, 1),
    ]


def test_an_actor_noun_before_a_thing_rejected_is_its_owner_and_the_recipient(
    coder: Coder,
) -> None:
    # "Gondor rejected the Osgiliath council decision.": the council's decision
    rows = _rejected(
        ("Osgiliath", "Osgiliath", "PROPN", "compound", 4),
        ("council", "council", "NOUN", "compound", 5),
        ("decision", "decision", "NOUN", "dobj", 1),
    )
    [event] = code(coder, rows, ents=((3, 4, "GPE"),))
    assert [m.text for m in event.recipient] == ["Osgiliath council"]
    assert parties(event.recipient) == [("GND", "GOV", "place")]


def test_a_noun_naming_no_actor_before_a_thing_names_no_owner(coder: Coder) -> None:
    # "Gondor rejected the Osgiliath trade decision.": trade is nobody
    rows = _rejected(
        ("Osgiliath", "Osgiliath", "PROPN", "compound", 4),
        ("trade", "trade", "NOUN", "compound", 5),
        ("decision", "decision", "NOUN", "dobj", 1),
    )
    [event] = code(coder, rows, ents=((3, 4, "GPE"),))
    assert event.recipient == ()


# --- the passive subject's own phrases -------------------------------------------------------


def test_sanctions_against_a_state_lifted_in_the_passive_name_it_as_recipient(
    coder: Coder,
) -> None:
    # "Arnor sanctions against Mordor were lifted on Monday.": the pattern's "on" holds a day
    rows = [
        ("Arnor", "Arnor", "PROPN", "compound", 1),
        ("sanctions", "sanction", "NOUN", "nsubjpass", 5),
        ("against", "against", "ADP", "prep", 1),
        ("Mordor", "Mordor", "PROPN", "pobj", 2),
        ("were", "be", "AUX", "auxpass", 5),
        ("lifted", "lift", "VERB", "ROOT", 5),
        ("on", "on", "ADP", "prep", 5),
        ("Monday", "Monday", "PROPN", "pobj", 6),
        (*PUNCT, 5),
    ]
    [event] = code(coder, rows, ents=((0, 1, "GPE"), (3, 4, "GPE")), tags={1: "NNS", 5: "VBN"})
    assert event.cameo.startswith("08")
    assert [m.country for m in event.actor] == ["ARN"]
    assert parties(event.recipient) == [("MDR", None, "user")]


# --- people placed by their own "in" phrase ---------------------------------------------------


def _help_people_in(*places: str) -> list:
    """ "Gondor pledged aid to help people in <A> and <B>." """
    first, second = places
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("pledged", "pledge", "VERB", "ROOT", 1),
        ("aid", "aid", "NOUN", "dobj", 1),
        ("to", "to", "PART", "aux", 4),
        ("help", "help", "VERB", "xcomp", 1),
        ("people", "people", "NOUN", "dobj", 4),
        ("in", "in", "ADP", "prep", 5),
        (first, first, "PROPN", "pobj", 6),
        ("and", "and", "CCONJ", "cc", 7),
        (second, second, "PROPN", "conj", 7),
        (*PUNCT, 1),
    ]


@pytest.fixture(scope="module")
def realms_coder(coder: Coder) -> Coder:
    """The made-up world with its realms in the gazetteer too, as a real gazetteer has countries."""
    realms = (("Arnor", "ARN", "country"), ("Mordor", "MDR", "country"))
    return replace(coder, gazetteer=middle_earth_gazetteer((*PLACES, *realms)))


def test_people_in_two_states_found_by_the_search_are_one_party_in_each(
    realms_coder: Coder,
) -> None:
    rows = _help_people_in("Arnor", "Mordor")
    [event] = code(realms_coder, rows, ents=((7, 8, "GPE"), (9, 10, "GPE")), tags={5: "NNS"})
    assert event.event_type == "AGREE"
    assert parties(event.recipient) == [("ARN", "CVL", "user"), ("MDR", "CVL", "user")]
    assert [m.text for m in event.recipient] == ["Arnor", "Mordor"]


# --- an object pronoun bound by the agreeing subject pronoun above it ------------------------


def _told_attacked_him(coder: Coder) -> tuple[Event, ...]:
    """ "Faramir, a Gondorian general, met Arnor. He told Denethor that Orcs attacked him." """
    rows = [
        ("Faramir", "Faramir", "PROPN", "nsubj", 5),
        (",", ",", "PUNCT", "punct", 0),
        ("a", "a", "DET", "det", 4),
        ("Gondorian", "gondorian", "ADJ", "amod", 4),
        ("general", "general", "NOUN", "appos", 0),
        ("met", "meet", "VERB", "ROOT", 5),
        ("Arnor", "Arnor", "PROPN", "dobj", 5),
        (*PUNCT, 5),
        ("He", "he", "PRON", "nsubj", 9),
        ("told", "tell", "VERB", "ROOT", 9),
        ("Denethor", "Denethor", "PROPN", "dobj", 9),
        ("that", "that", "SCONJ", "mark", 13),
        ("Orcs", "Orcs", "PROPN", "nsubj", 13),
        ("attacked", "attack", "VERB", "ccomp", 9),
        ("him", "he", "PRON", "dobj", 13),
        (*PUNCT, 9),
    ]
    doc = build_doc(rows, tags={8: "PRP", 14: "PRP"}, starts=(0, 8))
    doc.ents = [Span(doc, 0, 1, label="PERSON"), Span(doc, 6, 7, label="GPE"),
                Span(doc, 10, 11, label="PERSON"), Span(doc, 12, 13, label="NORP")]  # fmt: skip
    article = Article(doc_id="t1", origin="test", text=doc.text, date=DATE)
    return code_article(coder, article, doc)


def test_him_below_a_clause_whose_subject_is_he_is_that_person(coder: Coder) -> None:
    # not Denethor, the nearer person named: "him" is bound by "He", who is Faramir
    [attack] = [e for e in _told_attacked_him(coder) if e.trigger.text == "attacked"]
    assert [(m.text, m.name) for m in attack.recipient] == [("him", "Faramir")]
    assert parties(attack.recipient) == [("GND", "MIL", "reference")]


def test_him_passes_over_the_actors_own_noun_to_the_person_before_it(coder: Coder) -> None:
    # "The boy said a man shot him.": the man does not shoot himself; "him" is the boy
    rows = [
        ("The", "the", "DET", "det", 1),
        ("boy", "boy", "NOUN", "nsubj", 2),
        ("said", "say", "VERB", "ROOT", 2),
        ("a", "a", "DET", "det", 4),
        ("man", "man", "NOUN", "nsubj", 5),
        ("shot", "shoot", "VERB", "ccomp", 2),
        ("him", "he", "PRON", "dobj", 5),
        (*PUNCT, 2),
    ]
    [event] = code(coder, rows, tags={6: "PRP"})
    assert event.trigger.text == "shot"
    assert [m.text for m in event.recipient] == ["The boy"]
