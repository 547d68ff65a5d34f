"""Whom an act is addressed to when it names nobody itself: the party its clause was told to,
or the addressee of the message it was made in; reporters are an audience, no party
(coding/addressees.py).

Hand-built parses of a made-up world (Gondor, Arnor, Mordor), written the way spaCy's English
parser attaches them; rows are (word, lemma, POS, dependency, head index).
"""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code

PUNCT = (".", ".", "PUNCT", "punct")


def _told(whom: tuple[str, str, str]) -> list:
    """ "Gondor told <whom> that it rejected the plan." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("told", "tell", "VERB", "ROOT", 1),
        (*whom, "dobj", 1),
        ("that", "that", "SCONJ", "mark", 5),
        ("it", "it", "PRON", "nsubj", 5),
        ("rejected", "reject", "VERB", "ccomp", 1),
        ("the", "the", "DET", "det", 7),
        ("plan", "plan", "NOUN", "dobj", 5),
        (*PUNCT, 1),
    ]


def _rejection(coder: Coder, rows: list, ents: tuple) -> list:
    events = code(coder, rows, ents=ents, tags={4: "PRP"})
    [rejected] = [e for e in events if e.trigger.text.startswith("rejected")]
    return [m.country for m in rejected.recipient]


def test_a_rejection_told_to_a_state_is_addressed_to_it(coder: Coder) -> None:
    rows = _told(("Arnor", "Arnor", "PROPN"))
    assert _rejection(coder, rows, ((0, 1, "GPE"), (2, 3, "GPE"))) == ["ARN"]


def test_a_rejection_told_to_reporters_is_addressed_to_no_one(coder: Coder) -> None:
    rows = _told(("reporters", "reporter", "NOUN"))
    assert _rejection(coder, rows, ((0, 1, "GPE"),)) == []


def test_a_rejection_made_in_a_letter_is_addressed_to_whom_the_letter_went(coder: Coder) -> None:
    # "In a letter to Arnor, Gondor rejected the plan."
    rows = [
        ("In", "in", "ADP", "prep", 7),
        ("a", "a", "DET", "det", 2),
        ("letter", "letter", "NOUN", "pobj", 0),
        ("to", "to", "ADP", "prep", 2),
        ("Arnor", "Arnor", "PROPN", "pobj", 3),
        (",", ",", "PUNCT", "punct", 7),
        ("Gondor", "Gondor", "PROPN", "nsubj", 7),
        ("rejected", "reject", "VERB", "ROOT", 7),
        ("the", "the", "DET", "det", 9),
        ("plan", "plan", "NOUN", "dobj", 7),
        (*PUNCT, 7),
    ]
    events = code(coder, rows, ents=((4, 5, "GPE"), (6, 7, "GPE")))
    [rejected] = [e for e in events if e.trigger.text.startswith("rejected")]
    assert [m.country for m in rejected.recipient] == ["ARN"]
