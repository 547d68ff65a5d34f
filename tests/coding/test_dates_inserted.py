"""An editor's bracketed insertion dates the clause it follows ("seized power [in 2007]";
made-up world, hand-built parses)."""

from __future__ import annotations

import datetime as dt

from detente.coding.events import Coder

from middle_earth import code


def _forget(prep_head: int) -> list:
    """ "We must not forget that Gondor attacked Osgiliath [ in 2004 ] ." with the insertion's
    "in" hung on its opening bracket or on the main verb (the parser does either)."""
    return [
        ("We", "we", "PRON", "nsubj", 3),
        ("must", "must", "AUX", "aux", 3),
        ("not", "not", "PART", "neg", 3),
        ("forget", "forget", "VERB", "ROOT", 3),
        ("that", "that", "SCONJ", "mark", 6),
        ("Gondor", "Gondor", "PROPN", "nsubj", 6),
        ("attacked", "attack", "VERB", "ccomp", 3),
        ("Osgiliath", "Osgiliath", "PROPN", "dobj", 6),
        ("[", "[", "X", "dep", 3),
        ("in", "in", "ADP", "prep", prep_head),
        ("2004", "2004", "NUM", "pobj", 9),
        ("]", "]", "PUNCT", "punct", 3),
        (".", ".", "PUNCT", "punct", 3),
    ]


def test_a_bracketed_date_dates_the_clause_before_it(coder: Coder) -> None:
    tags = {1: "MD", 3: "VB", 6: "VBD", 10: "CD"}
    for prep_head in (8, 3):
        rows = _forget(prep_head)
        [attack] = [e for e in code(coder, rows, ents=((10, 11, "DATE"),), tags=tags)
                    if e.event_type == "ASSAULT"]  # fmt: skip
        assert attack.date == dt.date(2004, 1, 1), prep_head
        assert attack.modality == "historical", prep_head
