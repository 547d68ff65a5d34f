"""A thing that codes no party acts for the party named in its own "by" phrase: "The resolution
drafted by Arnor calls for a truce" is Arnor's call; "A report by the White Council accused
Mordor" is the Council's accusation. A subject that codes a party keeps it."""

from __future__ import annotations

from detente.coding.actor_clauses import maker_of
from detente.coding.events import Coder

from middle_earth import by_pattern, code, parties
from support import build_doc

DRAFTED = [
    ("The", "the", "DET", "det", 1),
    ("resolution", "resolution", "NOUN", "nsubj", 5),
    ("drafted", "draft", "VERB", "acl", 1),
    ("by", "by", "ADP", "agent", 2),
    ("Arnor", "Arnor", "PROPN", "pobj", 3),
    ("accuses", "accuse", "VERB", "ROOT", 5),
    ("Mordor", "Mordor", "PROPN", "dobj", 5),
    (".", ".", "PUNCT", "punct", 5),
]
DRAFTED_TAGS = {1: "NN", 2: "VBN", 5: "VBZ"}

REPORT = [
    ("A", "a", "DET", "det", 1),
    ("report", "report", "NOUN", "nsubj", 4),
    ("by", "by", "ADP", "prep", 1),
    ("Gondor", "Gondor", "PROPN", "pobj", 2),
    ("accused", "accuse", "VERB", "ROOT", 4),
    ("Mordor", "Mordor", "PROPN", "dobj", 4),
    (".", ".", "PUNCT", "punct", 4),
]
REPORT_TAGS = {1: "NN", 4: "VBD"}


def test_a_drafted_text_acts_for_its_drafter(coder: Coder) -> None:
    event = by_pattern(code(coder, DRAFTED, tags=DRAFTED_TAGS), "accuse.accuse")
    assert [c for c, _, _ in parties(event.actor)] == ["ARN"]
    assert [c for c, _, _ in parties(event.recipient)] == ["MDR"]


def test_a_report_acts_for_its_author(coder: Coder) -> None:
    event = by_pattern(code(coder, REPORT, tags=REPORT_TAGS), "accuse.accuse")
    assert [c for c, _, _ in parties(event.actor)] == ["GND"]


def test_a_subject_that_codes_a_party_keeps_it(coder: Coder) -> None:
    rows = list(REPORT)
    # "Arnorian rangers by Gondor accused Mordor": the rangers are a party of their own
    rows[0:2] = [
        ("Arnorian", "Arnorian", "ADJ", "amod", 1),
        ("rangers", "ranger", "NOUN", "nsubj", 4),
    ]
    event = by_pattern(code(coder, rows, tags={1: "NNS", 4: "VBD"}), "accuse.accuse")
    assert [c for c, _, _ in parties(event.actor)] == ["ARN"]


def test_only_a_noun_has_a_maker() -> None:
    doc = build_doc(REPORT, tags=REPORT_TAGS)
    assert maker_of(doc[1]) is not None and maker_of(doc[1]).text == "Gondor"
    rows = list(REPORT)
    rows[1] = ("Frodo", "Frodo", "PROPN", "nsubj", 4)  # "Frodo by Gondor": a name, no thing made
    assert maker_of(build_doc(rows, tags=REPORT_TAGS)[1]) is None
    assert maker_of(None) is None
