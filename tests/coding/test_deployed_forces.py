"""Agentless passives whose patient tells who acted: forces deployed are their own side's
deployment, people held by X are freed by X, a named party's measure is lifted by it
(coding/actor_clauses.py)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code


def _deployed(noun: str, lemma: str) -> list[tuple]:
    # "Gondorian <noun> were deployed to Ithilien ."
    return [
        ("Gondorian", "gondorian", "ADJ", "amod", 1),
        (noun, lemma, "NOUN", "nsubjpass", 3),
        ("were", "be", "AUX", "auxpass", 3),
        ("deployed", "deploy", "VERB", "ROOT", 3),
        ("to", "to", "ADP", "prep", 3),
        ("Ithilien", "Ithilien", "PROPN", "pobj", 4),
        (".", ".", "PUNCT", "punct", 3),
    ]


def test_soldiers_deployed_without_an_agent_are_their_states_deployment(coder: Coder) -> None:
    events = code(coder, _deployed("soldiers", "soldier"), tags={3: "VBN"})
    [event] = [e for e in events if e.cameo.startswith("15")]
    assert [(m.country, m.sector) for m in event.actor] == [("GND", "MIL")]
    assert event.event_type == "MOBILIZE"


def test_people_deployed_without_an_agent_give_no_actor(coder: Coder) -> None:
    # "Gondorian farmers were deployed": not forces; who sent them is not said
    events = code(coder, _deployed("farmers", "farmer"), tags={3: "VBN"})
    assert not [e for e in events if e.cameo.startswith("15")]


def test_people_killed_without_an_agent_still_give_no_actor(coder: Coder) -> None:
    # "Gondorian soldiers were killed": a passive act on forces is no act of theirs
    rows = _deployed("soldiers", "soldier")
    rows[3] = ("killed", "kill", "VERB", "ROOT", 3)
    events = code(coder, rows, tags={3: "VBN"})
    assert not [e for e in events if e.cameo.startswith("18")]


def test_forces_that_are_stationed_tell_where_they_stand_not_a_deployment(coder: Coder) -> None:
    # "Gondorian soldiers are stationed in Ithilien": a bare present passive is a standing state
    rows = _deployed("soldiers", "soldier")
    rows[2] = ("are", "be", "AUX", "auxpass", 3)
    rows[3] = ("stationed", "station", "VERB", "ROOT", 3)
    events = code(coder, rows, tags={3: "VBN"})
    assert not [e for e in events if e.cameo.startswith("15")]


def test_forces_that_could_be_sent_are_no_deployment(coder: Coder) -> None:
    # "Gondorian soldiers could be sent to Ithilien": a possibility asked about, no one's act
    rows = [
        ("Gondorian", "gondorian", "ADJ", "amod", 1),
        ("soldiers", "soldier", "NOUN", "nsubjpass", 4),
        ("could", "could", "AUX", "aux", 4),
        ("be", "be", "AUX", "auxpass", 4),
        ("sent", "send", "VERB", "ROOT", 4),
        ("to", "to", "ADP", "prep", 4),
        ("Ithilien", "Ithilien", "PROPN", "pobj", 5),
        (".", ".", "PUNCT", "punct", 4),
    ]
    events = code(coder, rows, tags={2: "MD", 4: "VBN"})
    assert not [e for e in events if e.cameo.startswith("15") or e.cameo.startswith("13")]


def test_forces_described_by_a_participle_tell_no_deployment(coder: Coder) -> None:
    # "Gondorian soldiers stationed in Ithilien fell ill": the participle describes them
    rows = [
        ("Gondorian", "gondorian", "ADJ", "amod", 1),
        ("soldiers", "soldier", "NOUN", "nsubj", 5),
        ("stationed", "station", "VERB", "acl", 1),
        ("in", "in", "ADP", "prep", 2),
        ("Ithilien", "Ithilien", "PROPN", "pobj", 3),
        ("fell", "fall", "VERB", "ROOT", 5),
        ("ill", "ill", "ADJ", "acomp", 5),
        (".", ".", "PUNCT", "punct", 5),
    ]
    events = code(coder, rows, tags={2: "VBN", 5: "VBD"})
    assert not [e for e in events if e.cameo.startswith("15")]


def test_people_released_without_an_agent_are_freed_by_who_held_them(coder: Coder) -> None:
    # "Arnorians who were held by Mordor were released ."
    rows = [
        ("Arnorians", "arnorian", "PROPN", "nsubjpass", 7),
        ("who", "who", "PRON", "nsubjpass", 3),
        ("were", "be", "AUX", "auxpass", 3),
        ("held", "hold", "VERB", "relcl", 0),
        ("by", "by", "ADP", "agent", 3),
        ("Mordor", "Mordor", "PROPN", "pobj", 4),
        ("were", "be", "AUX", "auxpass", 7),
        ("released", "release", "VERB", "ROOT", 7),
        (".", ".", "PUNCT", "punct", 7),
    ]
    events = code(coder, rows, tags={1: "WP", 3: "VBN", 7: "VBN"})
    freed = [e for e in events if e.trigger.text == "released"]
    assert [[m.country for m in e.actor] for e in freed] == [["MDR"]]


def test_a_named_partys_measure_lifted_without_an_agent_is_lifted_by_it(coder: Coder) -> None:
    # "Gondorian sanctions on Mordor were lifted ."
    rows = [
        ("Gondorian", "gondorian", "ADJ", "amod", 1),
        ("sanctions", "sanction", "NOUN", "nsubjpass", 5),
        ("on", "on", "ADP", "prep", 1),
        ("Mordor", "Mordor", "PROPN", "pobj", 2),
        ("were", "be", "AUX", "auxpass", 5),
        ("lifted", "lift", "VERB", "ROOT", 5),
        (".", ".", "PUNCT", "punct", 5),
    ]
    events = code(coder, rows, tags={5: "VBN"}, ents=((0, 1, "NORP"),))
    lifted = [e for e in events if e.trigger.text == "lifted"]
    assert [[m.country for m in e.actor] for e in lifted] == [["GND"]]
