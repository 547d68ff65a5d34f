"""A place the search for a recipient meets after a locative preposition is where the act was
done, not whom it was done to ("police seized weapons *in* Arnor", "signed the treaty *in*
Annuminas"), unless the act falls on those at the place (force: "shelled positions *in*
Arnor"; aid cut: "suspended aid *in* Arnor") (recip13).

Hand-built parses of the made-up world; rows are (word, lemma, POS, dependency, head index).
"""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code, dyad


def _done_in(verb: tuple[str, str], thing: tuple[str, str], place: str) -> list[tuple]:
    """ "Gondorian soldiers <verb> <thing> in <place>." """
    return [
        ("Gondorian", "Gondorian", "ADJ", "amod", 1),
        ("soldiers", "soldier", "NOUN", "nsubj", 2),
        (verb[0], verb[1], "VERB", "ROOT", 2),
        (thing[0], thing[1], "NOUN", "dobj", 2),
        ("in", "in", "ADP", "prep", 2),
        (place, place, "PROPN", "pobj", 4),
        (".", ".", "PUNCT", "punct", 2),
    ]


ENTS = ((0, 1, "NORP"), (5, 6, "GPE"))


def test_a_seizure_in_a_country_is_not_made_on_the_country(coder: Coder) -> None:
    [event] = code(coder, _done_in(("seized", "seize"), ("weapons", "weapon"), "Arnor"), ents=ENTS)
    assert dyad(event) == ("GND", "COERCE", "")


def test_a_treaty_signed_in_a_seat_of_power_is_not_signed_with_it(coder: Coder) -> None:
    rows = _done_in(("signed", "sign"), ("treaty", "treaty"), "Annuminas")
    rows[3:3] = [("the", "the", "DET", "det", 4)]
    rows = [(w, lemma, pos, dep, h + (h >= 3)) for w, lemma, pos, dep, h in rows]
    events = code(coder, rows, ents=((0, 1, "NORP"), (6, 7, "GPE")))
    assert events
    assert all("ARN" not in dyad(event)[2] for event in events)


def test_force_used_in_a_country_falls_on_those_there(coder: Coder) -> None:
    [event] = code(coder, _done_in(("shelled", "shell"), ("positions", "position"), "Arnor"),
                   ents=ENTS)  # fmt: skip
    assert dyad(event) == ("GND", "ASSAULT", "ARN")


def test_aid_cut_in_a_country_is_withheld_from_those_there(coder: Coder) -> None:
    rows = _done_in(("suspended", "suspend"), ("aid", "aid"), "Arnor")
    events = code(coder, rows, ents=ENTS)
    assert events
    assert all(dyad(event)[2] == "ARN" for event in events)
