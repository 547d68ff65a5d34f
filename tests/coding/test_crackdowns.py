"""A crackdown on offences is coercion (CAMEO 170), one on people or dissent violent repression
(175) (coding/crackdowns.py, verbs17). Hand-built parses of the made-up world; rows are (word,
lemma, POS, dependency, head index)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code

PUNCT = (".", ".", "PUNCT", "punct")


def _crackdown(*target: tuple[str, str, str, str, int]) -> list:
    """ "Gondor cracked down on <target>." with the target's rows (heads counted from 0)."""
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("cracked", "crack", "VERB", "ROOT", 1),
        ("down", "down", "ADP", "prt", 1),
        ("on", "on", "ADP", "prep", 1),
        *target,
        (*PUNCT, 1),
    ]


def test_a_crackdown_on_fraud_is_coercion(coder: Coder) -> None:
    [event] = code(coder, _crackdown(("fraud", "fraud", "NOUN", "pobj", 3)), tags={1: "VBD"})
    assert (event.cameo, event.event_type) == ("170", "COERCE")


def test_a_crackdown_on_illegal_mining_is_coercion(coder: Coder) -> None:
    rows = _crackdown(
        ("illegal", "illegal", "ADJ", "amod", 5), ("mining", "mining", "NOUN", "pobj", 3)
    )
    [event] = code(coder, rows, tags={1: "VBD"})
    assert event.cameo == "170"


def test_a_crackdown_on_protesters_stays_repression(coder: Coder) -> None:
    rows = _crackdown(("protesters", "protester", "NOUN", "pobj", 3))
    [event] = code(coder, rows, tags={1: "VBD"})
    assert (event.cameo, event.event_type) == ("175", "ASSAULT")
