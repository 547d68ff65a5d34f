"""A trade flow described (simple present, a participle on the goods, farmers' trade) is no
economic cooperation (coding/trade_flows.py); a state's import told as done or decided stays.
Made-up world, real parses."""

from __future__ import annotations

import pytest

from detente.coding.events import Coder

from middle_earth import code_text

pytestmark = pytest.mark.model


def _types(nlp, coder: Coder, text: str) -> list[str]:
    return [e.event_type for e in code_text(nlp, coder, text)]


def test_a_state_that_imports_its_oil_as_a_rule_cooperates_with_no_one(nlp, coder) -> None:
    assert _types(nlp, coder, "Arnor imports nearly all of its oil from Gondor.") == []


def test_a_relative_clause_of_standing_trade_is_no_act(nlp, coder: Coder) -> None:
    text = "Arnor, which imports most of its wheat from Gondor, was hit by the shortage."
    assert "COOPERATE" not in _types(nlp, coder, text)


def test_farmers_exporting_fruit_cooperate_with_no_one(nlp, coder: Coder) -> None:
    text = "Gondorian farmers exported most of their fruit to Arnor."
    assert _types(nlp, coder, text) == []


def test_goods_imported_from_a_state_give_the_seizure_no_partner_in_trade(nlp, coder) -> None:
    text = "Wine imported from Gondor was seized by Arnorian police."
    assert "COOPERATE" not in _types(nlp, coder, text)


def test_a_state_that_imported_arms_last_week_still_cooperates(nlp, coder: Coder) -> None:
    text = "Arnor imported the vaccines from Gondor last week."
    assert _types(nlp, coder, text) == ["COOPERATE"]


def test_a_state_that_agreed_to_import_grain_still_agrees(nlp, coder: Coder) -> None:
    assert _types(nlp, coder, "Gondor agreed to import more grain from Arnor.") == ["AGREE"]
