"""Recipients read through the thing acted on and through references: an actor noun set
before a thing as its owner ("the council decision"), the passive subject's own phrases
("sanctions against X were lifted"), people placed by the places their own phrase names
("people in X and Y"), "him" standing for the person named before the actor, what an
accusation alleges kept out of the recipient search, forces withdrawn from where they are,
sites attacked in a place, a passive conjoined to an active verb sharing its subject, and a
people's minority coded where it lives (coding/party_mentions.py, coding/beyond_slot.py,
coding/recipients.py, coding/parties.py, coding/placement.py).

Hand-built parses of a made-up world (Gondor, Arnor, Mordor), written the way spaCy's English
parser attaches them; rows are (word, lemma, POS, dependency, head index).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from detente.coding.events import Coder

from middle_earth import PLACES, code, middle_earth_gazetteer, parties

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


# --- "him" passes over the actor's own noun --------------------------------------------


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


# --- what an accusation alleges is not searched for its recipient ---------------------------


def _accused_of_attacking(accused: str) -> list:
    """ "Gondor accused <accused> of attacking Arnor." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("accused", "accuse", "VERB", "ROOT", 1),
        (accused, accused, "PROPN", "dobj", 1),
        ("of", "of", "ADP", "prep", 1),
        ("attacking", "attack", "VERB", "pcomp", 3),
        ("Arnor", "Arnor", "PROPN", "dobj", 4),
        (*PUNCT, 1),
    ]


def test_the_victim_of_an_alleged_act_is_not_the_accusations_recipient(coder: Coder) -> None:
    # "Smith" is in no lexicon: Arnor, whom Smith allegedly attacked, is not whom Gondor accuses
    # (recip18: the accused, a name no lexicon knows, is a private person of unknown country)
    [event] = code(coder, _accused_of_attacking("Smith"), tags={4: "VBG"})
    assert event.event_type == "ACCUSE"
    assert [(m.text, m.country, m.sector) for m in event.recipient] == [("Smith", None, "CVL")]


def test_the_accused_named_in_the_slot_stays_the_recipient(coder: Coder) -> None:
    [event] = code(coder, _accused_of_attacking("Mordor"), tags={4: "VBG"})
    assert [m.country for m in event.recipient] == ["MDR"]


# --- forces withdrawn from where they are stationed -----------------------------------------


def test_troops_withdrawn_from_where_they_are_name_that_place_as_recipient(coder: Coder) -> None:
    # "Mordor withdrew its troops in Ithilien."
    rows = [
        ("Mordor", "Mordor", "PROPN", "nsubj", 1),
        ("withdrew", "withdraw", "VERB", "ROOT", 1),
        ("its", "its", "PRON", "poss", 3),
        ("troops", "troop", "NOUN", "dobj", 1),
        ("in", "in", "ADP", "prep", 3),
        ("Ithilien", "Ithilien", "PROPN", "pobj", 4),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows, ents=((0, 1, "GPE"), (5, 6, "GPE")), tags={3: "NNS"})
    assert event.cameo == "0874"
    assert [m.text for m in event.recipient] == ["Ithilien"]
    assert parties(event.recipient) == [("GND", None, "place")]


def test_targets_attacked_in_a_place_stand_for_that_places_country(coder: Coder) -> None:
    # "Orcs attacked military targets in Ithilien."
    rows = [
        ("Orcs", "Orcs", "PROPN", "nsubj", 1),
        ("attacked", "attack", "VERB", "ROOT", 1),
        ("military", "military", "ADJ", "amod", 3),
        ("targets", "target", "NOUN", "dobj", 1),
        ("in", "in", "ADP", "prep", 3),
        ("Ithilien", "Ithilien", "PROPN", "pobj", 4),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows, ents=((0, 1, "NORP"), (5, 6, "GPE")), tags={3: "NNS"})
    assert [m.country for m in event.actor] == ["MDR"]
    assert parties(event.recipient) == [("GND", None, "place")]


# --- a passive conjoined to an active verb shares its subject -------------------------------


def test_a_passive_after_an_active_verb_takes_its_subject_as_the_patient(coder: Coder) -> None:
    # "Arnorian fishermen sailed and were freed by Gondor."
    rows = [
        ("Arnorian", "arnorian", "ADJ", "amod", 1),
        ("fishermen", "fisherman", "NOUN", "nsubj", 2),
        ("sailed", "sail", "VERB", "ROOT", 2),
        ("and", "and", "CCONJ", "cc", 2),
        ("were", "be", "AUX", "auxpass", 5),
        ("freed", "free", "VERB", "conj", 2),
        ("by", "by", "ADP", "agent", 5),
        ("Gondor", "Gondor", "PROPN", "pobj", 6),
        (*PUNCT, 2),
    ]
    [event] = code(coder, rows, ents=((0, 1, "NORP"), (7, 8, "GPE")), tags={1: "NNS", 5: "VBN"})
    assert event.trigger.text == "freed"
    assert [m.country for m in event.actor] == ["GND"]
    assert [(m.text, m.country) for m in event.recipient] == [("Arnorian fishermen", "ARN")]


def test_a_peoples_minority_is_coded_where_it_lives(coder: Coder) -> None:
    # "Mordor attacked the Arnorian minority in Osgiliath."
    rows = [
        ("Mordor", "Mordor", "PROPN", "nsubj", 1),
        ("attacked", "attack", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 4),
        ("Arnorian", "arnorian", "ADJ", "amod", 4),
        ("minority", "minority", "NOUN", "dobj", 1),
        ("in", "in", "ADP", "prep", 1),
        ("Osgiliath", "Osgiliath", "PROPN", "pobj", 5),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows, ents=((0, 1, "GPE"), (3, 4, "NORP"), (6, 7, "GPE")))
    assert [(m.country, m.rule) for m in event.recipient] == [("GND", "location")]


def test_a_thing_done_to_a_body_names_no_owner(coder: Coder) -> None:
    # "Gondor called for council reform in Arnorian politics.": the council is what is
    # reformed, not who acts; the call is about Arnor's politics
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("called", "call", "VERB", "ROOT", 1),
        ("for", "for", "ADP", "prep", 1),
        ("council", "council", "NOUN", "compound", 4),
        ("reform", "reform", "NOUN", "pobj", 2),
        ("in", "in", "ADP", "prep", 4),
        ("Arnorian", "arnorian", "ADJ", "amod", 7),
        ("politics", "politics", "NOUN", "pobj", 5),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows, ents=((0, 1, "GPE"), (6, 7, "NORP")))
    assert [m.country for m in event.recipient] == ["ARN"]
