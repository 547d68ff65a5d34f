"""Clauses whose mood tells no act done (conditions, outcomes secured, another's act hoped for,
what one is allowed to do) and postures facing no one (made-up world, hand-built parses)."""

from __future__ import annotations

from detente.coding.events import Coder
from detente.coding.modality import read_modality

from middle_earth import code, code_text, dyad
from support import build_doc


def _if_rows(verb: str, tag: str) -> tuple[list, dict[int, str]]:
    """ "If the talks fail(ed), Mordor <verb> Gondor." """
    rows = [
        ("If", "if", "SCONJ", "mark", 3),
        ("the", "the", "DET", "det", 2),
        ("talks", "talk", "NOUN", "nsubj", 3),
        ("fail" if tag != "VBD" else "failed", "fail", "VERB", "advcl", 6),
        (",", ",", "PUNCT", "punct", 6),
        ("Mordor", "Mordor", "PROPN", "nsubj", 6),
        (verb, "attack", "VERB", "ROOT", 6),
        ("Gondor", "Gondor", "PROPN", "dobj", 6),
        (".", ".", "PUNCT", "punct", 6),
    ]
    return rows, {3: "VBP" if tag != "VBD" else "VBD", 6: tag}


def test_a_present_main_clause_under_if_is_what_would_follow_not_an_act(coder: Coder) -> None:
    rows, tags = _if_rows("attacks", "VBZ")
    [event] = code(coder, rows, tags=tags)
    assert dyad(event) == ("MDR", "ASSAULT", "GND")
    assert event.modality == "hypothetical" and "condition" in event.modality_cue


def test_a_past_main_clause_under_if_is_left_alone() -> None:
    rows, tags = _if_rows("attacked", "VBD")
    assert read_modality(build_doc(rows, tags=tags)[6]).modality == "asserted"


def _ensure(governor: tuple[str, str, str], dep: str, *, purpose: bool) -> list:
    """ "Gondor sent envoys to ensure that Arnor signs the treaty." (purpose) or "Gondor
    ensured that Arnor signed the treaty." """
    lead = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("sent", "send", "VERB", "ROOT", 1),
        ("envoys", "envoy", "NOUN", "dobj", 1),
        ("to", "to", "PART", "aux", 4),
    ] if purpose else [("Gondor", "Gondor", "PROPN", "nsubj", 1)]  # fmt: skip
    at = len(lead)
    return [
        *lead,
        (governor[0], governor[1], "VERB", dep, 1 if purpose else at),
        ("that", "that", "SCONJ", "mark", at + 3),
        ("Arnor", "Arnor", "PROPN", "nsubj", at + 3),
        (governor[2], "sign", "VERB", "ccomp", at),
        ("the", "the", "DET", "det", at + 5),
        ("treaty", "treaty", "NOUN", "dobj", at + 3),
        (".", ".", "PUNCT", "punct", 1 if purpose else at),
    ]


def test_what_a_purpose_of_securing_secures_is_aimed_at_not_done() -> None:
    doc = build_doc(_ensure(("ensure", "ensure", "signs"), "advcl", purpose=True),
                    tags={1: "VBD", 4: "VB", 7: "VBZ"})  # fmt: skip
    reading = read_modality(doc[7])
    assert reading.modality == "hypothetical" and reading.as_told
    assert reading.cue.startswith("secured by 'ensure'")


def test_an_outcome_secured_and_told_as_done_stays_done() -> None:
    doc = build_doc(_ensure(("ensured", "ensure", "signed"), "ROOT", purpose=False),
                    tags={1: "VBD", 4: "VBD"})  # fmt: skip
    assert read_modality(doc[4]).modality == "asserted"


def _deploy(*target: tuple[str, str, str, str, int]) -> list:
    """ "Gondor will deploy troops [against Mordor]." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 2),
        ("will", "will", "AUX", "aux", 2),
        ("deploy", "deploy", "VERB", "ROOT", 2),
        ("troops", "troop", "NOUN", "dobj", 2),
        *target,
        (".", ".", "PUNCT", "punct", 2),
    ]


def test_a_posture_announced_facing_no_one_is_the_posture_ahead_not_a_threat(
    coder: Coder,
) -> None:
    [alone] = code(coder, _deploy(), tags={1: "MD", 2: "VB"})
    assert alone.event_type == "MOBILIZE" and alone.modality == "future"
    against = ("against", "against", "ADP", "prep", 2)
    facing = _deploy(against, ("Mordor", "Mordor", "PROPN", "pobj", 4))
    [threat] = code(coder, facing, tags={1: "MD", 2: "VB"})
    assert dyad(threat) == ("GND", "THREATEN", "MDR")


def _hopes(subject: tuple[str, str]) -> list:
    """ "Arnor hopes that <subject> will attack Mordor." """
    return [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("hopes", "hop", "VERB", "ROOT", 1),  # the tagger's lemma slip, mended by verb_lemma
        ("that", "that", "SCONJ", "mark", 5),
        (subject[0], subject[0], subject[1], "nsubj", 5),
        ("will", "will", "AUX", "aux", 5),
        ("attack", "attack", "VERB", "ccomp", 1),
        ("Mordor", "Mordor", "PROPN", "dobj", 5),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_another_partys_act_hoped_for_is_no_intent_it_announced(coder: Coder) -> None:
    [event] = code(coder, _hopes(("Gondor", "PROPN")), tags={1: "VBZ", 4: "MD", 5: "VB"})
    assert dyad(event) == ("GND", "ASSAULT", "MDR")
    assert event.modality == "hypothetical" and "hoped for" in event.modality_cue


def test_a_hope_for_ones_own_act_stays_an_intent() -> None:
    doc = build_doc(_hopes(("it", "PRON")), tags={1: "VBZ", 4: "MD", 5: "VB"})
    reading = read_modality(doc[5])
    assert reading.modality == "future" and not reading.as_told


def _allowed(verb: tuple[str, str, str]) -> list:
    """ "The bill <verb> Gondor to attack Mordor." (the parser reads the infinitive as xcomp) """
    return [
        ("The", "the", "DET", "det", 1),
        ("bill", "bill", "NOUN", "nsubj", 2),
        (verb[0], verb[1], "VERB", "ROOT", 2),
        ("Gondor", "Gondor", "PROPN", "dobj", 2),
        ("to", "to", "PART", "aux", 5),
        ("attack", "attack", "VERB", verb[2], 2),
        ("Mordor", "Mordor", "PROPN", "dobj", 5),
        (".", ".", "PUNCT", "punct", 2),
    ]


def test_what_a_party_is_allowed_to_do_is_not_told_as_done() -> None:
    for verb in (("allows", "allow", "xcomp"), ("permits", "permit", "ccomp")):
        reading = read_modality(build_doc(_allowed(verb), tags={2: "VBZ", 5: "VB"})[5])
        assert reading.modality == "hypothetical" and reading.as_told, verb
        assert "permitted" in reading.cue, verb


def test_a_verb_of_another_kind_leaves_its_infinitive_to_the_other_rules() -> None:
    # "The bill forces Gondor to attack Mordor": no permission, no modal: the act is not
    # read as permitted
    forced = build_doc(_allowed(("forces", "force", "xcomp")), tags={2: "VBZ", 5: "VB"})
    reading = read_modality(forced[5])
    assert "permitted" not in reading.cue


def test_an_act_in_a_condition_is_no_intent_announced(coder: Coder) -> None:
    # "If Gondor attacks Mordor, Arnor protests.": the attack is a condition, not a threat
    rows = [
        ("If", "if", "SCONJ", "mark", 2),
        ("Gondor", "Gondor", "PROPN", "nsubj", 2),
        ("attacks", "attack", "VERB", "advcl", 6),
        ("Mordor", "Mordor", "PROPN", "dobj", 2),
        (",", ",", "PUNCT", "punct", 6),
        ("Arnor", "Arnor", "PROPN", "nsubj", 6),
        ("protests", "protest", "VERB", "ROOT", 6),
        (".", ".", "PUNCT", "punct", 6),
    ]
    events = code(coder, rows, tags={2: "VBZ", 6: "VBZ"})
    [attack] = [e for e in events if e.trigger.text == "attacks"]
    assert dyad(attack) == ("GND", "ASSAULT", "MDR") and attack.modality == "hypothetical"


def test_what_let_lets_happen_is_not_told_as_done() -> None:
    # "The bill lets Gondor attack Mordor.": the parser makes Gondor the bare verb's subject
    rows = [
        ("The", "the", "DET", "det", 1),
        ("bill", "bill", "NOUN", "nsubj", 2),
        ("lets", "let", "VERB", "ROOT", 2),
        ("Gondor", "Gondor", "PROPN", "nsubj", 4),
        ("attack", "attack", "VERB", "ccomp", 2),
        ("Mordor", "Mordor", "PROPN", "dobj", 4),
        (".", ".", "PUNCT", "punct", 2),
    ]
    reading = read_modality(build_doc(rows, tags={2: "VBZ", 4: "VB"})[4])
    assert reading.modality == "hypothetical" and "permitted" in reading.cue


def test_what_a_party_would_have_another_do_is_not_the_other_s_intent(nlp, coder: Coder) -> None:
    """ "Mordor wants to force Gondor to withdraw from Ithilien": the wish is Mordor's; Gondor
    announces no intent to withdraw (claims14: object control)."""
    text = "Mordor wants to force Gondor to withdraw from Ithilien."
    events = [e for e in code_text(nlp, coder, text) if any(m.country == "GND" for m in e.actor)]
    assert events and all(e.event_type == "RETREAT" for e in events)
    assert all(e.modality == "hypothetical" for e in events)
