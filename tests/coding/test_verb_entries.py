"""Verb entries written from CAMEO definitions, and event nouns that are another event's topic.

Hand-built parses of the made-up world; rows are (word, lemma, POS, dependency, head index).
"""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code, dyad

PUNCT = (".", ".", "PUNCT", "punct")


def test_troops_sent_to_a_peacekeeping_mission_are_peacekeeping_given(coder: Coder) -> None:
    # CAMEO 074 "provide peacekeepers or other military forces": not a mobilisation (154).
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("sent", "send", "VERB", "ROOT", 1),
        ("troops", "troop", "NOUN", "dobj", 1),
        ("to", "to", "ADP", "prep", 1),
        ("the", "the", "DET", "det", 6),
        ("peacekeeping", "peacekeeping", "NOUN", "compound", 6),
        ("mission", "mission", "NOUN", "pobj", 3),
        ("in", "in", "ADP", "prep", 6),
        ("Arnor", "Arnor", "PROPN", "pobj", 7),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows)
    assert event.cameo == "074" and dyad(event) == ("GND", "AID", "ARN")


def test_troops_sent_to_a_front_stay_a_mobilisation(coder: Coder) -> None:
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("sent", "send", "VERB", "ROOT", 1),
        ("troops", "troop", "NOUN", "dobj", 1),
        ("to", "to", "ADP", "prep", 1),
        ("Arnor", "Arnor", "PROPN", "pobj", 3),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows)
    assert event.event_type == "MOBILIZE"


def test_a_state_taking_in_refugees_grants_asylum(coder: Coder) -> None:
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("accepted", "accept", "VERB", "ROOT", 1),
        ("Arnorian", "Arnorian", "ADJ", "amod", 3),
        ("refugees", "refugee", "NOUN", "dobj", 1),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows)
    assert event.cameo == "075" and dyad(event) == ("GND", "AID", "ARN")


def test_asylum_seekers_need_the_asylum_word(coder: Coder) -> None:
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("welcomed", "welcome", "VERB", "ROOT", 1),
        ("job", "job", "NOUN", "compound", 3),
        ("seekers", "seeker", "NOUN", "dobj", 1),
        (*PUNCT, 1),
    ]
    assert all(e.cameo != "075" for e in code(coder, rows))


def test_cultural_property_handed_back_is_property_returned(coder: Coder) -> None:
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("returned", "return", "VERB", "ROOT", 1),
        ("two", "two", "NUM", "nummod", 3),
        ("paintings", "painting", "NOUN", "dobj", 1),
        ("to", "to", "ADP", "prep", 1),
        ("Gondor", "Gondor", "PROPN", "pobj", 4),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows)
    assert event.cameo == "0842" and dyad(event) == ("ARN", "RETREAT", "GND")


def test_tariffs_cut_are_economic_penalties_eased(coder: Coder) -> None:
    rows = [
        ("Mordor", "Mordor", "PROPN", "nsubj", 1),
        ("cut", "cut", "VERB", "ROOT", 1),
        ("tariffs", "tariff", "NOUN", "dobj", 1),
        ("on", "on", "ADP", "prep", 2),
        ("Gondorian", "Gondorian", "ADJ", "amod", 5),
        ("goods", "good", "NOUN", "pobj", 3),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows)
    assert event.cameo == "085" and dyad(event)[:2] == ("MDR", "RETREAT")


def test_taking_part_in_a_war_game_is_military_cooperation(coder: Coder) -> None:
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("participated", "participate", "VERB", "ROOT", 1),
        ("in", "in", "ADP", "prep", 1),
        ("a", "a", "DET", "det", 5),
        ("war", "war", "NOUN", "compound", 5),
        ("game", "game", "NOUN", "pobj", 2),
        ("with", "with", "ADP", "prep", 1),
        ("Gondor", "Gondor", "PROPN", "pobj", 6),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows)
    assert event.cameo == "062" and dyad(event) == ("ARN", "COOPERATE", "GND")


def test_a_cessation_of_hostilities_declared_is_a_ceasefire(coder: Coder) -> None:
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("declared", "declare", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 3),
        ("cessation", "cessation", "NOUN", "dobj", 1),
        ("of", "of", "ADP", "prep", 3),
        ("hostilities", "hostility", "NOUN", "pobj", 4),
        ("with", "with", "ADP", "prep", 1),
        ("Mordor", "Mordor", "PROPN", "pobj", 6),
        (*PUNCT, 1),
    ]
    events = code(coder, rows)
    assert [(e.cameo, dyad(e)) for e in events if e.pattern_id == "concede.ceasefire"] == [
        ("0871", ("GND", "RETREAT", "MDR"))
    ]


def _concern_about_fighting(owner: tuple[str, ...] | None) -> list:
    """ "Arnor voiced concern about [Mordor's] fighting in Gondor." """
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("voiced", "voice", "VERB", "ROOT", 1),
        ("concern", "concern", "NOUN", "dobj", 1),
        ("about", "about", "ADP", "prep", 2),
    ]
    if owner is not None:
        rows += [("Mordor", "Mordor", "PROPN", "poss", 6), ("'s", "'s", "PART", "case", 4)]
    fighting = len(rows)
    return [
        *rows,
        ("fighting", "fighting", "NOUN", "pobj", 3),
        ("in", "in", "ADP", "prep", fighting),
        ("Gondor", "Gondor", "PROPN", "pobj", fighting + 1),
        (*PUNCT, 1),
    ]


def test_fighting_a_statement_is_about_is_its_topic_not_the_speakers_act(coder: Coder) -> None:
    # The speaker did not fight: with no owner of its own the noun event is left out.
    assert code(coder, _concern_about_fighting(None)) == ()


def test_owned_fighting_a_statement_is_about_keeps_its_owner(coder: Coder) -> None:
    events = code(coder, _concern_about_fighting(("Mordor",)))
    assert [dyad(e)[:2] for e in events] == [("MDR", "ASSAULT")]


def test_warfare_launched_against_a_state_is_an_attack(coder: Coder) -> None:
    rows = [
        ("Mordor", "Mordor", "PROPN", "nsubj", 1),
        ("launched", "launch", "VERB", "ROOT", 1),
        ("cyber", "cyber", "ADJ", "amod", 3),
        ("warfare", "warfare", "NOUN", "dobj", 1),
        ("against", "against", "ADP", "prep", 1),
        ("Gondor", "Gondor", "PROPN", "pobj", 4),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows)
    assert dyad(event) == ("MDR", "ASSAULT", "GND")


def test_outlawing_a_group_is_an_administrative_sanction(coder: Coder) -> None:
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("outlawed", "outlaw", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("Rangers", "Rangers", "PROPN", "dobj", 1),
        ("of", "of", "ADP", "prep", 3),
        ("the", "the", "DET", "det", 6),
        ("North", "North", "PROPN", "pobj", 4),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows, ents=((2, 7, "ORG"),))
    assert event.cameo == "172" and dyad(event) == ("GND", "COERCE", "ARN")


def _arrived_in_arnor(subject: list) -> list:
    """ "<subject> arrived in Arnor." with the subject's rows first (its head last)."""
    verb = len(subject)
    return [
        *subject,
        ("arrived", "arrive", "VERB", "ROOT", verb),
        ("in", "in", "ADP", "prep", verb),
        ("Arnor", "Arnor", "PROPN", "pobj", verb + 1),
        (*PUNCT, verb),
    ]


def test_peacekeepers_arriving_are_peacekeeping_given_not_a_visit(coder: Coder) -> None:
    rows = _arrived_in_arnor(
        [
            ("Gondorian", "Gondorian", "ADJ", "amod", 2),
            ("peacekeeping", "peacekeeping", "NOUN", "compound", 2),
            ("troops", "troop", "NOUN", "nsubj", 3),
        ]
    )
    [event] = code(coder, rows)
    assert event.cameo == "074" and dyad(event) == ("GND", "AID", "ARN")


def test_an_envoy_arriving_is_a_visit(coder: Coder) -> None:
    rows = _arrived_in_arnor(
        [
            ("Gondorian", "Gondorian", "ADJ", "amod", 1),
            ("envoy", "envoy", "NOUN", "nsubj", 2),
        ]
    )
    [event] = code(coder, rows)
    assert event.event_type == "CONSULT" and dyad(event) == ("GND", "CONSULT", "ARN")


def test_a_party_provided_with_arms_receives_military_aid(coder: Coder) -> None:
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("provided", "provide", "VERB", "ROOT", 1),
        ("Arnor", "Arnor", "PROPN", "dobj", 1),
        ("with", "with", "ADP", "prep", 1),
        ("weapons", "weapon", "NOUN", "pobj", 3),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows)
    assert event.cameo == "072" and dyad(event) == ("GND", "AID", "ARN")


def test_conferring_with_a_party_consults_but_conferring_a_thing_bestows(coder: Coder) -> None:
    # "Gondor conferred with Arnor." / "Gondor conferred honours on Arnor."
    with_party = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("conferred", "confer", "VERB", "ROOT", 1),
        ("with", "with", "ADP", "prep", 1),
        ("Arnor", "Arnor", "PROPN", "pobj", 2),
        (".", ".", "PUNCT", "punct", 1),
    ]
    [event] = code(coder, with_party)
    assert (event.event_type, event.cameo) == ("CONSULT", "040")
    honours = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("conferred", "confer", "VERB", "ROOT", 1),
        ("honours", "honour", "NOUN", "dobj", 1),
        ("on", "on", "ADP", "prep", 1),
        ("Arnor", "Arnor", "PROPN", "pobj", 3),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert not [e for e in code(coder, honours) if e.event_type == "CONSULT"]
