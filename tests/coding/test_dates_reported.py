"""What a dated statement reports is no later than the statement: "In 2015 Gondor said it was
arming Arnor" (made-up world, hand-built parses)."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from detente.coding.dates import is_background, resolve_event_date

from support import build_doc

PUBLISHED = dt.date(2020, 6, 1)


def _said(verb: tuple, aux: tuple[tuple, ...] = ()) -> Doc:
    """ "In 2015 Gondor <verb> [aux] it arming Arnor." ("In 2015" on the saying)."""
    n = len(aux)
    rows = [
        ("In", "in", "ADP", "prep", 3),
        ("2015", "2015", "NUM", "pobj", 0),
        ("Gondor", "Gondor", "PROPN", "nsubj", 3),
        (verb[0], verb[1], "VERB", "ROOT", 3),
        ("it", "it", "PRON", "nsubj", 5 + n),
        *((word, lemma, "AUX", "aux", 5 + n) for word, lemma in aux),
        ("arming", "arm", "VERB", "ccomp", 3),
        ("Arnor", "Arnor", "PROPN", "dobj", 5 + n),
        (".", ".", "PUNCT", "punct", 3),
    ]
    tags = {1: "CD", 3: "VBD", 5 + n: "VBG"}
    tags.update({5 + i: "MD" if lemma == "will" else "VBD" for i, (_, lemma) in enumerate(aux)})
    return build_doc(rows, tags=tags)


def test_an_act_a_dated_statement_reports_takes_its_date() -> None:
    doc = _said(("said", "say"), aux=(("was", "be"),))
    assert doc[6].text == "arming"
    when = resolve_event_date(doc[6], PUBLISHED)
    assert when.date == dt.date(2015, 1, 1) and is_background(when, PUBLISHED)


def test_an_act_a_statement_sets_ahead_keeps_its_own_date() -> None:
    # "In 2015 Gondor said it would be arming Arnor": the arming lies after the saying
    doc = _said(("said", "say"), aux=(("would", "will"), ("be", "be")))
    assert doc[7].text == "arming"
    assert resolve_event_date(doc[7], PUBLISHED).rule == "publication"


def test_what_a_dated_fear_holds_is_not_dated_by_it() -> None:
    # "In 2015 Gondor feared it was arming Arnor": no report of an act
    doc = _said(("feared", "fear"), aux=(("was", "be"),))
    assert doc[6].text == "arming"
    assert resolve_event_date(doc[6], PUBLISHED).rule == "publication"


def test_an_aim_a_dated_statement_reports_is_not_dated_by_it() -> None:
    # "In 2015 Gondor said it hopes to arm Arnor" (the tagger's lemma "hop" for "hopes")
    rows = [
        ("In", "in", "ADP", "prep", 3),
        ("2015", "2015", "NUM", "pobj", 0),
        ("Gondor", "Gondor", "PROPN", "nsubj", 3),
        ("said", "say", "VERB", "ROOT", 3),
        ("it", "it", "PRON", "nsubj", 5),
        ("hopes", "hop", "VERB", "ccomp", 3),
        ("to", "to", "PART", "aux", 7),
        ("arm", "arm", "VERB", "xcomp", 5),
        ("Arnor", "Arnor", "PROPN", "dobj", 7),
        (".", ".", "PUNCT", "punct", 3),
    ]
    doc = build_doc(rows, tags={1: "CD", 3: "VBD", 5: "VBZ", 7: "VB"})
    assert resolve_event_date(doc[7], PUBLISHED).rule == "publication"
