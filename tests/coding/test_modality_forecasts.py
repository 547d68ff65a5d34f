"""Acts told as forecasts, as "going to" happen, or in a past perfect shared by a conjunct
(made-up world, hand-built parses)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code, dyad


def _forecast(verb: str, lemma: str) -> tuple[list[tuple], dict]:
    """ "Experts <verb> that Mordor will attack Gondor." """
    rows = [
        ("Experts", "expert", "NOUN", "nsubj", 1),
        (verb, lemma, "VERB", "ROOT", 1),
        ("that", "that", "SCONJ", "mark", 5),
        ("Mordor", "Mordor", "PROPN", "nsubj", 5),
        ("will", "will", "AUX", "aux", 5),
        ("attack", "attack", "VERB", "ccomp", 1),
        ("Gondor", "Gondor", "PROPN", "dobj", 5),
        (".", ".", "PUNCT", "punct", 1),
    ]
    return rows, {1: "VBP", 4: "MD", 5: "VB"}


def test_a_forecast_of_an_act_is_no_announced_intent(coder: Coder) -> None:
    for verb, lemma in (("predict", "predict"), ("forecast", "forecast")):
        rows, tags = _forecast(verb, lemma)
        [event] = code(coder, rows, tags=tags)
        # the act keeps its own code (no threat composed from Mordor's "will"): someone's word
        assert dyad(event) == ("MDR", "ASSAULT", "GND"), verb
        assert event.modality == "hypothetical" and repr(verb) in event.modality_cue


def test_an_act_a_party_says_it_will_do_is_its_intent(coder: Coder) -> None:
    # "Experts say that Mordor will attack Gondor": a report of an act ahead, not a forecast verb
    rows, tags = _forecast("say", "say")
    [event] = code(coder, rows, tags=tags)
    assert event.modality == "future"


def _going(be: str, be_tag: str) -> tuple[list[tuple], dict]:
    """ "Arnor <be> going to attack Gondor." """
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 2),
        (be, "be", "AUX", "aux", 2),
        ("going", "go", "VERB", "ROOT", 2),
        ("to", "to", "PART", "aux", 4),
        ("attack", "attack", "VERB", "xcomp", 2),
        ("Gondor", "Gondor", "PROPN", "dobj", 4),
        (".", ".", "PUNCT", "punct", 2),
    ]
    return rows, {1: be_tag, 2: "VBG", 4: "VB"}


def test_going_to_tells_an_act_ahead(coder: Coder) -> None:
    rows, tags = _going("is", "VBZ")
    [event] = code(coder, rows, tags=tags)
    assert event.modality == "future" and "going" in event.modality_cue
    # told in the past it was near then: whether it happened the clause does not say
    rows, tags = _going("was", "VBD")
    [event] = code(coder, rows, tags=tags)
    assert event.modality == "hypothetical"


def _accused_and_threatened(*report: tuple) -> tuple[list[tuple], dict]:
    """ "[Gondor said] Arnor had accused Mordor and threatened to attack Gondor." """
    n = len(report)
    rows = [
        *report,
        ("Arnor", "Arnor", "PROPN", "nsubj", n + 2),
        ("had", "have", "AUX", "aux", n + 2),
        ("accused", "accuse", "VERB", "ccomp" if n else "ROOT", 1 if n else n + 2),
        ("Mordor", "Mordor", "PROPN", "dobj", n + 2),
        ("and", "and", "CCONJ", "cc", n + 2),
        ("threatened", "threaten", "VERB", "conj", n + 2),
        ("to", "to", "PART", "aux", n + 7),
        ("attack", "attack", "VERB", "xcomp", n + 5),
        ("Gondor", "Gondor", "PROPN", "dobj", n + 7),
        (".", ".", "PUNCT", "punct", 1 if n else n + 2),
    ]
    # the tagger reads the bare conjunct as a simple past
    tags = {n + 1: "VBD", n + 2: "VBN", n + 5: "VBD", n + 7: "VB"}
    if n:
        tags[1] = "VBD"
    return rows, tags


def test_a_bare_conjunct_shares_the_past_perfect(coder: Coder) -> None:
    rows, tags = _accused_and_threatened()
    events = code(coder, rows, tags=tags)
    threat = next(e for e in events if e.event_type == "THREATEN")
    accusation = next(e for e in events if e.event_type == "ACCUSE")
    assert accusation.modality == "historical"
    assert threat.modality == "historical" and "'had'" in threat.modality_cue


def test_a_reported_past_perfect_stays_the_news_for_its_conjunct_too(coder: Coder) -> None:
    said = (("Gondor", "Gondor", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1))
    rows, tags = _accused_and_threatened(*said)
    events = code(coder, rows, tags=tags)
    threat = next(e for e in events if e.event_type == "THREATEN")
    assert threat.modality == "asserted"


def test_a_conjunct_with_its_own_subject_keeps_its_tense(coder: Coder) -> None:
    # "Arnor had accused Mordor and Gondor threatened to attack Arnor.": two clauses
    rows, tags = _accused_and_threatened()
    rows.insert(5, ("Gondor", "Gondor", "PROPN", "nsubj", 6))
    rows = [r if i == 5 else (*r[:4], r[4] + (r[4] >= 5)) for i, r in enumerate(rows)]
    tags = {1: "VBD", 2: "VBN", 6: "VBD", 8: "VB"}
    events = code(coder, rows, tags=tags)
    threat = next(e for e in events if e.event_type == "THREATEN")
    assert threat.modality == "asserted"


def test_a_past_perfect_counted_up_to_a_day_of_the_story_is_news(coder: Coder) -> None:
    # "By Monday Arnor had attacked Gondor." counts the story's acts up to Monday
    rows = [
        ("By", "by", "ADP", "prep", 4),
        ("Monday", "Monday", "PROPN", "pobj", 0),
        ("Arnor", "Arnor", "PROPN", "nsubj", 4),
        ("had", "have", "AUX", "aux", 4),
        ("attacked", "attack", "VERB", "ROOT", 4),
        ("Gondor", "Gondor", "PROPN", "dobj", 4),
        (".", ".", "PUNCT", "punct", 4),
    ]
    tags = {3: "VBD", 4: "VBN"}
    [event] = code(coder, rows, tags=tags, ents=((1, 2, "DATE"),))
    assert event.modality == "asserted"
    # "By law Arnor had attacked Gondor": no day of the story, background as before
    rows[1] = ("law", "law", "NOUN", "pobj", 0)
    [event] = code(coder, rows, tags=tags)
    assert event.modality == "historical"
