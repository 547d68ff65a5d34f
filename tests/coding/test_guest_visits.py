"""claims19: host and guest. The visit is the guest's, the hosting the host's
(coding/guest_visits.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.coding.events import Coder

from middle_earth import code_text, dyad

pytestmark = pytest.mark.model


def test_a_banquet_for_a_visiting_president_is_his_visit(nlp: Language, coder: Coder) -> None:
    text = "Aragorn hosted a banquet for visiting Arnorian President Arvedui in Osgiliath."
    events = code_text(nlp, coder, text)
    visits = [dyad(e) for e in events if e.cameo == "042"]
    assert visits == [("ARN", "CONSULT", "GND")]
    assert ("GND", "CONSULT", "ARN") in [dyad(e) for e in events if e.cameo == "043"]


def test_a_guest_on_a_visit_received_is_the_visitor(nlp: Language, coder: Coder) -> None:
    text = (
        "The Arnorian foreign minister, on a visit to Gondor, was received by the Gondorian king."
    )
    events = code_text(nlp, coder, text)
    assert [dyad(e) for e in events if e.cameo == "042"] == [("ARN", "CONSULT", "GND")]
    assert [dyad(e) for e in events if e.cameo == "043"] == [("GND", "CONSULT", "ARN")]


def test_a_guest_received_on_a_visit_is_the_visitor(nlp: Language, coder: Coder) -> None:
    text = "The Gondorian king received the Arnorian envoy, on a visit to Gondor, at the palace."
    visits = [dyad(e) for e in code_text(nlp, coder, text) if e.cameo == "042"]
    assert all(actor == "ARN" for actor, _, _ in visits)


def test_one_blamed_for_visiting_a_leader_made_the_visit(nlp: Language, coder: Coder) -> None:
    """Negative: "for visiting X" on a word of blame, not of hosting, is the subject's visit."""
    text = "Gondor criticised Arnor for visiting Mordor."
    visits = [dyad(e) for e in code_text(nlp, coder, text) if e.cameo == "042"]
    assert all(actor != "MDR" for actor, _, _ in visits)


def test_a_visitor_who_meets_the_host_keeps_the_meeting(nlp: Language, coder: Coder) -> None:
    """Negative: an active clause's subject on a visit stays the one meeting."""
    text = "The Arnorian president, on a visit to Gondor, met Aragorn."
    meetings = [dyad(e) for e in code_text(nlp, coder, text) if e.event_type == "CONSULT"]
    assert meetings
    assert all(actor == "ARN" for actor, _, _ in meetings)
