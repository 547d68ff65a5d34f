"""recip14: a place inside what a demand asks for, or where a procedural step asked for would be
taken, is no party to the act on the demand."""

from __future__ import annotations

from spacy.language import Language

from detente.coding.events import Coder

from middle_earth import code_text


def _events(nlp: Language, coder: Coder, text: str, kind: str):
    return [e for e in code_text(nlp, coder, text) if e.event_type == kind]


def test_a_place_in_a_demands_content_is_no_recipient(nlp: Language, coder: Coder) -> None:
    text = "Arnor dropped a controversial demand that half of all swords be made in Gondor."
    [event] = _events(nlp, coder, text, "CONCEDE")
    assert all(m.country != "GND" for m in event.recipient)


def test_the_venue_of_an_adjournment_asked_for_is_no_recipient(
    nlp: Language, coder: Coder
) -> None:
    # senses18: lawyers asking for an adjournment take a step of a trial (trial_senses.py);
    # ministers asking for one make a request
    text = "Arnorian ministers called for an adjournment in Gondor."
    [event] = _events(nlp, coder, text, "REQUEST")
    assert all(m.country != "GND" for m in event.recipient)


def test_a_state_of_affairs_asked_for_in_a_country_keeps_it(nlp: Language, coder: Coder) -> None:
    text = "Arnorian lawmakers called for a ceasefire in Gondor."
    [event] = _events(nlp, coder, text, "REQUEST")
    assert [m.country for m in event.recipient] == ["GND"]


def test_the_parties_in_a_dropped_demands_content_are_not_answered(
    nlp: Language, coder: Coder
) -> None:
    # what the demand says must be done, and by or to whom, is not who the concession answers
    text = "Arnor dropped its demand that Gondorian ships leave the harbour."
    [event] = _events(nlp, coder, text, "CONCEDE")
    assert all(m.country != "GND" for m in event.recipient)


def test_the_maker_of_a_rejected_demand_is_still_its_recipient(
    nlp: Language, coder: Coder
) -> None:
    text = "Arnor rejected the Gondorian demand that it leave the harbour."
    [event] = _events(nlp, coder, text, "REJECT")
    assert [m.country for m in event.recipient] == ["GND"]
