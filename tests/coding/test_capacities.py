"""An act named only as a party's capacity ("limit their ability to fire rockets", "has the
capability to strike") is no event; the act the clause does stays (made-up world, parsed by the
real model; coding/capacities.py)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code_text


def _types(nlp, coder: Coder, text: str) -> list[str]:
    return [e.event_type for e in code_text(nlp, coder, text)]


def test_an_act_named_as_a_capacity_is_no_event(nlp, coder: Coder) -> None:
    text = "Gondorian jets struck Mordorian posts, aiming to limit their ability to fire rockets."
    assert _types(nlp, coder, text) == ["ASSAULT"]
    assert _types(nlp, coder, "Mordor has the capability to strike Gondor.") == []


def test_an_act_named_as_a_power_is_no_event(nlp, coder: Coder) -> None:
    # senses18: a power or a right to act is a standing state
    assert _types(nlp, coder, "Gondor's army has the power to arrest civilians.") == []
    assert _types(nlp, coder, "Gondorian police have the authority to arrest anyone.") == []


def test_a_power_exercised_stays_an_act(nlp, coder: Coder) -> None:
    text = "Gondorian police exercised their authority to arrest the Arnorian envoy."
    assert _types(nlp, coder, text) == ["COERCE"]


def test_an_act_named_as_a_habit_is_no_event(nlp, coder: Coder) -> None:
    # senses18: "a history of attacking" names what a party does as a rule
    text = "Gondorian police have a history of attacking Arnorian traders."
    assert _types(nlp, coder, text) == []


def test_an_act_alleged_by_an_accusation_stays(nlp, coder: Coder) -> None:
    text = "Arnor accused Gondor of attacking Arnorian traders."
    assert "ACCUSE" in _types(nlp, coder, text)


def test_powers_the_parser_hangs_on_the_verb_are_no_event(nlp, coder: Coder) -> None:
    # senses18: "questioned the police's powers to detain": the parser makes the infinitive
    # an adverbial clause of "questioned"; the noun before "to" still holds it
    text = "Arnorian critics questioned the Gondorian police's powers to detain Arnorian traders."
    assert "COERCE" not in _types(nlp, coder, text)
    text = "Gondorian critics said the police's powers to detain suspects were too broad."
    assert "COERCE" not in _types(nlp, coder, text)


def test_an_act_whose_cost_is_weighed_is_no_event(nlp, coder: Coder) -> None:
    # lead25: "the cost of sending troops" costs an activity; nobody sent troops in the sentence
    text = (
        "The Gondorian government will delay some projects because of the cost of sending "
        "troops to Arnor."
    )
    assert [e for e in code_text(nlp, coder, text) if e.cameo.startswith("15")] == []


def test_an_act_a_party_is_accused_of_stays_with_a_weighing_word_near(nlp, coder: Coder) -> None:
    text = "Gondor accused Mordor of sending troops to Arnor at great cost."
    events = code_text(nlp, coder, text)
    assert any(e.event_type == "ACCUSE" for e in events)
