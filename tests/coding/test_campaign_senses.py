"""Fights against a condition, an activity or a measure: a campaign, no assault on a party
(made-up world, hand-built parses; coding/campaign_senses.py). Each case has its minimal pair:
the same words aimed at a party are coded."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code


def _types(events) -> list[str]:
    return [e.event_type for e in events]


def _declared_war_on(target: tuple[str, str, str]) -> list[tuple]:
    # "Gondor declared war on <target>."
    return [("Gondor", "Gondor", "PROPN", "nsubj", 1), ("declared", "declare", "VERB", "ROOT", 1),
            ("war", "war", "NOUN", "dobj", 1), ("on", "on", "ADP", "prep", 2),
            (*target, "pobj", 3), (".", ".", "PUNCT", "punct", 1)]  # fmt: skip


def test_war_declared_on_a_condition_is_a_campaign_not_an_assault(coder: Coder) -> None:
    rows = _declared_war_on(("litter", "litter", "NOUN"))
    assert _types(code(coder, rows, tags={0: "NNP", 1: "VBD", 2: "NN", 3: "IN", 4: "NN"})) == []
    rows = _declared_war_on(("Mordor", "Mordor", "PROPN"))
    assert _types(code(coder, rows, tags={0: "NNP", 1: "VBD", 2: "NN", 3: "IN", 4: "NNP"})) == [
        "ASSAULT"]


def test_war_on_an_activity_that_stands_for_its_doers_stays(coder: Coder) -> None:
    # "Gondor declared war on terrorism.": the war is on those who do it, kept
    rows = _declared_war_on(("terrorism", "terrorism", "NOUN"))
    tags = {0: "NNP", 1: "VBD", 2: "NN", 3: "IN", 4: "NN"}
    assert _types(code(coder, rows, tags=tags)) == ["ASSAULT"]


def _fought(obj: tuple[str, str, str]) -> list[tuple]:
    # "Gondor's king fought <obj>."
    return [("Gondor", "Gondor", "PROPN", "poss", 2), ("'s", "'s", "PART", "case", 0),
            ("king", "king", "NOUN", "nsubj", 3), ("fought", "fight", "VERB", "ROOT", 3),
            (*obj, "dobj", 3), (".", ".", "PUNCT", "punct", 3)]  # fmt: skip


def test_fighting_a_measure_is_no_assault(coder: Coder) -> None:
    # "Gondor's king fought taxation.": opposing a measure
    rows = _fought(("taxation", "taxation", "NOUN"))
    tags = {0: "NNP", 1: "POS", 2: "NN", 3: "VBD", 4: "NN"}
    assert _types(code(coder, rows, tags=tags)) == []
    # "Gondor's king fought Mordor.": a party fought, kept
    tags = {0: "NNP", 1: "POS", 2: "NN", 3: "VBD", 4: "NNP"}
    assert _types(code(coder, _fought(("Mordor", "Mordor", "PROPN")), tags=tags)) == ["ASSAULT"]


def test_fighting_the_enemy_is_a_fight_with_a_party(coder: Coder) -> None:
    # "Gondor's king fought the enemy.": a foe is a party even when it is not named
    rows = _fought(("enemy", "enemy", "NOUN"))
    tags = {0: "NNP", 1: "POS", 2: "NN", 3: "VBD", 4: "NN"}
    assert _types(code(coder, rows, tags=tags)) == ["ASSAULT"]


def _promised_to_rescue(obj: tuple[str, str, str]) -> list[tuple]:
    # "Gondor promised to rescue <obj>."
    return [("Gondor", "Gondor", "PROPN", "nsubj", 1), ("promised", "promise", "VERB", "ROOT", 1),
            ("to", "to", "PART", "aux", 3), ("rescue", "rescue", "VERB", "xcomp", 1),
            (*obj, "dobj", 3), (".", ".", "PUNCT", "punct", 1)]  # fmt: skip


def test_rescuing_an_economy_or_a_place_gives_no_aid(coder: Coder) -> None:
    tags = {0: "NNP", 1: "VBD", 2: "TO", 3: "VB", 4: "NN"}
    assert _types(code(coder, _promised_to_rescue(("countryside", "countryside", "NOUN")),
                       tags=tags)) == []  # fmt: skip
    assert _types(code(coder, _promised_to_rescue(("economy", "economy", "NOUN")),
                       tags=tags)) == []  # fmt: skip
    # "Gondor promised to rescue Arnor.": a party rescued, kept
    tags = {0: "NNP", 1: "VBD", 2: "TO", 3: "VB", 4: "NNP"}
    assert _types(code(coder, _promised_to_rescue(("Arnor", "Arnor", "PROPN")), tags=tags)) != []
