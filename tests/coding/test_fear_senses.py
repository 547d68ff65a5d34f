"""Acts a party fears another will do: a fear, no threat or intent of the party feared (made-up
world, hand-built parses). Each test is a minimal pair: the same clause said, or told as done,
codes the event."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code


def _types(events) -> list[str]:
    return [e.event_type for e in events]


def _clause(verb: tuple[str, str, str], aux: str | None) -> tuple[list[tuple], dict[int, str]]:
    """ "Aragorn <verb> Mordor [<aux>] attack(ed) Gondor." """
    act = 4 if aux is not None else 3
    rows = [("Aragorn", "Aragorn", "PROPN", "nsubj", 1), (verb[0], verb[1], "VERB", "ROOT", 1),
            ("Mordor", "Mordor", "PROPN", "nsubj", act)]  # fmt: skip
    tags = {0: "NNP", 1: verb[2], 2: "NNP"}
    if aux is not None:
        rows.append((aux, aux, "AUX", "aux", act))
        tags[3] = "MD"
    said = "attack" if aux is not None else "attacked"
    rows += [(said, "attack", "VERB", "ccomp", 1), ("Gondor", "Gondor", "PROPN", "dobj", act),
             (".", ".", "PUNCT", "punct", 1)]  # fmt: skip
    tags.update({act: "VB" if aux is not None else "VBD", act + 1: "NNP"})
    return rows, tags


def test_an_attack_a_party_fears_is_no_threat_of_the_attacker(coder: Coder) -> None:
    rows, tags = _clause(("fears", "fear", "VBZ"), "would")
    assert _types(code(coder, rows, tags=tags)) == []
    rows, tags = _clause(("fears", "fear", "VBZ"), "will")
    assert _types(code(coder, rows, tags=tags)) == []


def test_an_attack_said_to_come_is_still_coded(coder: Coder) -> None:
    # "Aragorn says Mordor will attack Gondor.": not a fear, left to the other stages
    rows, tags = _clause(("says", "say", "VBZ"), "will")
    assert _types(code(coder, rows, tags=tags)) != []


def test_an_attack_feared_done_is_a_claim_about_it_and_stays(coder: Coder) -> None:
    # "Aragorn fears Mordor attacked Gondor.": the attack is told as done
    rows, tags = _clause(("fears", "fear", "VBZ"), None)
    assert "ASSAULT" in _types(code(coder, rows, tags=tags))


def _said_would_attack(obj: str) -> tuple[list[tuple], dict[int, str]]:
    """ "Aragorn said Mordor would attack <obj>." """
    rows = [("Aragorn", "Aragorn", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
            ("Mordor", "Mordor", "PROPN", "nsubj", 4), ("would", "would", "AUX", "aux", 4),
            ("attack", "attack", "VERB", "ccomp", 1), (obj, obj.lower(), "PRON", "dobj", 4),
            (".", ".", "PUNCT", "punct", 1)]  # fmt: skip
    return rows, {0: "NNP", 1: "VBD", 2: "NNP", 3: "MD", 4: "VB", 5: "PRP"}


def test_an_attack_ahead_told_by_the_one_attacked_is_a_fear_not_a_threat(coder: Coder) -> None:
    rows, tags = _said_would_attack("him")
    assert _types(code(coder, rows, tags=tags)) == []
    # "Aragorn said Mordor would attack them.": others attacked, told by a third party: coded
    rows, tags = _said_would_attack("them")
    assert _types(code(coder, rows, tags=tags)) != []


def test_an_act_told_as_where_things_will_end_up_is_a_prediction(coder: Coder) -> None:
    # "Mordor will end up attacking Gondor."
    rows = [("Mordor", "Mordor", "PROPN", "nsubj", 2), ("will", "will", "AUX", "aux", 2),
            ("end", "end", "VERB", "ROOT", 2), ("up", "up", "ADP", "prt", 2),
            ("attacking", "attack", "VERB", "xcomp", 2), ("Gondor", "Gondor", "PROPN", "dobj", 4),
            (".", ".", "PUNCT", "punct", 2)]  # fmt: skip
    tags = {0: "NNP", 1: "MD", 2: "VB", 3: "RP", 4: "VBG", 5: "NNP"}
    assert _types(code(coder, rows, tags=tags)) == []
    # "Mordor will attack Gondor.": an intent announced, coded
    rows = [("Mordor", "Mordor", "PROPN", "nsubj", 2), ("will", "will", "AUX", "aux", 2),
            ("attack", "attack", "VERB", "ROOT", 2), ("Gondor", "Gondor", "PROPN", "dobj", 2),
            (".", ".", "PUNCT", "punct", 2)]  # fmt: skip
    assert _types(code(coder, rows, tags={0: "NNP", 1: "MD", 2: "VB", 3: "NNP"})) != []
