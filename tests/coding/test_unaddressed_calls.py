"""A call made to congratulate or thank, with no one named as called and nothing asked for, is
a telephone call whose errand is the act told (coding/complements.py `unaddressed_errand`,
senses18): no request, and the errand is done, not asked of another. Made-up world, real
parses; "called on X to" and "called for" stay requests."""

from __future__ import annotations

from spacy.language import Language

from detente.coding.events import Coder

from middle_earth import code_text, dyad


def test_a_call_to_congratulate_is_praise_done(nlp: Language, coder: Coder) -> None:
    text = "Gondor's king called to congratulate Arnor's new president on his election."
    events = code_text(nlp, coder, text)
    assert [(e.event_type, e.modality) for e in events] == [("SUPPORT", "asserted")]
    assert dyad(events[0])[2] == "ARN"


def test_a_call_on_a_party_to_act_stays_a_request(nlp: Language, coder: Coder) -> None:
    text = "Gondor's king called on Arnor to release the prisoners."
    assert [e.event_type for e in code_text(nlp, coder, text)] == ["REQUEST"]


def test_a_call_for_a_party_to_act_stays_a_request(nlp: Language, coder: Coder) -> None:
    text = "Gondor's king called for Arnor to release the prisoners."
    assert [e.event_type for e in code_text(nlp, coder, text)] == ["REQUEST"]
