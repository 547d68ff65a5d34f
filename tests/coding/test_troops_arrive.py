"""Troops that arrive in a country have been sent there (a deployment, CAMEO 154); a minister
who arrives in one visits it (042); peacekeepers that arrive are peacekeeping given (074).

Hand-built parses of the made-up world; rows are (word, lemma, POS, dependency, head index).
"""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code, dyad


def _arrived(*subject: tuple, verb: tuple[str, str] = ("arrived", "arrive")) -> list[tuple]:
    """ "<subject, whose head is the last row> <verb> in Arnor." """
    n = len(subject)
    return [
        *subject,
        (*verb, "VERB", "ROOT", n),
        ("in", "in", "ADP", "prep", n),
        ("Arnor", "Arnor", "PROPN", "pobj", n + 1),
        (".", ".", "PUNCT", "punct", n),
    ]


def test_troops_arriving_in_a_country_are_deployed_there(coder: Coder) -> None:
    rows = _arrived(
        ("Gondorian", "Gondorian", "ADJ", "amod", 1), ("troops", "troop", "NOUN", "nsubj", 2)
    )
    [event] = code(coder, rows, ents=((0, 1, "NORP"), (4, 5, "GPE")))
    assert (event.cameo, event.pattern_id) == ("154", "mobilize.troops-arrive")
    assert dyad(event) == ("GND", "MOBILIZE", "ARN")


def test_marines_that_land_are_deployed_too(coder: Coder) -> None:
    rows = _arrived(
        ("Gondorian", "Gondorian", "ADJ", "amod", 1),
        ("marines", "marine", "NOUN", "nsubj", 2),
        verb=("landed", "land"),
    )
    [event] = code(coder, rows, ents=((0, 1, "NORP"), (4, 5, "GPE")))
    assert event.cameo == "154"


def test_a_king_arriving_in_a_country_visits_it(coder: Coder) -> None:
    rows = _arrived(
        ("Gondor", "Gondor", "PROPN", "poss", 2),
        ("'s", "'s", "PART", "case", 0),
        ("king", "king", "NOUN", "nsubj", 3),
    )
    [event] = code(coder, rows, ents=((0, 1, "GPE"), (5, 6, "GPE")))
    assert event.cameo == "042" and dyad(event)[2] == "ARN"


def test_peacekeeping_troops_keep_the_peacekeeping_pattern(coder: Coder) -> None:
    rows = _arrived(
        ("Gondorian", "Gondorian", "ADJ", "amod", 2),
        ("peacekeeping", "peacekeeping", "NOUN", "compound", 2),
        ("troops", "troop", "NOUN", "nsubj", 3),
    )
    [event] = code(coder, rows, ents=((0, 1, "NORP"), (5, 6, "GPE")))
    assert event.cameo == "074"
