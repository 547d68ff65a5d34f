"""A place named after a locative preposition is where a meeting was held, not the party met
("talks in Geneva"); a visit's place is its host, and a meeting's named partner stays.

Hand-built parses of the made-up world; rows are (word, lemma, POS, dependency, head index).
"""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code, parties


def _met_in(verb: tuple[str, str], prep: str, place: str) -> list[tuple]:
    """ "Gondorian envoys <verb> <prep> <place>." """
    return [
        ("Gondorian", "Gondorian", "ADJ", "amod", 1),
        ("envoys", "envoy", "NOUN", "nsubj", 2),
        (verb[0], verb[1], "VERB", "ROOT", 2),
        (prep, prep, "ADP", "prep", 2),
        (place, place, "PROPN", "pobj", 3),
        (".", ".", "PUNCT", "punct", 2),
    ]


def test_a_meeting_in_a_seat_of_power_has_no_party_there(coder: Coder) -> None:
    for verb in (("met", "meet"), ("negotiated", "negotiate")):
        for prep in ("in", "at"):
            rows = _met_in(verb, prep, "Annuminas")
            events = code(coder, rows, ents=((0, 1, "NORP"), (4, 5, "GPE")))
            assert events, (verb, prep)
            for event in events:
                assert "ARN" not in [c for c, _, _ in parties(event.recipient)], (verb, prep)


def test_a_meeting_in_a_country_has_no_party_there(coder: Coder) -> None:
    events = code(coder, _met_in(("met", "meet"), "in", "Arnor"),
                  ents=((0, 1, "NORP"), (4, 5, "GPE")))  # fmt: skip
    assert events
    assert all(not event.recipient for event in events)


def test_the_partner_met_with_stays_the_recipient(coder: Coder) -> None:
    rows = [
        ("Gondorian", "Gondorian", "ADJ", "amod", 1),
        ("envoys", "envoy", "NOUN", "nsubj", 2),
        ("met", "meet", "VERB", "ROOT", 2),
        ("with", "with", "ADP", "prep", 2),
        ("Arnor", "Arnor", "PROPN", "pobj", 3),
        ("in", "in", "ADP", "prep", 2),
        ("Annuminas", "Annuminas", "PROPN", "pobj", 5),
        (".", ".", "PUNCT", "punct", 2),
    ]
    [event] = code(coder, rows, ents=((0, 1, "NORP"), (4, 5, "GPE"), (6, 7, "GPE")))
    assert [c for c, _, _ in parties(event.recipient)] == ["ARN"]


def test_a_visit_to_a_seat_of_power_keeps_its_host(coder: Coder) -> None:
    rows = [
        ("Gondorian", "Gondorian", "ADJ", "amod", 1),
        ("envoys", "envoy", "NOUN", "nsubj", 2),
        ("visited", "visit", "VERB", "ROOT", 2),
        ("Annuminas", "Annuminas", "PROPN", "dobj", 2),
        (".", ".", "PUNCT", "punct", 2),
    ]
    [event] = code(coder, rows, ents=((0, 1, "NORP"), (3, 4, "GPE")))
    assert [c for c, _, _ in parties(event.recipient)] == ["ARN"]
