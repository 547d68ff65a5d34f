"""A person fired from a job and the time a trip takes: no shooting, no visit (made-up world,
hand-built parses). Each test is a minimal pair: the same verb told of an act codes the event."""

from __future__ import annotations

from detente.coding.events import Coder, code_article
from detente.records import Article

from middle_earth import DATE, code
from support import build_doc

STOP = (".", ".", "PUNCT", "punct")


def _types(events) -> list[str]:
    return [e.event_type for e in events]


def _fired(obj: tuple) -> list:
    """ "The Gondorian king fired <obj> at Osgiliath." """
    return [("The", "the", "DET", "det", 2), ("Gondorian", "Gondorian", "ADJ", "amod", 2),
            ("king", "king", "NOUN", "nsubj", 3), ("fired", "fire", "VERB", "ROOT", 3),
            *obj, ("at", "at", "ADP", "prep", 3),
            ("Osgiliath", "Osgiliath", "PROPN", "pobj", 3 + len(obj)), (*STOP, 3)]  # fmt: skip


def test_a_person_fired_is_dismissed_not_shot(coder: Coder) -> None:
    clerk = (("the", "the", "DET", "det", 5), ("clerk", "clerk", "NOUN", "dobj", 3))
    tags = {1: "JJ", 2: "NN", 3: "VBD", 5: "NN", 7: "NNP"}
    assert "ASSAULT" not in _types(code(coder, _fired(clerk), tags=tags))
    # "The Gondorian king fired arrows at Osgiliath.": a weapon fired at a town
    arrows = (("arrows", "arrow", "NOUN", "dobj", 3),)
    assert "ASSAULT" in _types(code(coder, _fired(arrows), tags={**tags, 4: "NNS", 6: "NNP"}))


def _travel(coder: Coder, subject: str) -> list[str]:
    """ "Gondor protested. <subject> has taken three days to travel to Osgiliath." """
    pronoun = subject == "It"
    rows = [("Gondor", "Gondor", "PROPN", "nsubj", 1), ("protested", "protest", "VERB", "ROOT", 1),
            (*STOP, 1), (subject, subject.lower(), "PRON" if pronoun else "PROPN", "nsubj", 5),
            ("has", "have", "AUX", "aux", 5), ("taken", "take", "VERB", "ROOT", 5),
            ("three", "three", "NUM", "nummod", 7), ("days", "day", "NOUN", "dobj", 5),
            ("to", "to", "PART", "aux", 9), ("travel", "travel", "VERB", "advcl", 5),
            ("to", "to", "ADP", "prep", 9), ("Osgiliath", "Osgiliath", "PROPN", "pobj", 10),
            (*STOP, 5)]  # fmt: skip
    tags = {0: "NNP", 1: "VBD", 3: "PRP" if pronoun else "NNP", 4: "VBZ", 5: "VBN", 7: "NNS",
            9: "VB", 11: "NNP"}  # fmt: skip
    doc = build_doc(rows, tags=tags, starts=(0, 3))
    article = Article(doc_id="t1", origin="test", text=doc.text, date=DATE)
    return [e.event_type for e in code_article(coder, article, doc) if e.trigger.text == "travel"]


def test_how_long_a_trip_takes_is_no_visit(coder: Coder) -> None:
    assert _travel(coder, "It") == []
    # "Gondor protested. Arnor has taken three days to travel to Osgiliath.": Arnor went
    assert _travel(coder, "Arnor") == ["CONSULT"]
