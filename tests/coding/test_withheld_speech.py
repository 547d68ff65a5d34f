"""A refusal to speak ("refused to say when", "declined to discuss it") is CAMEO 011 "decline
comment", a statement PLOVER leaves uncoded, never a refusal to cooperate (120).

Hand-built parses of the made-up world; rows are (word, lemma, POS, dependency, head index).
"""

from __future__ import annotations

from detente.coding.events import Coder
from detente.coding.frames import match_frame

from middle_earth import code, dyad
from support import build_doc


def _refused(verb: tuple[str, str], *rest: tuple) -> list[tuple]:
    """ "Gondor refused to <verb> <rest, hung on the verb>." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("refused", "refuse", "VERB", "ROOT", 1),
        ("to", "to", "PART", "aux", 3),
        (*verb, "VERB", "xcomp", 1),
        *rest,
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_refusing_to_say_declines_comment(coder: Coder) -> None:
    rows = _refused(("say", "say"), ("when", "when", "ADV", "advmod", 3))
    match = match_frame(build_doc(rows)[1], coder.verbs)
    assert match is not None and match.cameo == "011"
    assert code(coder, rows, ents=((0, 1, "GPE"),)) == ()  # a statement: not coded


def test_refusing_to_discuss_a_plan_declines_comment(coder: Coder) -> None:
    rows = _refused(("discuss", "discuss"), ("it", "it", "PRON", "dobj", 3))
    match = match_frame(build_doc(rows)[1], coder.verbs)
    assert match is not None and match.cameo == "011"


def test_refusing_to_meet_stays_a_rejection(coder: Coder) -> None:
    rows = _refused(("meet", "meet"), ("Arnor", "Arnor", "PROPN", "dobj", 3))
    [event] = code(coder, rows, ents=((0, 1, "GPE"), (4, 5, "GPE")))
    assert dyad(event) == ("GND", "REJECT", "ARN")
