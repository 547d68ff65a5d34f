"""An editor's bracketed insertion dates the clause it follows ("seized power [in 2007]";
made-up world, hand-built parses)."""

from __future__ import annotations

import datetime as dt

from detente.coding.events import Coder

from middle_earth import code


def _said(open_bracket: str) -> list:
    """ "Arnor said Gondor attacked Osgiliath <open> in 2004 ] ." with the insertion hung on
    its opening bracket, under the main verb (as the parser does)."""
    return [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("said", "say", "VERB", "ROOT", 1),
        ("Gondor", "Gondor", "PROPN", "nsubj", 3),
        ("attacked", "attack", "VERB", "ccomp", 1),
        ("Osgiliath", "Osgiliath", "PROPN", "dobj", 3),
        (open_bracket, open_bracket, "X", "dep", 1),
        ("in", "in", "ADP", "prep", 5),
        ("2004", "2004", "NUM", "pobj", 6),
        ("]", "]", "PUNCT", "punct", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_a_bracketed_date_dates_the_clause_before_it(coder: Coder) -> None:
    tags = {1: "VBD", 3: "VBD", 7: "CD"}
    [attack] = [e for e in code(coder, _said("["), ents=((7, 8, "DATE"),), tags=tags)
                if e.event_type == "ASSAULT"]  # fmt: skip
    assert attack.date == dt.date(2004, 1, 1) and attack.modality == "historical"
