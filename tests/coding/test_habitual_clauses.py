"""A habit or a rule told by a present-tense "when" clause before a present main clause is a
general statement: neither clause's act is an event; before a future, or in the past, the acts
stay (made-up world, parsed by the real model; coding/habitual_clauses.py)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code_text


def _types(nlp, coder: Coder, text: str) -> list[str]:
    return [e.event_type for e in code_text(nlp, coder, text)]


def test_a_quoted_rule_with_a_present_when_clause_is_no_event(nlp, coder: Coder) -> None:
    text = ('"When Mordor bombs Gondorian towns and kills Gondorian children, Gondor has every '
            'right to defend itself," the Gondorian king said on Monday.')  # fmt: skip
    assert "ASSAULT" not in _types(nlp, coder, text)


def test_a_when_clause_before_a_future_stays(nlp, coder: Coder) -> None:
    text = "When Mordor attacks Gondorian villages, Gondor will retaliate, the king said."
    assert "ASSAULT" in _types(nlp, coder, text)


def test_a_past_when_clause_stays(nlp, coder: Coder) -> None:
    text = "When Mordor attacked Gondorian villages on Monday, Gondor retaliated."
    assert "ASSAULT" in _types(nlp, coder, text)
