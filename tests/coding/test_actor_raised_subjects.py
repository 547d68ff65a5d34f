"""The subject of a passive verb with an infinitive is the infinitive's understood subject
("Gondor is expected to meet Arnor": Gondor meets); what others expect of it is no intent of its
own, and what unnamed people say it did is hearsay ("Gondor is said to have attacked Arnor")
(made-up world, parsed by the real model)."""

from __future__ import annotations

from detente.coding.events import Coder
from detente.records import Event

from middle_earth import code_text


def _events(nlp, coder: Coder, text: str, event_type: str) -> list[Event]:
    return [e for e in code_text(nlp, coder, text) if e.event_type == event_type]


def test_a_party_expected_to_meet_is_the_meetings_actor(nlp, coder: Coder) -> None:
    [meeting] = _events(nlp, coder, "Gondor is expected to meet Arnor next week.", "CONSULT")
    assert [m.country for m in meeting.actor] == ["GND"]
    assert [m.country for m in meeting.recipient] == ["ARN"]
    # others expect it: the meeting lies ahead, and it is no intent announced by Gondor
    assert meeting.modality == "future" and meeting.cameo.startswith("04")


def test_what_a_party_is_said_to_have_done_is_hearsay(nlp, coder: Coder) -> None:
    [attack] = _events(nlp, coder, "Gondor is said to have attacked Arnor.", "ASSAULT")
    assert [m.country for m in attack.actor] == ["GND"]
    assert attack.modality == "hypothetical"
