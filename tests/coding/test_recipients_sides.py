"""Sides of a fight and of talks: "fighting with X" names X's side when the force is directed
against another or the clause describes who fights; dealings named "between X and Y" are acted
on through X and Y; the go-between of talks is no side of them ("the two sides").

Hand-built parses of the made-up world; rows are (word, lemma, POS, dependency, head index).
"""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code, dyad, parties


def _countries(event) -> list[str | None]:
    return [c for c, _, _ in parties(event.recipient)]


def test_fighting_with_a_side_against_another_attacks_the_other(coder: Coder) -> None:
    # "Arnorian volunteers fought with Gondor against Mordor."
    rows = [
        ("Arnorian", "Arnorian", "ADJ", "amod", 1),
        ("volunteers", "volunteer", "NOUN", "nsubj", 2),
        ("fought", "fight", "VERB", "ROOT", 2),
        ("with", "with", "ADP", "prep", 2),
        ("Gondor", "Gondor", "PROPN", "pobj", 3),
        ("against", "against", "ADP", "prep", 2),
        ("Mordor", "Mordor", "PROPN", "pobj", 5),
        (".", ".", "PUNCT", "punct", 2),
    ]
    [event] = code(coder, rows, ents=((0, 1, "NORP"), (4, 5, "GPE"), (6, 7, "GPE")))
    assert _countries(event) == ["MDR"]


def test_people_described_as_fighting_with_a_side_do_not_attack_it(coder: Coder) -> None:
    # "Arnorian volunteers who fought with Mordor surrendered."
    rows = [
        ("Arnorian", "Arnorian", "ADJ", "amod", 1),
        ("volunteers", "volunteer", "NOUN", "nsubj", 6),
        ("who", "who", "PRON", "nsubj", 3),
        ("fought", "fight", "VERB", "relcl", 1),
        ("with", "with", "ADP", "prep", 3),
        ("Mordor", "Mordor", "PROPN", "pobj", 4),
        ("surrendered", "surrender", "VERB", "ROOT", 6),
        (".", ".", "PUNCT", "punct", 6),
    ]
    events = code(coder, rows, ents=((0, 1, "NORP"), (5, 6, "GPE")), tags={2: "WP"})
    fights = [e for e in events if e.trigger.text == "fought"]
    assert all("MDR" not in _countries(e) for e in fights)


def test_a_clause_of_its_own_fighting_with_a_party_attacks_it(coder: Coder) -> None:
    # "Arnorian volunteers fought with Mordor in Ithilien.": the hostile sense
    rows = [
        ("Arnorian", "Arnorian", "ADJ", "amod", 1),
        ("volunteers", "volunteer", "NOUN", "nsubj", 2),
        ("fought", "fight", "VERB", "ROOT", 2),
        ("with", "with", "ADP", "prep", 2),
        ("Mordor", "Mordor", "PROPN", "pobj", 3),
        ("in", "in", "ADP", "prep", 2),
        ("Ithilien", "Ithilien", "PROPN", "pobj", 5),
        (".", ".", "PUNCT", "punct", 2),
    ]
    [event] = code(coder, rows, ents=((0, 1, "NORP"), (4, 5, "GPE"), (6, 7, "GPE")))
    assert _countries(event) == ["MDR"]


def test_talks_mediated_between_two_parties_are_acted_on_through_them(coder: Coder) -> None:
    # "Gondor mediated talks between Arnor and Mordor in Osgiliath."
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("mediated", "mediate", "VERB", "ROOT", 1),
        ("talks", "talk", "NOUN", "dobj", 1),
        ("between", "between", "ADP", "prep", 2),
        ("Arnor", "Arnor", "PROPN", "pobj", 3),
        ("and", "and", "CCONJ", "cc", 4),
        ("Mordor", "Mordor", "PROPN", "conj", 4),
        ("in", "in", "ADP", "prep", 2),
        ("Osgiliath", "Osgiliath", "PROPN", "pobj", 7),
        (".", ".", "PUNCT", "punct", 1),
    ]
    ents = ((0, 1, "GPE"), (4, 5, "GPE"), (6, 7, "GPE"), (8, 9, "GPE"))
    [event] = code(coder, rows, ents=ents, tags={2: "NNS"})
    assert _countries(event) == ["ARN", "MDR"]


def test_the_go_between_of_talks_is_not_one_of_the_two_sides(coder: Coder) -> None:
    # "Arnor and Mordor met in Osgiliath. Gondor mediated the talks. The two sides agreed."
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 3),
        ("and", "and", "CCONJ", "cc", 0),
        ("Mordor", "Mordor", "PROPN", "conj", 0),
        ("met", "meet", "VERB", "ROOT", 3),
        ("in", "in", "ADP", "prep", 3),
        ("Osgiliath", "Osgiliath", "PROPN", "pobj", 4),
        (".", ".", "PUNCT", "punct", 3),
        ("Gondor", "Gondor", "PROPN", "nsubj", 8),
        ("mediated", "mediate", "VERB", "ROOT", 8),
        ("the", "the", "DET", "det", 10),
        ("talks", "talk", "NOUN", "dobj", 8),
        (".", ".", "PUNCT", "punct", 8),
        ("The", "the", "DET", "det", 14),
        ("two", "two", "NUM", "nummod", 14),
        ("sides", "side", "NOUN", "nsubj", 15),
        ("agreed", "agree", "VERB", "ROOT", 15),
        (".", ".", "PUNCT", "punct", 15),
    ]
    ents = ((0, 1, "GPE"), (2, 3, "GPE"), (5, 6, "GPE"), (7, 8, "GPE"))
    events = code(coder, rows, ents=ents, tags={10: "NNS", 14: "NNS"})
    [agreed] = [e for e in events if e.trigger.text.startswith("agreed")]
    assert "GND" not in dyad(agreed)[0] + dyad(agreed)[2]
    assert sorted([dyad(agreed)[0], dyad(agreed)[2]]) == ["ARN", "MDR"]


def test_a_protest_participle_after_a_strike_tells_what_it_is_against(coder: Coder) -> None:
    # "Arnorian workers went on strike, protesting Gondor's taxes."
    rows = [
        ("Arnorian", "Arnorian", "ADJ", "amod", 1),
        ("workers", "worker", "NOUN", "nsubj", 2),
        ("went", "go", "VERB", "ROOT", 2),
        ("on", "on", "ADP", "prep", 2),
        ("strike", "strike", "NOUN", "pobj", 3),
        (",", ",", "PUNCT", "punct", 2),
        ("protesting", "protest", "VERB", "advcl", 2),
        ("Gondor", "Gondor", "PROPN", "poss", 9),
        ("'s", "'s", "PART", "case", 7),
        ("taxes", "tax", "NOUN", "dobj", 6),
        (".", ".", "PUNCT", "punct", 2),
    ]
    events = code(coder, rows, ents=((0, 1, "NORP"), (7, 8, "GPE")), tags={6: "VBG", 9: "NNS"})
    assert events
    assert all(_countries(e) == ["GND"] for e in events)


def test_an_amount_of_money_is_no_party(coder: Coder) -> None:
    # "Gondor appealed for 5 million Arnorian dollars.": "Arnorian" names the currency
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("appealed", "appeal", "VERB", "ROOT", 1),
        ("for", "for", "ADP", "prep", 1),
        ("5", "5", "NUM", "compound", 4),
        ("million", "million", "NUM", "nummod", 6),
        ("Arnorian", "Arnorian", "ADJ", "amod", 6),
        ("dollars", "dollar", "NOUN", "pobj", 2),
        (".", ".", "PUNCT", "punct", 1),
    ]
    events = code(coder, rows, ents=((0, 1, "GPE"), (3, 7, "MONEY")), tags={6: "NNS"})
    assert all("ARN" not in _countries(e) for e in events)
