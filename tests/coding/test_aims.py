"""Acts only aimed at are not reported as done: tried, plotted or planned acts, and infinitives
of purpose, are hypothetical (made-up world, hand-built parses)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code, dyad


def _tried(governor: str, lemma: str) -> list:
    return [
        ("Mordor", "Mordor", "PROPN", "nsubj", 1),
        (governor, lemma, "VERB", "ROOT", 1),
        ("to", "to", "PART", "aux", 3),
        ("attack", "attack", "VERB", "xcomp", 1),
        ("Gondor", "Gondor", "PROPN", "dobj", 3),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_an_attack_only_tried_is_hypothetical(coder: Coder) -> None:
    [event] = code(coder, _tried("tried", "try"))
    # an attempted attack is an attack told as not done, not an intent (no THREATEN)
    assert event.modality == "hypothetical" and event.event_type == "ASSAULT"
    assert dyad(event)[0] == "MDR" and dyad(event)[2] == "GND"


def test_an_attack_plotted_or_planned_is_hypothetical(coder: Coder) -> None:
    for word, lemma in (("plotted", "plot"), ("plans", "plan"), ("hoped", "hope")):
        [event] = code(coder, _tried(word, lemma))
        assert event.modality == "hypothetical", word


def test_an_attack_begun_is_still_reported_as_done(coder: Coder) -> None:
    [event] = code(coder, _tried("began", "begin"))
    assert event.modality == "asserted"


def test_an_act_scheduled_stays_future(coder: Coder) -> None:
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("expects", "expect", "VERB", "ROOT", 1),
        ("to", "to", "PART", "aux", 3),
        ("meet", "meet", "VERB", "xcomp", 1),
        ("Arnor", "Arnor", "PROPN", "dobj", 3),
        (".", ".", "PUNCT", "punct", 1),
    ]
    [event] = code(coder, rows)
    # a meeting announced is an intent to meet (AGREE), told as future
    assert event.modality == "future" and event.trigger.text.startswith("meet")


def test_an_infinitive_of_purpose_is_not_a_reported_act(coder: Coder) -> None:
    # "Gondor sent envoys to threaten Arnor": the sending happened; the threat is its purpose.
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("sent", "send", "VERB", "ROOT", 1),
        ("envoys", "envoy", "NOUN", "dobj", 1),
        ("to", "to", "PART", "aux", 4),
        ("threaten", "threaten", "VERB", "advcl", 1),
        ("Arnor", "Arnor", "PROPN", "dobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    threats = [e for e in code(coder, rows) if e.event_type == "THREATEN"]
    assert threats and all(e.modality == "hypothetical" for e in threats)


def test_a_noun_whose_infinitive_names_an_aim_makes_it_hypothetical(coder: Coder) -> None:
    # "Mordor announced a plan to attack Gondor"
    rows = [
        ("Mordor", "Mordor", "PROPN", "nsubj", 1),
        ("announced", "announce", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 3),
        ("plan", "plan", "NOUN", "dobj", 1),
        ("to", "to", "PART", "aux", 5),
        ("attack", "attack", "VERB", "acl", 3),
        ("Gondor", "Gondor", "PROPN", "dobj", 5),
        (".", ".", "PUNCT", "punct", 1),
    ]
    attacks = [e for e in code(coder, rows) if e.trigger.text.startswith("attack")]
    assert attacks and all(e.modality == "hypothetical" for e in attacks)


def test_a_promise_noun_keeps_its_own_reading(coder: Coder) -> None:
    # "Gondor's promise to withdraw": the frame codes the promise itself, which was made.
    rows = [
        ("Gondor", "Gondor", "PROPN", "poss", 2),
        ("'s", "'s", "PART", "case", 0),
        ("promise", "promise", "NOUN", "nsubj", 5),
        ("to", "to", "PART", "aux", 4),
        ("withdraw", "withdraw", "VERB", "acl", 2),
        ("surprised", "surprise", "VERB", "ROOT", 5),
        ("Arnor", "Arnor", "PROPN", "dobj", 5),
        (".", ".", "PUNCT", "punct", 5),
    ]
    promises = [e for e in code(coder, rows) if e.trigger.text.startswith("promise")]
    assert promises and all(e.modality != "hypothetical" for e in promises)


def test_a_past_verb_joined_to_a_modal_infinitive_is_told_as_done(coder: Coder) -> None:
    # "Mordor would continue to arm and rejected Gondor": the small model joins "rejected" to the
    # infinitive; a verb with its own tense does not share "would".
    rows = [
        ("Mordor", "Mordor", "PROPN", "nsubj", 2),
        ("would", "would", "AUX", "aux", 2),
        ("continue", "continue", "VERB", "ROOT", 2),
        ("to", "to", "PART", "aux", 4),
        ("arm", "arm", "VERB", "xcomp", 2),
        ("and", "and", "CCONJ", "cc", 4),
        ("rejected", "reject", "VERB", "conj", 4),
        ("Gondor", "Gondor", "PROPN", "dobj", 6),
        (".", ".", "PUNCT", "punct", 2),
    ]
    tags = {1: "MD", 2: "VB", 4: "VB", 6: "VBD"}
    [event] = [e for e in code(coder, rows, tags=tags) if e.trigger.text == "rejected"]
    assert event.modality == "asserted"
    assert dyad(event)[2] == "GND"
    tags[6] = "VB"  # "would continue to arm and reject Gondor": the modal covers both
    [event] = [e for e in code(coder, rows, tags=tags) if e.trigger.text.startswith("rejected")]
    assert event.modality != "asserted"


def test_a_for_to_clause_names_a_wanted_act_however_it_is_attached(coder: Coder) -> None:
    # "There are calls for Gondor to withdraw its troops from Bree": what is called for is not
    # done, whether the parser hangs the clause on the noun as acl or as relcl.
    for dep in ("relcl", "acl", "advcl"):
        rows = [
            ("There", "there", "PRON", "expl", 1),
            ("are", "be", "AUX", "ROOT", 1),
            ("calls", "call", "NOUN", "attr", 1),
            ("for", "for", "SCONJ", "mark", 6),
            ("Gondor", "Gondor", "PROPN", "nsubj", 6),
            ("to", "to", "PART", "aux", 6),
            ("withdraw", "withdraw", "VERB", dep, 2),
            ("its", "its", "PRON", "poss", 8),
            ("troops", "troop", "NOUN", "dobj", 6),
            ("from", "from", "ADP", "prep", 6),
            ("Bree", "Bree", "PROPN", "pobj", 9),
            (".", ".", "PUNCT", "punct", 1),
        ]
        withdrawals = [e for e in code(coder, rows) if e.trigger.text.startswith("withdraw")]
        assert withdrawals and all(e.modality != "asserted" for e in withdrawals), dep
