"""A rule stated of any party of a kind is no event: "A kingdom may attack Mordor", "a kingdom
must defend itself" (made-up world, hand-built parses)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code


def _may_attack(subject: list[tuple], modal: tuple[str, ...] = ("may",)) -> tuple[list, dict]:
    """ "<subject> <modal...> attack Mordor." with the subject's head last in ``subject``."""
    n = len(subject)
    verb = n + len(modal)
    rows = [
        *subject,
        *((word, word, "AUX", "aux", verb) for word in modal),
        ("attack", "attack", "VERB", "ROOT", verb),
        ("Mordor", "Mordor", "PROPN", "dobj", verb),
        (".", ".", "PUNCT", "punct", verb),
    ]
    tags = {verb: "VB", verb + 1: "NNP"}
    tags.update({n + i: ("VB" if word == "have" else "MD") for i, word in enumerate(modal)})
    return rows, tags


FORCE = ("ASSAULT", "THREATEN")  # "may attack" is coded as an attack or as a threat of one
A_KINGDOM = [("A", "a", "DET", "det", 1), ("kingdom", "kingdom", "NOUN", "nsubj", 3)]


def test_a_modal_on_an_indefinite_subject_states_a_rule_not_an_act(coder: Coder) -> None:
    for modal in ("may", "must", "can"):
        rows, tags = _may_attack(A_KINGDOM, (modal,))
        tags[1] = "NN"
        assert code(coder, rows, tags=tags) == (), modal


def test_a_named_party_with_the_same_modal_is_kept(coder: Coder) -> None:
    rows, tags = _may_attack([("Gondor", "Gondor", "PROPN", "nsubj", 2)])
    tags[0] = "NNP"
    [event] = code(coder, rows, tags=tags)
    assert event.event_type in FORCE and event.modality == "hypothetical"


def test_a_modal_perfect_speculates_on_an_act_and_is_kept(coder: Coder) -> None:
    # "A kingdom may have attacked Mordor.": one act, doubted
    rows = [
        *A_KINGDOM[:1],
        ("kingdom", "kingdom", "NOUN", "nsubj", 4),
        ("may", "may", "AUX", "aux", 4),
        ("have", "have", "AUX", "aux", 4),
        ("attacked", "attack", "VERB", "ROOT", 4),
        ("Mordor", "Mordor", "PROPN", "dobj", 4),
        (".", ".", "PUNCT", "punct", 4),
    ]
    events = code(coder, rows, tags={1: "NN", 2: "MD", 3: "VB", 4: "VBN", 5: "NNP"})
    assert [e.event_type in FORCE for e in events] == [True]


def test_an_indefinite_subject_a_name_makes_particular_is_kept(coder: Coder) -> None:
    # "A Gondor army may attack Mordor."
    subject = [
        ("A", "a", "DET", "det", 2),
        ("Gondor", "Gondor", "PROPN", "compound", 2),
        ("army", "army", "NOUN", "nsubj", 4),
    ]
    rows, tags = _may_attack(subject)
    tags.update({1: "NNP", 2: "NN"})
    [event] = code(coder, rows, tags=tags)
    assert event.event_type in FORCE


def test_an_indefinite_subject_a_capitalised_adjective_makes_particular_is_kept(
    coder: Coder,
) -> None:
    # "A Gondorian army may attack Mordor.": the adjective of a name ties it to one party
    subject = [
        ("A", "a", "DET", "det", 2),
        ("Gondorian", "gondorian", "ADJ", "amod", 2),
        ("army", "army", "NOUN", "nsubj", 4),
    ]
    rows, tags = _may_attack(subject)
    tags.update({1: "JJ", 2: "NN"})
    events = code(coder, rows, tags=tags)
    assert [e.event_type in FORCE for e in events] == [True]


def test_a_party_picked_out_by_a_participle_in_a_rule_acts_not(nlp, coder) -> None:
    # senses18: "a state bullying its neighbours cannot be a partner": any of a kind
    from middle_earth import code_text

    text = "A state bullying its neighbours cannot be a partner, the Gondorian minister said."
    assert "COERCE" not in [e.event_type for e in code_text(nlp, coder, text)]


def test_a_party_picked_out_by_a_participle_in_a_story_acts(nlp, coder) -> None:
    from middle_earth import code_text

    text = "A Mordorian gunman firing a rifle killed three Gondorian soldiers."
    assert "ASSAULT" in [e.event_type for e in code_text(nlp, coder, text)]


def test_a_past_act_picking_out_the_subject_of_a_rule_stays(nlp, coder) -> None:
    from middle_earth import code_text

    text = "A Gondorian soldier who fired on Arnorian traders must be punished, Arnor said."
    assert "ASSAULT" in [e.event_type for e in code_text(nlp, coder, text)]
