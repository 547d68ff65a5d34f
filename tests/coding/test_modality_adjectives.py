"""The modality of an act in the infinitive of an adjective after "be" is told on "be" ("is not
able to attack", "should be able to"), "unable to" denies it, and what a suggestion says is
someone's word (made-up world, hand-built parses)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code


def _adjective(adjective: str, *before: tuple) -> tuple[list[tuple], dict]:
    """ "Gondor <before> is <adjective> to attack Arnor." (``before`` hang on "is")."""
    n = len(before)
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1 + n),
        *((w, lemma, pos, dep, 1 + n) for w, lemma, pos, dep in before),
        ("is", "be", "AUX", "ROOT", 1 + n),
        (adjective, adjective, "ADJ", "acomp", 1 + n),
        ("to", "to", "PART", "aux", 4 + n),
        ("attack", "attack", "VERB", "xcomp", 2 + n),
        ("Arnor", "Arnor", "PROPN", "dobj", 4 + n),
        (".", ".", "PUNCT", "punct", 1 + n),
    ]
    return rows, {1 + n: "VBZ", 2 + n: "JJ", 4 + n: "VB"}


def test_a_negation_on_be_denies_the_adjectives_act(coder: Coder) -> None:
    rows, tags = _adjective("able")
    rows.insert(2, ("not", "not", "PART", "neg", 1))
    rows = [r if i == 2 else (*r[:4], r[4] + (r[4] >= 2)) for i, r in enumerate(rows)]
    tags = {1: "VBZ", 3: "JJ", 5: "VB"}
    [event] = code(coder, rows, tags=tags)
    assert event.event_type == "ASSAULT" and event.modality == "negated"
    assert "'is'" in event.modality_cue


def test_a_modal_on_be_makes_the_adjectives_act_hypothetical(coder: Coder) -> None:
    rows, tags = _adjective("able", ("should", "should", "AUX", "aux"))
    rows[2] = ("be", "be", "AUX", "ROOT", 2)
    tags = {1: "MD", 2: "VB", 3: "JJ", 5: "VB"}
    [event] = code(coder, rows, tags=tags)
    assert event.modality == "hypothetical" and "'should'" in event.modality_cue


def test_unable_to_act_is_not_done(coder: Coder) -> None:
    rows, tags = _adjective("unable")
    [event] = code(coder, rows, tags=tags)
    assert event.modality == "negated" and "unable" in event.modality_cue


def test_an_adjective_that_tells_the_act_done_leaves_it_asserted(coder: Coder) -> None:
    # "Gondor is quick to attack Arnor."
    rows, tags = _adjective("quick")
    [event] = code(coder, rows, tags=tags)
    assert event.modality == "asserted"


def test_what_a_suggestion_says_is_someones_word(coder: Coder) -> None:
    # "Mordor suggests that Gondor attacked Arnor."
    rows = [
        ("Mordor", "Mordor", "PROPN", "nsubj", 1),
        ("suggests", "suggest", "VERB", "ROOT", 1),
        ("that", "that", "SCONJ", "mark", 4),
        ("Gondor", "Gondor", "PROPN", "nsubj", 4),
        ("attacked", "attack", "VERB", "ccomp", 1),
        ("Arnor", "Arnor", "PROPN", "dobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    events = code(coder, rows, tags={1: "VBZ", 4: "VBD"})
    attack = next(e for e in events if e.event_type == "ASSAULT")
    assert attack.modality == "hypothetical" and "suggests" in attack.modality_cue


def test_can_tells_an_ability_not_an_act(coder: Coder) -> None:
    # "Gondor can attack Arnor." (the modal of ability, as "could")
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 2),
        ("can", "can", "AUX", "aux", 2),
        ("attack", "attack", "VERB", "ROOT", 2),
        ("Arnor", "Arnor", "PROPN", "dobj", 2),
        (".", ".", "PUNCT", "punct", 2),
    ]
    [event] = code(coder, rows, tags={1: "MD", 2: "VB"})
    assert event.modality == "hypothetical" and "'can'" in event.modality_cue
    # an ability is no threat announced: the act keeps its own code ("could" composes one)
    assert event.event_type == "ASSAULT"


def test_a_second_that_clause_is_claimed_like_the_first(coder: Coder) -> None:
    # "Mordor claims that talks failed and that Gondor attacked Arnor."
    rows = [
        ("Mordor", "Mordor", "PROPN", "nsubj", 1),
        ("claims", "claim", "VERB", "ROOT", 1),
        ("that", "that", "SCONJ", "mark", 4),
        ("talks", "talk", "NOUN", "nsubj", 4),
        ("failed", "fail", "VERB", "ccomp", 1),
        ("and", "and", "CCONJ", "cc", 4),
        ("that", "that", "SCONJ", "mark", 8),
        ("Gondor", "Gondor", "PROPN", "nsubj", 8),
        ("attacked", "attack", "VERB", "conj", 4),
        ("Arnor", "Arnor", "PROPN", "dobj", 8),
        (".", ".", "PUNCT", "punct", 1),
    ]
    events = code(coder, rows, tags={1: "VBZ", 4: "VBD", 8: "VBD"})
    attack = next(e for e in events if e.event_type == "ASSAULT")
    assert attack.modality == "hypothetical" and "claims" in attack.modality_cue
    # said, not claimed: the second clause is told as done
    rows[1] = ("says", "say", "VERB", "ROOT", 1)
    events = code(coder, rows, tags={1: "VBZ", 4: "VBD", 8: "VBD"})
    attack = next(e for e in events if e.event_type == "ASSAULT")
    assert attack.modality == "asserted"
