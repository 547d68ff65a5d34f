"""A phase of a cooperative act told ahead ("will begin its withdrawal") is the act with future
modality, not a pledge (coding/phases.py); a plain future act stays an intent, force announced
stays a threat. Made-up world, real parses."""

from __future__ import annotations

import pytest

from detente.coding.events import Coder

from middle_earth import code_text

pytestmark = pytest.mark.model


def _coded(nlp, coder: Coder, text: str) -> list[tuple[str, str, str]]:
    return [(e.cameo, e.event_type, e.modality) for e in code_text(nlp, coder, text)]


def test_a_withdrawal_to_start_next_month_is_a_withdrawal_ahead(nlp, coder: Coder) -> None:
    text = "Gondor will start its withdrawal from Arnor next month."
    assert _coded(nlp, coder, text) == [("0874", "RETREAT", "future")]


def test_a_withdrawal_to_be_finished_is_a_withdrawal_ahead(nlp, coder: Coder) -> None:
    text = "Gondor will finish its withdrawal from Arnor by June."
    assert _coded(nlp, coder, text) == [("0874", "RETREAT", "future")]


def test_talks_to_begin_are_talks_ahead(nlp, coder: Coder) -> None:
    text = "Gondor will begin talks with Arnor next week."
    assert _coded(nlp, coder, text) == [("040", "CONSULT", "future")]


def test_deploying_to_begin_is_a_deployment_ahead(nlp, coder: Coder) -> None:
    text = "Gondor will begin deploying troops to Arnor next week."
    assert _coded(nlp, coder, text) == [("154", "MOBILIZE", "future")]


def test_a_plain_future_withdrawal_stays_an_intent(nlp, coder: Coder) -> None:
    text = "Gondor will withdraw its troops from Arnor next month."
    assert [c[1] for c in _coded(nlp, coder, text)] == ["AGREE"]


def test_an_offensive_to_begin_stays_a_threat(nlp, coder: Coder) -> None:
    text = "Gondor will begin a new offensive against Arnor next week."
    assert [c[1] for c in _coded(nlp, coder, text)] == ["THREATEN"]


def test_an_agreement_to_begin_talks_stays_an_agreement(nlp, coder: Coder) -> None:
    text = "Gondor agreed to begin talks with Arnor."
    assert [c[1] for c in _coded(nlp, coder, text)] == ["AGREE"]


def test_talks_that_will_resume_are_talks_ahead(nlp, coder: Coder) -> None:
    text = "Talks between Gondor and Arnor will resume next week."
    assert _coded(nlp, coder, text) == [("040", "CONSULT", "future")]


def test_a_withdrawal_to_be_completed_is_a_withdrawal_ahead(nlp, coder: Coder) -> None:
    text = "Gondor's withdrawal from Arnor will be completed by June."
    assert _coded(nlp, coder, text) == [("0874", "RETREAT", "future")]
