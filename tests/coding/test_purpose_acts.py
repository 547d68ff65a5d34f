"""Acts in a purpose clause done by the verb they are the purpose of (made-up world,
hand-built parses)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code


def _assembled(verb: tuple, *particle: tuple, act: tuple = ("support", "support")) -> list[tuple]:
    """ "Gondorians <verb> [particle] to <act> Aragorn." """
    n = len(particle)
    return [
        ("Gondorians", "Gondorians", "PROPN", "nsubj", 1),
        (verb[0], verb[1], "VERB", "ROOT", 1),
        *particle,
        ("to", "to", "PART", "aux", 3 + n),
        (act[0], act[1], "VERB", "advcl", 1),
        ("Aragorn", "Aragorn", "PROPN", "dobj", 3 + n),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_a_verbal_act_a_crowd_assembles_for_is_voiced(coder: Coder) -> None:
    for verb, particle in ((("gathered", "gather"), ()),
                           (("turned", "turn"), (("out", "out", "ADP", "prt", 1),))):  # fmt: skip
        rows = _assembled(verb, *particle)
        [event] = code(coder, rows, tags={1: "VBD", 3 + len(particle): "VB"})
        assert event.event_type == "SUPPORT" and event.modality == "asserted", verb
        assert "assembling" in event.modality_cue


def test_a_material_act_a_crowd_assembles_for_is_only_aimed_at(coder: Coder) -> None:
    rows = _assembled(("gathered", "gather"), act=("attack", "attack"))
    [event] = code(coder, rows, tags={1: "VBD", 3: "VB"})
    assert event.event_type == "ASSAULT" and event.modality == "hypothetical"


def test_a_verbal_act_another_verb_is_done_for_stays_aimed_at(coder: Coder) -> None:
    rows = _assembled(("waited", "wait"))
    [event] = code(coder, rows, tags={1: "VBD", 3: "VB"})
    assert event.modality == "hypothetical"


def _met(act: tuple) -> list[tuple]:
    """ "Gondor met Arnor to <act> the border." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("met", "meet", "VERB", "ROOT", 1),
        ("Arnor", "Arnor", "PROPN", "dobj", 1),
        ("to", "to", "PART", "aux", 4),
        (act[0], act[1], "VERB", "advcl", 1),
        ("the", "the", "DET", "det", 6),
        ("border", "border", "NOUN", "dobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_a_meeting_held_to_discuss_is_one_meeting(coder: Coder) -> None:
    events = code(coder, _met(("discuss", "discuss")), tags={1: "VBD", 4: "VB"})
    assert [(e.trigger.text, e.event_type, e.modality) for e in events] == [
        ("met", "CONSULT", "asserted")
    ]


def test_a_purpose_of_another_code_stays_its_own_event(coder: Coder) -> None:
    events = code(coder, _met(("attack", "attack")), tags={1: "VBD", 4: "VB"})
    assert {e.event_type for e in events} == {"CONSULT", "ASSAULT"}
