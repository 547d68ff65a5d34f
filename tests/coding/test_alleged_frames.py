"""lead26: a frame ("refuse to", "threaten to") inside what an accusation alleges is alleged, not
an act told as done, and never the accuser's: "Gondor accused Arnor of refusing to negotiate"
reports one accusation."""

from __future__ import annotations

from spacy.language import Language

from detente.coding.events import Coder

from middle_earth import code_text, dyad


def test_an_alleged_refusal_is_no_event(nlp: Language, coder: Coder) -> None:
    events = code_text(nlp, coder, "Gondor accused Arnor of refusing to negotiate.")
    assert [dyad(e) for e in events] == [("GND", "ACCUSE", "ARN")]


def test_an_alleged_threat_is_no_event(nlp: Language, coder: Coder) -> None:
    text = "Gondor accused Arnor of threatening to attack its border posts."
    events = code_text(nlp, coder, text)
    assert [e.event_type for e in events] == ["ACCUSE"]


def test_a_refusal_told_beside_an_accusation_stays(nlp: Language, coder: Coder) -> None:
    events = code_text(nlp, coder, "Gondor refused to negotiate and accused Arnor of lying.")
    assert sorted(e.event_type for e in events) == ["ACCUSE", "REJECT"]
