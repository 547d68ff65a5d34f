"""Everyday wordings of political events: condemning by name, taking to task, appreciating,
declining an offer, blaming a party for a harm, taking someone into custody. Hand-built parses of
the made-up world; rows are (word, lemma, POS, dependency, head index)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code, dyad

PUNCT = (".", ".", "PUNCT", "punct")


def _called(word: str, pos: str = "ADJ") -> list:
    """ "Gondor called Arnor's move <word>." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("called", "call", "VERB", "ROOT", 1),
        ("Arnor", "Arnor", "PROPN", "poss", 4),
        ("'s", "'s", "PART", "case", 2),
        ("move", "move", "NOUN", "dobj", 1),
        (word, word.lower(), pos, "oprd", 1),
        (*PUNCT, 1),
    ]


def test_calling_a_move_by_a_word_of_blame_is_criticism(coder: Coder) -> None:
    [event] = code(coder, _called("unjustified"))
    assert event.cameo == "111" and dyad(event) == ("GND", "ACCUSE", "ARN")


def test_calling_a_move_by_a_neutral_word_is_no_event(coder: Coder) -> None:
    assert code(coder, _called("important")) == ()
    assert code(coder, _called("dangerous")) == ()  # says how things are, blames no one


def test_taking_a_party_to_task_is_criticism(coder: Coder) -> None:
    # "Gondor took Arnor to task."
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("took", "take", "VERB", "ROOT", 1),
        ("Arnor", "Arnor", "PROPN", "dobj", 1),
        ("to", "to", "ADP", "prep", 1),
        ("task", "task", "NOUN", "pobj", 3),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows)
    assert event.cameo == "111" and dyad(event) == ("GND", "ACCUSE", "ARN")


def test_taking_a_party_to_a_place_is_no_criticism(coder: Coder) -> None:
    # "Gondor took Arnor to Bree."
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("took", "take", "VERB", "ROOT", 1),
        ("Arnor", "Arnor", "PROPN", "dobj", 1),
        ("to", "to", "ADP", "prep", 1),
        ("Bree", "Bree", "PROPN", "pobj", 3),
        (*PUNCT, 1),
    ]
    assert all(e.cameo != "111" for e in code(coder, rows))


def test_appreciating_a_partys_role_is_praise(coder: Coder) -> None:
    # "Gondor appreciates Arnor's role."
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("appreciates", "appreciate", "VERB", "ROOT", 1),
        ("Arnor", "Arnor", "PROPN", "poss", 4),
        ("'s", "'s", "PART", "case", 2),
        ("role", "role", "NOUN", "dobj", 1),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows)
    assert event.cameo == "051" and dyad(event) == ("GND", "SUPPORT", "ARN")


def _declined(noun: str) -> list:
    """ "Gondor declined Arnor's <noun>." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("declined", "decline", "VERB", "ROOT", 1),
        ("Arnor", "Arnor", "PROPN", "poss", 4),
        ("'s", "'s", "PART", "case", 2),
        (noun, noun, "NOUN", "dobj", 1),
        (*PUNCT, 1),
    ]


def test_declining_an_offer_rejects_it(coder: Coder) -> None:
    [event] = code(coder, _declined("offer"))
    assert event.cameo == "127" and dyad(event) == ("GND", "REJECT", "ARN")


def test_a_decline_in_numbers_is_no_rejection(coder: Coder) -> None:
    assert code(coder, _declined("share")) == ()


def _said_responsible(harm: str, *, negated: bool = False) -> list:
    """ "Gondor said Arnor was (not) responsible for the <harm>." """
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("said", "say", "VERB", "ROOT", 1),
        ("Arnor", "Arnor", "PROPN", "nsubj", 3),
        ("was", "be", "AUX", "ccomp", 1),
    ]
    if negated:
        rows.append(("not", "not", "PART", "neg", 3))
    at = len(rows)
    return [
        *rows,
        ("responsible", "responsible", "ADJ", "acomp", 3),
        ("for", "for", "ADP", "prep", at),
        ("the", "the", "DET", "det", at + 3),
        (harm, harm, "NOUN", "pobj", at + 1),
        (*PUNCT, 1),
    ]


def test_saying_a_party_is_responsible_for_a_harm_blames_it(coder: Coder) -> None:
    [event] = code(coder, _said_responsible("attack"))
    assert event.cameo == "112" and dyad(event) == ("GND", "ACCUSE", "ARN")
    assert event.pattern_id == "accuse.blame-responsible"


def test_a_duty_one_is_responsible_for_is_no_blame(coder: Coder) -> None:
    assert code(coder, _said_responsible("trade")) == ()


def test_saying_a_party_is_not_responsible_blames_no_one(coder: Coder) -> None:
    assert code(coder, _said_responsible("attack", negated=True)) == ()


def test_responsibility_stated_by_no_one_is_no_accusation(coder: Coder) -> None:
    # "Arnor was responsible for the attack.": the narrator's statement, no accuser.
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("was", "be", "AUX", "ROOT", 1),
        ("responsible", "responsible", "ADJ", "acomp", 1),
        ("for", "for", "ADP", "prep", 2),
        ("the", "the", "DET", "det", 5),
        ("attack", "attack", "NOUN", "pobj", 3),
        (*PUNCT, 1),
    ]
    assert all(e.event_type != "ACCUSE" for e in code(coder, rows))


def test_holding_a_party_responsible_blames_it(coder: Coder) -> None:
    # "Gondor holds Arnor responsible."
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("holds", "hold", "VERB", "ROOT", 1),
        ("Arnor", "Arnor", "PROPN", "dobj", 1),
        ("responsible", "responsible", "ADJ", "oprd", 1),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows)
    assert event.cameo == "112" and dyad(event) == ("GND", "ACCUSE", "ARN")


def test_taking_someone_into_custody_is_an_arrest(coder: Coder) -> None:
    # "Gondorian police took the trader into custody."
    rows = [
        ("Gondorian", "Gondorian", "ADJ", "amod", 1),
        ("police", "police", "NOUN", "nsubj", 2),
        ("took", "take", "VERB", "ROOT", 2),
        ("the", "the", "DET", "det", 4),
        ("trader", "trader", "NOUN", "dobj", 2),
        ("into", "into", "ADP", "prep", 2),
        ("custody", "custody", "NOUN", "pobj", 5),
        (*PUNCT, 2),
    ]
    [event] = code(coder, rows)
    assert event.cameo == "173" and dyad(event) == ("GND", "COERCE", "GND")
    assert event.recipient[0].text == "the trader"


def test_appreciating_a_thing_is_no_praise(coder: Coder) -> None:
    # "Gondor appreciates the forum."
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("appreciates", "appreciate", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("forum", "forum", "NOUN", "dobj", 1),
        (*PUNCT, 1),
    ]
    assert code(coder, rows) == ()
