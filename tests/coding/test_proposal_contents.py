"""What someone's proposal or decision says is no party to a stance on it
(coding/proposal_contents.py): "Arnor supports its decision to expel Mordor's envoys" supports
whoever decided, never the envoys expelled. Made-up sentences parsed by the real model."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code_text


def _stance(nlp, coder: Coder, text: str, kind: str):
    return [e for e in code_text(nlp, coder, text) if e.event_type == kind]


def test_the_content_of_a_decision_supported_is_no_recipient(nlp, coder: Coder) -> None:
    text = "The Arnorian king supports the decision to expel the Mordor envoys."
    events = _stance(nlp, coder, text, "SUPPORT")
    assert events
    for event in events:
        assert "MDR" not in {m.country for m in event.recipient}


def test_the_content_of_a_plan_criticised_is_no_recipient(nlp, coder: Coder) -> None:
    text = "Gondor's parliament criticised the plan to sanction Arnor."
    events = _stance(nlp, coder, text, "ACCUSE")
    assert events
    for event in events:
        assert "ARN" not in {m.country for m in event.recipient}


def test_a_party_supported_by_name_stays(nlp, coder: Coder) -> None:
    [event] = _stance(nlp, coder, "The Arnorian king supports Gondor.", "SUPPORT")
    assert [m.country for m in event.recipient] == ["GND"]
