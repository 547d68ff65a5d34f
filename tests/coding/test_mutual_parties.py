"""Reciprocal acts whose subject names all their parties (coding/mutual_parties.py): two
parties of one country joined in the subject are the two sides ("Gondorian Rangers and the
Steward's council negotiated"), and a plural subject that counts its parties ("the two sides
agreed", "the chiefs of five Gondorian guilds met") is its own partner. A plural with no count
("Gondorian lawmakers met") is left alone. A reciprocal pronoun ("each other", "one another")
stands for the subject's own parties. Made-up sentences parsed by the real model."""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.events import Coder
from detente.coding.mutual_parties import counts_parties, distinct_parties, reciprocal_slot
from detente.records import ActorMention

from middle_earth import code_text


def _mention(text: str, start: int, country: str = "GND") -> ActorMention:
    return ActorMention(text=text, start=start, end=start + len(text), country=country,
                        sector="GOV")  # fmt: skip


def _subject(nlp, text: str) -> Token:
    return next(t for t in nlp(text) if t.dep_ == "nsubj")


def test_two_parties_joined_are_distinct_even_of_one_country(nlp) -> None:
    assert distinct_parties(_subject(nlp, "Gondorian Rangers and the council met."),
                            (_mention("Gondorian Rangers", 0), _mention("the council", 22)))


def test_one_phrase_read_twice_is_no_pair_of_parties(nlp) -> None:
    joined = _subject(nlp, "The council and the guild met.")
    assert not distinct_parties(joined, (_mention("the two sides", 0),
                                         _mention("the two sides", 0)))  # fmt: skip
    assert not distinct_parties(joined, (_mention("the council of Gondor", 0),
                                         _mention("Gondor", 15)))  # fmt: skip


def test_a_party_renamed_by_an_apposition_is_one_party(nlp) -> None:
    subject = _subject(nlp, "Denethor's successor, Aragorn, pledged to meet on Monday.")
    assert not distinct_parties(subject, (_mention("Denethor", 0),
                                          _mention("Aragorn", 22)))  # fmt: skip


def test_the_apposition_of_a_plural_may_count_its_parties(nlp) -> None:
    subject = _subject(nlp, "The envoys, two Gondorian lords, met on Monday.")
    assert counts_parties(subject)


def test_a_counted_plural_names_its_parties(nlp) -> None:
    assert counts_parties(_subject(nlp, "The two sides agreed on Monday."))
    assert counts_parties(_subject(nlp, "Both parties agreed on Monday."))
    assert counts_parties(_subject(nlp, "The chiefs of five Gondorian guilds met on Monday."))


def test_a_plural_with_no_count_names_no_parties(nlp) -> None:
    assert not counts_parties(_subject(nlp, "Gondorian lawmakers met on Monday."))
    assert not counts_parties(_subject(nlp, "The firefighters agreed on Monday."))
    assert not counts_parties(_subject(nlp, "The Steward met on Monday."))


def test_two_parties_of_one_country_negotiating_are_a_dyad(nlp, coder: Coder) -> None:
    events = code_text(nlp, coder, "Gondorian police and Gondorian judges negotiated for hours.")
    [event] = [e for e in events if e.cameo == "046"]
    assert [m.country for m in event.actor] == ["GND"]
    assert [m.country for m in event.recipient] == ["GND"]
    assert event.actor[0].start != event.recipient[0].start


def test_counted_group_that_met_is_its_own_partner(nlp, coder: Coder) -> None:
    events = code_text(nlp, coder, "The chiefs of five Gondorian guilds met in Osgiliath.")
    [event] = [e for e in events if e.cameo == "040"]
    assert [m.country for m in event.recipient] == [m.country for m in event.actor] == ["GND"]


def test_uncounted_body_that_met_gets_no_partner(nlp, coder: Coder) -> None:
    events = code_text(nlp, coder, "Gondorian lawmakers met in Osgiliath.")
    assert all(not e.recipient for e in events if e.cameo == "040")


def test_a_reciprocal_pronoun_is_the_subjects_own_parties(nlp, coder: Coder) -> None:
    text = ("Gondor and Mordor held talks on Monday. "
            "Arnor and the Orcs attacked each other's positions.")  # fmt: skip
    [event] = [e for e in code_text(nlp, coder, text) if e.event_type == "ASSAULT"]
    assert [m.country for m in event.actor] == ["ARN"]
    assert [m.country for m in event.recipient] == ["MDR"]


def test_one_another_splits_the_subject_into_a_dyad(nlp, coder: Coder) -> None:
    events = code_text(nlp, coder, "Gondor and Arnor blamed one another for the clashes.")
    [event] = [e for e in events if e.event_type == "ACCUSE"]
    assert [m.country for m in event.actor] == ["GND"]
    assert [m.country for m in event.recipient] == ["ARN"]


def test_a_group_that_fought_each_other_is_its_own_partner(nlp) -> None:
    doc = nlp("The Orcs fought each other.")
    slot = next(t for t in doc if t.dep_ == "dobj")
    assert reciprocal_slot(slot)
    assert not reciprocal_slot(next(t for t in nlp("The Orcs fought Gondor.") if t.dep_ == "dobj"))
