"""spans20: an act composed under a frame ("deployed to X to train *soldiers*", "vowed to
expel *the envoys*") whose light object is also where its pattern receives (the forces trained,
the diplomats expelled) has that object as its recipient; the place the frame's verb goes to is
none of the act's. An act with no such object keeps the place ("sent inspectors to Arnor to
investigate the accident": the accident is no party)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.coding.events import Coder

from middle_earth import by_pattern, code_text, parties

pytestmark = pytest.mark.model


def test_the_forces_trained_are_the_recipient_not_the_place_gone_to(
    nlp: Language, coder: Coder
) -> None:
    text = (
        "Twelve Gondorian officers deployed to Arnor's military academy to train more than "
        "200 Orcish soldiers for seven weeks."
    )
    event = by_pattern(code_text(nlp, coder, text), "frame.purpose+aid.train-forces")
    assert [c for c, _, _ in parties(event.actor)] == ["GND"]
    assert [(m.text, m.country) for m in event.recipient] == [
        ("more than 200 Orcish soldiers", "MDR")
    ]


def test_an_act_on_no_party_keeps_the_place_sent_to(nlp: Language, coder: Coder) -> None:
    text = "Gondor sent a team of inspectors to Arnor to investigate the accident."
    event = by_pattern(code_text(nlp, coder, text), "frame.purpose+accuse.investigate")
    assert [c for c, _, _ in parties(event.recipient)] == ["ARN"]


@pytest.mark.parametrize(
    "text",
    ["Gondor sent a contingent of 500 soldiers to Arnor.", "Gondor sent a platoon to Arnor."],
)
def test_a_body_of_troops_sent_is_a_deployment(nlp: Language, coder: Coder, text: str) -> None:
    event = by_pattern(code_text(nlp, coder, text), "mobilize.send-troops")
    assert [c for c, _, _ in parties(event.recipient)] == ["ARN"]


def test_a_team_of_doctors_sent_stays_aid(nlp: Language, coder: Coder) -> None:
    events = code_text(nlp, coder, "Gondor sent a team of doctors to Arnor.")
    assert [e.pattern_id for e in events] == ["aid.send-medics"]
