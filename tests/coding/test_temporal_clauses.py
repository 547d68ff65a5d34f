"""An act in a present-tense "when"/"whenever"/"once" clause is a habit, a rule or still to
come, never a particular act done; in a past-tense clause it stays asserted (made-up world,
parsed by the real model; coding/temporal_clauses.py)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code_text


def _attack_modalities(nlp, coder: Coder, text: str) -> list[str]:
    return [e.modality for e in code_text(nlp, coder, text) if e.event_type == "ASSAULT"]


def test_a_present_tense_when_clause_tells_a_habit_which_is_no_event(nlp, coder: Coder) -> None:
    # claims16: a habit or a rule is a general statement, no event (coding/habitual_clauses.py)
    text = "When Gondor attacks Arnorian villages, Arnor retaliates, the Arnorian king said."
    assert _attack_modalities(nlp, coder, text) == []


def test_a_present_tense_when_clause_before_a_future_lies_ahead(nlp, coder: Coder) -> None:
    text = "When Gondor attacks Arnorian villages, Arnor will retaliate, the Arnorian king said."
    assert _attack_modalities(nlp, coder, text)[:1] == ["future"]


def test_a_past_tense_when_clause_tells_an_act_done(nlp, coder: Coder) -> None:
    text = "When Gondor attacked Arnorian villages on Monday, Arnor retaliated."
    assert "asserted" in _attack_modalities(nlp, coder, text)
