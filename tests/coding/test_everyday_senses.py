"""The time a trip takes: no visit (made-up world, hand-built parses). A minimal pair: the same
verb told of a party going codes the event."""

from __future__ import annotations

from detente.coding.events import Coder, code_article
from detente.records import Article

from middle_earth import DATE
from support import build_doc

STOP = (".", ".", "PUNCT", "punct")


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


def test_tour_guides_told_to_pull_out_of_a_gorge_is_no_retreat(nlp, coder) -> None:
    # senses18: people on an outing leaving a place end no hold of force (CAMEO 087x)
    from middle_earth import code_text

    text = "Tour guides in Gondor were told to pull out of the gorge after the flood warning."
    assert [e.event_type for e in code_text(nlp, coder, text)] == []


def test_troops_pulling_out_of_a_town_stay_a_retreat(nlp, coder) -> None:
    from middle_earth import code_text

    text = "Gondorian troops pulled out of the Mordor town of Udun."
    assert "RETREAT" in [e.event_type for e in code_text(nlp, coder, text)]
