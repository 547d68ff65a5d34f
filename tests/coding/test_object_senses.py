"""Senses a trigger verb takes from its object (coding/object_senses.py, coding/frames.py
vowed force, coding/match.py shared negation; english.yaml verbs16 block). Made-up sentences
parsed by the real model; each case has its minimal pair: the other sense is still coded."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code_text


def _coded(nlp, coder: Coder, text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.cameo) for e in code_text(nlp, coder, text)]


def test_pressing_ones_own_operations_asks_no_one(nlp, coder: Coder) -> None:
    text = "The Gondorian army pressed its military operations against the Arnorian rebels."
    assert "REQUEST" not in [t for t, _ in _coded(nlp, coder, text)]
    text = "Gondor pressed its case against Arnor at the council."
    assert "REQUEST" not in [t for t, _ in _coded(nlp, coder, text)]


def test_pressing_a_party_stays_a_request(nlp, coder: Coder) -> None:
    text = "Gondorian officials pressed Arnorian leaders on the issue."
    assert ("REQUEST", "020") in _coded(nlp, coder, text)


def test_ignoring_a_fact_defies_nothing(nlp, coder: Coder) -> None:
    text = "The Gondorian authorities ignored the number of children living in poverty."
    assert "REJECT" not in [t for t, _ in _coded(nlp, coder, text)]
    text = "The Gondorian government ignored the plight of Arnorian farmers."
    assert "REJECT" not in [t for t, _ in _coded(nlp, coder, text)]


def test_ignoring_an_order_or_a_party_is_defiance(nlp, coder: Coder) -> None:
    text = "The Gondorian government ignored the order of the Arnorian court."
    assert ("REJECT", "128") in _coded(nlp, coder, text)
    text = "The Gondorian government ignored Arnor."
    assert ("REJECT", "128") in _coded(nlp, coder, text)


def test_a_vow_to_destroy_a_party_is_a_threat_of_force(nlp, coder: Coder) -> None:
    text = "The Gondorian king vowed to wipe out the Arnorian rebels."
    assert _coded(nlp, coder, text) == [("THREATEN", "138")]
    text = "The Gondorian king vowed to punish the Arnorian rebels."
    assert _coded(nlp, coder, text) == [("THREATEN", "137")]
    # the crack-down written as one word, as news often spells it (lead20)
    text = "The Gondorian king vowed to crackdown on the Arnorian rebels."
    assert _coded(nlp, coder, text) == [("THREATEN", "137")]


def test_a_vow_to_destroy_no_party_threatens_no_one(nlp, coder: Coder) -> None:
    # before: an intent to cooperate (030); a vow to root out a vice threatens nobody
    text = "The Gondorian king vowed to eradicate corruption."
    assert _coded(nlp, coder, text) == []


def test_a_vow_to_meet_stays_an_intent(nlp, coder: Coder) -> None:
    text = "The Gondorian king vowed to meet the Arnorian king."
    assert [t for t, _ in _coded(nlp, coder, text)] == ["AGREE"]


def test_standing_by_and_allowing_shares_the_negation(nlp, coder: Coder) -> None:
    # "could no longer stand by and allow X": the allowance is refused, as "would not allow"
    text = "The Gondorian government could no longer stand by and allow Arnor to seize the border."
    assert ("CONCEDE", "080") not in _coded(nlp, coder, text)
    assert ("REJECT", "124") in _coded(nlp, coder, text)


def test_an_allowance_with_its_own_subject_keeps_its_sense(nlp, coder: Coder) -> None:
    text = "The Gondorian king did not attend, and the Gondorian government allowed Arnor to trade."
    assert ("CONCEDE", "080") in _coded(nlp, coder, text)


def test_a_practice_ignored_by_a_party_is_no_defiance(nlp, coder: Coder) -> None:
    text = "Gondor's trade practices, ignored for years by Arnor, have hurt Arnorian farmers."
    assert "REJECT" not in [t for t, _ in _coded(nlp, coder, text)]


def test_a_vow_to_keep_fighting_is_a_threat_not_a_fight(nlp, coder: Coder) -> None:
    # before: an intent to cooperate (030) beside a fight told as done
    text = "The Gondorian king vowed to keep fighting the Arnorian rebels."
    assert _coded(nlp, coder, text) == [("THREATEN", "138")]


def test_a_vow_to_keep_talking_is_an_intent_to_meet(nlp, coder: Coder) -> None:
    text = "The Gondorian king agreed to keep talking with the Arnorian king."
    assert [t for t, _ in _coded(nlp, coder, text)] == ["AGREE"]


def test_pressing_an_offensive_against_a_party_attacks_it(nlp, coder: Coder) -> None:
    # press an attack "carry on with it vigorously": the attack goes on against Arnor
    text = "The Gondorian army pressed its offensive against Arnor."
    assert ("ASSAULT", "190") in _coded(nlp, coder, text)
    assert "REQUEST" not in [t for t, _ in _coded(nlp, coder, text)]


def test_a_past_beside_a_negated_bare_verb_keeps_its_own_sense(nlp, coder: Coder) -> None:
    text = "The Gondorian king did not object, and allowed Arnor to trade."
    assert ("REJECT", "124") not in _coded(nlp, coder, text)
