"""An account of the past goes on through a word of sequence: "In 2004 Gondor attacked
Osgiliath. A year later Arnor accused Gondor. Then Arnor sued Gondor." (made-up world,
hand-built parses)."""

from __future__ import annotations

import datetime as dt

from detente.coding.date_expressions import EventDate
from detente.coding.narrative import account_date

from support import build_doc

PUBLISHED = dt.date(2020, 6, 1)
ACCOUNT = EventDate(date=dt.date(2004, 1, 1), rule="explicit", precision="year", text="2004")


def _accused(adverb: str | None, tag: str = "VBD") -> list:
    """ "(<adverb>) Arnor accused Gondor." """
    lead = [] if adverb is None else [(adverb.capitalize(), adverb, "ADV", "advmod", 2)]
    n = len(lead)
    rows = [
        *lead,
        ("Arnor", "Arnor", "PROPN", "nsubj", 1 + n),
        ("accused", "accuse", "VERB", "ROOT", 1 + n),
        ("Gondor", "Gondor", "PROPN", "dobj", 1 + n),
        (".", ".", "PUNCT", "punct", 1 + n),
    ]
    return build_doc(rows, tags={1 + n: tag})


def test_a_word_of_sequence_keeps_the_account_for_the_next_sentence() -> None:
    for adverb in ("then", "later"):
        sent = next(iter(_accused(adverb).sents))
        told = account_date(sent, PUBLISHED, weekday_style=False, carried=ACCOUNT)
        assert told == ACCOUNT, adverb


def test_without_a_word_of_sequence_or_an_account_before_none_is_kept() -> None:
    sent = next(iter(_accused(None).sents))
    assert account_date(sent, PUBLISHED, weekday_style=False, carried=ACCOUNT) is None
    sent = next(iter(_accused("then").sents))
    assert account_date(sent, PUBLISHED, weekday_style=False, carried=None) is None
    # "Then Arnor accuses Gondor": the present returns to the story
    sent = next(iter(_accused("then", tag="VBZ").sents))
    assert account_date(sent, PUBLISHED, weekday_style=False, carried=ACCOUNT) is None


def test_a_bare_conjunct_read_as_a_participle_goes_on_with_the_account() -> None:
    from detente.coding.narrative import Narrative, told_on

    # "Arnor pledged peace, but reneged." (the tagger reads "reneged" VBN)
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("pledged", "pledge", "VERB", "ROOT", 1),
        ("peace", "peace", "NOUN", "dobj", 1),
        (",", ",", "PUNCT", "punct", 1),
        ("but", "but", "CCONJ", "cc", 1),
        ("reneged", "renege", "VERB", "conj", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    doc = build_doc(rows, tags={1: "VBD", 5: "VBN"})
    assert told_on(doc[5], Narrative(told=ACCOUNT)) is not None
    doc = build_doc(rows, tags={1: "VBZ", 5: "VBN"})  # "Arnor pledges peace, but reneged"
    assert told_on(doc[5], Narrative(told=ACCOUNT)) is None
