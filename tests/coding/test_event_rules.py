"""Coder rules for ultimatums, passives, unnamed agents, placed parties and nominal events.

Hand-built parses of a made-up world (Gondor, Arnor, Mordor), written the way spaCy's English
parser attaches them, so a failing test points at a coding rule, not at the statistical parser.
Rows are (word, lemma, POS, dependency, head index). Places come from a made-up gazetteer of a
handful of entries (tests/middle_earth.py), so location rules are tested without the real one.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from pydantic import ValidationError

from detente.coding.events import Coder
from detente.errors import LexiconError
from detente.lexicons.ontology import Ontology
from detente.lexicons.verbs import PatternModel, load_verbs

from middle_earth import by_pattern, code, dyad, parties

# --- 1. Ultimatums --------------------------------------------------------------------------


def _withdraw_troops(marker: str) -> list:
    """ "Gondor will withdraw its troops from Arnor <marker> Arnor frees the prisoners." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 2),
        ("will", "will", "AUX", "aux", 2),
        ("withdraw", "withdraw", "VERB", "ROOT", 2),
        ("its", "its", "PRON", "poss", 4),
        ("troops", "troop", "NOUN", "dobj", 2),
        ("from", "from", "ADP", "prep", 2),
        ("Arnor", "Arnor", "PROPN", "pobj", 5),
        (marker, marker, "SCONJ", "mark", 9),
        ("Arnor", "Arnor", "PROPN", "nsubj", 9),
        ("frees", "free", "VERB", "advcl", 2),
        ("the", "the", "DET", "det", 11),
        ("prisoners", "prisoner", "NOUN", "dobj", 9),
        (".", ".", "PUNCT", "punct", 2),
    ]


def test_a_future_act_announced_unless_the_other_side_complies_is_a_threat(coder: Coder) -> None:
    event = by_pattern(code(coder, _withdraw_troops("unless")), "concede.withdraw-troops")
    assert dyad(event) == ("GND", "THREATEN", "ARN")
    assert event.cameo == "130" and event.modality == "future"


def test_a_future_act_on_another_condition_stays_an_intent(coder: Coder) -> None:
    event = by_pattern(code(coder, _withdraw_troops("after")), "concede.withdraw-troops")
    assert dyad(event) == ("GND", "AGREE", "ARN") and event.cameo == "035"


# --- 2. Stative passives --------------------------------------------------------------------


def test_is_opposed_to_is_the_subjects_own_rejection(coder: Coder) -> None:
    # "Gondor is opposed to Mordor."
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubjpass", 2),
        ("is", "be", "AUX", "auxpass", 2),
        ("opposed", "oppose", "VERB", "ROOT", 2),
        ("to", "to", "ADP", "prep", 2),
        ("Mordor", "Mordor", "PROPN", "pobj", 3),
        (".", ".", "PUNCT", "punct", 2),
    ]
    [event] = code(coder, rows)
    assert dyad(event) == ("GND", "REJECT", "MDR") and event.modality == "asserted"


def test_is_opposed_to_a_plan_rejects_the_plan(coder: Coder) -> None:
    # "Gondor is opposed to the plan."
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubjpass", 2),
        ("is", "be", "AUX", "auxpass", 2),
        ("opposed", "oppose", "VERB", "ROOT", 2),
        ("to", "to", "ADP", "prep", 2),
        ("the", "the", "DET", "det", 5),
        ("plan", "plan", "NOUN", "pobj", 3),
        (".", ".", "PUNCT", "punct", 2),
    ]
    [event] = code(coder, rows)
    assert event.event_type == "REJECT" and event.pattern_id == "reject.reject-plan"
    assert parties(event.actor) == [("GND", None, "user")]
    assert event.trigger.text == "opposed to the plan"


@pytest.mark.parametrize(
    ("rows", "cameo"),
    [
        (  # "Orcs were engaged in fighting with Gondor."
            [
                ("Orcs", "Orc", "PROPN", "nsubjpass", 2),
                ("were", "be", "AUX", "auxpass", 2),
                ("engaged", "engage", "VERB", "ROOT", 2),
                ("in", "in", "ADP", "prep", 2),
                ("fighting", "fighting", "NOUN", "pobj", 3),
                ("with", "with", "ADP", "prep", 4),
                ("Gondor", "Gondor", "PROPN", "pobj", 5),
                (".", ".", "PUNCT", "punct", 2),
            ],
            "190",
        ),
        (  # "Orcs were engaged in ethnic cleansing against Arnorians."
            [
                ("Orcs", "Orc", "PROPN", "nsubjpass", 2),
                ("were", "be", "AUX", "auxpass", 2),
                ("engaged", "engage", "VERB", "ROOT", 2),
                ("in", "in", "ADP", "prep", 2),
                ("ethnic", "ethnic", "ADJ", "amod", 5),
                ("cleansing", "cleansing", "NOUN", "pobj", 3),
                ("against", "against", "ADP", "prep", 5),
                ("Arnorians", "Arnorian", "PROPN", "pobj", 6),
                (".", ".", "PUNCT", "punct", 2),
            ],
            "203",
        ),
    ],
    ids=["fighting", "ethnic-cleansing"],
)
def test_were_engaged_in_violence_is_an_assault_by_the_subject(
    coder: Coder, rows, cameo: str
) -> None:
    [event] = code(coder, rows)
    assert event.event_type == "ASSAULT" and event.cameo == cameo
    assert [m.text for m in event.actor] == ["Orcs"] and event.actor[0].country == "MDR"
    assert {m.country for m in event.recipient} in ({"GND"}, {"ARN"})


def _engaged_in_war(modifier: str) -> list:
    """ "Orcs were engaged in the <modifier> war against Gondor." """
    return [
        ("Orcs", "Orc", "PROPN", "nsubjpass", 2),
        ("were", "be", "AUX", "auxpass", 2),
        ("engaged", "engage", "VERB", "ROOT", 2),
        ("in", "in", "ADP", "prep", 2),
        ("the", "the", "DET", "det", 6),
        (modifier, modifier, "NOUN", "compound", 6),
        ("war", "war", "NOUN", "pobj", 3),
        ("against", "against", "ADP", "prep", 6),
        ("Gondor", "Gondor", "PROPN", "pobj", 7),
        (".", ".", "PUNCT", "punct", 2),
    ]


def test_a_stative_passive_keeps_the_patterns_object_modifier(coder: Coder) -> None:
    # lead23: "was engaged in the air war" is no war of words: the stative reading must ask for
    # the modifier a pattern names ("verbal", "propaganda") as the active reading does.
    coded = code(coder, _engaged_in_war("air"))
    assert all(e.pattern_id != "accuse.verbal-attack" for e in coded)
    assert all(e.event_type != "ACCUSE" for e in coded)


def test_a_stative_passive_with_the_named_modifier_still_matches(coder: Coder) -> None:
    # "Orcs were engaged in the propaganda war against Gondor": a war of words criticises.
    event = by_pattern(code(coder, _engaged_in_war("propaganda")), "accuse.verbal-attack")
    assert dyad(event) == ("MDR", "ACCUSE", "GND") and event.cameo == "111"


def test_a_passive_with_an_agent_takes_the_agent_as_actor_never_as_recipient(
    coder: Coder,
) -> None:
    # "Mordor's plan was opposed by Gondor.": reject-plan lists "by" among its recipient places,
    # but in a passive the "by" phrase is the agent.
    rows = [
        ("Mordor", "Mordor", "PROPN", "poss", 2),
        ("'s", "'s", "PART", "case", 0),
        ("plan", "plan", "NOUN", "nsubjpass", 4),
        ("was", "be", "AUX", "auxpass", 4),
        ("opposed", "oppose", "VERB", "ROOT", 4),
        ("by", "by", "ADP", "agent", 4),
        ("Gondor", "Gondor", "PROPN", "pobj", 5),
        (".", ".", "PUNCT", "punct", 4),
    ]
    [event] = code(coder, rows, tags={1: "POS"})
    assert dyad(event) == ("GND", "REJECT", "MDR")


# --- 3. Agentless passive violence ----------------------------------------------------------


def _soldiers_killed_in(noun: str, lemma: str, *, place: bool = True) -> list:
    """ "Three Gondorian soldiers were killed in <a noun> [in Udun]." """
    rows = [
        ("Three", "three", "NUM", "nummod", 2),
        ("Gondorian", "Gondorian", "ADJ", "amod", 2),
        ("soldiers", "soldier", "NOUN", "nsubjpass", 4),
        ("were", "be", "AUX", "auxpass", 4),
        ("killed", "kill", "VERB", "ROOT", 4),
        ("in", "in", "ADP", "prep", 4),
        ("a", "a", "DET", "det", 7),
        (noun, lemma, "NOUN", "pobj", 5),
    ]
    if place:  # spaCy hangs the place on the attack noun
        rows += [("in", "in", "ADP", "prep", 7), ("Udun", "Udun", "PROPN", "pobj", 8)]
    return [*rows, (".", ".", "PUNCT", "punct", 4)]


def test_a_killing_in_a_bombing_is_by_unidentified_forces_of_the_place(coder: Coder) -> None:
    [event] = code(coder, _soldiers_killed_in("bombing", "bombing"))
    assert event.event_type == "ASSAULT"
    assert parties(event.actor) == [("MDR", "UAF", "unattributed")]
    assert event.actor[0].text == "a bombing in Udun"
    assert parties(event.recipient) == [("GND", "MIL", "user")]
    assert event.location is not None and event.location.name == "Udun"


def test_an_unattributed_attack_without_a_place_is_not_coded(coder: Coder) -> None:
    assert code(coder, _soldiers_killed_in("bombing", "bombing", place=False)) == ()


def test_being_killed_in_a_car_is_not_an_attack_by_the_car(coder: Coder) -> None:
    # A vehicle stands for attackers only as a subject ("a car exploded").
    assert code(coder, _soldiers_killed_in("car", "car")) == ()


def test_an_agentless_passive_in_a_where_clause_does_not_borrow_the_main_subject(
    coder: Coder,
) -> None:
    # "Gondor sent troops to Osgiliath, where 24 people were killed."
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("sent", "send", "VERB", "ROOT", 1),
        ("troops", "troop", "NOUN", "dobj", 1),
        ("to", "to", "ADP", "dative", 1),
        ("Osgiliath", "Osgiliath", "PROPN", "pobj", 3),
        (",", ",", "PUNCT", "punct", 4),
        ("where", "where", "SCONJ", "advmod", 10),
        ("24", "24", "NUM", "nummod", 8),
        ("people", "people", "NOUN", "nsubjpass", 10),
        ("were", "be", "AUX", "auxpass", 10),
        ("killed", "kill", "VERB", "relcl", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    events = code(coder, rows, ents=((4, 5, "GPE"),))
    assert [e.pattern_id for e in events] == ["mobilize.send-troops"]


# --- 4. Agentless arrests and deportations --------------------------------------------------


def test_an_agentless_arrest_is_by_the_police_where_it_happened(coder: Coder) -> None:
    # "A Gondorian missionary was arrested in Udun."
    rows = [
        ("A", "a", "DET", "det", 2),
        ("Gondorian", "Gondorian", "ADJ", "amod", 2),
        ("missionary", "missionary", "NOUN", "nsubjpass", 4),
        ("was", "be", "AUX", "auxpass", 4),
        ("arrested", "arrest", "VERB", "ROOT", 4),
        ("in", "in", "ADP", "prep", 4),
        ("Udun", "Udun", "PROPN", "pobj", 5),
        (".", ".", "PUNCT", "punct", 4),
    ]
    [event] = code(coder, rows)
    assert event.cameo == "173"
    assert parties(event.actor) == [("MDR", "COP", "implied")]
    assert event.actor[0].text == "Udun"
    assert parties(event.recipient) == [("GND", "REL", "user")]


def test_an_agentless_deportation_is_by_the_government_where_it_happened(coder: Coder) -> None:
    # "In Udun, two Arnorian traders were deported."
    rows = [
        ("In", "in", "ADP", "prep", 7),
        ("Udun", "Udun", "PROPN", "pobj", 0),
        (",", ",", "PUNCT", "punct", 7),
        ("two", "two", "NUM", "nummod", 5),
        ("Arnorian", "Arnorian", "ADJ", "amod", 5),
        ("traders", "trader", "NOUN", "nsubjpass", 7),
        ("were", "be", "AUX", "auxpass", 7),
        ("deported", "deport", "VERB", "ROOT", 7),
        (".", ".", "PUNCT", "punct", 7),
    ]
    [event] = code(coder, rows, ents=((1, 2, "GPE"),))
    assert event.cameo == "174"
    assert parties(event.actor) == [("MDR", "GOV", "implied")]
    assert [m.country for m in event.recipient] == ["ARN"]


def test_an_agentless_arrest_needs_a_place_in_its_sentence_not_the_dateline(
    coder: Coder,
) -> None:
    # "A Gondorian missionary was arrested."
    rows = [
        ("A", "a", "DET", "det", 2),
        ("Gondorian", "Gondorian", "ADJ", "amod", 2),
        ("missionary", "missionary", "NOUN", "nsubjpass", 4),
        ("was", "be", "AUX", "auxpass", 4),
        ("arrested", "arrest", "VERB", "ROOT", 4),
        (".", ".", "PUNCT", "punct", 4),
    ]
    assert code(coder, rows) == ()
    assert code(coder, rows, dateline="Udun") == ()


# --- 5. Sectorless actors, counted and domestic recipients ----------------------------------


def test_police_of_no_country_are_placed_by_the_event_and_a_bare_count_is_civilians(
    coder: Coder,
) -> None:
    # "Police arrested 12 in Osgiliath."
    rows = [
        ("Police", "police", "NOUN", "nsubj", 1),
        ("arrested", "arrest", "VERB", "ROOT", 1),
        ("12", "12", "NUM", "dobj", 1),
        ("in", "in", "ADP", "prep", 1),
        ("Osgiliath", "Osgiliath", "PROPN", "pobj", 3),
        (".", ".", "PUNCT", "punct", 1),
    ]
    [event] = code(coder, rows)
    assert parties(event.actor) == [("GND", "COP", "location")]
    assert parties(event.recipient) == [("GND", "CVL", "location")]
    assert event.recipient[0].text == "12"


def test_government_troops_are_placed_by_the_event(coder: Coder) -> None:
    # "Government troops killed 12 in Udun."
    rows = [
        ("Government", "government", "NOUN", "compound", 1),
        ("troops", "troop", "NOUN", "nsubj", 2),
        ("killed", "kill", "VERB", "ROOT", 2),
        ("12", "12", "NUM", "dobj", 2),
        ("in", "in", "ADP", "prep", 2),
        ("Udun", "Udun", "PROPN", "pobj", 4),
        (".", ".", "PUNCT", "punct", 2),
    ]
    [event] = code(coder, rows)
    assert event.event_type == "ASSAULT"
    assert parties(event.actor) == [("MDR", "MIL", "location")]


def _twelve_arrested_by(noun: str, lemma: str) -> list:
    """ "Mordorian <police|troops> arrested 12." (no place)"""
    return [
        ("Mordorian", "Mordorian", "ADJ", "amod", 1),
        (noun, lemma, "NOUN", "nsubj", 2),
        ("arrested", "arrest", "VERB", "ROOT", 2),
        ("12", "12", "NUM", "dobj", 2),
        (".", ".", "PUNCT", "punct", 2),
    ]


def test_with_no_place_people_the_police_act_on_are_of_the_polices_country(
    coder: Coder,
) -> None:
    [event] = code(coder, _twelve_arrested_by("police", "police"))
    assert parties(event.actor) == [("MDR", "COP", "user")]
    assert parties(event.recipient) == [("MDR", "CVL", "domestic")]


def test_with_no_place_troops_give_no_country_to_the_people_they_act_on(coder: Coder) -> None:
    [event] = code(coder, _twelve_arrested_by("troops", "troop"))
    assert parties(event.actor) == [("MDR", "MIL", "user")]
    # a one-sentence text naming no place: the people are kept, of no country
    assert parties(event.recipient) == [(None, "CVL", "count")]


# --- 6. Ethnic groups and origins -----------------------------------------------------------


def _demonstrated_in_osgiliath(*people: tuple[str, str, str, str, int]) -> list:
    """ "<people> demonstrated in Osgiliath." """
    verb = len(people)
    return [
        *people,
        ("demonstrated", "demonstrate", "VERB", "ROOT", verb),
        ("in", "in", "ADP", "prep", verb),
        ("Osgiliath", "Osgiliath", "PROPN", "pobj", verb + 1),
        (".", ".", "PUNCT", "punct", verb),
    ]


def test_an_ethnic_group_is_coded_to_the_country_it_lives_in(coder: Coder) -> None:
    # A shipped people (the fixture's own are user entries: see the next tests).
    ethnic = _demonstrated_in_osgiliath(
        ("Ethnic", "ethnic", "ADJ", "amod", 1), ("Albanians", "Albanian", "PROPN", "nsubj", 2)
    )
    [event] = code(coder, ethnic)
    assert parties(event.actor) == [("GND", "CVL", "location")]
    plain = _demonstrated_in_osgiliath(("Albanians", "Albanian", "PROPN", "nsubj", 1))
    [event] = code(coder, plain)
    assert parties(event.actor) == [("ALB", "CVL", "demonym")]


def test_an_ethnic_group_acted_on_is_coded_to_the_country_it_lives_in(coder: Coder) -> None:
    # "Orcs attacked ethnic Albanians in Osgiliath."
    rows = [
        ("Orcs", "Orc", "PROPN", "nsubj", 1),
        ("attacked", "attack", "VERB", "ROOT", 1),
        ("ethnic", "ethnic", "ADJ", "amod", 3),
        ("Albanians", "Albanian", "PROPN", "dobj", 1),
        ("in", "in", "ADP", "prep", 1),
        ("Osgiliath", "Osgiliath", "PROPN", "pobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    [event] = code(coder, rows)
    assert dyad(event) == ("MDR", "ASSAULT", "GND")


def test_an_ethnic_group_from_a_user_actor_file_is_placed_too(coder: Coder) -> None:
    # "Ethnic Gondorians demonstrated in Udun."
    rows = [
        ("Ethnic", "ethnic", "ADJ", "amod", 1),
        ("Gondorians", "Gondorian", "PROPN", "nsubj", 2),
        ("demonstrated", "demonstrate", "VERB", "ROOT", 2),
        ("in", "in", "ADP", "prep", 2),
        ("Udun", "Udun", "PROPN", "pobj", 3),
        (".", ".", "PUNCT", "punct", 2),
    ]
    [event] = code(coder, rows)
    assert event.actor[0].country == "MDR"


def test_a_party_from_a_place_is_of_that_places_country(coder: Coder) -> None:
    # "Orcs kidnapped a trader from Bree." ("from" is not locative: the tagger's GPE finds it)
    rows = [
        ("Orcs", "Orc", "PROPN", "nsubj", 1),
        ("kidnapped", "kidnap", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 3),
        ("trader", "trader", "NOUN", "dobj", 1),
        ("from", "from", "ADP", "prep", 3),
        ("Bree", "Bree", "PROPN", "pobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    [event] = code(coder, rows, ents=((5, 6, "GPE"),))
    # Without Bree the trader would take Mordor, the country the article's context names.
    [trader] = event.recipient
    assert (trader.text, trader.country, trader.sector) == ("a trader from Bree", "ARN", "BUS")


def test_an_origin_outweighs_the_place_of_the_event(coder: Coder) -> None:
    # "A missionary from Bree was arrested in Udun."
    rows = [
        ("A", "a", "DET", "det", 1),
        ("missionary", "missionary", "NOUN", "nsubjpass", 5),
        ("from", "from", "ADP", "prep", 1),
        ("Bree", "Bree", "PROPN", "pobj", 2),
        ("was", "be", "AUX", "auxpass", 5),
        ("arrested", "arrest", "VERB", "ROOT", 5),
        ("in", "in", "ADP", "prep", 5),
        ("Udun", "Udun", "PROPN", "pobj", 6),
        (".", ".", "PUNCT", "punct", 5),
    ]
    [event] = code(coder, rows, ents=((3, 4, "GPE"), (7, 8, "GPE")))
    assert parties(event.actor) == [("MDR", "COP", "implied")]
    [missionary] = event.recipient
    assert (missionary.country, missionary.sector) == ("ARN", "REL")


# --- 7. Recipient search --------------------------------------------------------------------


def _opened_fire(*clause: tuple[str, str, str, str, int]) -> list:
    """ "Gondorian troops opened fire <clause>." with the clause's verb at index 5."""
    return [
        ("Gondorian", "Gondorian", "ADJ", "amod", 1),
        ("troops", "troop", "NOUN", "nsubj", 2),
        ("opened", "open", "VERB", "ROOT", 2),
        ("fire", "fire", "NOUN", "dobj", 2),
        *clause,
        (".", ".", "PUNCT", "punct", 2),
    ]


def test_a_purpose_clause_names_the_recipient(coder: Coder) -> None:
    # "Gondorian troops opened fire to disperse Arnorian demonstrators."
    rows = _opened_fire(
        ("to", "to", "PART", "aux", 5),
        ("disperse", "disperse", "VERB", "advcl", 2),
        ("Arnorian", "Arnorian", "ADJ", "amod", 7),
        ("demonstrators", "demonstrator", "NOUN", "dobj", 5),
    )
    event = by_pattern(code(coder, rows), "assault.open-fire")
    assert dyad(event) == ("GND", "ASSAULT", "ARN")
    assert event.recipient[0].text == "Arnorian demonstrators"


def test_a_clause_of_time_does_not_name_the_recipient(coder: Coder) -> None:
    # "Gondorian troops opened fire after Arnorian demonstrators gathered."
    rows = _opened_fire(
        ("after", "after", "SCONJ", "mark", 6),
        ("Arnorian", "Arnorian", "ADJ", "amod", 6),
        ("demonstrators", "demonstrator", "NOUN", "nsubj", 7),
        ("gathered", "gather", "VERB", "advcl", 2),
    )
    event = by_pattern(code(coder, rows), "assault.open-fire")
    assert event.recipient == ()


@pytest.mark.parametrize(("prep", "recipient"), [("despite", ""), ("amid", ""), ("near", "ARN")])
def test_objects_of_despite_and_amid_are_never_the_recipient(
    coder: Coder, prep: str, recipient: str
) -> None:
    # "Gondor attacked <prep> Arnor's warnings." ("near" shows the search would reach Arnor)
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("attacked", "attack", "VERB", "ROOT", 1),
        (prep, prep, "ADP", "prep", 1),
        ("Arnor", "Arnor", "PROPN", "poss", 5),
        ("'s", "'s", "PART", "case", 3),
        ("warnings", "warning", "NOUN", "pobj", 2),
        (".", ".", "PUNCT", "punct", 1),
    ]
    [event] = code(coder, rows, tags={4: "POS"})
    assert dyad(event) == ("GND", "ASSAULT", recipient)


# --- 8. Effort nouns ------------------------------------------------------------------------


@pytest.mark.parametrize(("modifier", "events"), [("mediation", 1), ("fundraising", 0)])
def test_an_effort_noun_carries_its_act_in_its_modifier(
    coder: Coder, modifier: str, events: int
) -> None:
    # "Arnor launched a <modifier> effort between Gondor and Mordor."
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("launched", "launch", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 4),
        (modifier, modifier, "NOUN", "compound", 4),
        ("effort", "effort", "NOUN", "dobj", 1),
        ("between", "between", "ADP", "prep", 4),
        ("Gondor", "Gondor", "PROPN", "pobj", 5),
        ("and", "and", "CCONJ", "cc", 6),
        ("Mordor", "Mordor", "PROPN", "conj", 6),
        (".", ".", "PUNCT", "punct", 1),
    ]
    found = code(coder, rows)
    assert len(found) == events
    if events:
        [event] = found
        assert dyad(event) == ("ARN", "CONSULT", "GND,MDR") and event.cameo == "045"
        assert event.trigger.text == "launched a mediation effort"


# --- 9. Nominal events and the clause subject -----------------------------------------------


@pytest.mark.parametrize(
    "cause",
    [
        # spaCy: "because"/prep, "of"/pcomp, noun/pobj
        [("because", "because", "SCONJ", "prep", 1), ("of", "of", "ADP", "pcomp", 4)],
        [("after", "after", "ADP", "prep", 1)],
    ],
    ids=["because-of", "after"],
)
def test_a_nominal_event_in_a_cause_phrase_is_not_done_by_the_clause_subject(
    coder: Coder, cause: list
) -> None:
    # "Gondor closed its border <because of|after> fighting between Arnor and Mordor."
    noun = 4 + len(cause)
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("closed", "close", "VERB", "ROOT", 1),
        ("its", "its", "PRON", "poss", 3),
        ("border", "border", "NOUN", "dobj", 1),
        *cause,
        ("fighting", "fighting", "NOUN", "pobj", noun - 1),
        ("between", "between", "ADP", "prep", noun),
        ("Arnor", "Arnor", "PROPN", "pobj", noun + 1),
        ("and", "and", "CCONJ", "cc", noun + 2),
        ("Mordor", "Mordor", "PROPN", "conj", noun + 2),
        (".", ".", "PUNCT", "punct", 1),
    ]
    event = by_pattern(code(coder, rows), "assault.fighting-noun")
    assert dyad(event) == ("ARN", "ASSAULT", "MDR")


@pytest.mark.parametrize(("verb", "lemma"), [("condemned", "condemn"), ("rejected", "reject")])
def test_a_reacting_verb_does_not_make_its_subject_the_attacker(
    coder: Coder, verb: str, lemma: str
) -> None:
    # "Gondor condemned the attack on Arnor.": Gondor reacts to an attack by someone unnamed.
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        (verb, lemma, "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("attack", "attack", "NOUN", "dobj", 1),
        ("on", "on", "ADP", "prep", 3),
        ("Arnor", "Arnor", "PROPN", "pobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    events = code(coder, rows)
    assert [e.pattern_id for e in events if e.event_type == "ASSAULT"] == []
    assert [e.trigger.text for e in events] == [verb]


def _workers_and_strike(verb: tuple[str, str, str, str, int], *link) -> list:
    """ "Gondorian workers <verb> [link] strike over pay." """
    strike = 3 + len(link)
    return [
        ("Gondorian", "Gondorian", "ADJ", "amod", 1),
        ("workers", "worker", "NOUN", "nsubj", 2),
        verb,
        *link,
        ("strike", "strike", "NOUN", "pobj" if link else "dobj", strike - 1),
        ("over", "over", "ADP", "prep", strike),
        ("pay", "pay", "NOUN", "pobj", strike + 1),
        (".", ".", "PUNCT", "punct", 2),
    ]


def test_a_support_verb_lends_its_subject_to_the_nominal_event(coder: Coder) -> None:
    # "Gondorian workers kept up strike over pay." No pattern of "keep" takes a strike; the
    # strike noun is coded, and its actor is the subject of the verb above it.
    rows = _workers_and_strike(("kept", "keep", "VERB", "ROOT", 2), ("up", "up", "ADP", "prep", 2))
    event = by_pattern(code(coder, rows), "protest.strike-noun")
    assert event.event_type == "PROTEST"
    assert parties(event.actor) == [("GND", "LAB", "user")]


def test_going_on_strike_is_a_verb_pattern(coder: Coder) -> None:
    # "Gondorian workers went on strike over pay."
    rows = _workers_and_strike(("went", "go", "VERB", "ROOT", 2), ("on", "on", "ADP", "prep", 2))
    [event] = code(coder, rows)
    assert (event.pattern_id, event.event_type) == ("protest.go-on-strike", "PROTEST")
    assert parties(event.actor) == [("GND", "LAB", "user")]


def _strikes_hit_port(modifier: tuple[str, str, str, str, int] | None) -> list:
    """ "Gondorian [air] strikes hit the port." """
    first = 1 if modifier else 0
    return [
        ("Gondorian", "Gondorian", "ADJ", "amod", first + 1),
        *([modifier] if modifier else []),
        ("strikes", "strike", "NOUN", "nsubj", first + 2),
        ("hit", "hit", "VERB", "ROOT", first + 2),
        ("the", "the", "DET", "det", first + 4),
        ("port", "port", "NOUN", "dobj", first + 2),
        (".", ".", "PUNCT", "punct", first + 2),
    ]


def test_a_strike_named_by_its_weapon_is_an_air_attack_not_a_stoppage(coder: Coder) -> None:
    # "Gondorian air strikes hit the port." The weapon settles the sense of "strike".
    events = code(coder, _strikes_hit_port(("air", "air", "NOUN", "compound", 2)))
    assert "PROTEST" not in [e.event_type for e in events]
    strike = by_pattern(events, "assault.weapon-strike-noun")
    assert (strike.event_type, strike.cameo) == ("ASSAULT", "195")
    assert [p[0] for p in parties(strike.actor)] == ["GND"]


def test_a_strike_without_a_weapon_is_still_read_as_a_stoppage(coder: Coder) -> None:
    # "Gondorian strikes hit the port": no weapon word, so the work-stoppage reading stays.
    patterns = [e.pattern_id for e in code(coder, _strikes_hit_port(None))]
    assert "assault.weapon-strike-noun" not in patterns


def test_condemning_a_strike_is_not_striking(coder: Coder) -> None:
    # "Gondorian workers condemned strike over pay."
    rows = _workers_and_strike(("condemned", "condemn", "VERB", "ROOT", 2))
    assert [e.event_type for e in code(coder, rows)] == ["ACCUSE"]


# --- 10. PLOVER overrides on patterns -------------------------------------------------------


def test_a_resignation_is_plover_retreat_resign_with_cameos_code(
    coder: Coder, ontology: Ontology
) -> None:
    # "Aragorn resigned." (CAMEO 0831 alone would make it a CONCEDE)
    rows = [
        ("Aragorn", "Aragorn", "PROPN", "nsubj", 1),
        ("resigned", "resign", "VERB", "ROOT", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    [event] = code(coder, rows)
    assert (event.event_type, event.mode, event.cameo) == ("RETREAT", "resign", "0831")
    assert ontology.cameo("0831").event_type == "CONCEDE"
    assert parties(event.actor) == [("GND", "GOV", "user")]


def test_an_announced_resignation_keeps_the_intents_own_type(coder: Coder) -> None:
    # "Aragorn will resign.": the composed intent (035) is not overridden.
    rows = [
        ("Aragorn", "Aragorn", "PROPN", "nsubj", 2),
        ("will", "will", "AUX", "aux", 2),
        ("resign", "resign", "VERB", "ROOT", 2),
        (".", ".", "PUNCT", "punct", 2),
    ]
    [event] = code(coder, rows)
    assert (event.event_type, event.cameo) == ("AGREE", "035")


def test_a_pattern_plover_override_names_a_type_and_optionally_one_of_its_modes() -> None:
    base = {"id": "test.resign", "verbs": ["resign"], "cameo": "0831"}
    assert PatternModel(**base, plover="RETREAT/resign").plover_type_mode == ("RETREAT", "resign")
    assert PatternModel(**base, plover="RETREAT").plover_type_mode == ("RETREAT", None)
    assert PatternModel(**base).plover_type_mode is None
    with pytest.raises(ValidationError, match=r"'RESIGN' is not a PLOVER 0\.8 event type"):
        PatternModel(**base, plover="RESIGN")
    with pytest.raises(ValidationError, match="'abdicate' is not a RETREAT mode"):
        PatternModel(**base, plover="RETREAT/abdicate")
    with pytest.raises(ValidationError, match="'resign' is not a CONCEDE mode"):
        PatternModel(**base, plover="CONCEDE/resign")


def test_a_verb_file_with_an_unknown_plover_mode_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "verbs.yaml"
    patterns = [
        {"id": "test.quit", "verbs": ["quit"], "cameo": "0831"},
        {"id": "test.resign", "verbs": ["resign"], "cameo": "0831", "plover": "RETREAT/abdicate"},
    ]
    path.write_text(yaml.safe_dump({"version": "1", "patterns": patterns}), "utf-8")
    with pytest.raises(LexiconError, match=r"verbs\.yaml.*patterns\.1\.plover.*RETREAT mode"):
        load_verbs(path)


@pytest.mark.parametrize("cameo", ["0813", "0814"])
def test_easing_a_curfew_or_a_state_of_emergency_is_a_concession(
    ontology: Ontology, cameo: str
) -> None:
    assert ontology.cameo(cameo).event_type == "CONCEDE"


# --- 11. Places -----------------------------------------------------------------------------


def _missionary_arrested_in_the(noun: str) -> list:
    """ "A Gondorian missionary was arrested in the <noun> of Udun." """
    return [
        ("A", "a", "DET", "det", 2),
        ("Gondorian", "Gondorian", "ADJ", "amod", 2),
        ("missionary", "missionary", "NOUN", "nsubjpass", 4),
        ("was", "be", "AUX", "auxpass", 4),
        ("arrested", "arrest", "VERB", "ROOT", 4),
        ("in", "in", "ADP", "prep", 4),
        ("the", "the", "DET", "det", 7),
        (noun, noun, "NOUN", "pobj", 5),
        ("of", "of", "ADP", "prep", 7),
        ("Udun", "Udun", "PROPN", "pobj", 8),
        (".", ".", "PUNCT", "punct", 4),
    ]


def test_the_town_of_a_name_is_a_place_even_when_tagged_a_nationality(coder: Coder) -> None:
    # The tagger called "Udun" NORP; after "the town of" it is still somewhere.
    [event] = code(coder, _missionary_arrested_in_the("town"), ents=((9, 10, "NORP"),))
    assert event.location is not None
    assert (event.location.name, event.location.country) == ("Udun", "MDR")
    assert parties(event.actor) == [("MDR", "COP", "implied")]
    # After a noun that names no settlement the NORP tag stands: no place, so no arrester.
    assert code(coder, _missionary_arrested_in_the("heart"), ents=((9, 10, "NORP"),)) == ()


@pytest.mark.parametrize(("noun", "found"), [("province", True), ("valley", False)])
def test_a_name_before_province_is_looked_up_without_the_word(
    coder: Coder, noun: str, found: bool
) -> None:
    # "Orcs attacked Gondorian troops in Ithilien <noun>." (one GPE entity, as spaCy tags it)
    rows = [
        ("Orcs", "Orc", "PROPN", "nsubj", 1),
        ("attacked", "attack", "VERB", "ROOT", 1),
        ("Gondorian", "Gondorian", "ADJ", "amod", 3),
        ("troops", "troop", "NOUN", "dobj", 1),
        ("in", "in", "ADP", "prep", 1),
        ("Ithilien", "Ithilien", "PROPN", "compound", 6),
        (noun, noun, "NOUN", "pobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    [event] = code(coder, rows, ents=((5, 7, "GPE"),))
    if found:
        assert event.location is not None
        assert (event.location.name, event.location.precision) == ("Ithilien", "admin1")
        assert event.location.text == "Ithilien"
    else:
        assert event.location is None


@pytest.mark.parametrize(("marker", "dep"), [("when", "advmod"), ("because", "mark")])
def test_a_place_in_a_when_clause_on_the_events_clause_locates_the_event(
    coder: Coder, marker: str, dep: str
) -> None:
    # "Orcs killed 12 Gondorians <when|because> they camped in Osgiliath."
    rows = [
        ("Orcs", "Orc", "PROPN", "nsubj", 1),
        ("killed", "kill", "VERB", "ROOT", 1),
        ("12", "12", "NUM", "nummod", 3),
        ("Gondorians", "Gondorian", "PROPN", "dobj", 1),
        (marker, marker, "SCONJ", dep, 6),
        ("they", "they", "PRON", "nsubj", 6),
        ("camped", "camp", "VERB", "advcl", 1),
        ("in", "in", "ADP", "prep", 6),
        ("Osgiliath", "Osgiliath", "PROPN", "pobj", 7),
        (".", ".", "PUNCT", "punct", 1),
    ]
    [event] = code(coder, rows)
    assert dyad(event) == ("MDR", "ASSAULT", "GND")
    if marker == "when":
        assert event.location is not None
        assert (event.location.name, event.location.rule) == ("Osgiliath", "clause")
    else:
        assert event.location is None
