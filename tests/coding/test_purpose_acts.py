"""Acts in a purpose clause done by the verb they are the purpose of, and acts told in an
"after" clause dated before their head (made-up world, hand-built parses)."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span

from detente.coding.dates import is_background, resolve_event_date
from detente.coding.events import Coder

from middle_earth import code
from support import build_doc


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


def test_an_act_in_an_after_clause_takes_an_earlier_date_of_its_head() -> None:
    # "Orcs fled on March 5 after Gondor arrested Gorbag." in a story of June 1
    rows = [
        ("Orcs", "Orc", "PROPN", "nsubj", 1),
        ("fled", "flee", "VERB", "ROOT", 1),
        ("on", "on", "ADP", "prep", 1),
        ("March", "March", "PROPN", "pobj", 2),
        ("5", "5", "NUM", "nummod", 3),
        ("after", "after", "SCONJ", "mark", 7),
        ("Gondor", "Gondor", "PROPN", "nsubj", 7),
        ("arrested", "arrest", "VERB", "advcl", 1),
        ("Gorbag", "Gorbag", "PROPN", "dobj", 7),
        (".", ".", "PUNCT", "punct", 1),
    ]
    doc = build_doc(rows, tags={1: "VBD", 4: "CD", 7: "VBD"})
    doc.ents = [Span(doc, 3, 5, label="DATE")]
    published = dt.date(2020, 6, 1)
    when = resolve_event_date(doc[7], published)
    assert when.date == dt.date(2020, 3, 5) and is_background(when, published)
    # told the day after, the arrest is no background
    assert not is_background(resolve_event_date(doc[7], dt.date(2020, 3, 6)), dt.date(2020, 3, 6))
    # "because Gondor arrested Gorbag": no time relation, the act keeps the story's date
    rows[5] = ("because", "because", "SCONJ", "mark", 7)
    doc = build_doc(rows, tags={1: "VBD", 4: "CD", 7: "VBD"})
    doc.ents = [Span(doc, 3, 5, label="DATE")]
    assert resolve_event_date(doc[7], published).rule == "publication"
