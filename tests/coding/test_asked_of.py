"""recip18: "asked of Mordor that it withdraw": the party after "of" is the one asked (to ask
something of someone is to request it from them); "ask" with no such party is no request."""

from __future__ import annotations

from spacy.language import Language

from detente.coding.events import Coder

from middle_earth import code_text, dyad


def test_the_party_asked_after_of_is_the_recipient(nlp: Language, coder: Coder) -> None:
    text = "Gondor asked of Mordor that it withdraw its troops."
    requests = [e for e in code_text(nlp, coder, text) if e.event_type == "REQUEST"]
    assert [dyad(e) for e in requests] == [("GND", "REQUEST", "MDR")]


def test_asking_about_a_party_is_no_request_of_it(nlp: Language, coder: Coder) -> None:
    text = "Gondor asked about Mordor's troops."
    assert not [e for e in code_text(nlp, coder, text) if e.event_type == "REQUEST"]
