"""Actors taken from a phrase the parse links the trigger to: the group a counted subject is
drawn from, the speaker of a verbal act joined to a reported state, the state an agentless
expulsion is from, and police whose capture is an arrest. Hand-built parses of the made-up
world; rows are (word, lemma, POS, dependency, head index)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code, dyad

PUNCT = (".", ".", "PUNCT", "punct")


def _counted(count: str, pos: str = "NUM", group: bool = True) -> list:
    """ "<count> of the people attacked Arnor in Osgiliath." ("of the people" when ``group``)"""
    of = [("of", "of", "ADP", "prep", 0), ("the", "the", "DET", "det", 3),
          ("people", "people", "NOUN", "pobj", 1)] if group else []  # fmt: skip
    verb = 1 + len(of)
    return [
        (count, count.lower(), pos, "nsubj", verb),
        *of,
        ("attacked", "attack", "VERB", "ROOT", verb),
        ("Arnor", "Arnor", "PROPN", "dobj", verb),
        ("in", "in", "ADP", "prep", verb),
        ("Osgiliath", "Osgiliath", "PROPN", "pobj", verb + 3),
        (*PUNCT, verb),
    ]


def _code_counted(coder: Coder, rows: list) -> tuple:
    place = len(rows) - 2  # the event's place places the people counted
    return code(coder, rows, ents=((place, place + 1, "GPE"),), dateline="Osgiliath")


def test_a_count_drawn_from_a_group_acts_as_the_group(coder: Coder) -> None:
    [event] = _code_counted(coder, _counted("Four"))
    assert dyad(event) == ("GND", "ASSAULT", "ARN")
    assert event.actor[0].sector == "CVL" and event.actor[0].text == "the people"


def test_a_partitive_word_counts_a_group_as_a_number_does(coder: Coder) -> None:
    [event] = _code_counted(coder, _counted("Thousands", pos="NOUN"))
    assert dyad(event) == ("GND", "ASSAULT", "ARN")


def test_a_bare_count_with_no_group_names_no_actor(coder: Coder) -> None:
    # "Four attacked Arnor in Osgiliath."
    assert _code_counted(coder, _counted("Four", group=False)) == ()


def _said_and(verb: tuple[str, str], said: tuple[str, str] = ("said", "VBD")) -> tuple:
    """ "Gondor <said> Arnor was weak and <verb> Mordor.", with the tags of both verbs."""
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        (said[0], "say", "VERB", "ROOT", 1),
        ("Arnor", "Arnor", "PROPN", "nsubj", 3),
        ("was", "be", "AUX", "ccomp", 1),
        ("weak", "weak", "ADJ", "acomp", 3),
        ("and", "and", "CCONJ", "cc", 3),
        (verb[0], verb[1], "VERB", "conj", 3),
        ("Mordor", "Mordor", "PROPN", "dobj", 6),
        (*PUNCT, 1),
    ]
    return rows, {1: said[1], 3: "VBD", 6: "VBD"}


def test_a_verbal_act_joined_to_a_reported_state_is_the_speakers(coder: Coder) -> None:
    rows, tags = _said_and(("praised", "praise"))
    [event] = code(coder, rows, tags=tags)
    assert event.cameo == "051" and dyad(event) == ("GND", "SUPPORT", "MDR")


def test_a_deed_joined_to_a_reported_state_stays_the_reported_partys(coder: Coder) -> None:
    rows, tags = _said_and(("attacked", "attack"))
    [event] = code(coder, rows, tags=tags)
    assert dyad(event) == ("ARN", "ASSAULT", "MDR")


def test_an_act_in_another_tense_than_the_telling_stays_the_reported_partys(
    coder: Coder,
) -> None:
    rows, tags = _said_and(("praised", "praise"), said=("says", "VBZ"))
    [event] = code(coder, rows, tags=tags)
    assert dyad(event) == ("ARN", "SUPPORT", "MDR")


def _expelled(place: str, pos: str = "PROPN") -> list:
    """ "Orcish envoys were expelled from <place>." """
    return [
        ("Orcish", "Orcish", "ADJ", "amod", 1),
        ("envoys", "envoy", "NOUN", "nsubjpass", 3),
        ("were", "be", "AUX", "auxpass", 3),
        ("expelled", "expel", "VERB", "ROOT", 3),
        ("from", "from", "ADP", "prep", 3),
        (place, place.lower() if pos == "NOUN" else place, pos, "pobj", 4),
        (*PUNCT, 3),
    ]


def test_an_agentless_expulsion_is_by_the_state_expelled_from(coder: Coder) -> None:
    [event] = code(coder, _expelled("Gondor"), ents=((5, 6, "GPE"),))
    assert event.cameo == "161" and dyad(event) == ("GND", "SANCTION", "MDR")


def test_an_expulsion_from_a_body_names_no_expelling_state(coder: Coder) -> None:
    assert code(coder, _expelled("council", pos="NOUN")) == ()


def _captured(*actor: tuple) -> list:
    """ "<actor> captured the trader." with the actor's rows first."""
    n = len(actor)
    return [
        *actor,
        ("captured", "capture", "VERB", "ROOT", n),
        ("the", "the", "DET", "det", n + 2),
        ("trader", "trader", "NOUN", "dobj", n),
        (*PUNCT, n),
    ]


def test_a_capture_by_police_is_an_arrest(coder: Coder) -> None:
    police = ("police", "police", "NOUN", "nsubj", 2)
    rows = _captured(("Gondorian", "Gondorian", "ADJ", "amod", 1), police)
    [event] = code(coder, rows)
    assert event.cameo == "173" and event.event_type == "COERCE"
    assert event.actor[0].country == "GND"


def test_a_capture_by_soldiers_stays_an_abduction(coder: Coder) -> None:
    soldiers = ("soldiers", "soldier", "NOUN", "nsubj", 2)
    rows = _captured(("Orcish", "Orcish", "ADJ", "amod", 1), soldiers)
    [event] = code(coder, rows)
    assert event.cameo.startswith("181") and event.event_type == "ASSAULT"


def _responding() -> list:
    """ "Police responding to calls shot the trader, witnesses said.": the parser hangs "shot" as a
    dependent of "responding", itself the complement of "said"."""
    return [
        ("Police", "police", "NOUN", "nsubj", 1),
        ("responding", "respond", "VERB", "ccomp", 9),
        ("to", "to", "ADP", "prep", 1),
        ("calls", "call", "NOUN", "pobj", 2),
        ("shot", "shoot", "VERB", "dep", 1),
        ("the", "the", "DET", "det", 6),
        ("trader", "trader", "NOUN", "dobj", 4),
        (",", ",", "PUNCT", "punct", 9),
        ("witnesses", "witness", "NOUN", "nsubj", 9),
        ("said", "say", "VERB", "ROOT", 9),
        (*PUNCT, 9),
    ]


def test_a_verb_hung_under_a_reported_reduced_relative_takes_its_subject(coder: Coder) -> None:
    # a one-sentence text naming no place or country: the police act with no country
    [event] = code(coder, _responding(), tags={1: "VBG", 4: "VBD", 9: "VBD"})
    assert event.event_type == "ASSAULT"
    assert (event.actor[0].text, event.actor[0].sector) == ("Police", "COP")


def test_a_participle_after_the_verb_lends_it_no_subject(coder: Coder) -> None:
    # "Shot the trader, Gondorian police responding.": the participle comes after the verb
    rows = [
        ("Shot", "shoot", "VERB", "dep", 5),
        ("the", "the", "DET", "det", 2),
        ("trader", "trader", "NOUN", "dobj", 0),
        (",", ",", "PUNCT", "punct", 5),
        ("police", "police", "NOUN", "nsubj", 5),
        ("responding", "respond", "VERB", "ROOT", 5),
        (*PUNCT, 5),
    ]
    assert code(coder, rows, tags={0: "VBD", 5: "VBG"}) == ()
